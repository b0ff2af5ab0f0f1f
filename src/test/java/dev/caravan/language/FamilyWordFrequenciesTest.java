package dev.caravan.language;

import com.github.pemistahl.lingua.api.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FamilyWordFrequenciesTest {

    private static FamilyWordFrequencies frequencies;
    /** Bokmål, Nynorsk, Danish, Swedish and German, in this order; German has no family here. */
    private static TrigramScorer nordic;

    @BeforeAll
    static void load() {
        frequencies = FamilyWordFrequencies.load();
        nordic = TrigramScorer.load(List.of(Language.BOKMAL, Language.NYNORSK, Language.DANISH, Language.SWEDISH,
                Language.GERMAN));
    }

    @Test
    void aWordOnlyOneMemberUsesCostsTheOthersSeveralNats() {
        double[] sums = new double[nordic.size()];
        // "tjeneren" (the server) occurs in Bokmål's messages only
        assertTrue(frequencies.addEvidence("tjeneren", nordic, sums, 0));
        assertEquals(0, sums[0]);
        for (int other = 1; other <= 3; other++) {
            assertTrue(sums[other] < -3, () -> Arrays.toString(sums));
        }
        assertEquals(0, sums[4], "German is no member");
    }

    @Test
    void aWordUsedAlikeSaysLittleAndEveryOccurrenceCounts() {
        double[] once = new double[nordic.size()];
        double[] twice = new double[nordic.size()];
        // "og" (and) is as common in Bokmål, Nynorsk and Danish; Swedish writes "och"
        frequencies.addEvidence("og", nordic, once, 0);
        frequencies.addEvidence("og og", nordic, twice, 0);
        assertTrue(Math.abs(once[0] - once[2]) < 0.1 && Math.abs(once[1] - once[2]) < 0.1, () -> Arrays.toString(once));
        assertTrue(once[3] < -5, () -> Arrays.toString(once));
        assertEquals(2 * once[3], twice[3], 1e-9);
    }

    @Test
    void theBestCompetingMemberLosesNothing() {
        TrigramScorer withoutBokmal = TrigramScorer.load(List.of(Language.DANISH, Language.NYNORSK));
        double[] sums = new double[withoutBokmal.size()];
        frequencies.addEvidence("tjeneren", withoutBokmal, sums, 0);
        assertEquals(0, Math.max(sums[0], sums[1]), "the best member among the candidates sets the scale");
    }

    @Test
    void unknownWordsAndAcronymsSayNothing() {
        double[] sums = new double[nordic.size()];
        assertFalse(frequencies.addEvidence("qxzv wrrbl OG", nordic, sums, 0));
        assertArrayEquals(new double[nordic.size()], sums);
    }

    @Test
    void languagesWithoutAFamilyGetNoEvidence() {
        double[] sums = new double[nordic.size()];
        assertFalse(frequencies.addEvidence("tjeneren", nordic, sums, 4));
        assertArrayEquals(new double[nordic.size()], sums);
    }
}
