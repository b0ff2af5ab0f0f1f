package dev.caravan.reading;

import dev.caravan.model.DecodedText;
import dev.caravan.model.Headers;
import dev.caravan.model.Reason;
import dev.caravan.model.RejectedInputException;
import dev.caravan.model.Source;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.SynchronizationAdapter;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * First stage: reads the picked-up file (body: the file) into {@link DecodedText}, after checking its size and
 * waiting, if need be, until the heap it needs is free ({@link HeapAdmission}; the reservation ends with the
 * exchange). Sets the {@link Headers#SHA256} header, which later steps use to recognise content already
 * processed.
 */
public class DocumentReader implements Processor {
    /** Exchange property holding the document's heap reservation. */
    private static final String ADMITTED = "CaravanHeapAdmitted";

    private final long maxFileBytes;
    private final HeapAdmission admission;
    private final TextDecoder decoder = new TextDecoder();

    /**
     * @param maxFileBytes    the configured size limit
     * @param heapBudgetBytes heap the documents in flight share; a file that would need more than all of it
     *                        is refused before it is read instead of failing the JVM half-way
     */
    public DocumentReader(long maxFileBytes, long heapBudgetBytes) {
        this.maxFileBytes = maxFileBytes;
        this.admission = new HeapAdmission(heapBudgetBytes);
    }

    @Override
    public void process(Exchange exchange) throws IOException {
        Path path = exchange.getIn().getBody(File.class).toPath();
        String fileName = exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, path.getFileName().toString(), String.class);
        admit(exchange, Files.size(path));
        DecodedText text = read(path, fileName, Instant.ofEpochMilli(exchange.getClock().getCreated()));
        exchange.getIn().setHeader(Headers.FILE_NAME, fileName);
        exchange.getIn().setHeader(Headers.SHA256, text.source().sha256());
        exchange.getIn().setBody(text);
    }

    /** Reserves the file's heap until its exchange ends; a redelivery keeps the reservation it has. */
    private void admit(Exchange exchange, long size) {
        if (exchange.getProperty(ADMITTED) != null) {
            return;
        }
        checkLimit(size);
        HeapAdmission.Permit permit = admission.admit(size);
        exchange.setProperty(ADMITTED, permit);
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                permit.release();
            }
        });
    }

    /** Reads and decodes one file; throws {@link RejectedInputException} for input Caravan cannot use. */
    public DecodedText read(Path path, String fileName, Instant receivedAt) throws IOException {
        long size = Files.size(path);
        checkLimit(size);
        TextDecoder.Decoded decoded;
        try (InputStream input = Files.newInputStream(path)) {
            decoded = decoder.decode(input, size);
        }
        Source source = new Source(fileName, decoded.sizeBytes(), decoded.sha256(), MediaTypes.textType(fileName),
            decoded.charset(), receivedAt);
        return new DecodedText(source, decoded.text());
    }

    private void checkLimit(long size) {
        if (size > maxFileBytes) {
            throw new RejectedInputException(Reason.TOO_LARGE, String.format(
                "the file has %,d bytes; the limit (caravan.max-file-bytes) is %,d", size, maxFileBytes));
        }
    }
}
