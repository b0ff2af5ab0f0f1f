package dev.caravan.language;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextSampleTest {

    @Test
    void shortTextIsItsOwnSample() {
        String text = "Die Patienten wurden zugeteilt.";
        assertSame(text, TextSample.of(text, 100, 4));
    }

    @Test
    void longTextIsSampledFromBeginningMiddleAndEndInWholeWords() {
        String text = "alpha ".repeat(1000) + "bravo ".repeat(1000) + "charlie ".repeat(1000);
        String sample = TextSample.of(text, 300, 3).toString();
        assertTrue(sample.length() <= 300 + 3 * 64, "length " + sample.length());
        assertTrue(sample.contains("alpha") && sample.contains("bravo") && sample.contains("charlie"), sample);
        for (String word : sample.trim().split(" +")) {
            assertTrue(word.equals("alpha") || word.equals("bravo") || word.equals("charlie"), "cut word: " + word);
        }
    }

    @Test
    void textWithoutSpacesIsCutBetweenCodePoints() {
        String text = "𠀀𠀁".repeat(10_000); // CJK Extension B: each character is a surrogate pair
        String sample = TextSample.of(text, 500, 5).toString();
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if (Character.isHighSurrogate(c)) {
                assertTrue(Character.isLowSurrogate(sample.charAt(i + 1)), "pair split at " + i);
                i++;
            } else {
                assertFalse(Character.isLowSurrogate(c), "lone low surrogate at " + i);
            }
        }
        assertEquals(ScriptCounts.of(sample).total(), sample.codePoints().filter(Character::isLetter).count());
    }
}
