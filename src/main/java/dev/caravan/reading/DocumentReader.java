package dev.caravan.reading;

import dev.caravan.model.DecodedText;
import dev.caravan.model.Hashes;
import dev.caravan.model.Headers;
import dev.caravan.model.Reason;
import dev.caravan.model.RejectedInputException;
import dev.caravan.model.Source;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * First stage: reads the picked-up file (body: the file) into {@link DecodedText}, after checking its size.
 * Sets the {@link Headers#SHA256} header, which later steps use to recognise content already processed.
 */
public class DocumentReader implements Processor {
    /** Heap one input byte takes while its sections, terms and JSON exist, measured on term-rich text. */
    static final int HEAP_BYTES_PER_INPUT_BYTE = 30;

    private final long maxFileBytes;
    private final long heapBudgetBytes;
    private final TextDecoder decoder = new TextDecoder();

    /**
     * @param maxFileBytes    the configured size limit
     * @param heapBudgetBytes heap available to one document; files that would need more are refused before
     *                        they are read instead of failing the JVM half-way
     */
    public DocumentReader(long maxFileBytes, long heapBudgetBytes) {
        this.maxFileBytes = maxFileBytes;
        this.heapBudgetBytes = heapBudgetBytes;
    }

    @Override
    public void process(Exchange exchange) throws IOException {
        Path path = exchange.getIn().getBody(File.class).toPath();
        String fileName = exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, path.getFileName().toString(), String.class);
        DecodedText text = read(path, fileName, Instant.ofEpochMilli(exchange.getClock().getCreated()));
        exchange.getIn().setHeader(Headers.FILE_NAME, fileName);
        exchange.getIn().setHeader(Headers.SHA256, text.source().sha256());
        exchange.getIn().setBody(text);
    }

    /** Reads and decodes one file; throws {@link RejectedInputException} for input Caravan cannot use. */
    public DecodedText read(Path path, String fileName, Instant receivedAt) throws IOException {
        long size = Files.size(path);
        if (size > maxFileBytes) {
            throw new RejectedInputException(Reason.TOO_LARGE, String.format(
                "the file has %,d bytes; the limit (caravan.max-file-bytes) is %,d", size, maxFileBytes));
        }
        if (size * HEAP_BYTES_PER_INPUT_BYTE > heapBudgetBytes) {
            throw new RejectedInputException(Reason.TOO_LARGE, String.format(
                "the file has %,d bytes and would need about %,d MB of heap; this JVM has %,d MB for a document"
                    + " (raise -Xmx)", size, size * HEAP_BYTES_PER_INPUT_BYTE >> 20, heapBudgetBytes >> 20));
        }
        byte[] bytes = Files.readAllBytes(path);
        TextDecoder.Decoded decoded = decoder.decode(bytes);
        Source source = new Source(fileName, bytes.length, Hashes.sha256Hex(bytes), MediaTypes.textType(fileName),
            decoded.charset(), receivedAt);
        return new DecodedText(source, decoded.text());
    }
}
