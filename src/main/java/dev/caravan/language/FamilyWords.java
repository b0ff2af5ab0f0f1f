package dev.caravan.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
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

    /** Longest word ending listed (in chars, the dash not counted). */
    private static final int MAX_SUFFIX = 8;

    /**
     * Language code to its family's name, and (family, cue) to the members using the cue. A cue is a
     * whole word, two words in a row written {@code first_second}, a word ending written {@code -ending}
     * or a letter sequence anywhere in a word written {@code *letters*}.
     */
    private final Map<String, List<String>> familiesOf = new HashMap<>();
    private final Map<String, Set<String>> usersByFamilyWord = new HashMap<>();
    /** Family to its {@code *letters*} cues (few, tried on every word). */
    private final Map<String, Map<String, Set<String>>> infixesByFamily = new HashMap<>();

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
                List<String> families = words.familiesOf.computeIfAbsent(fields[1], k -> new ArrayList<>());
                if (!families.contains(fields[0])) {
                    families.add(fields[0]);
                }
                for (String cue : fields[2].split(" ")) {
                    if (cue.length() > 2 && cue.startsWith("*") && cue.endsWith("*")) {
                        words.infixesByFamily.computeIfAbsent(fields[0], k -> new HashMap<>())
                                .computeIfAbsent(cue.substring(1, cue.length() - 1), k -> new HashSet<>())
                                .add(fields[1]);
                    } else if (!cue.isEmpty()) {
                        words.usersByFamilyWord.computeIfAbsent(fields[0] + '\t' + cue, k -> new HashSet<>())
                                .add(fields[1]);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return words;
    }

    /**
     * When the best-scoring language ({@code best}) has a family, adds {@link #WORD_EVIDENCE} to the
     * sum of every family member that uses a word of the text, once per occurrence; a word not listed
     * whole counts by its longest listed ending instead; every listed letter sequence in it and every
     * listed pair it ends counts too. Other languages' sums stay as they are. True when a sum changed.
     */
    boolean addEvidence(String text, TrigramScorer scorer, double[] sums, int best) {
        boolean changed = false;
        for (String family : familiesOf.getOrDefault(scorer.code(best), List.of())) {
            changed |= addEvidence(family, text, scorer, sums);
        }
        return changed;
    }

    private boolean addEvidence(String family, String text, TrigramScorer scorer, double[] sums) {
        boolean changed = false;
        int length = text.length();
        String previous = null;
        for (int start = 0; start < length; ) {
            int end = start;
            while (end < length && TrigramScorer.isWordChar(text.codePointAt(end))) {
                end += Character.charCount(text.codePointAt(end));
            }
            if (end > start) {
                String word = text.substring(start, end).toLowerCase(Locale.ROOT);
                changed |= credit(usersOf(family, word), scorer, sums);
                if (previous != null) {
                    changed |= credit(usersByFamilyWord.get(family + '\t' + previous + '_' + word), scorer, sums);
                }
                previous = word;
                for (Map.Entry<String, Set<String>> infix : infixesByFamily.getOrDefault(family, Map.of()).entrySet()) {
                    if (word.contains(infix.getKey())) {
                        changed |= credit(infix.getValue(), scorer, sums);
                    }
                }
                start = end;
            } else {
                start += Character.charCount(text.codePointAt(start));
            }
        }
        return changed;
    }

    /** The members using the word itself, else its longest listed ending (the ending shorter than the word). */
    private Set<String> usersOf(String family, String word) {
        Set<String> users = usersByFamilyWord.get(family + '\t' + word);
        for (int length = Math.min(MAX_SUFFIX, word.length() - 1); users == null && length >= 1; length--) {
            users = usersByFamilyWord.get(family + "\t-" + word.substring(word.length() - length));
        }
        return users;
    }

    private static boolean credit(Set<String> users, TrigramScorer scorer, double[] sums) {
        if (users == null) {
            return false;
        }
        boolean changed = false;
        for (int l = 0; l < scorer.size(); l++) {
            if (users.contains(scorer.code(l))) {
                sums[l] += WORD_EVIDENCE;
                changed = true;
            }
        }
        return changed;
    }
}
