package dev.caravan.language;

import com.github.pemistahl.lingua.api.Language;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class MergedQuadrigramsTest {

    @Test
    void theBuildMergedEachDefaultSetExactlyAsStartUpWould() {
        assertFalse(LanguageDetector.defaultNgramLanguageSets().isEmpty());
        for (List<Language> set : LanguageDetector.defaultNgramLanguageSets()) {
            Language[] languages = set.toArray(Language[]::new);
            MergedQuadrigrams compiled = MergedQuadrigrams.readCompiled(languages);
            assertNotNull(compiled, "no compiled merge for " + set);
            MergedQuadrigrams merged = MergedQuadrigrams.merge(TrigramScorer.readAll(languages, 4));
            assertArrayEquals(merged.keys(), compiled.keys(), set.toString());
            assertArrayEquals(merged.runStarts(), compiled.runStarts(), set.toString());
            assertArrayEquals(merged.languages(), compiled.languages(), set.toString());
            assertArrayEquals(merged.values(), compiled.values(), set.toString());
        }
    }

    @Test
    void anotherSetOrOrderIsMergedAtStartUp() {
        assertNull(MergedQuadrigrams.readCompiled(new Language[] {Language.ENGLISH, Language.GERMAN}));
        List<Language> latin = LanguageDetector.defaultNgramLanguageSets().stream()
            .max((a, b) -> a.size() - b.size()).orElseThrow();
        List<Language> reversed = new ArrayList<>(latin);
        Collections.reverse(reversed);
        assertNull(MergedQuadrigrams.readCompiled(reversed.toArray(Language[]::new)), "languages in another order number the entries otherwise");
    }

    @Test
    void mergeKeepsEachKeysLanguagesInModelOrder() {
        NgramModel first = new NgramModel(new long[] {1, 5, 9}, new float[] {-1f, -2f, -3f});
        NgramModel second = new NgramModel(new long[] {5, 7}, new float[] {-4f, -5f});
        MergedQuadrigrams merged = MergedQuadrigrams.merge(new NgramModel[] {first, second});
        assertArrayEquals(new long[] {1, 5, 7, 9}, merged.keys());
        assertArrayEquals(new int[] {0, 1, 3, 4, 5}, merged.runStarts());
        assertArrayEquals(new byte[] {0, 0, 1, 1, 0}, merged.languages());
        assertArrayEquals(new float[] {-1f, -2f, -4f, -5f, -3f}, merged.values());
    }
}
