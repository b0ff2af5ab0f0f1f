package dev.caravan.language;

import com.github.pemistahl.lingua.api.Language;

import java.util.Arrays;
import java.util.List;
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
     * Trigram rows are summed in float, a loop the JIT turns into vector instructions (a float row added to
     * double sums is not: it ran 2.5 times slower), and moved into the double sums after this many rows, so
     * the float sums stay small and their rounding far below any difference that decides a language.
     */
    private static final int ROWS_PER_FLUSH = 16;
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

    /** Loads the models of the given languages, as the build compiled them from the Lingua jar. */
    static TrigramScorer load(List<Language> languages) {
        Language[] chosen = languages.toArray(Language[]::new);
        NgramTable unigrams = NgramTable.read(chosen, 1);
        NgramTable bigrams = NgramTable.read(chosen, 2);
        NgramTable trigrams = NgramTable.read(chosen, 3);
        trigrams.fillBackOffs(bigrams, unigrams);
        return new TrigramScorer(chosen, unigrams, bigrams, trigrams);
    }

    /**
     * This scorer plus Lingua's quadrigram models, used for every n-gram of four letters: several times
     * the memory and loading time of the rest, worth it on short lines, where every letter counts.
     */
    TrigramScorer withQuadrigrams() {
        TrigramScorer extended = new TrigramScorer(languages, unigrams, bigrams, trigrams);
        extended.quadrigrams = QuadrigramTable.read(languages);
        return extended;
    }

    /** A model's frequency as the tables store it: its logarithm, just below 0 at most (see {@link #ONE}). */
    static float logProbability(double frequency) {
        return Math.min(ONE, (float) Math.log(frequency));
    }

    Language language(int index) {
        return languages[index];
    }

    String code(int index) {
        return codes[index];
    }

    /** The index of the language with this code, or -1 when this scorer does not score it. */
    int indexOf(String code) {
        for (int l = 0; l < codes.length; l++) {
            if (codes[l].equals(code)) {
                return l;
            }
        }
        return -1;
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
        float[] rowSums = new float[n];
        int pendingRows = 0;
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
                    addShortWord(sums, values, inWord, p2, p1); // words of one or two letters still count
                }
                p1 = p2 = p3 = -1;
                inWord = 0;
                continue;
            }
            int c = cp < TABULATED ? LOWER_CASE[cp] : Character.toLowerCase(cp);
            inWord++;
            if (inWord >= 3) {
                // most trigrams are in the table, their back-offs filled in: one look-up instead of three
                int row = trigrams.row(key(key(p2, p1), c));
                float[] trigramValues = null; // where this trigram's values are, from trigramOffset
                int trigramOffset = 0;
                if (row >= 0) {
                    addAll(rowSums, trigrams.values, row);
                    sums[n]++;
                    if (++pendingRows == ROWS_PER_FLUSH) {
                        flush(rowSums, sums);
                        pendingRows = 0;
                    }
                    trigramValues = trigrams.values;
                    trigramOffset = row;
                } else if (add(sums, values, trigrams, -1, bigrams.row(key(p1, c)), unigrams.row(c))) {
                    trigramValues = values;
                }
                if (trigramValues != null && inWord >= 4 && quadrigrams != null) {
                    quadrigrams.refine(QuadrigramTable.key(p3, p2, p1, c), sums, trigramValues, trigramOffset);
                }
            }
            p3 = p2;
            p2 = p1;
            p1 = c;
        }
        if (inWord > 0 && inWord < 3) {
            addShortWord(sums, values, inWord, p2, p1);
        }
        flush(rowSums, sums);
        return sums;
    }

    /** A word of one or two letters, scored as a unigram or bigram. */
    private void addShortWord(double[] sums, float[] values, int letters, int p2, int p1) {
        if (letters == 1) {
            add(sums, values, unigrams, unigrams.row(p1), -1, -1);
        } else {
            add(sums, values, bigrams, bigrams.row(key(p2, p1)), -1, -1);
        }
    }

    /**
     * Adds each language's log-probability of one n-gram ({@code row} of {@code table}, backing off to the
     * shorter n-grams' rows of the bigram and unigram tables) to the sums and leaves them in {@code values};
     * false when no model knows any of the n-grams. A row of -1 is one no model has.
     */
    private boolean add(double[] sums, float[] values, NgramTable table, int row, int backOff, int lastResort) {
        if (row < 0 && backOff < 0 && lastResort < 0) {
            return false;
        }
        int n = languages.length;
        for (int l = 0; l < n; l++) {
            float value = table.value(row, l);
            if (value == ABSENT) {
                value = backedOff(bigrams, backOff, unigrams, lastResort, l);
            }
            values[l] = value;
            sums[l] += value;
        }
        sums[n]++;
        return true;
    }

    /**
     * Adds a row without gaps (a trigram row once {@link NgramTable#fillBackOffs} has run), the values from
     * {@code row} on, to the row sums.
     */
    private static void addAll(float[] rowSums, float[] values, int row) {
        for (int l = 0; l < rowSums.length; l++) {
            rowSums[l] += values[row + l];
        }
    }

    /** Moves the float row sums into the double sums (see {@link #ROWS_PER_FLUSH}). */
    private static void flush(float[] rowSums, double[] sums) {
        for (int l = 0; l < rowSums.length; l++) {
            sums[l] += rowSums[l];
            rowSums[l] = 0;
        }
    }

    /**
     * A language's value where its model lacks the n-gram: the shorter n-gram (row {@code backOff} of the
     * bigrams) with a penalty, else the last letter (row {@code lastResort} of the unigrams), else the floor.
     */
    private static float backedOff(NgramTable bigrams, int backOff, NgramTable unigrams, int lastResort, int language) {
        float value = bigrams.value(backOff, language);
        if (value != ABSENT) {
            return value + BACK_OFF;
        }
        value = unigrams.value(lastResort, language);
        return value == ABSENT ? FLOOR : value + 2 * BACK_OFF;
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

    /** An n-gram key extended by one more code point, 21 bits each: how up to three letters are looked up. */
    static long key(long prefix, int codePoint) {
        return (prefix << 21) | codePoint;
    }

    /**
     * N-gram (packed code points) to a row of per-language log-probabilities; open addressing. The rows lie
     * side by side in one array: a row object per n-gram (a quarter of a million of them) was what the
     * garbage collector's concurrent marking spent most of its time on whenever a large document filled
     * the heap, though none of them ever changes.
     */
    private static final class NgramTable {
        private final long[] keys;
        /** For each slot of {@link #keys}, where its row starts in {@link #values}. */
        private final int[] rows;
        private final int languages;
        private final int mask;
        /** The rows, {@link #languages} values each. */
        private float[] values;
        private int used;

        /**
         * @param capacity    n-grams the table may hold at most
         * @param initialRows n-grams to make room for at first; more grow {@link #values}
         */
        private NgramTable(int capacity, int languages, int initialRows) {
            int size = Integer.highestOneBit(Math.max(16, capacity * 2 - 1)) << 1;
            keys = new long[size];
            Arrays.fill(keys, -1L);
            rows = new int[size];
            this.languages = languages;
            values = new float[Math.max(16, initialRows) * languages];
            mask = size - 1;
        }

        /** Where the n-gram's row starts in {@link #values}, or -1 when no model has it. */
        int row(long key) {
            if (key < 0) {
                return -1;
            }
            for (int slot = slot(key); ; slot = (slot + 1) & mask) {
                long found = keys[slot];
                if (found == key) {
                    return rows[slot];
                }
                if (found == -1L) {
                    return -1;
                }
            }
        }

        /** A language's value in a row; {@link #ABSENT} in the row -1. */
        float value(int row, int language) {
            return row < 0 ? ABSENT : values[row + language];
        }

        /**
         * Replaces the gaps of each trigram row by what {@link #score} would back off to: the languages' values
         * of the trigram's last two letters and last letter. Those are fixed by the trigram itself, so the
         * sums come out the same to the last bit, from one look-up per letter instead of three.
         */
        void fillBackOffs(NgramTable bigrams, NgramTable unigrams) {
            long letterMask = (1L << 21) - 1;
            for (int slot = 0; slot < keys.length; slot++) {
                if (keys[slot] == -1L) {
                    continue;
                }
                int last = (int) (keys[slot] & letterMask);
                int backOff = bigrams.row(key((keys[slot] >>> 21) & letterMask, last));
                int lastResort = unigrams.row(last);
                int row = rows[slot];
                for (int l = 0; l < languages; l++) {
                    if (values[row + l] == ABSENT) {
                        values[row + l] = backedOff(bigrams, backOff, unigrams, lastResort, l);
                    }
                }
            }
        }

        /** The row of a key not in the table yet, every value {@link #ABSENT}. */
        private int newRow(long key) {
            int slot = slot(key);
            while (keys[slot] != -1L) {
                slot = (slot + 1) & mask;
            }
            if (used + languages > values.length) {
                values = Arrays.copyOf(values, values.length + values.length / 2 + languages);
            }
            keys[slot] = key;
            rows[slot] = used;
            Arrays.fill(values, used, used + languages, ABSENT);
            used += languages;
            return rows[slot];
        }

        private int slot(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h >>> 40) & mask;
        }

        static NgramTable read(Language[] languages, int length) {
            NgramModel[] models = readAll(languages, length);
            // the largest model is a floor for the number of rows: room for that at first, the rest as it comes
            NgramTable table = new NgramTable(Arrays.stream(models).mapToInt(NgramModel::size).sum(), languages.length,
                Arrays.stream(models).mapToInt(NgramModel::size).max().orElse(0));
            int row = -1;
            long rowKey = -1;
            for (SortedMerge merge = new SortedMerge(models); merge.hasNext(); merge.advance()) {
                if (merge.key() != rowKey) {
                    rowKey = merge.key();
                    row = table.newRow(rowKey);
                }
                table.values[row + merge.model()] = merge.value();
            }
            table.values = Arrays.copyOf(table.values, table.used);
            return table;
        }
    }

    /** The models of the languages, read and decoded side by side on the cores. */
    private static NgramModel[] readAll(Language[] languages, int length) {
        NgramModel[] models = new NgramModel[languages.length];
        IntStream.range(0, languages.length).parallel()
                .forEach(l -> models[l] = NgramModel.read(languages[l], length));
        return models;
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

        private QuadrigramTable(int distinct, byte[] entryLanguages, float[] entryValues) {
            int size = Integer.highestOneBit(Math.max(16, distinct * 2 - 1)) << 1;
            keys = new long[size];
            Arrays.fill(keys, -1L);
            starts = new int[size];
            ends = new int[size];
            this.entryLanguages = entryLanguages;
            this.entryValues = entryValues;
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
         * Replaces, in the sums, each language's trigram value for this position (in {@code trigramValues}
         * from {@code offset} on) by its quadrigram value, or by the trigram value with the back-off penalty
         * where the language lacks it.
         */
        void refine(long key, double[] sums, float[] trigramValues, int offset) {
            int slot = find(key);
            if (slot < 0) {
                return; // no language knows it: the same penalty for all changes no ranking
            }
            int n = sums.length - 1;
            for (int l = 0; l < n; l++) {
                sums[l] += BACK_OFF;
            }
            for (int e = starts[slot]; e < ends[slot]; e++) {
                int l = entryLanguages[e];
                sums[l] += entryValues[e] - (trigramValues[offset + l] + BACK_OFF);
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

        /** The table of these languages: merged by the build for the default candidates, else merged here. */
        static QuadrigramTable read(Language[] languages) {
            MergedQuadrigrams merged = MergedQuadrigrams.readCompiled(languages);
            if (merged == null) {
                merged = MergedQuadrigrams.merge(MergedQuadrigrams.modelsOf(languages));
            }
            long[] distinctKeys = merged.keys();
            int[] runStarts = merged.runStarts();
            QuadrigramTable table = new QuadrigramTable(distinctKeys.length, merged.languages(), merged.values());
            for (int d = 0; d < distinctKeys.length; d++) {
                int slot = table.slotForInsert(distinctKeys[d]);
                table.starts[slot] = runStarts[d];
                table.ends[slot] = runStarts[d + 1];
            }
            return table;
        }
    }

    /**
     * The entries of models with ascending keys (as compiled), visited in key order and equal keys in model
     * order: a k-way merge over a heap of model indexes. Building a table from it touches each distinct
     * n-gram once, where going model by model looks every n-gram up again for each language that has it.
     */
    static final class SortedMerge {
        private final NgramModel[] models;
        private final int[] positions;
        /** Indexes of the models not yet exhausted, the one whose current entry comes first on top. */
        private final int[] heap;
        /** The current key of each model in {@link #heap}, at the same place: comparisons stay in one array. */
        private final long[] heapKeys;
        private int size;

        SortedMerge(NgramModel[] models) {
            this.models = models;
            positions = new int[models.length];
            heap = new int[models.length];
            heapKeys = new long[models.length];
            for (int m = 0; m < models.length; m++) {
                if (models[m].size() > 0) {
                    heap[size] = m;
                    heapKeys[size++] = models[m].keys()[0];
                }
            }
            for (int i = size / 2 - 1; i >= 0; i--) {
                siftDown(i);
            }
        }

        boolean hasNext() {
            return size > 0;
        }

        /** The index of the model the current entry belongs to. */
        int model() {
            return heap[0];
        }

        long key() {
            return heapKeys[0];
        }

        float value() {
            return models[heap[0]].logProbabilities()[positions[heap[0]]];
        }

        void advance() {
            int top = heap[0];
            if (++positions[top] == models[top].size()) {
                heap[0] = heap[--size];
                heapKeys[0] = heapKeys[size];
            } else {
                heapKeys[0] = models[top].keys()[positions[top]];
            }
            siftDown(0);
        }

        /** Whether the entry at heap place a comes first: the smaller key, or the same key in an earlier model. */
        private boolean before(int a, int b) {
            return heapKeys[a] < heapKeys[b] || heapKeys[a] == heapKeys[b] && heap[a] < heap[b];
        }

        private void siftDown(int i) {
            while (true) {
                int first = i;
                int left = 2 * i + 1;
                if (left < size && before(left, first)) {
                    first = left;
                }
                if (left + 1 < size && before(left + 1, first)) {
                    first = left + 1;
                }
                if (first == i) {
                    return;
                }
                int model = heap[i];
                heap[i] = heap[first];
                heap[first] = model;
                long key = heapKeys[i];
                heapKeys[i] = heapKeys[first];
                heapKeys[first] = key;
                i = first;
            }
        }
    }
}
