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
    void theBuildMergedEachDefaultSetExactlyAsLinguasModelsSay() {
        assertFalse(LanguageDetector.defaultNgramLanguageSets().isEmpty());
        for (List<Language> set : LanguageDetector.defaultNgramLanguageSets()) {
            Language[] languages = set.toArray(Language[]::new);
            MergedQuadrigrams compiled = MergedQuadrigrams.readCompiled(languages);
            assertNotNull(compiled, "no compiled merge for " + set);
            assertSame(mergeFromJson(languages), compiled, set.toString());
        }
    }

    @Test
    void anotherSetIsMergedFromTheModelsTheBuildShipped() {
        // two default candidates (their models live in a merge) and Latin, which is not one (its own resource)
        Language[] custom = {Language.GERMAN, Language.LATIN, Language.ENGLISH};
        assertNull(MergedQuadrigrams.readCompiled(custom));
        assertSame(mergeFromJson(custom), MergedQuadrigrams.merge(MergedQuadrigrams.modelsOf(custom)), "custom set");
    }

    @Test
    void aDefaultSetInAnotherOrderIsNotTheCompiledMerge() {
        List<Language> latin = LanguageDetector.defaultNgramLanguageSets().stream()
            .max((a, b) -> a.size() - b.size()).orElseThrow();
        List<Language> reversed = new ArrayList<>(latin);
        Collections.reverse(reversed);
        assertNull(MergedQuadrigrams.readCompiled(reversed.toArray(Language[]::new)),
            "languages in another order number the entries otherwise");
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

    private static MergedQuadrigrams mergeFromJson(Language[] languages) {
        NgramModel[] models = new NgramModel[languages.length];
        for (int l = 0; l < languages.length; l++) {
            models[l] = LinguaModelCompiler.fromLingua(languages[l], NgramModel.LONGEST);
        }
        return MergedQuadrigrams.merge(models);
    }

    /** Array for array, values bit for bit: the detector's answers must not depend on where the models came from. */
    private static void assertSame(MergedQuadrigrams expected, MergedQuadrigrams actual, String what) {
        assertArrayEquals(expected.keys(), actual.keys(), what);
        assertArrayEquals(expected.runStarts(), actual.runStarts(), what);
        assertArrayEquals(expected.languages(), actual.languages(), what);
        assertArrayEquals(expected.values(), actual.values(), what);
    }
}
