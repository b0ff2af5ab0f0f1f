package dev.caravan.terms;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CharTypesTest {

    @Test
    void answersAsCharacterDoesForEveryCodePoint() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            assertEquals(Character.getType(cp), CharTypes.typeOf(cp), "type of U+" + Integer.toHexString(cp));
            assertEquals(Character.isLetterOrDigit(cp), CharTypes.isLetterOrDigit(cp), "letter or digit U+" + Integer.toHexString(cp));
            assertEquals(Character.isDigit(cp), CharTypes.isDigit(cp), "digit U+" + Integer.toHexString(cp));
        }
    }
}
