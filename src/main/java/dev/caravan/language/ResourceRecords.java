package dev.caravan.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/** The tab-separated word lists of this package: a record per line, {@code #} comments and blank lines skipped. */
final class ResourceRecords {

    private ResourceRecords() {
    }

    /** Calls {@code action} with the fields of every record of {@code resource} (gunzipped when it ends in .gz). */
    static void forEach(String resource, Consumer<String[]> action) {
        try (InputStream raw = Objects.requireNonNull(ResourceRecords.class.getResourceAsStream(resource), resource);
             BufferedReader in = new BufferedReader(new InputStreamReader(
                     resource.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw, StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    action.accept(line.split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
