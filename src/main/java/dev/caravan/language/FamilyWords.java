package dev.caravan.language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Word-level evidence among look-alike languages (Hindi/Marathi, Bokmål/Nynorsk/Danish,
 * Malaysian/Indonesian, Croatian/Bosnian/Serbian/Slovene, Macedonian/Serbian/Bulgarian/Russian,
 * Afrikaans/Dutch, Spanish/Portuguese/Catalan, Czech/Slovak). Their character n-grams differ little,
 * but their function words, some endings and a few spellings differ completely, and one such cue in a
 * short line says more than all its trigrams. The cues come from {@code family-words.tsv} (see its
 * header for their forms and sources). The same reader serves {@code function-words.tsv}: a single
 * group of every Latin-script language with its commonest function words, used on short text.
 */
final class FamilyWords {

    /** Log-likelihood a listed word adds to each member that uses it: one word outweighs a few n-grams. */
    static final double WORD_EVIDENCE = 4.0;

    /**
     * Log-likelihood a quotation between a member's own marks adds (Norwegian «…», Danish »…«): a
     * typographic convention is as telling as a word a list lacks (chosen on dev.tsv: 4 nats fixed none
     * of its Nordic errors, 6, 8 and 12 the same two).
     */
    static final double QUOTATION_EVIDENCE = 8.0;

    /**
     * Language code to the families it belongs to. A family's cues are whole words, two words in a row
     * written {@code first_second}, word endings written {@code -ending} and letter sequences anywhere
     * in a word written {@code *letters*}, and quotation marks written opening mark, ellipsis, closing
     * mark ({@code «…»}); each maps to the members using it.
     */
    private final Map<String, List<Family>> familiesOf = new HashMap<>();

    /** One family's cues; compared by identity. */
    private static final class Family {
        private final Map<String, Set<String>> words = new HashMap<>();
        /** Keyed by the two words joined by a space. */
        private final Map<String, Set<String>> pairs = new HashMap<>();
        private final Map<String, Set<String>> endings = new HashMap<>();
        private final Map<String, Set<String>> infixes = new HashMap<>();
        /** Keyed by the opening and the closing mark of a quotation. */
        private final Map<String, Set<String>> quotations = new HashMap<>();
        /** Shortest and longest listed ending: the only lengths worth a look-up. */
        private int shortestEnding = Integer.MAX_VALUE;
        private int longestEnding;

        void add(String cue, String member) {
            if (cue.length() == 3 && cue.charAt(1) == '\u2026') {
                quotations.computeIfAbsent(cue.substring(0, 1) + cue.charAt(2), k -> new HashSet<>()).add(member);
            } else if (cue.length() > 2 && cue.startsWith("*") && cue.endsWith("*")) {
                infixes.computeIfAbsent(cue.substring(1, cue.length() - 1), k -> new HashSet<>()).add(member);
            } else if (cue.length() > 1 && cue.startsWith("-")) {
                endings.computeIfAbsent(cue.substring(1), k -> new HashSet<>()).add(member);
                shortestEnding = Math.min(shortestEnding, cue.length() - 1);
                longestEnding = Math.max(longestEnding, cue.length() - 1);
            } else if (cue.indexOf('_') > 0) {
                pairs.computeIfAbsent(cue.replace('_', ' '), k -> new HashSet<>()).add(member);
            } else if (!cue.isEmpty()) {
                words.computeIfAbsent(cue, k -> new HashSet<>()).add(member);
            }
        }

        /** The members using the word itself, else its longest listed ending (shorter than the word). */
        Set<String> usersOf(String word) {
            Set<String> users = words.get(word);
            for (int length = Math.min(longestEnding, word.length() - 1); users == null && length >= shortestEnding;
                 length--) {
                users = endings.get(word.substring(word.length() - length));
            }
            return users;
        }
    }

    private FamilyWords() {
    }

    /** The cues of a resource written like {@code family-words.tsv}. */
    static FamilyWords load(String resource) {
        FamilyWords words = new FamilyWords();
        Map<String, Family> byName = new HashMap<>();
        ResourceRecords.forEach(resource, fields -> {
            Family family = byName.computeIfAbsent(fields[0], k -> new Family());
            List<Family> families = words.familiesOf.computeIfAbsent(fields[1], k -> new ArrayList<>());
            if (!families.contains(family)) {
                families.add(family);
            }
            for (String cue : fields[2].split(" ")) {
                family.add(cue, fields[1]);
            }
        });
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
        for (Family family : familiesOf.getOrDefault(scorer.code(best), List.of())) {
            changed |= addEvidence(family, text, scorer, sums);
        }
        return changed;
    }

    private static boolean addEvidence(Family family, String text, TrigramScorer scorer, double[] sums) {
        boolean[] changed = {false};
        for (Map.Entry<String, Set<String>> marks : family.quotations.entrySet()) {
            for (int quotation = quotations(text, marks.getKey()); quotation > 0; quotation--) {
                changed[0] |= credit(marks.getValue(), scorer, sums, QUOTATION_EVIDENCE);
            }
        }
        String[] previous = {null};
        TextWords.forEach(text, word -> {
            changed[0] |= credit(family.usersOf(word), scorer, sums);
            for (Map.Entry<String, Set<String>> infix : family.infixes.entrySet()) {
                if (word.contains(infix.getKey())) {
                    changed[0] |= credit(infix.getValue(), scorer, sums);
                }
            }
            if (previous[0] != null && !family.pairs.isEmpty()) {
                changed[0] |= credit(family.pairs.get(previous[0] + ' ' + word), scorer, sums);
            }
            previous[0] = word;
        });
        return changed[0];
    }

    /** How many times the text quotes between these two marks: an opening mark with a closing one after it. */
    private static int quotations(String text, String marks) {
        int count = 0;
        for (int open = text.indexOf(marks.charAt(0)); open >= 0; open = text.indexOf(marks.charAt(0), open + 1)) {
            int close = text.indexOf(marks.charAt(1), open + 1);
            if (close < 0) {
                break;
            }
            count++;
            open = close;
        }
        return count;
    }

    private static boolean credit(Set<String> users, TrigramScorer scorer, double[] sums) {
        return credit(users, scorer, sums, WORD_EVIDENCE);
    }

    private static boolean credit(Set<String> users, TrigramScorer scorer, double[] sums, double weight) {
        if (users == null) {
            return false;
        }
        boolean changed = false;
        for (int l = 0; l < scorer.size(); l++) {
            if (users.contains(scorer.code(l))) {
                sums[l] += weight;
                changed = true;
            }
        }
        return changed;
    }
}
