package dev.caravan.terms;

import dev.caravan.model.LanguageGuess;
import dev.caravan.model.Section;
import dev.caravan.model.TermMatch;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Links a section to the earlier section it translates. Evidence is what survives translation: concept ids
 * (the same in every language), numbers and Latin acronyms; the two sections must be in different known
 * languages and of comparable length once Chinese and Japanese characters are counted as parts of words.
 */
final class TranslationLinker {

    /** Sections an evidence item may be shared by and still point to a candidate original. */
    private static final int MAX_HOLDERS = 16;
    /** Chinese characters per English word in parallel abstracts, roughly. */
    private static final double HAN_PER_WORD = 1.8;

    private final int minimumSharedEvidence;
    private final double minimumOverlap;
    private final double minimumLengthRatio;

    /**
     * @param minimumSharedEvidence concepts, numbers and acronyms both sections must share (3 is a good start)
     * @param minimumOverlap        shared share of the poorer section's evidence, 0 to 1 (0.5)
     * @param minimumLengthRatio    shorter over longer section, in words (0.5)
     */
    TranslationLinker(int minimumSharedEvidence, double minimumOverlap, double minimumLengthRatio) {
        this.minimumSharedEvidence = minimumSharedEvidence;
        this.minimumOverlap = minimumOverlap;
        this.minimumLengthRatio = minimumLengthRatio;
    }

    /** What a section offers as evidence of being a translation. */
    record Evidence(String language, Set<String> items, double words) {
    }

    /**
     * The sections with {@code translationOf} set where a section translates an earlier one.
     *
     * @param evidence each section's {@link #evidenceOf evidence}, in the same order
     */
    List<Section> link(List<Section> sections, List<Evidence> evidence) {
        List<Section> linked = new ArrayList<>(sections);
        // earlier sections by evidence item, so each section is compared only with those sharing some
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int later = 0; later < sections.size(); later++) {
            Evidence current = evidence.get(later);
            int best = -1;
            double bestOverlap = 0;
            for (int earlier : candidates(current, postings)) {
                double overlap = overlap(evidence.get(earlier), current);
                if (overlap > bestOverlap) {
                    best = earlier;
                    bestOverlap = overlap;
                }
            }
            if (best >= 0) {
                // a translation of a translation points at the original
                Integer original = linked.get(best).translationOf();
                linked.set(later, linked.get(later).withTranslationOf(original != null ? original : sections.get(best).index()));
            }
            for (String item : current.items()) {
                List<Integer> holders = postings.computeIfAbsent(item, key -> new ArrayList<>());
                if (holders.size() <= MAX_HOLDERS) {
                    holders.add(later);
                }
            }
        }
        return linked;
    }

    /**
     * Earlier sections sharing at least one informative item with {@code current}, in document order. An item
     * held by more than {@link #MAX_HOLDERS} sections (a concept every paragraph of a long report mentions)
     * tells nothing about which one is the original, and following it would make long documents quadratic.
     */
    private static SortedSet<Integer> candidates(Evidence current, Map<String, List<Integer>> postings) {
        SortedSet<Integer> candidates = new TreeSet<>();
        for (String item : current.items()) {
            List<Integer> holders = postings.get(item);
            if (holders != null && holders.size() <= MAX_HOLDERS) {
                candidates.addAll(holders);
            }
        }
        return candidates;
    }

    /** Share of evidence the two sections have in common, or 0 when they cannot be translations. */
    double overlap(Evidence a, Evidence b) {
        if (a.language() == null || b.language() == null || a.language().equals(b.language())) {
            return 0;
        }
        double ratio = Math.min(a.words(), b.words()) / Math.max(a.words(), b.words());
        if (!(ratio >= minimumLengthRatio)) {
            return 0;
        }
        Set<String> smaller = a.items().size() <= b.items().size() ? a.items() : b.items();
        Set<String> larger = smaller == a.items() ? b.items() : a.items();
        int shared = 0;
        for (String item : smaller) {
            if (larger.contains(item)) {
                shared++;
            }
        }
        if (shared < minimumSharedEvidence) {
            return 0;
        }
        double overlap = (double) shared / smaller.size();
        return overlap >= minimumOverlap ? overlap : 0;
    }

    static Evidence evidenceOf(Section section) {
        // most text is already NFKC: the quick check costs far less than normalising, which always copies
        String normalized = Normalizer.isNormalized(section.text(), Normalizer.Form.NFKC)
            ? section.text() : Normalizer.normalize(section.text(), Normalizer.Form.NFKC);
        // an array, not the string: these loops then read chars without per-call checks
        char[] text = normalized.toCharArray();
        Set<String> items = new HashSet<>();
        for (TermMatch term : section.terms()) {
            items.add("concept:" + term.conceptId());
        }
        addNumbers(text, items);
        addAcronyms(text, items);
        return new Evidence(languageOf(section), items, words(text));
    }

    /**
     * Runs of decimal digits, with at most one decimal part after a point or comma (1.5 and 1,5 are the same
     * number). Left to right without overlaps: 1.2.3 gives 1.2 and 3.
     */
    private static void addNumbers(char[] text, Set<String> items) {
        int i = 0;
        while (i < text.length) {
            if (!isDigitAt(text, i)) {
                i++;
                continue;
            }
            int start = i;
            i = pastDigits(text, i);
            if (i + 1 < text.length && (text[i] == '.' || text[i] == ',') && isDigitAt(text, i + 1)) {
                i = pastDigits(text, i + 1);
            }
            items.add("number:" + new String(text, start, i - start).replace(',', '.'));
        }
    }

    private static boolean isDigitAt(char[] text, int i) {
        char c = text[i];
        return c < 0x80 ? c >= '0' && c <= '9' : Character.isDigit(Character.codePointAt(text, i));
    }

    private static int pastDigits(char[] text, int i) {
        while (i < text.length && isDigitAt(text, i)) {
            i += Character.charCount(Character.codePointAt(text, i));
        }
        return i;
    }

    /** Whole runs of ASCII letters and digits holding two capitals (BDNF, mTORC1), also when Chinese touches them. */
    private static void addAcronyms(char[] text, Set<String> items) {
        int i = 0;
        while (i < text.length) {
            if (!isAsciiLetterOrDigit(text[i])) {
                i++;
                continue;
            }
            int start = i;
            int capitals = 0;
            for (; i < text.length && isAsciiLetterOrDigit(text[i]); i++) {
                if (text[i] >= 'A' && text[i] <= 'Z') {
                    capitals++;
                }
            }
            if (capitals >= 2) {
                items.add("acronym:" + new String(text, start, i - start));
            }
        }
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static String languageOf(Section section) {
        LanguageGuess guess = section.language();
        return guess == null || guess.isUndetermined() ? null : guess.code();
    }

    /** Length in words: space-separated words, plus Chinese and Japanese characters at a rate per word. */
    static double words(char[] text) {
        double words = 0;
        int hanOrKana = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length; ) {
            char c = text[i];
            int cp = c < 0x80 ? c : Character.codePointAt(text, i);
            i += Character.charCount(cp);
            // ASCII, most of the text, without asking Character: the same answer for a fraction of the cost
            if (c < 0x80 ? !isAsciiLetterOrDigit(c) : !Character.isLetterOrDigit(cp)) {
                inWord = false;
            } else if (MatchingForm.writtenWithoutSpaces(cp)) {
                hanOrKana++;
                inWord = false;
            } else {
                if (!inWord) {
                    words++;
                }
                inWord = true;
            }
        }
        return words + hanOrKana / HAN_PER_WORD;
    }
}
