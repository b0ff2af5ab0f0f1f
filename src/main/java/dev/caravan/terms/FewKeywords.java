package dev.caravan.terms;

import java.util.Arrays;
import java.util.List;

/**
 * A {@link KeywordSearch} for a handful of short keywords (the short forms one document defines): at each
 * text position the keywords starting with that char are compared in place. Costs next to nothing to
 * build, and one pass with a bit test per ASCII char to run.
 */
final class FewKeywords implements KeywordSearch {

    /** Keywords at most: the search compares every keyword whose first char matches. */
    static final int MAX_KEYWORDS = 64;
    /** Longest keyword: hits are sorted as (end, reversed length, keyword) packed in a long. */
    private static final int MAX_LENGTH = 0xFFFF;

    private final char[][] keywords;
    /** Bit c set when some keyword starts with ASCII char c (low: 0-63, high: 64-127). */
    private final long firstLow;
    private final long firstHigh;

    FewKeywords(List<String> keywords) {
        if (!accepts(keywords)) {
            throw new IllegalArgumentException("too many or too long keywords for a plain search");
        }
        this.keywords = new char[keywords.size()][];
        long low = 0;
        long high = 0;
        for (int k = 0; k < keywords.size(); k++) {
            char[] keyword = keywords.get(k).toCharArray();
            this.keywords[k] = keyword;
            if (keyword.length > 0 && keyword[0] < 64) {
                low |= 1L << keyword[0];
            } else if (keyword.length > 0 && keyword[0] < 128) {
                high |= 1L << (keyword[0] - 64);
            }
        }
        firstLow = low;
        firstHigh = high;
    }

    static boolean accepts(List<String> keywords) {
        return keywords.size() <= MAX_KEYWORDS && keywords.stream().allMatch(keyword -> keyword.length() <= MAX_LENGTH);
    }

    @Override
    public void scan(char[] text, Hits hits) {
        long[] found = new long[8];
        int count = 0;
        for (int start = 0; start < text.length; start++) {
            char c = text[start];
            if (c < 64 ? (firstLow & (1L << c)) == 0 : c < 128 && (firstHigh & (1L << (c - 64))) == 0) {
                continue;
            }
            for (int k = 0; k < keywords.length; k++) {
                if (occursAt(keywords[k], text, start)) {
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

    private static boolean occursAt(char[] keyword, char[] text, int start) {
        if (keyword.length == 0 || start + keyword.length > text.length) {
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
