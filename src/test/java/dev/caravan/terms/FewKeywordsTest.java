package dev.caravan.terms;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FewKeywordsTest {

    /** Hits in the order they are reported: the term tagger keeps the first of two equal candidates. */
    private static List<String> hits(KeywordSearch search, List<String> keywords, String text) {
        List<String> found = new ArrayList<>();
        // the text again past the length, which the search must not read
        search.scan((text + text).toCharArray(), text.length(), (start, end, keyword) -> {
            assertTrue(end <= text.length(), "hit past the length");
            found.add(start + "-" + end + ":" + keywords.get(keyword));
        });
        return found;
    }

    @Test
    void reportsWhatTheAutomatonReportsInTheSameOrder() {
        Random random = new Random(11);
        String alphabet = "nmdarsNMDA -(é氯胺\uD83D\uDE00";
        for (int round = 0; round < 500; round++) {
            List<String> keywords = new ArrayList<>();
            for (int k = 0; k < 1 + random.nextInt(12); k++) {
                StringBuilder keyword = new StringBuilder();
                for (int i = 0; i < 1 + random.nextInt(5); i++) {
                    keyword.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                keywords.add(keyword.toString());
            }
            List<String> distinct = keywords.stream().distinct().toList();
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < random.nextInt(300); i++) {
                text.append(random.nextInt(4) == 0 ? distinct.get(random.nextInt(distinct.size()))
                    : String.valueOf(alphabet.charAt(random.nextInt(alphabet.length()))));
            }
            assertEquals(hits(new KeywordAutomaton(distinct), distinct, text.toString()),
                hits(new FewKeywords(distinct), distinct, text.toString()), "keywords " + distinct + " in " + text);
        }
    }

    @Test
    void aVocabularyGetsTheAutomaton() {
        List<String> many = new ArrayList<>(Collections.nCopies(FewKeywords.MAX_KEYWORDS + 1, ""));
        for (int k = 0; k < many.size(); k++) {
            many.set(k, "term" + k);
        }
        assertInstanceOf(KeywordAutomaton.class, KeywordSearch.of(many));
        assertInstanceOf(FewKeywords.class, KeywordSearch.of(many.subList(0, FewKeywords.MAX_KEYWORDS)));
    }
}
