package dev.caravan.language;

import com.github.pemistahl.lingua.api.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NgramModelTest {

    @ParameterizedTest(name = "{0}, length {1}")
    // the default candidates' quadrigrams ship merged (MergedQuadrigramsTest); Latin and Swahili are not candidates
    @CsvSource({"ENGLISH, 1", "ENGLISH, 3", "RUSSIAN, 2", "HINDI, 3", "LATIN, 4", "SWAHILI, 4"})
    void theCompiledResourceHoldsExactlyWhatLinguasJsonSays(Language language, int length) {
        NgramModel json = LinguaModelCompiler.fromLingua(language, length);
        NgramModel compiled = NgramModel.read(language, length);
        assertTrue(compiled.size() > 0);
        assertArrayEquals(json.keys(), compiled.keys());
        // bit for bit: the detector's answers must not depend on which form was read
        assertArrayEquals(json.logProbabilities(), compiled.logProbabilities());
    }

    @Test
    void aModelLinguaDoesNotHaveFailsClearly() {
        // Chinese is told by its script: Lingua ships no quadrigrams for it and none are compiled
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> NgramModel.read(Language.CHINESE, 4));
        assertTrue(missing.getMessage().contains("missing"), missing.getMessage());
    }
}
