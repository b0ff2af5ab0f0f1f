package dev.caravan.language;

import com.github.pemistahl.lingua.api.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrigramScorerTest {

    private static TrigramScorer scorer;

    @BeforeAll
    static void load() {
        scorer = TrigramScorer.load(List.of(Language.ENGLISH, Language.GERMAN, Language.DUTCH));
    }

    @Test
    void ownLanguageScoresHighest() {
        assertEquals(Language.ENGLISH, best("the weather is nice today and we walk through the park"));
        assertEquals(Language.GERMAN, best("das Wetter ist heute schön und wir gehen durch den Park"));
        assertEquals(Language.DUTCH, best("het weer is vandaag mooi en we wandelen door het park"));
    }

    @Test
    void countsOneNgramPerLetterFromTheThirdOfEachWordAndOneForShortWords() {
        double[] sums = scorer.score("Haus, 42 am");
        // "haus": "hau" and "aus"; "am" as a bigram; digits and punctuation count nothing
        assertEquals(3, sums[scorer.size()]);
    }

    @Test
    void quadrigramsRefineTheSameNgramsAndKeepTheRanking() {
        TrigramScorer extended = scorer.withQuadrigrams();
        String text = "het weer is vandaag mooi";
        double[] plain = scorer.score(text);
        double[] refined = extended.score(text);
        assertEquals(plain[scorer.size()], refined[extended.size()]);
        assertTrue(java.util.Arrays.stream(refined, 0, extended.size()).anyMatch(v -> v != plain[0]
                && v != plain[1] && v != plain[2]), "quadrigrams changed no sum");
        assertEquals(Language.DUTCH, best(extended, text));
    }

    @Test
    void caseDoesNotMatter() {
        double[] lower = scorer.score("the weather");
        double[] upper = scorer.score("THE WEATHER");
        for (int l = 0; l < scorer.size(); l++) {
            assertEquals(lower[l], upper[l], 1e-9);
        }
    }

    @Test
    void textWithoutLettersScoresNothing() {
        double[] sums = scorer.score("12 345 -- ()");
        assertEquals(0, sums[scorer.size()]);
        for (int l = 0; l < scorer.size(); l++) {
            assertEquals(0.0, sums[l]);
        }
    }

    @Test
    void unseenLettersAreUnlikelyInEveryLanguage() {
        double[] sums = scorer.score("ÿÿÿ");
        for (int l = 0; l < scorer.size(); l++) {
            assertTrue(sums[l] < -10, "sum " + sums[l]);
        }
    }

    private static Language best(String text) {
        return best(scorer, text);
    }

    private static Language best(TrigramScorer scorer, String text) {
        double[] sums = scorer.score(text);
        int best = 0;
        for (int l = 1; l < scorer.size(); l++) {
            if (sums[l] > sums[best]) {
                best = l;
            }
        }
        return scorer.language(best);
    }
}
