package dev.caravan.language;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Spelling-dictionary evidence among look-alike languages: a common word that one member's spelling
 * dictionary knows and another member's does not is unlikely in a text of the member that does not
 * know it. The words come from {@link #RESOURCE}, generated from Debian's Hunspell, Aspell and
 * Tesseract word lists by eval/language/dictionary-words/ (sources and licences there): per family, the
 * frequent words that not every member knows, with the members that know them.
 *
 * <p>Words are kept as 56-bit hashes in sorted arrays (8 bytes a word): a word that is not listed but
 * shares a hash with a listed one is a one-in-millions-of-millions accident. The resource holds those
 * arrays ready, so loading is a bulk read, not a parse and sort of 1.2 million words at start-up.
 */
final class DictionaryWords {

    /** Log-likelihood a family member loses for each word of the text its dictionary does not know. */
    static final double UNKNOWN_WORD_PENALTY = 3.0;

    static final String RESOURCE = "dictionary-words.bin";
    private static final int FORMAT = 0x4457_0001;

    /** Language code to the families it belongs to. */
    private final Map<String, List<Family>> familiesOf = new HashMap<>();
    /** The families by name, in the order they were read, to write them back alike. */
    private final Map<String, Family> families = new LinkedHashMap<>();

    /**
     * One family's words, each a long: the word's hash in the high 56 bits, the members knowing it in
     * the low 8 (a bit per member), sorted. A hash seen twice keeps the members of both.
     */
    private static final class Family {
        private static final long KNOWERS = 0xFF;
        private final List<String> members = new ArrayList<>();
        private long[] entries = new long[1024];
        private int size;

        int memberBit(String code) {
            int index = members.indexOf(code);
            if (index < 0) {
                members.add(code);
                index = members.size() - 1;
            }
            if (index >= Long.bitCount(KNOWERS)) {
                throw new IllegalStateException("a family of more than 8 members: " + members);
            }
            return 1 << index;
        }

        void add(long hash, int knowersBits) {
            if (size == entries.length) {
                entries = Arrays.copyOf(entries, size * 2);
            }
            entries[size++] = hash & ~KNOWERS | knowersBits;
        }

        void seal() {
            Arrays.sort(entries, 0, size);
            int kept = 0;
            for (int i = 0; i < size; i++) {
                if (kept > 0 && (entries[kept - 1] & ~KNOWERS) == (entries[i] & ~KNOWERS)) {
                    entries[kept - 1] |= entries[i];
                } else {
                    entries[kept++] = entries[i];
                }
            }
            entries = Arrays.copyOf(entries, kept);
            size = kept;
        }

        /** The members knowing the word as bits, or -1 when it is not listed (every member or none knows it). */
        int knowersOf(String word) {
            long key = hash(word) & ~KNOWERS;
            // every entry has a knower bit set, so the key itself is never found: it sorts just before its entry
            int index = -Arrays.binarySearch(entries, 0, size, key) - 1;
            return index < size && (entries[index] & ~KNOWERS) == key ? (int) (entries[index] & KNOWERS) : -1;
        }
    }

    private DictionaryWords() {
    }

    static DictionaryWords load() {
        return ResourceRecords.read(RESOURCE, DictionaryWords::read);
    }

    /** Words as {@link #write} wrote them: the families' sorted entries, read in bulk. */
    static DictionaryWords read(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(raw);
        ResourceRecords.expectFormat(in, FORMAT, RESOURCE);
        DictionaryWords words = new DictionaryWords();
        for (int count = in.readInt(); count > 0; count--) {
            String name = in.readUTF();
            Family family = new Family();
            for (String code : in.readUTF().split(" ")) {
                family.memberBit(code);
            }
            family.entries = ResourceRecords.readLongs(in);
            family.size = family.entries.length;
            words.add(name, family);
        }
        return words;
    }

    /** Writes these words in the format {@link #read} reads. */
    void write(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(FORMAT);
        data.writeInt(families.size());
        for (Map.Entry<String, Family> entry : families.entrySet()) {
            Family family = entry.getValue();
            data.writeUTF(entry.getKey());
            data.writeUTF(String.join(" ", family.members));
            ResourceRecords.writeLongs(data, family.entries, family.size);
        }
        data.flush();
    }

    /**
     * Words from the records eval/language/dictionary-words/ writes: {@code family<TAB>members<TAB>words},
     * the members that know the words joined by {@code +}, the words space separated.
     */
    static DictionaryWords fromRecords(Iterable<String[]> records) {
        Map<String, Family> byName = new LinkedHashMap<>();
        for (String[] fields : records) {
            Family family = byName.computeIfAbsent(fields[0], k -> new Family());
            int knowersBits = 0;
            for (String code : fields[1].split("\\+")) {
                if (!code.isEmpty()) {
                    knowersBits |= family.memberBit(code);
                }
            }
            for (int start = 0, end; start < fields[2].length(); start = end + 1) {
                end = fields[2].indexOf(' ', start);
                end = end < 0 ? fields[2].length() : end;
                family.add(hash(fields[2], start, end), knowersBits);
            }
        }
        DictionaryWords words = new DictionaryWords();
        byName.forEach((name, family) -> {
            family.seal();
            words.add(name, family);
        });
        return words;
    }

    private void add(String name, Family family) {
        families.put(name, family);
        family.members.forEach(code -> familiesOf.computeIfAbsent(code, k -> new ArrayList<>()).add(family));
    }

    /**
     * When the best-scoring language ({@code best}) has a family, takes {@link #UNKNOWN_WORD_PENALTY}
     * from the sum of every member whose dictionary lacks a listed word of the text, once per
     * occurrence. Only the family's members the scorer knows compete. True when a sum changed.
     */
    boolean addEvidence(String text, TrigramScorer scorer, double[] sums, int best) {
        List<Family> families = familiesOf.getOrDefault(scorer.code(best), List.of());
        if (families.isEmpty()) {
            return false;
        }
        boolean[] changed = {false};
        for (Family family : families) {
            // the scorer's index of each member, -1 for members this scorer does not compete with
            int[] indexes = family.members.stream().mapToInt(scorer::indexOf).toArray();
            TextWords.forEach(text, word -> {
                int knowers = family.knowersOf(word);
                for (int m = 0; knowers >= 0 && m < indexes.length; m++) {
                    if ((knowers & 1 << m) == 0 && indexes[m] >= 0) {
                        sums[indexes[m]] -= UNKNOWN_WORD_PENALTY;
                        changed[0] = true;
                    }
                }
            });
        }
        return changed[0];
    }

    static long hash(String word) {
        return hash(word, 0, word.length());
    }

    /** FNV-1a over the chars, then {@link #mix} so that near-identical words spread over all 64 bits. */
    static long hash(String text, int start, int end) {
        long hash = 0xcbf29ce484222325L;
        for (int i = start; i < end; i++) {
            hash = (hash ^ text.charAt(i)) * 0x100000001b3L;
        }
        return mix(hash);
    }

    /** Spreads every input bit over all 64 output bits (MurmurHash3's finaliser). */
    static long mix(long hash) {
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        return hash;
    }
}
