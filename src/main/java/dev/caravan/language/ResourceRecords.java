package dev.caravan.language;

import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
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

    /** Reads the format number a binary resource starts with: another number means a file of another build. */
    static void expectFormat(DataInputStream in, int format, String resource) throws IOException {
        if (in.readInt() != format) {
            throw new IllegalStateException(resource + " is not a file of the format this build reads");
        }
    }

    /** Reads a count and that many longs, in one bulk read. */
    static long[] readLongs(DataInputStream in) throws IOException {
        long[] values = new long[in.readInt()];
        ByteBuffer.wrap(in.readNBytes(8 * values.length)).asLongBuffer().get(values);
        return values;
    }

    /** Writes the count and the first {@code count} longs as {@link #readLongs} reads them. */
    static void writeLongs(DataOutputStream out, long[] values, int count) throws IOException {
        out.writeInt(count);
        ByteBuffer buffer = ByteBuffer.allocate(8 * count);
        buffer.asLongBuffer().put(values, 0, count);
        out.write(buffer.array());
    }

    /** Reads {@code count} floats, in one bulk read. */
    static float[] readFloats(DataInputStream in, int count) throws IOException {
        float[] values = new float[count];
        ByteBuffer.wrap(in.readNBytes(4 * count)).asFloatBuffer().get(values);
        return values;
    }

    /** Writes the floats as {@link #readFloats} reads them (their count is the reader's to know). */
    static void writeFloats(DataOutputStream out, float[] values) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(4 * values.length);
        buffer.asFloatBuffer().put(values);
        out.write(buffer.array());
    }
}
