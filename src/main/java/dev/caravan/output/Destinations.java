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

    /**
     * Sets both {@link Headers#ARCHIVE_PATH} and {@link Headers#ERROR_PATH} before anything can fail, so the
     * file consumer always has a real destination for the original, whichever way the exchange ends.
     */
    public void planFallbacks(Exchange exchange) {
        String name = inputName(exchange);
        String tag = tag(exchange);
        exchange.getIn().setHeader(Headers.ARCHIVE_PATH,
            FileNames.firstUsable(archive, name, tag, "", FileNames::isFree).toString());
        exchange.getIn().setHeader(Headers.ERROR_PATH, planError(exchange).toString());
    }

    /** Sets {@link Headers#ARCHIVE_PATH}: where the original goes once its JSON is written. */
    public void planArchive(Exchange exchange) {
        String name = inputName(exchange);
        Path target = FileNames.firstUsable(archive, name, tag(exchange), "", FileNames::isFree);
        exchange.getIn().setHeader(Headers.ARCHIVE_PATH, target.toString());
    }

    /**
     * Sets {@link Headers#OUTPUT_NAME}: a free outbox name, or the name of a JSON already made from the same
     * bytes (the file producer then leaves it alone).
     */
    public void planOutput(Exchange exchange) {
        String sha256 = exchange.getIn().getHeader(Headers.SHA256, String.class);
        Path target = FileNames.firstUsable(outbox, inputName(exchange), tag(exchange), ".json",
            candidate -> FileNames.isFree(candidate) || sha256.equals(sourceSha256(candidate)));
        exchange.getIn().setHeader(Headers.OUTPUT_NAME, target.getFileName().toString());
        exchange.getIn().setHeader(Headers.OUTPUT_FILE, target.toString());
    }

    /**
     * Where a failed original goes: a free name whose sidecar is free too, or is an orphan this same input
     * left when a crash came between writing the sidecar and moving the original (it is then rewritten).
     */
    public Path planError(Exchange exchange) {
        String name = inputName(exchange);
        return FileNames.firstUsable(error, name, tag(exchange), "", candidate -> FileNames.isFree(candidate)
            && (FileNames.isFree(sidecarOf(candidate)) || name.equals(sidecarFileName(sidecarOf(candidate)))));
    }

    /** The {@code fileName} an existing error sidecar names, or null if it cannot be read. */
    static String sidecarFileName(Path sidecar) {
        return firstTextField(sidecar, "fileName");
    }

    public static Path sidecarOf(Path failedOriginal) {
        return failedOriginal.resolveSibling(failedOriginal.getFileName() + SIDECAR_SUFFIX);
    }

    static String inputName(Exchange exchange) {
        return exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class);
    }

    /** The start of the content's SHA-256 once it has been read, else the pick-up time. */
    private static String tag(Exchange exchange) {
        String sha256 = exchange.getIn().getHeader(Headers.SHA256, String.class);
        return sha256 != null ? sha256.substring(0, 12)
            : TIME_TAG.format(Instant.ofEpochMilli(exchange.getClock().getCreated()));
    }

    /** The {@code source.sha256} of an existing Caravan JSON, read without parsing the rest; null if none. */
    static String sourceSha256(Path json) {
        return firstTextField(json, "sha256");
    }

    /** The first text value of a field named {@code field} anywhere in a JSON file; null if none or unreadable. */
    private static String firstTextField(Path json, String field) {
        try (JsonParser parser = JSON.createParser(json.toFile())) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME && field.equals(parser.currentName())) {
                    return parser.nextTextValue();
                }
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }
}
