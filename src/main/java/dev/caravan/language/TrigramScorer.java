package dev.caravan.language;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.github.pemistahl.lingua.api.Language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Scores text against Lingua's character models (unigram, bigram and trigram frequencies that ship in
 * the Lingua jar) for a handful of languages, laid out for speed: every n-gram maps to one row of
 * log-probabilities, one per language, so a text costs one hash look-up per n-gram however many
 * languages compete. Lingua's own trigram mode computes the same kind of sum but allocates per n-gram
 * and per language, about ten times slower on paragraphs.
 *
 * <p>An n-gram a language's model lacks backs off to the shorter n-gram ending at the same letter,
 * then to a floor: the sum is a second-order Markov log-likelihood of the text's words.
 */
final class TrigramScorer {

    /** Log-probability for a letter no model of the language has seen. */
    private static final float FLOOR = (float) Math.log(1e-7);
    /** Marks "absent" in a row; real log-probabilities are at most {@link #ONE}. */
    private static final float ABSENT = 1f;
    private static final float BACK_OFF = (float) Math.log(0.05);
    /** ln(1) would be 0; stored just below it so 0 never has to mean anything. */
    private static final float ONE = -1e-6f;
    /**
     * Chars below this (Latin-1, Latin Extended, Greek, Cyrillic) are looked up in tables built with Character's
     * answers: asking Character costs more, since its per-script dispatch is not inlined in mixed text.
     */
    private static final int TABULATED = 0x0530;
    /** {@link Character#toLowerCase(int)} of each tabulated char. */
    private static final int[] LOWER_CASE = IntStream.range(0, TABULATED).map(Character::toLowerCase).toArray();
    /** {@link #isWordChar} of each tabulated char. */
    private static final boolean[] WORD_CHARS = new boolean[TABULATED];

    static {
        for (int c = 0; c < TABULATED; c++) {
            WORD_CHARS[c] = isLetterOrMark(c);
        }
    }

    private final Language[] languages;
    /** ISO 639-1 codes of {@link #languages}, in the same order. */
    private final String[] codes;
    private final NgramTable unigrams;
    private final NgramTable bigrams;
    private final NgramTable trigrams;
    /** Set only on the copy {@link #withQuadrigrams()} makes, before it is shared. */
    private QuadrigramTable quadrigrams;

    private TrigramScorer(Language[] languages, NgramTable unigrams, NgramTable bigrams, NgramTable trigrams) {
        this.languages = languages;
        this.codes = Arrays.stream(languages).map(LanguageDetector::codeOf).toArray(String[]::new);
        this.unigrams = unigrams;
        this.bigrams = bigrams;
        this.trigrams = trigrams;
    }

    /** Loads the models of the given languages from the Lingua jar. */
    static TrigramScorer load(List<Language> languages) {
        Language[] chosen = languages.toArray(Language[]::new);
        // model keys are frequencies ("3553/58397"), nearly all distinct: interning them only costs time
        JsonFactory json = jsonFactory();
        return new TrigramScorer(chosen, NgramTable.read(json, chosen, "unigrams"),
                NgramTable.read(json, chosen, "bigrams"), NgramTable.read(json, chosen, "trigrams"));
    }

    /**
     * This scorer plus Lingua's quadrigram models, used for every n-gram of four letters: several times
     * the memory and loading time of the rest, worth it on short lines, where every letter counts.
     */
    TrigramScorer withQuadrigrams() {
        TrigramScorer extended = new TrigramScorer(languages, unigrams, bigrams, trigrams);
        extended.quadrigrams = QuadrigramTable.read(jsonFactory(), languages);
        return extended;
    }

    private static JsonFactory jsonFactory() {
        return JsonFactory.builder()
                .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
                .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
                .build();
    }

    Language language(int index) {
        return languages[index];
    }

    String code(int index) {
        return codes[index];
    }

    int size() {
        return languages.length;
    }

    /**
     * Sum of log-probabilities per language (index as in {@link #language}), and in the last slot the
     * number of n-grams scored. Words are runs of letters and combining marks, lower-cased.
     */
    double[] score(CharSequence text) {
        int n = languages.length;
        double[] sums = new double[n + 1];
        float[] values = new float[n];
        int length = text.length();
        int p1 = -1; // previous letter in the current word, -1 at a word start
        int p2 = -1; // the letter before that
        int p3 = -1; // and the one before that
        int inWord = 0;
        for (int i = 0; i < length; ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (!isWordChar(cp)) {
                if (inWord > 0 && inWord < 3) {
                    // words of one or two letters still count, as a unigram or bigram
                    add(sums, values, inWord == 1 ? unigrams.row(p1) : bigrams.row(key(p2, p1)), null, null);
                }
                p1 = p2 = p3 = -1;
                inWord = 0;
                continue;
            }
            int c = cp < TABULATED ? LOWER_CASE[cp] : Character.toLowerCase(cp);
            inWord++;
            if (inWord >= 3 && add(sums, values, trigrams.row(key(key(p2, p1), c)), bigrams.row(key(p1, c)),
                    unigrams.row(c)) && inWord >= 4 && quadrigrams != null) {
                quadrigrams.refine(QuadrigramTable.key(p3, p2, p1, c), sums, values);
            }
            p3 = p2;
            p2 = p1;
            p1 = c;
        }
        if (inWord > 0 && inWord < 3) {
            add(sums, values, inWord == 1 ? unigrams.row(p1) : bigrams.row(key(p2, p1)), null, null);
        }
        return sums;
    }

    /**
     * Adds each language's log-probability of one n-gram (backing off to the shorter n-grams) to the
     * sums and leaves them in {@code values}; false when no model knows any of the n-grams.
     */
    private boolean add(double[] sums, float[] values, float[] row, float[] backOff, float[] lastResort) {
        if (row == null && backOff == null && lastResort == null) {
            return false;
        }
        int n = languages.length;
        for (int l = 0; l < n; l++) {
            float value = pick(row, l);
            if (value == ABSENT) {
                value = pick(backOff, l);
                if (value == ABSENT) {
                    value = pick(lastResort, l);
                    value = value == ABSENT ? FLOOR : value + 2 * BACK_OFF;
                } else {
                    value += BACK_OFF;
                }
            }
            values[l] = value;
            sums[l] += value;
        }
        sums[n]++;
        return true;
    }

    private static float pick(float[] row, int language) {
        return row == null ? ABSENT : row[language];
    }

    /** Letters and combining marks: what words are made of (Indic vowel signs are marks). */
    static boolean isWordChar(int cp) {
        return cp < TABULATED ? WORD_CHARS[cp] : isLetterOrMark(cp);
    }

    private static boolean isLetterOrMark(int cp) {
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static long key(long prefix, int codePoint) {
        return (prefix << 21) | codePoint;
    }

    /** N-gram (packed code points) to a row of per-language log-probabilities; open addressing. */
    private static final class NgramTable {
        private final long[] keys;
        private final float[][] rows;
        private final int mask;

        private NgramTable(int capacity) {
            int size = Integer.highestOneBit(Math.max(16, capacity * 2 - 1)) << 1;
            keys = new long[size];
            Arrays.fill(keys, -1L);
            rows = new float[size][];
            mask = size - 1;
        }

        float[] row(long key) {
            if (key < 0) {
                return null;
            }
            for (int slot = slot(key); ; slot = (slot + 1) & mask) {
                long found = keys[slot];
                if (found == key) {
                    return rows[slot];
                }
                if (found == -1L) {
                    return null;
                }
            }
        }

        private float[] rowForUpdate(long key, int languages) {
            int slot = slot(key);
            while (keys[slot] != -1L && keys[slot] != key) {
                slot = (slot + 1) & mask;
            }
            if (keys[slot] == -1L) {
                keys[slot] = key;
                rows[slot] = new float[languages];
                Arrays.fill(rows[slot], ABSENT);
            }
            return rows[slot];
        }

        private int slot(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h >>> 40) & mask;
        }

        static NgramTable read(JsonFactory json, Language[] languages, String kind) {
            // reading and inflating the models is most of the start-up: spread it over the cores
            Model[] models = new Model[languages.length];
            IntStream.range(0, languages.length).parallel()
                    .forEach(l -> models[l] = Model.read(json, languages[l], kind));
            NgramTable table = new NgramTable(Arrays.stream(models).mapToInt(Model::size).sum());
            for (int l = 0; l < languages.length; l++) {
                Model model = models[l];
                for (int i = 0; i < model.size(); i++) {
                    table.rowForUpdate(model.keys[i], languages.length)[l] = model.logProbabilities[i];
                }
            }
            return table;
        }
    }

    /** One language's n-grams of one length, as read from Lingua's JSON. */
    private record Model(long[] keys, float[] logProbabilities) {

        int size() {
            return keys.length;
        }

        /** The file maps a frequency ("3553/58397") to the space-separated n-grams that have it. */
        static Model read(JsonFactory json, Language language, String kind) {
            String path = "/language-models/" + language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT)
                    + "/" + kind + ".json";
            long[] keys = new long[1024];
            float[] values = new float[1024];
            int size = 0;
            try (InputStream in = Language.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("Lingua model missing: " + path);
                }
                JsonParser parser = json.createParser(in.readAllBytes());
                while (parser.nextToken() != null) {
                    if (parser.currentToken() != JsonToken.FIELD_NAME || !"ngrams".equals(parser.currentName())) {
                        continue;
                    }
                    parser.nextToken();
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        float logProbability = Math.min(ONE, (float) Math.log(fraction(parser.currentName())));
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
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read Lingua model " + path, e);
            }
            return new Model(Arrays.copyOf(keys, size), Arrays.copyOf(values, size));
        }

        private static double fraction(String text) {
            int slash = text.indexOf('/');
            return (double) Long.parseLong(text, 0, slash, 10) / Long.parseLong(text, slash + 1, text.length(), 10);
        }

        /** Up to three code points packed 21 bits each, four BMP ones 16 bits each (see QuadrigramTable), else -1. */
        private static long pack(String text, int start, int end) {
            long key = 0;
            long bmpKey = 0; // 16 bits a letter, the quadrigram layout
            boolean bmp = true;
            int count = 0;
            for (int i = start; i < end; ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                key = key(key, cp);
                bmpKey = (bmpKey << 16) | cp;
                bmp &= cp <= 0xFFFF;
                count++;
            }
            if (count == 4) {
                return bmp ? bmpKey : -1;
            }
            return count >= 1 && count <= 3 ? key : -1;
        }
    }

    /**
     * Quadrigram log-probabilities, sparse (a language lacks most of them): a hash of packed
     * quadrigrams to a run of (language, log-probability) entries.
     */
    private static final class QuadrigramTable {
        private final long[] keys;
        private final int[] starts;
        private final int[] ends;
        private final byte[] entryLanguages;
        private final float[] entryValues;
        private final int mask;

        private QuadrigramTable(int distinctCapacity, int entries) {
            int size = Integer.highestOneBit(Math.max(16, distinctCapacity * 2 - 1)) << 1;
            keys = new long[size];
            Arrays.fill(keys, -1L);
            starts = new int[size];
            ends = new int[size];
            entryLanguages = new byte[entries];
            entryValues = new float[entries];
            mask = size - 1;
        }

        /** Four BMP code points, 16 bits each; -1 (never looked up) when one lies outside the BMP. */
        static long key(int a, int b, int c, int d) {
            if (a < 0 || b < 0 || c < 0 || d < 0 || (a | b | c | d) > 0xFFFF) {
                return -1;
            }
            return ((long) a << 48) | ((long) b << 32) | ((long) c << 16) | d;
        }

        /**
         * Replaces, in the sums, each language's trigram value for this position by its quadrigram
         * value, or by the trigram value with the back-off penalty where the language lacks it.
         */
        void refine(long key, double[] sums, float[] trigramValues) {
            int slot = find(key);
            if (slot < 0) {
                return; // no language knows it: the same penalty for all changes no ranking
            }
            int n = trigramValues.length;
            for (int l = 0; l < n; l++) {
                sums[l] += BACK_OFF;
            }
            for (int e = starts[slot]; e < ends[slot]; e++) {
                int l = entryLanguages[e];
                sums[l] += entryValues[e] - (trigramValues[l] + BACK_OFF);
            }
        }

        private int find(long key) {
            if (key < 0) {
                return -1;
            }
            for (int slot = slot(key); ; slot = (slot + 1) & mask) {
                if (keys[slot] == key) {
                    return slot;
                }
                if (keys[slot] == -1L) {
                    return -1;
                }
            }
        }

        private static int countDistinct(Model[] models, int entries) {
            long[] all = new long[entries];
            int at = 0;
            for (Model model : models) {
                System.arraycopy(model.keys(), 0, all, at, model.size());
                at += model.size();
            }
            Arrays.parallelSort(all);
            int distinct = 0;
            for (int i = 0; i < all.length; i++) {
                if (i == 0 || all[i] != all[i - 1]) {
                    distinct++;
                }
            }
            return distinct;
        }

        private int slotForInsert(long key) {
            int slot = slot(key);
            while (keys[slot] != -1L && keys[slot] != key) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            return slot;
        }

        private int slot(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h >>> 32) & mask;
        }

        static QuadrigramTable read(JsonFactory json, Language[] languages) {
            Model[] models = new Model[languages.length];
            IntStream.range(0, languages.length).parallel()
                    .forEach(l -> models[l] = Model.read(json, languages[l], "quadrigrams"));
            int entries = Arrays.stream(models).mapToInt(Model::size).sum();
            QuadrigramTable table = new QuadrigramTable(countDistinct(models, entries), entries);
            // first count the entries per quadrigram (kept in ends), then lay the runs out one after another
            for (Model model : models) {
                for (long key : model.keys()) {
                    table.ends[table.slotForInsert(key)]++;
                }
            }
            int next = 0;
            for (int slot = 0; slot < table.keys.length; slot++) {
                int count = table.ends[slot];
                table.starts[slot] = next;
                table.ends[slot] = next;
                next += count;
            }
            for (int l = 0; l < models.length; l++) {
                Model model = models[l];
                for (int i = 0; i < model.size(); i++) {
                    int slot = table.find(model.keys()[i]);
                    int at = table.ends[slot]++;
                    table.entryLanguages[at] = (byte) l;
                    table.entryValues[at] = model.logProbabilities()[i];
                }
            }
            return table;
        }
    }
}
