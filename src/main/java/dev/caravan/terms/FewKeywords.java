package dev.caravan.terms;

import java.util.Arrays;
import java.util.List;

/**
 * A {@link KeywordSearch} for a handful of short keywords (the short forms one document defines): at each
 * text position the keywords starting with that char are compared in place. Costs next to nothing to
 * build, and one pass with a table look-up per char to run.
 */
final class FewKeywords implements KeywordSearch {

    /** Keywords at most: the search compares every keyword whose first char matches. */
    static final int MAX_KEYWORDS = 64;
    /** Longest keyword: hits are sorted as (end, reversed length, keyword) packed in a long. */
    private static final int MAX_LENGTH = 0xFFFF;
    private static final int[] NONE = {};
    private static final int ASCII = 128;

    private final char[][] keywords;
    /**
     * For each ASCII char, the numbers of the keywords starting with it, ascending: a text position is
     * compared with those alone (short forms start with common letters once lower-cased: n, a, g, b, m...).
     */
    private final int[][] startingWith = new int[ASCII][];
    /** The numbers of the keywords starting with a char above ASCII, ascending. */
    private final int[] startingAboveAscii;
    /**
     * Bit {@code a * 128 + b} set when a keyword starts with the ASCII chars a, b: most positions whose char
     * starts a keyword are ruled out by the next char, without comparing any keyword.
     */
    private final long[] startingPairs = new long[ASCII * ASCII / Long.SIZE];
    /** ASCII chars starting a keyword the pairs cannot rule out: one char long, or with a second char above ASCII. */
    private final boolean[] unpaired = new boolean[ASCII];

    FewKeywords(List<String> keywords) {
        if (!accepts(keywords)) {
            throw new IllegalArgumentException("too many or too long keywords for a plain search");
        }
        this.keywords = new char[keywords.size()][];
        Arrays.fill(startingWith, NONE);
        int[] aboveAscii = NONE;
        for (int k = 0; k < keywords.size(); k++) {
            this.keywords[k] = keywords.get(k).toCharArray();
            if (this.keywords[k].length == 0) {
                continue; // occurs nowhere
            }
            char first = this.keywords[k][0];
            if (first < ASCII) {
                startingWith[first] = appended(startingWith[first], k);
                if (this.keywords[k].length == 1 || this.keywords[k][1] >= ASCII) {
                    unpaired[first] = true;
                } else {
                    int pair = first * ASCII + this.keywords[k][1];
                    startingPairs[pair >>> 6] |= 1L << pair;
                }
            } else {
                aboveAscii = appended(aboveAscii, k);
            }
        }
        startingAboveAscii = aboveAscii;
    }

    private static int[] appended(int[] numbers, int number) {
        int[] longer = Arrays.copyOf(numbers, numbers.length + 1);
        longer[numbers.length] = number;
        return longer;
    }

    static boolean accepts(List<String> keywords) {
        return keywords.size() <= MAX_KEYWORDS && keywords.stream().allMatch(keyword -> keyword.length() <= MAX_LENGTH);
    }

    @Override
    public void scan(char[] text, int length, Hits hits) {
        long[] found = new long[8];
        int count = 0;
        for (int start = 0; start < length; start++) {
            char c = text[start];
            int[] starting = c < ASCII ? startingWith[c] : startingAboveAscii;
            if (starting.length == 0 || c < ASCII && !unpaired[c] && !pairStartsAt(c, text, length, start)) {
                continue;
            }
            for (int k : starting) {
                if (occursAt(keywords[k], text, length, start)) {
                    if (count == found.length) {
                        found = Arrays.copyOf(found, count * 2);
                    }
                    int end = start + keywords[k].length;
                    found[count++] = (long) end << 32 | (long) (MAX_LENGTH - keywords[k].length) << 16 | k;
                }
            }
        }
        // the order an Aho-Corasick automaton reports them in: by end, the longer first
        Arrays.sort(found, 0, count);
        for (int i = 0; i < count; i++) {
            int end = (int) (found[i] >>> 32);
            int keyword = (int) (found[i] & 0xFFFF);
            hits.hit(end - keywords[keyword].length, end, keyword);
        }
    }

    /** Whether some keyword starts with ASCII char {@code c} and the char after it in the text. */
    private boolean pairStartsAt(char c, char[] text, int length, int start) {
        if (start + 1 >= length || text[start + 1] >= ASCII) {
            return false;
        }
        int pair = c * ASCII + text[start + 1];
        return (startingPairs[pair >>> 6] & 1L << pair) != 0;
    }

    private static boolean occursAt(char[] keyword, char[] text, int length, int start) {
        if (start + keyword.length > length) {
            return false;
        }
        for (int i = 0; i < keyword.length; i++) {
            if (text[start + i] != keyword[i]) {
                return false;
            }
        }
        return true;
    }
}
