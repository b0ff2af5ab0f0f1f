package dev.caravan.language;

import com.github.pemistahl.lingua.api.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DictionaryWordsTest {

    private static final double PENALTY = DictionaryWords.UNKNOWN_WORD_PENALTY;
    private static DictionaryWords words;
    /** Bokmål, Nynorsk, Danish and German, in this order; German has no dictionary family. */
    private static TrigramScorer nordic;

    @BeforeAll
    static void load() {
        words = DictionaryWords.load();
        nordic = TrigramScorer.load(List.of(Language.BOKMAL, Language.NYNORSK, Language.DANISH, Language.GERMAN));
    }

    @Test
    void aDanishSpellingCostsTheNorwegianStandardsOnly() {
        double[] sums = new double[nordic.size()];
        // "opdateringer" is Danish; Bokmål and Nynorsk write "oppdateringer"
        assertTrue(words.addEvidence("Opdateringer", nordic, sums, 0));
        assertArrayEquals(new double[] {-PENALTY, -PENALTY, 0, 0}, sums);
    }

    @Test
    void everyOccurrenceCounts() {
        double[] sums = new double[nordic.size()];
        // "ikkje" and "eg" are Nynorsk: Bokmål and Danish write "ikke" and "jeg"
        words.addEvidence("eg veit ikkje", nordic, sums, 1);
        assertTrue(sums[0] <= -2 * PENALTY && sums[2] <= -2 * PENALTY, () -> java.util.Arrays.toString(sums));
        assertTrue(sums[1] == 0 && sums[3] == 0, () -> java.util.Arrays.toString(sums));
    }

    @Test
    void wordsEveryOrNoMemberKnowsSayNothing() {
        double[] sums = new double[nordic.size()];
        assertFalse(words.addEvidence("qxzv wrrbl", nordic, sums, 0));
        assertArrayEquals(new double[nordic.size()], sums);
    }

    @Test
    void recordsCompiledToTheResourceFormatReadBackAlike() throws java.io.IOException {
        // "oppdateringer" Bokmål only, "opdateringer" Danish only, "ikkje" Nynorsk only; "hus" is no record
        DictionaryWords compiled = DictionaryWords.fromRecords(List.of(new String[] {"nordic", "nb", "oppdateringer"},
                new String[] {"nordic", "da", "opdateringer"}, new String[] {"nordic", "nn", "ikkje eg"}));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        compiled.write(out);
        DictionaryWords read = DictionaryWords.read(new java.io.ByteArrayInputStream(out.toByteArray()));
        for (DictionaryWords words : List.of(compiled, read)) {
            double[] sums = new double[nordic.size()];
            words.addEvidence("Opdateringer ikkje hus", nordic, sums, 2);
            assertArrayEquals(new double[] {-2 * PENALTY, -PENALTY, -PENALTY, 0}, sums);
        }
    }

    @Test
    void languagesWithoutAFamilyGetNoEvidence() {
        double[] sums = new double[nordic.size()];
        assertFalse(words.addEvidence("Opdateringer", nordic, sums, 3));
        assertArrayEquals(new double[nordic.size()], sums);
    }
}
