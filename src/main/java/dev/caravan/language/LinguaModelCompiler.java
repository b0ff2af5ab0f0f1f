package dev.caravan.language;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.github.pemistahl.lingua.api.Language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Build step (Maven's process-classes phase, see pom.xml): compiles the n-gram models of every language in
 * the Lingua jar from JSON into {@link NgramModel} resources under the classes folder, so the daemon reads
 * binary arrays at start-up instead of parsing about 60 MB of JSON; the default candidates' quadrigrams are
 * written already merged ({@link MergedQuadrigrams}) instead of one resource per language.
 *
 * <p>Usage: {@code LinguaModelCompiler <classes folder>}. A stamp file records the Lingua jar and the format
 * version compiled; when both are unchanged the step does nothing. Raise {@link NgramModel#FORMAT_VERSION} with
 * any change to what is compiled, so that existing builds recompile.
 */
public final class LinguaModelCompiler {

    private static final List<String> JSON_NAMES = List.of("unigrams", "bigrams", "trigrams", "quadrigrams");
    /** Model keys are frequencies ("3553/58397"), nearly all distinct: interning them only costs time. */
    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
            .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
            .build();

    private LinguaModelCompiler() {
    }

    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        // every build runs this step: a second compile of the same Lingua jar into the same format is skipped
        Path stamp = classes.resolve(NgramModel.FOLDER + "compiled-from.txt");
        String source = "format " + NgramModel.FORMAT_VERSION + " from "
                + Language.class.getProtectionDomain().getCodeSource().getLocation() + "\n";
        if (Files.exists(stamp) && Files.readString(stamp).equals(source)) {
            System.out.println("Language models up to date in " + stamp.getParent());
            return;
        }
        long start = System.nanoTime();
        List<Language> languages = Arrays.stream(Language.values()).filter(l -> l != Language.UNKNOWN).toList();
        // the default candidates' quadrigrams ship merged, and only merged (see MergedQuadrigrams)
        Set<Language> merged = LanguageDetector.defaultNgramLanguageSets().stream().flatMap(List::stream)
                .collect(Collectors.toSet());
        long written = languages.parallelStream().mapToLong(language -> IntStream.rangeClosed(1, NgramModel.LONGEST)
                .filter(length -> length < NgramModel.LONGEST || !merged.contains(language))
                .mapToLong(length -> compile(language, length, classes)).sum()).sum();
        for (Language language : merged) {
            Files.deleteIfExists(classes.resolve(NgramModel.resourceName(language, NgramModel.LONGEST))); // older builds
        }
        for (List<Language> set : LanguageDetector.defaultNgramLanguageSets()) {
            NgramModel[] models = set.parallelStream().map(LinguaModelCompiler::quadrigrams).toArray(NgramModel[]::new);
            MergedQuadrigrams.merge(models).write(classes, set.toArray(Language[]::new));
        }
        System.out.printf(Locale.ROOT, "Compiled %,d n-grams of %d languages, and the quadrigrams of %d languages"
                + " merged, into %s in %.1f s%n", written, languages.size(), merged.size(), stamp.getParent(),
                (System.nanoTime() - start) / 1e9);
        Files.writeString(stamp, source);
    }

    /** Writes one model; returns its size, 0 where Lingua has no such model (scripts of a single language). */
    private static long compile(Language language, int length, Path classes) {
        NgramModel model = fromLingua(language, length);
        if (model == null) {
            return 0;
        }
        try {
            model.write(classes.resolve(NgramModel.resourceName(language, length)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + NgramModel.resourceName(language, length), e);
        }
        return model.size();
    }

    /** A language's quadrigrams as parsed from Lingua's JSON; none where Lingua has none. */
    private static NgramModel quadrigrams(Language language) {
        NgramModel model = fromLingua(language, NgramModel.LONGEST);
        return model == null ? new NgramModel(new long[0], new float[0]) : model;
    }

    /** A model as parsed from Lingua's JSON, keys ascending; null where Lingua has none. */
    static NgramModel fromLingua(Language language, int length) {
        String path = "/language-models/" + LanguageDetector.codeOf(language) + "/" + JSON_NAMES.get(length - 1)
                + ".json";
        try (InputStream in = Language.class.getResourceAsStream(path)) {
            return in == null ? null : sorted(parse(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Lingua model " + path, e);
        }
    }

    /** The file maps a frequency ("3553/58397") to the space-separated n-grams that have it. */
    private static NgramModel parse(InputStream in) throws IOException {
        long[] keys = new long[1024];
        float[] values = new float[1024];
        int size = 0;
        JsonParser parser = JSON.createParser(in.readAllBytes());
        while (parser.nextToken() != null) {
            if (parser.currentToken() != JsonToken.FIELD_NAME || !"ngrams".equals(parser.currentName())) {
                continue;
            }
            parser.nextToken();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                float logProbability = TrigramScorer.logProbability(fraction(parser.currentName()));
                parser.nextToken();
                String ngrams = parser.getText();
                for (int start = 0, end; start < ngrams.length(); start = end + 1) {
                    end = ngrams.indexOf(' ', start);
                    if (end < 0) {
                        end = ngrams.length();
                    }
                    long key = pack(ngrams, start, end);
                    if (key < 0) {
                        continue;
                    }
                    if (size == keys.length) {
                        keys = Arrays.copyOf(keys, size * 2);
                        values = Arrays.copyOf(values, size * 2);
                    }
                    keys[size] = key;
                    values[size++] = logProbability;
                }
            }
        }
        return new NgramModel(Arrays.copyOf(keys, size), Arrays.copyOf(values, size));
    }

    private static double fraction(String text) {
        int slash = text.indexOf('/');
        return (double) Long.parseLong(text, 0, slash, 10) / Long.parseLong(text, slash + 1, text.length(), 10);
    }

    /** Up to three code points packed 21 bits each, four BMP ones 16 bits each (see TrigramScorer), else -1. */
    private static long pack(String text, int start, int end) {
        long key = 0;
        long bmpKey = 0; // 16 bits a letter, the quadrigram layout
        boolean bmp = true;
        int count = 0;
        for (int i = start; i < end; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            key = TrigramScorer.key(key, cp);
            bmpKey = (bmpKey << 16) | cp;
            bmp &= cp <= 0xFFFF;
            count++;
        }
        if (count == 4) {
            return bmp ? bmpKey : -1;
        }
        return count >= 1 && count <= 3 ? key : -1;
    }

    /** The same n-grams in key order; a key twice would make the tables ambiguous, so it fails the build. */
    private static NgramModel sorted(NgramModel model) {
        Integer[] order = IntStream.range(0, model.size()).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingLong(i -> model.keys()[i]));
        long[] keys = new long[order.length];
        float[] values = new float[order.length];
        for (int i = 0; i < order.length; i++) {
            keys[i] = model.keys()[order[i]];
            values[i] = model.logProbabilities()[order[i]];
            if (i > 0 && keys[i] == keys[i - 1]) {
                throw new IllegalStateException("n-gram listed twice in a Lingua model: key " + keys[i]);
            }
        }
        return new NgramModel(keys, values);
    }
}
