package dev.caravan.language;

import com.github.pemistahl.lingua.api.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguageWordsTest {

    private static final double PENALTY = LanguageWords.UNKNOWN_WORD_PENALTY;
    private static LanguageWords words;
    /** Bokmål, Danish and German, in this order. */
    private static TrigramScorer scorer;

    @BeforeAll
    static void load() {
        words = LanguageWords.load();
        scorer = TrigramScorer.load(List.of(Language.BOKMAL, Language.DANISH, Language.GERMAN));
    }

    @Test
    void aWordOnlySomeListsKnowCostsTheOthers() {
        double[] sums = new double[scorer.size()];
        // Bokmål's definite "passordet"; Danish says "adgangskoden", German "das Passwort"
        assertTrue(words.addEvidence("Passordet", scorer, sums));
        assertArrayEquals(new double[] {0, -PENALTY, -PENALTY}, sums);
    }

    @Test
    void everyOccurrenceCounts() {
        double[] sums = new double[scorer.size()];
        words.addEvidence("passordet passordet", scorer, sums);
        assertArrayEquals(new double[] {0, -2 * PENALTY, -2 * PENALTY}, sums);
    }

    @Test
    void wordsEveryOrNoListKnowsSayNothing() {
        double[] sums = new double[scorer.size()];
        assertFalse(words.addEvidence("og qxzvwrrbl", scorer, sums));
        assertArrayEquals(new double[scorer.size()], sums);
    }

    @Test
    void wordsInCapitalsOnlyAreAcronymsAndSayNothing() {
        double[] lowerCase = new double[scorer.size()];
        assertTrue(words.addEvidence("passordet", scorer, lowerCase));
        double[] capitals = new double[scorer.size()];
        assertFalse(words.addEvidence("PASSORDET", scorer, capitals));
        assertArrayEquals(new double[scorer.size()], capitals);
    }

    @Test
    void aRememberedWordIsLookedUpAgainForCandidatesItWasNotAskedAbout() {
        LanguageWords fresh = LanguageWords.load();
        TrigramScorer danishGerman = TrigramScorer.load(List.of(Language.DANISH, Language.GERMAN));
        assertFalse(fresh.addEvidence("passordet", danishGerman, new double[danishGerman.size()]), "neither knows it");
        double[] sums = new double[scorer.size()];
        assertTrue(fresh.addEvidence("passordet", scorer, sums), "Bokmål, not asked before, knows it");
        assertArrayEquals(new double[] {0, -PENALTY, -PENALTY}, sums);
    }

    @Test
    void answersStayRightAfterTheRememberedWordsFillUp() {
        LanguageWords fresh = LanguageWords.load();
        fresh.addEvidence("passordet", scorer, new double[scorer.size()]);
        StringBuilder others = new StringBuilder();
        for (int i = 0; i <= LanguageWords.REMEMBERED_WORDS; i++) {
            others.append(" ord").append(Integer.toString(i, Character.MAX_RADIX).replaceAll("[0-9]", "q"));
        }
        fresh.addEvidence(others.toString(), scorer, new double[scorer.size()]);
        double[] sums = new double[scorer.size()];
        fresh.addEvidence("passordet", scorer, sums);
        assertArrayEquals(new double[] {0, -PENALTY, -PENALTY}, sums);
    }

    @Test
    void aCompoundOfTwoListedWordsCountsAsKnown() {
        // "enhetsnumre": "enhet" + linking s + "numre"; no list holds the compound itself
        assertFalse(words.knows("nb", "enhetsnumre"));
        assertTrue(words.knowsOrComposes("nb", "enhetsnumre"));
        // Danish writes "enhed": its list cannot build the Norwegian compound
        assertFalse(words.knowsOrComposes("da", "enhetsnumre"));
    }

    @Test
    void aWrittenFilterReadsBackWithTheSameWords() throws IOException {
        Map<String, Set<String>> lists = new LinkedHashMap<>();
        lists.put("xx", Set.of("alpha", "gamma"));
        lists.put("yy", Set.of("beta"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LanguageWords.write(lists, 64, out);
        LanguageWords read = LanguageWords.read(new ByteArrayInputStream(out.toByteArray()));
        assertTrue(read.knows("xx", "alpha") && read.knows("xx", "gamma") && read.knows("yy", "beta"));
        assertFalse(read.knows("xx", "beta") || read.knows("yy", "alpha") || read.knows("zz", "alpha"));
        assertTrue(read.hasList("yy"));
        assertFalse(read.hasList("zz"));
    }
}
