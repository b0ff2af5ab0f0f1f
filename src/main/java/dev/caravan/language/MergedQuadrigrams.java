package dev.caravan.language;

import com.github.pemistahl.lingua.api.Language;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The quadrigrams of several languages merged in key order: each distinct quadrigram with its run of
 * (language, log-probability) entries, languages ascending. Merging forty languages' models took 0.7-0.8 s of
 * the detector's start-up on the project machine, on the thread the daemon waits for before it is ready, so
 * the build merges the default candidates' sets once ({@link LinguaModelCompiler}) and the daemon reads the
 * result. A merge holds its languages' models whole, so the build ships no quadrigram resource of their own:
 * another set of candidates takes its members' models out of the merges that hold them ({@link #modelsOf}) and
 * merges them at start-up.
 *
 * @param keys      distinct quadrigram keys, ascending
 * @param runStarts where each key's run of entries starts, and at the end the number of entries
 * @param languages each entry's language: its index in the merged set
 * @param values    each entry's log-probability
 */
record MergedQuadrigrams(long[] keys, int[] runStarts, byte[] languages, float[] values) {

    private static final int MAGIC = 0x4352_5147; // "CRQG"

    /** The models' entries merged, equal keys in model order (models as many as a byte can number). */
    static MergedQuadrigrams merge(NgramModel[] models) {
        int entries = Arrays.stream(models).mapToInt(NgramModel::size).sum();
        long[] distinctKeys = new long[entries];
        int[] runStarts = new int[entries + 1];
        byte[] languages = new byte[entries];
        float[] values = new float[entries];
        int distinct = 0;
        int entry = 0;
        for (TrigramScorer.SortedMerge merge = new TrigramScorer.SortedMerge(models); merge.hasNext();
             merge.advance(), entry++) {
            if (distinct == 0 || distinctKeys[distinct - 1] != merge.key()) {
                distinctKeys[distinct] = merge.key();
                runStarts[distinct++] = entry;
            }
            languages[entry] = (byte) merge.model();
            values[entry] = merge.value();
        }
        runStarts[distinct] = entries;
        return new MergedQuadrigrams(Arrays.copyOf(distinctKeys, distinct), Arrays.copyOf(runStarts, distinct + 1),
                languages, values);
    }

    /**
     * The quadrigram model of each language of the set, as the build compiled it: a default candidate's taken out of
     * the merge that holds it, any other language's read from its own resource.
     */
    static NgramModel[] modelsOf(Language[] set) {
        Collection<List<Language>> compiled = LanguageDetector.defaultNgramLanguageSets();
        Map<List<Language>, NgramModel[]> opened = new HashMap<>();
        NgramModel[] models = new NgramModel[set.length];
        for (int l = 0; l < set.length; l++) {
            Language language = set[l];
            List<Language> holder = compiled.stream()
                    .filter(merged -> merged.contains(language)).findFirst().orElse(null);
            models[l] = holder == null ? NgramModel.read(language, NgramModel.LONGEST)
                    : opened.computeIfAbsent(holder, MergedQuadrigrams::split)[holder.indexOf(language)];
        }
        return models;
    }

    /** The compiled merge of a default set cut back into its languages' models, keys ascending in each. */
    private static NgramModel[] split(List<Language> set) {
        MergedQuadrigrams merged = readCompiled(set.toArray(Language[]::new));
        if (merged == null) {
            throw new IllegalStateException("compiled quadrigrams missing for " + set
                    + " (written at build time by LinguaModelCompiler in Maven's process-classes phase)");
        }
        return merged.split(set.size());
    }

    /** The models of the merge's {@code count} languages, each with exactly the entries the merge holds for it. */
    private NgramModel[] split(int count) {
        int[] sizes = new int[count];
        for (byte language : languages) {
            sizes[language & 0xFF]++;
        }
        long[][] languageKeys = new long[count][];
        float[][] languageValues = new float[count][];
        int[] filled = new int[count];
        for (int l = 0; l < count; l++) {
            languageKeys[l] = new long[sizes[l]];
            languageValues[l] = new float[sizes[l]];
        }
        for (int k = 0; k < keys.length; k++) {
            for (int e = runStarts[k]; e < runStarts[k + 1]; e++) {
                int l = languages[e] & 0xFF;
                languageKeys[l][filled[l]] = keys[k];
                languageValues[l][filled[l]++] = values[e];
            }
        }
        NgramModel[] models = new NgramModel[count];
        for (int l = 0; l < count; l++) {
            models[l] = new NgramModel(languageKeys[l], languageValues[l]);
        }
        return models;
    }

    /** The merge the build compiled for exactly these languages, in this order; null when it compiled none. */
    static MergedQuadrigrams readCompiled(Language[] set) {
        String name = resourceName(set);
        try (InputStream in = MergedQuadrigrams.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : read(new DataInputStream(in), codes(set), name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read compiled quadrigrams " + name, e);
        }
    }

    /** Writes this merge of the languages {@code set} where {@link #readCompiled} looks for it under {@code classes}. */
    void write(Path classes, Language[] set) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(16 + 4 * keys.length + 5 * values.length);
        DataOutputStream out = new DataOutputStream(buffer);
        out.writeInt(MAGIC);
        out.writeInt(NgramModel.FORMAT_VERSION);
        out.writeUTF(codes(set));
        out.writeInt(keys.length);
        out.writeInt(values.length);
        NgramModel.writeKeys(out, keys);
        for (int k = 0; k < keys.length; k++) {
            out.writeByte(runStarts[k + 1] - runStarts[k]); // at most one entry per language: under 256
        }
        out.write(languages);
        ResourceRecords.writeFloats(out, values);
        out.flush();
        Path file = classes.resolve(resourceName(set));
        Files.createDirectories(file.getParent());
        Files.write(file, buffer.toByteArray());
    }

    private static MergedQuadrigrams read(DataInputStream in, String codes, String name) throws IOException {
        if (in.readInt() != MAGIC || in.readInt() != NgramModel.FORMAT_VERSION) {
            throw new IllegalStateException("compiled quadrigrams " + name + " have another format: rebuild (mvn clean package)");
        }
        if (!in.readUTF().equals(codes)) {
            return null; // another set whose name hashes the same: merged at start-up
        }
        int distinct = in.readInt();
        int entries = in.readInt();
        ByteBuffer data = ByteBuffer.wrap(in.readAllBytes());
        long[] keys = NgramModel.readKeys(data, distinct);
        int[] runStarts = new int[distinct + 1];
        for (int k = 0; k < distinct; k++) {
            runStarts[k + 1] = runStarts[k] + (data.get() & 0xFF);
        }
        byte[] languages = new byte[entries];
        data.get(languages);
        float[] values = new float[entries];
        data.asFloatBuffer().get(values);
        return new MergedQuadrigrams(keys, runStarts, languages, values);
    }

    private static String codes(Language[] set) {
        return Arrays.stream(set).map(LanguageDetector::codeOf).collect(Collectors.joining(","));
    }

    private static String resourceName(Language[] set) {
        return NgramModel.FOLDER + "quadrigrams-" + Integer.toHexString(codes(set).hashCode()) + ".bin";
    }
}
