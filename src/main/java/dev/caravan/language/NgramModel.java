package dev.caravan.language;

import com.github.pemistahl.lingua.api.Language;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One language's n-grams of one length with their log-probabilities, keys ascending, as the build
 * compiles them from Lingua's JSON ({@link LinguaModelCompiler}) into a resource per language and
 * length. Reading that resource is one bulk read and a pass over the bytes: the daemon gets all its
 * models, quadrigrams included, in a fraction of the time parsing the JSON took.
 *
 * <p>Keys pack the n-gram's code points as {@link TrigramScorer} looks them up: up to three 21 bits
 * each, four (all in the BMP) 16 bits each. The resource holds a header (magic, format version,
 * count), the keys as unsigned variable-length differences from the previous key, then the
 * log-probabilities as 32-bit floats, bit for bit the values the JSON parse gave.
 */
record NgramModel(long[] keys, float[] logProbabilities) {

    /** Classpath folder of the compiled models. */
    static final String FOLDER = "dev/caravan/language/ngrams/";
    /** Lengths 1 to 4 are compiled: Lingua's unigrams, bigrams, trigrams and quadrigrams. */
    static final int LONGEST = 4;
    private static final int MAGIC = 0x43524e47; // "CRNG"
    /**
     * Raised whenever what the build compiles changes (a layout; version 3: the default candidates' quadrigrams
     * merged, and only merged): a stale resource then fails instead of being misread, and builds compile again.
     */
    static final int FORMAT_VERSION = 3;

    int size() {
        return keys.length;
    }

    /** Resource name of a language's n-grams of the given length. */
    static String resourceName(Language language, int length) {
        return FOLDER + LanguageDetector.codeOf(language) + "-" + length + ".bin";
    }

    /**
     * The compiled model of a language; fails clearly when the build did not compile the models
     * (classes built without Maven's process-classes phase).
     */
    static NgramModel read(Language language, int length) {
        String name = resourceName(language, length);
        byte[] bytes;
        try (InputStream in = NgramModel.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("compiled language model missing: " + name
                        + " (written at build time by LinguaModelCompiler in Maven's process-classes phase)");
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read compiled language model " + name, e);
        }
        return decode(name, ByteBuffer.wrap(bytes));
    }

    private static NgramModel decode(String name, ByteBuffer data) {
        if (data.remaining() < 12 || data.getInt() != MAGIC || data.getInt() != FORMAT_VERSION) {
            throw new IllegalStateException("compiled language model " + name
                    + " has another format: rebuild (mvn clean package)");
        }
        long[] keys = readKeys(data, data.getInt());
        float[] logProbabilities = new float[keys.length];
        data.asFloatBuffer().get(logProbabilities);
        return new NgramModel(keys, logProbabilities);
    }

    /** {@code count} keys as {@link #writeKeys} wrote them, from the buffer's position on (which moves past them). */
    static long[] readKeys(ByteBuffer data, int count) {
        long[] keys = new long[count];
        byte[] bytes = data.array();
        int at = data.arrayOffset() + data.position();
        long key = 0;
        for (int i = 0; i < count; i++) {
            long delta = 0;
            int shift = 0;
            byte b;
            do {
                b = bytes[at++];
                delta |= (long) (b & 0x7F) << shift;
                shift += 7;
            } while (b < 0);
            key += delta;
            keys[i] = key;
        }
        data.position(at - data.arrayOffset());
        return keys;
    }

    /** Writes ascending, distinct, non-negative keys as unsigned variable-length differences from the previous one. */
    static void writeKeys(DataOutputStream out, long[] keys) throws IOException {
        long previous = 0;
        for (int i = 0; i < keys.length; i++) {
            long key = keys[i];
            if (key < 0 || i > 0 && key <= previous) {
                throw new IllegalArgumentException("keys not ascending and distinct at " + key);
            }
            for (long delta = key - previous; ; delta >>>= 7) {
                if (delta < 0x80) {
                    out.write((int) delta);
                    break;
                }
                out.write((int) (delta & 0x7F) | 0x80);
            }
            previous = key;
        }
    }

    /** Writes this model as {@link #read} reads it; keys must be ascending and distinct. */
    void write(Path file) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(12 + keys.length * 7);
        DataOutputStream out = new DataOutputStream(buffer);
        out.writeInt(MAGIC);
        out.writeInt(FORMAT_VERSION);
        out.writeInt(keys.length);
        writeKeys(out, keys);
        for (float value : logProbabilities) {
            out.writeFloat(value);
        }
        out.flush();
        Files.createDirectories(file.getParent());
        Files.write(file, buffer.toByteArray());
    }
}
