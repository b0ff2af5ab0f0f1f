package dev.caravan.terms;

import dev.caravan.model.LanguageGuess;
import dev.caravan.model.Section;
import dev.caravan.model.TermMatch;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
     * sections, which as sets of strings took about 100 MB of heap. Which item gets which number does not
     * matter, only that equal items get equal numbers.
     */
    static final class ItemNumbers {
        private final Map<String, Integer> numbers;
        /** Each concept id's number: a large document names a few hundred concepts a million times. */
        private final Map<String, Integer> conceptNumbers;
        private final AtomicInteger next = new AtomicInteger();

        /**
         * @param sharedByThreads whether several threads number items at once (the helpers of a large document);
         *                        a small document's plain maps cost far less to build and grow
         */
        ItemNumbers(boolean sharedByThreads) {
            numbers = sharedByThreads ? new ConcurrentHashMap<>() : new HashMap<>();
            conceptNumbers = sharedByThreads ? new ConcurrentHashMap<>() : new HashMap<>();
        }

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
        String text = Normalizer.isNormalized(section.text(), Normalizer.Form.NFKC)
            ? section.text() : Normalizer.normalize(section.text(), Normalizer.Form.NFKC);
        Found found = new Found(items);
        for (TermMatch term : section.terms()) {
            found.add(items.ofConcept(term.conceptId()));
        }
        double words = scan(text, found);
        return new Evidence(languageOf(section), distinctAscending(found.numbers, found.count), words);
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
     * Adds the text's numbers and acronyms to the found items and returns its length in words, in one pass:
     * a large document's text is read once here, not once for each. All state is in locals, which the JIT
     * keeps in registers.
     *
     * <p>Numbers are runs of decimal digits with at most one decimal part after a point or comma (1.5 and
     * 1,5 are the same number), left to right without overlaps: 1.2.3 gives 1.2 and 3. Acronyms are whole
     * runs of ASCII letters and digits holding two capitals (BDNF, mTORC1), also where Chinese touches them.
     * Words are space-separated words, plus Chinese and Japanese characters at a rate per word.
     */
    private static double scan(String text, Found found) {
        int numberStart = -1; // where the number being read starts, or -1
        boolean inFraction = false; // whether it has passed its decimal point
        int runStart = -1; // where the run of ASCII letters and digits being read starts, or -1
        int capitals = 0;
        int words = 0;
        int hanOrKana = 0;
        boolean inWord = false;
        int length = text.length();
        for (int i = 0; i < length; ) {
            char c = text.charAt(i);
            // ASCII, most of the text, without asking Character: the same answers for a fraction of the cost
            boolean ascii = c < 0x80;
            int cp = ascii ? c : text.codePointAt(i);
            boolean digit = ascii ? c >= '0' && c <= '9' : CharTypes.isDigit(cp);
            if (digit) {
                if (numberStart < 0) {
                    numberStart = i;
                }
            } else if (numberStart >= 0) {
                if (!inFraction && (c == '.' || c == ',') && isDigitAt(text, i + 1)) {
                    inFraction = true;
                } else {
                    found.add("number:" + text.substring(numberStart, i).replace(',', '.'));
                    numberStart = -1;
                    inFraction = false;
                }
            }
            boolean asciiLetterOrDigit = digit && ascii || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            if (asciiLetterOrDigit) {
                if (runStart < 0) {
                    runStart = i;
                    capitals = 0;
                }
                if (c <= 'Z' && c >= 'A') {
                    capitals++;
                }
            } else if (runStart >= 0) {
                if (capitals >= 2) {
                    found.add("acronym:" + text.substring(runStart, i));
                }
                runStart = -1;
            }
            if (ascii ? !asciiLetterOrDigit : !CharTypes.isLetterOrDigit(cp)) {
                inWord = false;
            } else if (!ascii && MatchingForm.writtenWithoutSpaces(cp)) {
                hanOrKana++;
                inWord = false;
            } else {
                if (!inWord) {
                    words++;
                }
                inWord = true;
            }
            i += ascii ? 1 : Character.charCount(cp);
        }
        if (numberStart >= 0) {
            found.add("number:" + text.substring(numberStart).replace(',', '.'));
        }
        if (runStart >= 0 && capitals >= 2) {
            found.add("acronym:" + text.substring(runStart));
        }
        return words + hanOrKana / HAN_PER_WORD;
    }

    private static boolean isDigitAt(String text, int i) {
        if (i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return c < 0x80 ? c >= '0' && c <= '9' : CharTypes.isDigit(text.codePointAt(i));
    }

    private static String languageOf(Section section) {
        LanguageGuess guess = section.language();
        return guess == null || guess.isUndetermined() ? null : guess.code();
    }
}
