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

/**
 * The word resources of this package: tab-separated lists read a record per line ({@code #} comments and blank
 * lines skipped), and binary ones handed to their reader whole.
 */
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

    /** A binary reader: like a function, but allowed the reader's IOException. */
    interface BinaryReader<T> {
        T read(InputStream in) throws IOException;
    }

    /** What {@code reader} makes of {@code resource}; an unreadable resource is an error of the build, not of the input. */
    static <T> T read(String resource, BinaryReader<T> reader) {
        try (InputStream raw = Objects.requireNonNull(ResourceRecords.class.getResourceAsStream(resource), resource)) {
            return reader.read(raw);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
