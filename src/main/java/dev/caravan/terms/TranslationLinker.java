package dev.caravan.terms;

import dev.caravan.model.LanguageGuess;
import dev.caravan.model.Section;
import dev.caravan.model.TermMatch;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

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

    /**
     * What a section offers as evidence of being a translation.
     *
     * @param items the numbers its items have in the document's {@link ItemNumbers}, ascending, each once
     */
    record Evidence(String language, int[] items, double words) {
    }

    /**
     * Numbers the evidence items of one document ("concept:D000001", "number:1.5", "acronym:BDNF"), so that a
     * section's evidence is a small sorted int array: a 50 MB file has a million items in fifty thousand
     * sections, which as sets of strings took about 100 MB of heap. Shared by the threads tagging a document;
     * which item gets which number does not matter, only that equal items get equal numbers.
     */
    static final class ItemNumbers {
        private final Map<String, Integer> numbers = new ConcurrentHashMap<>();
        /** Each concept id's number: a large document names a few hundred concepts a million times. */
        private final Map<String, Integer> conceptNumbers = new ConcurrentHashMap<>();
        private final AtomicInteger next = new AtomicInteger();

        int of(String item) {
            Integer number = numbers.get(item);
            return number != null ? number : numbers.computeIfAbsent(item, key -> next.getAndIncrement());
        }

        /** The number of item "concept:" + id, without building that string for every mention. */
        int ofConcept(String conceptId) {
            Integer number = conceptNumbers.get(conceptId);
            return number != null ? number : conceptNumbers.computeIfAbsent(conceptId, id -> of("concept:" + id));
        }

        int size() {
            return next.get();
        }
    }

    /**
     * The sections with {@code translationOf} set where a section translates an earlier one.
     *
     * @param evidence each section's {@link #evidenceOf evidence}, in the same order
     * @param items    the numbering the evidence was gathered with
     */
    List<Section> link(List<Section> sections, List<Evidence> evidence, ItemNumbers items) {
        List<Section> linked = new ArrayList<>(sections);
        // earlier sections by evidence item, so each section is compared only with those sharing some; an
        // item's list stops growing one past MAX_HOLDERS, which marks it as uninformative
        int[][] holders = new int[items.size()][];
        int[] holderCount = new int[items.size()];
        for (int later = 0; later < sections.size(); later++) {
            Evidence current = evidence.get(later);
            int best = -1;
            double bestOverlap = 0;
            for (int earlier : candidates(current, holders, holderCount)) {
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
            for (int item : current.items()) {
                if (holders[item] == null) {
                    holders[item] = new int[MAX_HOLDERS + 1];
                }
                if (holderCount[item] <= MAX_HOLDERS) {
                    holders[item][holderCount[item]++] = later;
                }
            }
        }
        return linked;
    }

    /**
     * Earlier sections sharing at least one informative item with {@code current}, in document order, each
     * once. An item held by more than {@link #MAX_HOLDERS} sections (a concept every paragraph of a long
     * report mentions) tells nothing about which one is the original, and following it would make long
     * documents quadratic.
     */
    private static int[] candidates(Evidence current, int[][] holders, int[] holderCount) {
        int[] candidates = new int[0];
        int count = 0;
        for (int item : current.items()) {
            int held = holderCount[item];
            if (held > 0 && held <= MAX_HOLDERS) {
                if (count + held > candidates.length) {
                    candidates = Arrays.copyOf(candidates, Math.max(2 * candidates.length, count + held));
                }
                System.arraycopy(holders[item], 0, candidates, count, held);
                count += held;
            }
        }
        return distinctAscending(candidates, count);
    }

    /** The first {@code count} values, sorted, without repeats. */
    private static int[] distinctAscending(int[] values, int count) {
        Arrays.sort(values, 0, count);
        int kept = 0;
        for (int i = 0; i < count; i++) {
            if (kept == 0 || values[i] != values[kept - 1]) {
                values[kept++] = values[i];
            }
        }
        return Arrays.copyOf(values, kept);
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
        int shared = sharedCount(a.items(), b.items());
        if (shared < minimumSharedEvidence) {
            return 0;
        }
        double overlap = (double) shared / Math.min(a.items().length, b.items().length);
        return overlap >= minimumOverlap ? overlap : 0;
    }

    /** Values two ascending arrays without repeats have in common. */
    private static int sharedCount(int[] a, int[] b) {
        int shared = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return shared;
    }

    /** The section's evidence, its items numbered by {@code items}. */
    static Evidence evidenceOf(Section section, ItemNumbers items) {
        // most text is already NFKC: the quick check costs far less than normalising, which always copies
        String normalized = Normalizer.isNormalized(section.text(), Normalizer.Form.NFKC)
            ? section.text() : Normalizer.normalize(section.text(), Normalizer.Form.NFKC);
        // an array, not the string: these loops then read chars without per-call checks
        char[] text = normalized.toCharArray();
        Found found = new Found(items);
        for (TermMatch term : section.terms()) {
            found.add(items.ofConcept(term.conceptId()));
        }
        addNumbers(text, found);
        addAcronyms(text, found);
        return new Evidence(languageOf(section), distinctAscending(found.numbers, found.count), words(text));
    }

    /** The numbers of the items found in one section, repeats included. */
    private static final class Found {
        private final ItemNumbers items;
        private int[] numbers = new int[16];
        private int count;

        Found(ItemNumbers items) {
            this.items = items;
        }

        void add(String item) {
            add(items.of(item));
        }

        void add(int number) {
            if (count == numbers.length) {
                numbers = Arrays.copyOf(numbers, 2 * count);
            }
            numbers[count++] = number;
        }
    }

    /**
     * Runs of decimal digits, with at most one decimal part after a point or comma (1.5 and 1,5 are the same
     * number). Left to right without overlaps: 1.2.3 gives 1.2 and 3.
     */
    private static void addNumbers(char[] text, Found items) {
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
    private static void addAcronyms(char[] text, Found items) {
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
