package dev.caravan.output;

import com.fasterxml.jackson.databind.ObjectWriter;
import dev.caravan.model.Document;
import dev.caravan.model.Headers;
import dev.caravan.model.SectionWork;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.component.file.GenericFileOperationFailedException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the finished {@link Document} body as JSON to the outbox file {@link Destinations#planOutput} chose,
 * streaming it to a hidden temporary name, forcing it to disk and renaming it. JSON is about 3.5 times the
 * size of its input, so building it in memory first (as a marshal step would) could take more heap than the
 * document itself. Body out: the JSON file (the downstream route reads it back as text when it has endpoints).
 */
public class OutboxWriter {
    private final ObjectWriter writer;

    /** @param work turns the sections of a large document into JSON on more than one thread */
    public OutboxWriter(SectionWork work) {
        writer = SectionsJson.documentWriter(work);
    }

    public void write(Exchange exchange) throws InvalidPayloadException {
        Document document = exchange.getIn().getMandatoryBody(Document.class);
        Path target = Path.of(exchange.getIn().getHeader(Headers.OUTPUT_FILE, String.class));
        // planOutput only names an existing file when it holds the JSON of the same bytes: keep that one
        if (!Files.exists(target)) {
            try {
                Files.createDirectories(target.getParent());
                TemporaryFiles.writeAtomically(TemporaryFiles.forOutbox(target), target, writer, document);
            } catch (IOException e) {
                throw new GenericFileOperationFailedException("cannot write " + target + ": " + e.getMessage(), e);
            }
        }
        exchange.getIn().setBody(target.toFile());
    }
}
