package dev.caravan.sections;

/** Small character tests shared by the parsers; all work on UTF-16 indexes and never allocate. */
final class TextScan {

    private TextScan() {
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\u000B' || c == '\f'
                || c == '\uFEFF' || Character.isSpaceChar(c);
    }

    static boolean isSpace(int codePoint) {
        return codePoint < Character.MIN_SUPPLEMENTARY_CODE_POINT && isSpace((char) codePoint);
    }

    /** Index of the first non-space character in [from, to), or {@code to}. */
    static int skipSpaces(CharSequence text, int from, int to) {
        int i = from;
        while (i < to && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Index just past the last non-space character in [from, to), or {@code from}. */
    static int trimEnd(CharSequence text, int from, int to) {
        int i = to;
        while (i > from && isSpace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    static boolean isBlank(CharSequence text, int from, int to) {
        return skipSpaces(text, from, to) == to;
    }

    /** Scripts written without spaces between words, where a line may break between any two characters. */
    static boolean isUnspacedScript(int codePoint) {
        if (codePoint < 0) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI
                || script == Character.UnicodeScript.LAO || script == Character.UnicodeScript.KHMER
                || script == Character.UnicodeScript.MYANMAR
                || (codePoint >= 0x3000 && codePoint <= 0x303F) || (codePoint >= 0xFF00 && codePoint <= 0xFF60);
    }

    /**
     * Whether [from, to) ends a sentence: sentence-final punctuation, possibly followed by closing quotes or
     * brackets, and by a few spaces. Looks at a few characters only, so it can be asked at every position.
     */
    static boolean endsSentence(CharSequence text, int from, int to) {
        int i = to;
        while (i > from && to - i < 8 && isSpace(text.charAt(i - 1))) {
            i--;
        }
        int closers = 0;
        while (i > from && closers < 4 && isCloser(text.charAt(i - 1))) {
            i--;
            closers++;
        }
        if (i == from) {
            return false;
        }
        char c = text.charAt(i - 1);
        return c == '.' || c == '!' || c == '?' || c == '\u2026' || c == '\u3002' || c == '\uFF01'
                || c == '\uFF1F' || c == '\uFF0E' || c == '\u0964' || c == '\u061F' || c == '\u06D4';
    }

    private static boolean isCloser(char c) {
        return c == ')' || c == ']' || c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == '\u00BB'
                || c == '\u300D' || c == '\u300F' || c == '\uFF09' || c == '*' || c == '_';
    }

    /**
     * Columns of the first word of [from, to), where a character of an unspaced script is a word of its own.
     * Stops counting at 64 characters.
     */
    static int firstWordWidth(CharSequence text, int from, int to) {
        int i = skipSpaces(text, from, to);
        int width = 0;
        for (int count = 0; i < to && count < 64; count++) {
            int cp = Character.codePointAt(text, i);
            if (isSpace(cp)) {
                break;
            }
            if (isUnspacedScript(cp)) {
                return width == 0 ? columns(cp) : width;
            }
            width += columns(cp);
            i += Character.charCount(cp);
        }
        return width;
    }

    /**
     * Display columns of [from, to): East Asian wide characters take two, as terminals and editors that
     * wrap text count them.
     */
    static int displayWidth(CharSequence text, int from, int to) {
        int width = 0;
        for (int i = from; i < to; ) {
            int cp = Character.codePointAt(text, i);
            width += columns(cp);
            i += Character.charCount(cp);
        }
        return width;
    }

    private static int columns(int cp) {
        boolean wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F)
                || (cp >= 0x1F900 && cp <= 0x1F9FF) || (cp >= 0x20000 && cp <= 0x3FFFD);
        return wide ? 2 : 1;
    }

    /** Code point at the last non-space position of [from, to), or -1. */
    static int lastCodePoint(CharSequence text, int from, int to) {
        int end = trimEnd(text, from, to);
        return end == from ? -1 : Character.codePointBefore(text, end);
    }

    /** Code point at the first non-space position of [from, to), or -1. */
    static int firstCodePoint(CharSequence text, int from, int to) {
        int start = skipSpaces(text, from, to);
        return start == to ? -1 : Character.codePointAt(text, start);
    }

    static boolean isAsciiDigitCode(int c) {
        return c >= '0' && c <= '9';
    }

    static boolean startsWithIgnoreCase(CharSequence text, int from, int to, String prefix) {
        if (to - from < prefix.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            char a = text.charAt(from + k);
            char b = prefix.charAt(k);
            if (a != b && Character.toLowerCase(a) != Character.toLowerCase(b)) {
                return false;
            }
        }
        return true;
    }
}
