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
import java.util.TreeMap;

/**
 * Word-frequency evidence among look-alike languages: how often each member of a family uses a word in
 * translated software messages. Where every word of a short line is valid in two members, the members
 * still use them at different rates, and a word one member's translators never wrote ("tjeneren", the
 * server, occurs in Bokmål's messages only) is rare in that member. The frequencies come from
 * {@link #RESOURCE}, built by eval/language/family-word-counts/ from LibreOffice's translations (sources,
 * licence and counts there).
 *
 * <p>A member's probability of a word is its count smoothed by {@link #SMOOTHING} over the family's
 * vocabulary. A word's evidence is its log-probability in a member less the best competing member's, so
 * the members' sums only fall relative to one another, never relative to languages outside the family.
 * The resource holds the log-probabilities ready, beside the words' 64-bit hashes in sorted order:
 * loading is a few bulk reads, not a parse of 134,000 records at start-up.
 */
final class FamilyWordFrequencies {

    /**
     * How much a word's log-probability ratio counts next to the n-grams: the ratio of two members that
     * both use a word runs to a few nats, of a word one member never used to eight or more. Chosen on
     * dev.tsv among 0.5, 1, 1.5, 2, 2.5, 3 (eval/language/README.md, sixth round).
     */
    static final double WEIGHT = 1.5;
    /**
     * Added to every count (add-k smoothing): a word one member never used is rare in it, not impossible.
     * Applied when the resource is built; chosen on dev.tsv among 0.25, 0.5 and 1.
     */
    static final double SMOOTHING = 0.5;
    static final String RESOURCE = "family-word-frequencies.bin";
    private static final int FORMAT = 0x4657_0001;

    /** Language code to the families it belongs to. */
    private final Map<String, List<Family>> familiesOf = new HashMap<>();
    /** The families in the order they were read, to write them back alike. */
    private final Map<String, Family> families = new LinkedHashMap<>();

    /** One family's words: sorted 64-bit hashes and, per word, a log-probability per member. */
    private record Family(List<String> members, long[] hashes, float[] logProbabilities) {

        /** The word's index in {@link #hashes}, or -1 when no member used it. */
        int indexOf(String word) {
            int index = Arrays.binarySearch(hashes, DictionaryWords.hash(word));
            return index < 0 ? -1 : index;
        }

        float logProbability(int word, int member) {
            return logProbabilities[word * members.size() + member];
        }
    }

    private FamilyWordFrequencies() {
    }

    private void add(String name, Family family) {
        families.put(name, family);
        family.members().forEach(code -> familiesOf.computeIfAbsent(code, k -> new ArrayList<>()).add(family));
    }

    static FamilyWordFrequencies load() {
        return ResourceRecords.read(RESOURCE, FamilyWordFrequencies::read);
    }

    /** Frequencies as {@link #write} wrote them. */
    static FamilyWordFrequencies read(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(raw);
        ResourceRecords.expectFormat(in, FORMAT, RESOURCE);
        FamilyWordFrequencies frequencies = new FamilyWordFrequencies();
        for (int count = in.readInt(); count > 0; count--) {
            String name = in.readUTF();
            List<String> members = List.of(in.readUTF().split(" "));
            long[] hashes = ResourceRecords.readLongs(in);
            float[] logProbabilities = ResourceRecords.readFloats(in, hashes.length * members.size());
            frequencies.add(name, new Family(members, hashes, logProbabilities));
        }
        return frequencies;
    }

    /** Writes these frequencies in the format {@link #read} reads. */
    void write(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(FORMAT);
        data.writeInt(families.size());
        for (Map.Entry<String, Family> entry : families.entrySet()) {
            Family family = entry.getValue();
            data.writeUTF(entry.getKey());
            data.writeUTF(String.join(" ", family.members()));
            ResourceRecords.writeLongs(data, family.hashes(), family.hashes().length);
            ResourceRecords.writeFloats(data, family.logProbabilities());
        }
        data.flush();
    }

    /**
     * Frequencies from word counts: per family a record {@code family<TAB>members} (codes, space
     * separated), then {@code family<TAB>word<TAB>counts} per word, a count per member in that order.
     */
    static FamilyWordFrequencies fromCounts(Iterable<String[]> records) {
        Map<String, List<String>> membersOf = new LinkedHashMap<>();
        Map<String, Map<Long, long[]>> countsOf = new HashMap<>();
        for (String[] fields : records) {
            if (fields.length == 2) {
                membersOf.put(fields[0], List.of(fields[1].split(" ")));
                continue;
            }
            long[] counts = Arrays.stream(fields[2].split(" ")).mapToLong(Long::parseLong).toArray();
            // two words with one hash (a one-in-billions accident) share their counts
            countsOf.computeIfAbsent(fields[0], k -> new TreeMap<>())
                    .merge(DictionaryWords.hash(fields[1]), counts, FamilyWordFrequencies::sum);
        }
        FamilyWordFrequencies frequencies = new FamilyWordFrequencies();
        membersOf.forEach((name, members) -> {
            Map<Long, long[]> counts = countsOf.getOrDefault(name, Map.of());
            long[] totals = counts.values().stream().reduce(new long[members.size()], FamilyWordFrequencies::sum);
            double smoothed = SMOOTHING * counts.size();
            long[] hashes = new long[counts.size()];
            float[] logProbabilities = new float[counts.size() * members.size()];
            int word = 0;
            for (Map.Entry<Long, long[]> entry : counts.entrySet()) {
                hashes[word] = entry.getKey();
                for (int m = 0; m < members.size(); m++) {
                    logProbabilities[word * members.size() + m] =
                            (float) Math.log((entry.getValue()[m] + SMOOTHING) / (totals[m] + smoothed));
                }
                word++;
            }
            frequencies.add(name, new Family(members, hashes, logProbabilities));
        });
        return frequencies;
    }

    private static long[] sum(long[] a, long[] b) {
        long[] sum = new long[a.length];
        Arrays.setAll(sum, i -> a[i] + b[i]);
        return sum;
    }

    /**
     * When the best-scoring language ({@code best}) has a family, adds to each competing member's sum,
     * for every word of the text some member used (acronyms skipped), {@link #WEIGHT} times its
     * log-probability in that member less the best competing member's. True when a sum changed.
     */
    boolean addEvidence(String text, TrigramScorer scorer, double[] sums, int best) {
        boolean[] changed = {false};
        for (Family family : familiesOf.getOrDefault(scorer.code(best), List.of())) {
            int size = family.members().size();
            int[] indexes = family.members().stream().mapToInt(scorer::indexOf).toArray();
            TextWords.forEachExceptAcronyms(text, word -> {
                int index = family.indexOf(word);
                if (index < 0) {
                    return;
                }
                float top = Float.NEGATIVE_INFINITY;
                for (int m = 0; m < size; m++) {
                    if (indexes[m] >= 0) {
                        top = Math.max(top, family.logProbability(index, m));
                    }
                }
                for (int m = 0; m < size; m++) {
                    if (indexes[m] >= 0) {
                        sums[indexes[m]] += WEIGHT * (family.logProbability(index, m) - top);
                        changed[0] = true;
                    }
                }
            });
        }
        return changed[0];
    }
}
