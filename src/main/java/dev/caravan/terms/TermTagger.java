package dev.caravan.terms;

import dev.caravan.model.TermMatch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Finds vocabulary concepts in text in one pass of a {@link KeywordSearch} (an Aho-Corasick automaton for a
 * vocabulary) over the text's {@link MatchingForm}. Latin-script terms must start and end at word boundaries (an English plural -s or
 * -es may follow); terms in scripts written without spaces match anywhere. Where matches overlap, the
 * longest wins. Built once, then safe to share between threads.
 */
public final class TermTagger {

    /** By start, the longer first, then by rank: one method, as this runs for every candidate of a document. */
    private static final Comparator<Candidate> LEFTMOST_LONGEST = (a, b) -> {
        if (a.charStart() != b.charStart()) {
            return Integer.compare(a.charStart(), b.charStart());
        }
        if (a.length() != b.length()) {
            return Integer.compare(b.length(), a.length());
        }
        return Integer.compare(a.rank(), b.rank());
    };

    /** A concept a key can stand for; {@code casedKey} is set when the term only matches in its own case. */
    private record Alternative(Concept concept, String casedKey) {
    }

    /** Everything one matching-form key can stand for, best first. */
    private record Pattern(List<Alternative> alternatives, boolean endsWithLatinLetter, boolean startsWithWordChar,
                           boolean endsWithWordChar) {
    }

    private static final java.util.regex.Pattern HYPHENS = java.util.regex.Pattern.compile("[-\u2010\u2011\u2012\u2013\u2212]");
    /** Latin plurals common in anatomy: cortices, nuclei. */
    private static final String[][] LATIN_PLURALS = {{"cortex", "cortices"}, {"nucleus", "nuclei"}};

    private final KeywordSearch search;
    /** What each keyword of the search stands for, by keyword number. */
    private final List<Pattern> patterns;
    private final int rank;

    /** A tagger for every synonym of the vocabulary. */
    public TermTagger(Vocabulary vocabulary) {
        this(termsOf(vocabulary), 1);
    }

    /**
     * A tagger for the given terms.
     *
     * @param terms each term with its concept and whether it must match in its own letter case; for the same
     *              matching form, earlier terms win
     * @param rank  the rank of this tagger's candidates when they tie with another tagger's
     */
    TermTagger(List<Term> terms, int rank) {
        this.rank = rank;
        Map<String, List<Alternative>> byKey = new LinkedHashMap<>();
        for (Term term : terms) {
            for (String variant : variants(term.synonym())) {
                String key = MatchingForm.key(variant);
                if (key.isEmpty()) {
                    continue;
                }
                Alternative alternative = new Alternative(term.concept(), term.exactCase() ? MatchingForm.casedKey(variant) : null);
                List<Alternative> alternatives = byKey.computeIfAbsent(key, k -> new ArrayList<>(1));
                // identity, not record equality: comparing whole concepts with their synonyms is slow
                if (alternatives.stream().noneMatch(a -> a.concept() == alternative.concept()
                    && java.util.Objects.equals(a.casedKey(), alternative.casedKey()))) {
                    alternatives.add(alternative);
                }
            }
        }
        Map<String, Pattern> byForm = new LinkedHashMap<>();
        byKey.forEach((key, alternatives) -> {
            // a term that must match in its own case is more specific than one that matches in any case
            alternatives.sort(Comparator.comparing(a -> a.casedKey() == null));
            char last = key.charAt(key.length() - 1);
            byForm.put(key, new Pattern(List.copyOf(alternatives), last >= 'a' && last <= 'z',
                MatchingForm.isWordChar(key.codePointAt(0)), MatchingForm.isWordChar(key.codePointBefore(key.length()))));
        });
        patterns = List.copyOf(byForm.values());
        search = KeywordSearch.of(List.copyOf(byForm.keySet()));
    }

    /** A vocabulary term with its concept. */
    record Term(String synonym, Concept concept, boolean exactCase) {
    }

    private static List<Term> termsOf(Vocabulary vocabulary) {
        List<Term> labels = new ArrayList<>();
        List<Term> others = new ArrayList<>();
        for (Concept concept : vocabulary.concepts()) {
            for (Synonym synonym : concept.synonyms()) {
                Term term = new Term(synonym.text(), concept, looksLikeAcronym(synonym.text()));
                (synonym.text().equals(concept.label()) ? labels : others).add(term);
            }
        }
        // a concept's own label beats another concept's synonym that normalises to the same key
        labels.addAll(others);
        return labels;
    }

    /**
     * Short terms with two or more capitals (NMDA, cAMP, mTORC1, TrkB, GSK-3) only match in their own case:
     * in any case they collide with words (NET, GAD, ACh) and with other abbreviations.
     */
    static boolean looksLikeAcronym(String term) {
        if (term.length() > 12 || term.codePoints().anyMatch(Character::isWhitespace)) {
            return false;
        }
        return term.codePoints().filter(Character::isUpperCase).count() >= 2;
    }

    /** The term itself, without its hyphens (GSK-3 also matches GSK3), and English plurals -s cannot make. */
    private static List<String> variants(String synonym) {
        List<String> variants = new ArrayList<>(3);
        variants.add(synonym);
        String joined = HYPHENS.matcher(synonym).replaceAll("");
        if (!joined.equals(synonym) && !joined.isBlank()) {
            variants.add(joined);
        }
        int n = synonym.length();
        if (n > 3 && synonym.charAt(n - 1) == 'y' && "aeiou".indexOf(synonym.charAt(n - 2)) < 0
            && Character.isLowerCase(synonym.charAt(n - 2))) {
            variants.add(synonym.substring(0, n - 1) + "ies");
        }
        for (String[] latin : LATIN_PLURALS) {
            if (synonym.endsWith(latin[0])) {
                variants.add(synonym.substring(0, n - latin[0].length()) + latin[1]);
            }
        }
        return variants;
    }

    /** Number of distinct matching forms the search holds. */
    public int patternCount() {
        return patterns.size();
    }

    /** The concept mentions in a text, longest first where they overlap, in order of position. */
    public List<TermMatch> tag(String text) {
        return toMatches(text, longestFirst(candidates(text)), UnaryOperator.identity());
    }

    /**
     * Every acceptable match in the text, overlaps included, sorted as {@link #longestFirst} wants them: the term
     * stage resolves a section's candidates twice (before and after adding short forms), and a sorted list
     * sorts again in one pass.
     */
    List<Candidate> candidates(String text) {
        List<Candidate> found = new ArrayList<>();
        if (patterns.isEmpty() || text.isEmpty()) {
            return found;
        }
        MatchingForm form = MatchingForm.of(text);
        // hits are gathered first and judged after the scan: judging them inside the scan's callback made
        // the JIT inline the whole acceptance into each search's scan loop, compiled again for each
        HitList hits = new HitList();
        search.scan(form.chars(), form.length(), hits);
        for (int h = 0; h < hits.count; h++) {
            Candidate candidate = accept(form, hits.at[3 * h], hits.at[3 * h + 1], patterns.get(hits.at[3 * h + 2]));
            if (candidate != null) {
                found.add(candidate);
            }
        }
        found.sort(LEFTMOST_LONGEST);
        return found;
    }

    /** Hits in the order the search reports them, three ints each: start, end, keyword. */
    private static final class HitList implements KeywordSearch.Hits {
        private int[] at = new int[48];
        private int count;

        @Override
        public void hit(int start, int end, int keyword) {
            if (3 * count + 3 > at.length) {
                at = Arrays.copyOf(at, at.length * 2);
            }
            at[3 * count] = start;
            at[3 * count + 1] = end;
            at[3 * count + 2] = keyword;
            count++;
        }
    }

    private Candidate accept(MatchingForm form, int begin, int end, Pattern pattern) {
        if (!form.startsCodePoint(begin) || !form.endsCodePoint(end)) {
            return null;
        }
        if (pattern.startsWithWordChar() && form.wordCharBefore(begin)) {
            return null;
        }
        int extendedEnd = end;
        if (pattern.endsWithWordChar() && form.wordCharAt(end)) {
            extendedEnd = pluralEnd(form, end, pattern);
            if (extendedEnd < 0) {
                return null;
            }
        }
        Concept concept = conceptMatching(form, begin, end, pattern);
        if (concept == null) {
            return null;
        }
        return new Candidate(form.originalStart(begin), form.originalEnd(extendedEnd - 1), concept, rank);
    }

    /** The end past an English plural ending (-s, -es) that closes the word, or -1 if there is none. */
    private static int pluralEnd(MatchingForm form, int end, Pattern pattern) {
        if (!pattern.endsWithLatinLetter()) {
            return -1;
        }
        char[] chars = form.chars();
        if (chars[end] == 's' && !form.wordCharAt(end + 1)) {
            return end + 1;
        }
        if (chars[end] == 'e' && end + 1 < form.length() && chars[end + 1] == 's' && !form.wordCharAt(end + 2)) {
            return end + 2;
        }
        return -1;
    }

    private static Concept conceptMatching(MatchingForm form, int begin, int end, Pattern pattern) {
        String cased = null;
        for (Alternative alternative : pattern.alternatives()) {
            if (alternative.casedKey() == null) {
                return alternative.concept();
            }
            if (cased == null) {
                cased = MatchingForm.casedKey(form.original(), form.originalStart(begin), form.originalEnd(end - 1));
            }
            if (cased.equals(alternative.casedKey())) {
                return alternative.concept();
            }
        }
        return null;
    }

    /** Keeps, from left to right, the longest candidate at each position and drops what overlaps it. */
    static List<Candidate> longestFirst(List<Candidate> candidates) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(LEFTMOST_LONGEST);
        List<Candidate> kept = new ArrayList<>();
        int covered = 0;
        for (Candidate candidate : sorted) {
            if (candidate.charStart() >= covered) {
                kept.add(candidate);
                covered = candidate.charEnd();
            }
        }
        return kept;
    }

    /**
     * Term matches with code-point offsets, from non-overlapping candidates sorted by position.
     *
     * @param surfaceForm the string to keep for a matched text (a document may keep one copy of each)
     */
    static List<TermMatch> toMatches(String text, List<Candidate> resolved, UnaryOperator<String> surfaceForm) {
        List<TermMatch> matches = new ArrayList<>(resolved.size());
        int charIndex = 0;
        int codePointIndex = 0;
        for (Candidate candidate : resolved) {
            codePointIndex += Character.codePointCount(text, charIndex, candidate.charStart());
            int start = codePointIndex;
            codePointIndex += Character.codePointCount(text, candidate.charStart(), candidate.charEnd());
            charIndex = candidate.charEnd();
            Concept concept = candidate.concept();
            matches.add(new TermMatch(concept.id(), concept.label(), concept.category(),
                surfaceForm.apply(text.substring(candidate.charStart(), candidate.charEnd())), start, codePointIndex));
        }
        return matches;
    }
}
