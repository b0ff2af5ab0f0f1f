package dev.caravan.language;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Word-list evidence among the candidates of a short text, whatever their family: a word that some
 * candidates' word lists know and another's does not is unlikely in that other. Character n-grams
 * score "passordet" (Bokmål; Danish writes "adgangskoden") by its letters, alike in Danish and
 * Norwegian, and cannot tell a Latvian line from a Slovene one where the letters look alike; the word
 * lists know which language writes which word.
 *
 * <p>The lists are Tesseract's word lists of 44 languages (words of web text, cut by frequency by
 * Tesseract's authors), written into {@code language-words.bloom} by {@code BuildLanguageWords}
 * (eval/language/language-words/ says how, from which sources, under which licences). Their 6.4
 * million words would take some 70 MB of heap as strings; they are kept as one Bloom filter over
 * (language, word) pairs instead, 14 bits a pair (about 11 MB): a word a list lacks passes for known
 * about twice in a thousand look-ups, which only weakens the evidence.
 */
final class LanguageWords {

    /**
     * Log-likelihood a candidate loses for each word of the text its list lacks and another's knows:
     * two such words outweigh most n-gram differences of a short line (2, 3, 4, 5, 6, 8, 12 tried on dev.tsv).
     */
    static final double UNKNOWN_WORD_PENALTY = 8.0;
    /** Shortest part of a compound looked up on its own (4, 5, 6 tried on dev.tsv). */
    static final int MIN_COMPOUND_PART = 5;
    static final String RESOURCE = "language-words.bloom";
    private static final int FORMAT = 0x4c57_0001;
    /** Bits set per (language, word) pair: at 14 bits a pair, 7 keeps false positives near 0.2%. */
    private static final int HASHES = 7;

    /**
     * Words whose answers are kept: short lines repeat the same words (affiliations, headings, function words),
     * and each costs a Bloom look-up per candidate and per place a compound may split. About 2 MB at most.
     */
    static final int REMEMBERED_WORDS = 1 << 14;

    /** Language code to its salt in the filter's hashes. */
    private final Map<String, Integer> languageIndex;
    private final long[] bits;
    private final long bitCount;
    /** Recent words' answers; emptied when full. */
    private final Map<String, Answers> remembered = new ConcurrentHashMap<>();

    /**
     * For one word, bit {@code l} of {@code asked}: whether language {@code l}'s answer was looked up; of
     * {@code known}: whether that list knows or composes the word.
     */
    private record Answers(long asked, long known) {
    }

    private LanguageWords(List<String> languages, long[] bits) {
        if (languages.size() > Long.SIZE) {
            throw new IllegalArgumentException("at most " + Long.SIZE + " languages: their answers are bits of a long");
        }
        languageIndex = new HashMap<>();
        languages.forEach(code -> languageIndex.put(code, languageIndex.size()));
        this.bits = bits;
        this.bitCount = 64L * bits.length;
    }

    static LanguageWords load() {
        return ResourceRecords.read(RESOURCE, LanguageWords::read);
    }

    /** A filter as {@link #write} wrote it. */
    static LanguageWords read(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(raw);
        ResourceRecords.expectFormat(in, FORMAT, RESOURCE);
        List<String> languages = List.of(in.readUTF().split(","));
        return new LanguageWords(languages, ResourceRecords.readLongs(in));
    }

    /**
     * Writes the filter of these word lists (language code to lower-cased words) in the format
     * {@link #load} reads, with {@code bitsPerWord} bits per (language, word) pair.
     */
    static void write(Map<String, Set<String>> wordsByLanguage, int bitsPerWord, OutputStream out) throws IOException {
        long pairs = wordsByLanguage.values().stream().mapToLong(Set::size).sum();
        long[] bits = new long[(int) Math.max(1, pairs * bitsPerWord / 64)];
        List<String> languages = new ArrayList<>(wordsByLanguage.keySet());
        LanguageWords filter = new LanguageWords(languages, bits);
        wordsByLanguage.forEach((code, words) -> words.forEach(word -> filter.add(code, word)));
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(FORMAT);
        data.writeUTF(String.join(",", languages));
        ResourceRecords.writeLongs(data, bits, bits.length);
        data.flush();
    }

    boolean hasList(String code) {
        return languageIndex.containsKey(code);
    }

    /** Whether the language's list (probably) knows the lower-cased word; false for a language without a list. */
    boolean knows(String code, String word) {
        Integer language = languageIndex.get(code);
        return language != null && contains(language, DictionaryWords.hash(word));
    }

    /**
     * Whether the list knows the word, or the word is a compound of two listed words of at least
     * {@link #MIN_COMPOUND_PART} letters, joined directly or by a linking s or e ("enhetsnumre"):
     * Germanic and Finno-Ugric languages write compounds as one word, and no list holds them all.
     */
    boolean knowsOrComposes(String code, String word) {
        Integer language = languageIndex.get(code);
        return language != null && knowsOrComposes(language, new WordHashes(word));
    }

    private boolean knowsOrComposes(int language, WordHashes word) {
        if (contains(language, word.whole)) {
            return true;
        }
        for (int split = 0; split < word.tails.length; split++) {
            boolean head = contains(language, word.heads[split])
                    || word.linked[split] && contains(language, word.unlinkedHeads[split]);
            if (head && contains(language, word.tails[split])) {
                return true;
            }
        }
        return false;
    }

    /**
     * A word's hashes, computed once for the look-ups in every candidate's list: the whole word's and, at
     * each place a compound may split, its head's (also without a linking s or e) and its tail's.
     */
    private static final class WordHashes {
        final long whole;
        final long[] heads;
        final boolean[] linked;
        final long[] unlinkedHeads;
        final long[] tails;

        WordHashes(String word) {
            whole = DictionaryWords.hash(word);
            int splits = Math.max(0, word.length() - 2 * MIN_COMPOUND_PART + 1);
            heads = new long[splits];
            linked = new boolean[splits];
            unlinkedHeads = new long[splits];
            tails = new long[splits];
            for (int i = 0; i < splits; i++) {
                int split = MIN_COMPOUND_PART + i;
                char link = word.charAt(split - 1);
                heads[i] = DictionaryWords.hash(word, 0, split);
                linked[i] = link == 's' || link == 'e';
                unlinkedHeads[i] = linked[i] ? DictionaryWords.hash(word, 0, split - 1) : 0;
                tails[i] = DictionaryWords.hash(word, split, word.length());
            }
        }
    }

    private boolean contains(int language, long wordHash) {
        long hash = pairHash(language, wordHash);
        for (int i = 0; i < HASHES; i++) {
            long bit = bitOf(hash, i);
            if ((bits[(int) (bit >>> 6)] & 1L << bit) == 0) {
                return false;
            }
        }
        return true;
    }

    private void add(String code, String word) {
        long hash = pairHash(languageIndex.get(code), DictionaryWords.hash(word));
        for (int i = 0; i < HASHES; i++) {
            long bit = bitOf(hash, i);
            bits[(int) (bit >>> 6)] |= 1L << bit;
        }
    }

    /** The word's hash made the language's own: every language sets and tests different bits. */
    private static long pairHash(int language, long wordHash) {
        return DictionaryWords.mix(wordHash + (language + 1) * 0x9E3779B97F4A7C15L);
    }

    /** The i-th of the pair's {@link #HASHES} bits (double hashing: the high half of the hash is the step). */
    private long bitOf(long pairHash, int i) {
        return Long.remainderUnsigned(pairHash + i * (pairHash >>> 32 | 1), bitCount);
    }

    /**
     * Takes {@link #UNKNOWN_WORD_PENALTY} from every candidate with a list that lacks a word of the text
     * another candidate's list knows, once per occurrence; words in capitals only are skipped (see
     * {@link TextWords#forEachExceptAcronyms}), and so are words that every list or none knows. True
     * when a sum changed.
     */
    boolean addEvidence(String text, TrigramScorer scorer, double[] sums) {
        int[] contenders = new int[scorer.size()];
        int[] languages = new int[scorer.size()];
        int count = 0;
        for (int l = 0; l < scorer.size(); l++) {
            Integer language = languageIndex.get(scorer.code(l));
            if (language != null) {
                contenders[count] = l;
                languages[count++] = language;
            }
        }
        if (count < 2) {
            return false;
        }
        int listed = count;
        long contenderBits = bitsOf(languages, listed);
        boolean[] changed = {false};
        boolean[] known = new boolean[listed];
        TextWords.forEachExceptAcronyms(text, word -> {
            long knownBits = answers(word, contenderBits);
            int knowers = 0;
            for (int c = 0; c < listed; c++) {
                known[c] = (knownBits >>> languages[c] & 1) != 0;
                knowers += known[c] ? 1 : 0;
            }
            for (int c = 0; knowers > 0 && knowers < listed && c < listed; c++) {
                if (!known[c]) {
                    sums[contenders[c]] -= UNKNOWN_WORD_PENALTY;
                    changed[0] = true;
                }
            }
        });
        return changed[0];
    }

    /** The first {@code count} language indexes as bits of a long. */
    private static long bitsOf(int[] languages, int count) {
        long bits = 0;
        for (int c = 0; c < count; c++) {
            bits |= 1L << languages[c];
        }
        return bits;
    }

    /**
     * Bit {@code l} set where language {@code l}, one of {@code languages} (as bits), knows or composes the word;
     * bits of other languages may be set too, from earlier questions.
     */
    private long answers(String word, long languages) {
        Answers answers = remembered.get(word);
        if (answers != null && (answers.asked() & languages) == languages) {
            return answers.known();
        }
        WordHashes hashes = new WordHashes(word);
        long asked = answers == null ? 0 : answers.asked();
        long known = answers == null ? 0 : answers.known();
        for (long missing = languages & ~asked; missing != 0; missing &= missing - 1) {
            int language = Long.numberOfTrailingZeros(missing);
            if (knowsOrComposes(language, hashes)) {
                known |= 1L << language;
            }
        }
        if (remembered.size() >= REMEMBERED_WORDS) {
            remembered.clear();
        }
        remembered.put(word, new Answers(asked | languages, known));
        return known;
    }
}
