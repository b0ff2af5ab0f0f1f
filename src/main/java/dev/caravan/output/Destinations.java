package dev.caravan.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.caravan.model.Headers;
import org.apache.camel.Exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Chooses where each input and its results go, so that nothing in the outbox, archive or error folder is
 * ever replaced. The first version of {@code report.txt} gives {@code outbox/report.txt.json} and is archived
 * as {@code archive/report.txt}; a later, different version under the same name gives
 * {@code outbox/report.<sha12>.txt.json} and {@code archive/report.<sha12>.txt}, where sha12 starts its
 * content's SHA-256. Processing the same content again (after a crash, say) finds its JSON already there.
 */
public class Destinations {
    private static final JsonFactory JSON = new JsonFactory();
    private static final DateTimeFormatter TIME_TAG =
        DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS").withZone(ZoneOffset.UTC);
    static final String SIDECAR_SUFFIX = ".error.json";

    private final Path outbox;
    private final Path archive;
    private final Path error;

    public Destinations(Path outbox, Path archive, Path error) {
        this.outbox = outbox.toAbsolutePath();
        this.archive = archive.toAbsolutePath();
        this.error = error.toAbsolutePath();
    }

    /** Sets {@link Headers#ARCHIVE_PATH}: where the original goes once its JSON is written. */
    public void planArchive(Exchange exchange) {
        String name = inputName(exchange);
        Path target = FileNames.firstUsable(archive, name, contentTag(exchange), "", FileNames::isFree);
        exchange.getIn().setHeader(Headers.ARCHIVE_PATH, target.toString());
    }

    /**
     * Sets {@link Headers#OUTPUT_NAME}: a free outbox name, or the name of a JSON already made from the same
     * bytes (the file producer then leaves it alone).
     */
    public void planOutput(Exchange exchange) {
        String sha256 = exchange.getIn().getHeader(Headers.SHA256, String.class);
        Path target = FileNames.firstUsable(outbox, inputName(exchange), contentTag(exchange), ".json",
            candidate -> FileNames.isFree(candidate) || sha256.equals(sourceSha256(candidate)));
        exchange.getIn().setHeader(Headers.OUTPUT_NAME, target.getFileName().toString());
        exchange.getIn().setHeader(Headers.OUTPUT_FILE, target.toString());
    }

    /** Where a failed original goes; neither it nor its sidecar may exist yet. */
    public Path planError(Exchange exchange) {
        String tag = exchange.getIn().getHeader(Headers.SHA256) != null
            ? contentTag(exchange) : TIME_TAG.format(Instant.ofEpochMilli(exchange.getClock().getCreated()));
        return FileNames.firstUsable(error, inputName(exchange), tag, "",
            candidate -> FileNames.isFree(candidate) && FileNames.isFree(sidecarOf(candidate)));
    }

    public static Path sidecarOf(Path failedOriginal) {
        return failedOriginal.resolveSibling(failedOriginal.getFileName() + SIDECAR_SUFFIX);
    }

    static String inputName(Exchange exchange) {
        return exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class);
    }

    private static String contentTag(Exchange exchange) {
        return exchange.getIn().getHeader(Headers.SHA256, String.class).substring(0, 12);
    }

    /** The {@code source.sha256} of an existing Caravan JSON, read without parsing the rest; null if none. */
    static String sourceSha256(Path json) {
        try (JsonParser parser = JSON.createParser(json.toFile())) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME && "sha256".equals(parser.currentName())) {
                    return parser.nextTextValue();
                }
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }
}
