package dev.caravan.terms;

/**
 * {@link Character#getType(int)} of every BMP char from a table: Character looks the category up through a
 * per-block class chosen at run time, a call the JIT does not inline in mixed-script text, and Chinese or
 * Japanese text asked it for every char (about a sixth of the term stage on the records).
 */
final class CharTypes {

    /** The categories {@link Character#isLetterOrDigit(int)} accepts, as bits. */
    private static final int LETTER_OR_DIGIT = 1 << Character.UPPERCASE_LETTER | 1 << Character.LOWERCASE_LETTER
        | 1 << Character.TITLECASE_LETTER | 1 << Character.MODIFIER_LETTER | 1 << Character.OTHER_LETTER
        | 1 << Character.DECIMAL_DIGIT_NUMBER;
    private static final byte[] BMP_TYPES = new byte[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            BMP_TYPES[c] = (byte) Character.getType(c);
        }
    }

    private CharTypes() {
    }

    /** The same as {@link Character#getType(int)}. */
    static int typeOf(int cp) {
        return cp <= Character.MAX_VALUE ? BMP_TYPES[cp] : Character.getType(cp);
    }

    /** The same as {@link Character#isLetterOrDigit(int)}. */
    static boolean isLetterOrDigit(int cp) {
        return (LETTER_OR_DIGIT >>> typeOf(cp) & 1) != 0;
    }

    /** The same as {@link Character#isDigit(int)}. */
    static boolean isDigit(int cp) {
        return typeOf(cp) == Character.DECIMAL_DIGIT_NUMBER;
    }
}
