package dev.caravan.terms;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

class KeywordAutomatonTest {

    private static Set<String> hits(List<String> keywords, String text) {
        Set<String> found = new TreeSet<>();
        // the text again past the length: a search that reads beyond it reports hits the naive one does not
        new KeywordAutomaton(keywords).scan((text + text).toCharArray(), text.length(),
            (start, end, keyword) -> found.add(start + "-" + end + ":" + keywords.get(keyword)));
        return found;
    }

    /** Every occurrence of every keyword, found the slow way. */
    private static Set<String> naive(List<String> keywords, String text) {
        Set<String> found = new TreeSet<>();
        for (String keyword : keywords) {
            for (int at = text.indexOf(keyword); at >= 0; at = text.indexOf(keyword, at + 1)) {
                found.add(at + "-" + (at + keyword.length()) + ":" + keyword);
            }
        }
        return found;
    }

    @Test
    void reportsOverlappingAndNestedKeywords() {
        List<String> keywords = List.of("he", "she", "his", "hers", "抑郁", "抑郁症", "难治性抑郁症");
        assertEquals(Set.of("1-3:he", "1-5:hers", "0-3:she"), hits(keywords, "shers"));
        assertEquals(Set.of("0-6:难治性抑郁症", "3-5:抑郁", "3-6:抑郁症"), hits(keywords, "难治性抑郁症"));
        assertEquals(Set.of(), hits(keywords, "xyz"));
    }

    @Test
    void findsWhatASlowSearchFinds() {
        Random random = new Random(7);
        String alphabet = "abcab氯胺酮\uD83D\uDE00";
        for (int round = 0; round < 200; round++) {
            List<String> keywords = new ArrayList<>();
            for (int k = 0; k < 1 + random.nextInt(30); k++) {
                keywords.add(randomText(random, alphabet, 1 + random.nextInt(5)));
            }
            String text = randomText(random, alphabet, random.nextInt(200));
            List<String> distinct = keywords.stream().distinct().toList();
            assertEquals(naive(distinct, text), hits(distinct, text), "keywords " + distinct + " in " + text);
        }
    }

    private static String randomText(Random random, String alphabet, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
