package dev.caravan.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Word-level evidence among look-alike languages (Hindi/Marathi, Bokmål/Nynorsk/Danish,
 * Malaysian/Indonesian, Croatian/Bosnian/Serbian/Slovene, Afrikaans/Dutch, Spanish/Portuguese/Catalan,
 * Czech/Slovak). Their character n-grams differ little, but their
 * function words and a few spellings differ completely, and one such word in a short line says more
 * than all its trigrams. The words come from {@code family-words.tsv} (see its header for sources).
 */
final class FamilyWords {

    /** Log-likelihood a listed word adds to each member that uses it: one word outweighs a few n-grams. */
    static final double WORD_EVIDENCE = 4.0;

    /** Language code to its family's name, and (family, word) to the members using the word. */
    private final Map<String, String> familyOf = new HashMap<>();
    private final Map<String, Set<String>> usersByFamilyWord = new HashMap<>();

    private FamilyWords() {
    }

    static FamilyWords load() {
        FamilyWords words = new FamilyWords();
        String resource = "family-words.tsv";
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(FamilyWords.class.getResourceAsStream(resource), resource),
                StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] fields = line.split("\t");
                words.familyOf.put(fields[1], fields[0]);
                for (String word : fields[2].split(" ")) {
                    words.usersByFamilyWord.computeIfAbsent(fields[0] + '\t' + word, k -> new HashSet<>())
                            .add(fields[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return words;
    }

    /**
     * When the best-scoring language ({@code best}) has a family, adds {@link #WORD_EVIDENCE} to the
     * sum of every family member that uses a word of the text, once per occurrence; other languages'
     * sums stay as they are. True when a sum changed.
     */
    boolean addEvidence(String text, TrigramScorer scorer, double[] sums, int best) {
        String family = familyOf.get(scorer.code(best));
        if (family == null) {
            return false;
        }
        boolean changed = false;
        int length = text.length();
        for (int start = 0; start < length; ) {
            int end = start;
            while (end < length && TrigramScorer.isWordChar(text.codePointAt(end))) {
                end += Character.charCount(text.codePointAt(end));
            }
            if (end > start) {
                Set<String> users = usersByFamilyWord.get(
                        family + '\t' + text.substring(start, end).toLowerCase(Locale.ROOT));
                if (users != null) {
                    for (int l = 0; l < scorer.size(); l++) {
                        if (users.contains(scorer.code(l))) {
                            sums[l] += WORD_EVIDENCE;
                            changed = true;
                        }
                    }
                }
                start = end;
            } else {
                start += Character.charCount(text.codePointAt(start));
            }
        }
        return changed;
    }

}
