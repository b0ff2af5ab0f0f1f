package dev.caravan.language;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ScriptCountsTest {

    @Test
    void lettersAloneCountWhatTheTallyCounts() {
        // Latin-1, Greek, Cyrillic (tabulated), Han, Hangul, Devanagari with its marks, digits, a supplementary
        // letter (𠀀) and one outside letters (😀), lone surrogates
        String alphabet = "aZé ß1,Ωжд中한कि٣\uD840\uDC00\uD83D\uDE00\uD800\uDC00x\uDFFF";
        Random random = new Random(5);
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < random.nextInt(200); i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertEquals(ScriptCounts.of(text).total(), ScriptCounts.letters(text), text::toString);
            assertEquals(text.codePoints().filter(Character::isLetter).count(), ScriptCounts.letters(text), text::toString);
        }
    }
}
