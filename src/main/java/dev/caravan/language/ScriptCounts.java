package dev.caravan.language;

import java.lang.Character.UnicodeScript;

/**
 * How many letters of a text are written in each Unicode script. Only letters count: digits,
 * punctuation and symbols say nothing about the language.
 */
final class ScriptCounts {

    /** How many Latin letters' worth of text one CJK character carries, roughly. */
    private static final double CJK_WEIGHT = 3.0;

    private static final UnicodeScript[] SCRIPTS = UnicodeScript.values();
    /** Chars below this (Latin, Greek, Cyrillic) are classified by {@link #TABULATED}: most of European text. */
    private static final int TABLE_SIZE = 0x0530;
    private static final int VISIBLE = 1;
    private static final int MARK = 2;
    private static final int LETTER = 4;
    /**
     * For each char below {@link #TABLE_SIZE}: its {@link #VISIBLE}, {@link #MARK} and {@link #LETTER} bits, and
     * above them its script's ordinal.
     */
    private static final int[] TABULATED = new int[TABLE_SIZE];

    static {
        for (int c = 0; c < TABLE_SIZE; c++) {
            TABULATED[c] = classify(c);
        }
    }

    /** Letters by script ordinal; an array, not a map, because it is updated for every letter. */
    private final int[] letters = new int[SCRIPTS.length];
    private int total;
    private int visible;
    private int marks;

    private ScriptCounts() {
    }

    static ScriptCounts of(CharSequence text) {
        ScriptCounts counts = new ScriptCounts();
        int length = text.length();
        for (int i = 0; i < length; ) {
            char c = text.charAt(i);
            int codePoint;
            if (c < TABLE_SIZE) {
                codePoint = c;
                i++;
            } else {
                codePoint = Character.codePointAt(text, i);
                i += Character.charCount(codePoint);
            }
            counts.add(codePoint < TABLE_SIZE ? TABULATED[codePoint] : classify(codePoint));
        }
        return counts;
    }

    /**
     * The letters of a text, as {@code of(text).total()} counts them, without the tally by script: a large
     * document's language shares count every letter of it.
     */
    static long letters(CharSequence text) {
        long letters = 0;
        int length = text.length();
        for (int i = 0; i < length; ) {
            char c = text.charAt(i);
            if (c < TABLE_SIZE) {
                letters += (TABULATED[c] & LETTER) / LETTER;
                i++;
            } else {
                int codePoint = Character.codePointAt(text, i);
                letters += Character.isLetter(codePoint) ? 1 : 0;
                i += Character.charCount(codePoint);
            }
        }
        return letters;
    }

    /** What one code point adds to the counts, as {@link #TABULATED} stores it. */
    private static int classify(int codePoint) {
        int flags = Character.isWhitespace(codePoint) ? 0 : VISIBLE;
        int type = Character.getType(codePoint);
        if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK) {
            flags |= MARK;
        }
        if (Character.isLetter(codePoint)) {
            flags |= LETTER | UnicodeScript.of(codePoint).ordinal() << 3;
        }
        return flags;
    }

    private void add(int flags) {
        visible += flags & VISIBLE;
        marks += (flags & MARK) >> 1;
        if ((flags & LETTER) != 0) {
            letters[flags >>> 3]++;
            total++;
        }
    }

    /** Number of letters in all scripts. */
    int total() {
        return total;
    }

    /** Letters and the vowel signs and accents combined with them (Indic scripts write vowels as marks). */
    int lettersAndMarks() {
        return total + marks;
    }

    /** Number of characters other than white space. */
    int visible() {
        return visible;
    }

    int of(UnicodeScript script) {
        return letters[script.ordinal()];
    }

    /** Letters of the Chinese, Japanese and Korean scripts together. */
    int cjk() {
        return of(UnicodeScript.HAN) + of(UnicodeScript.HIRAGANA) + of(UnicodeScript.KATAKANA)
                + of(UnicodeScript.HANGUL);
    }

    /**
     * The script that carries most of the text. One Han, Kana or Hangul character stands for a
     * syllable or a word, several Latin letters' worth, so CJK letters weigh more: Chinese with
     * embedded Latin terms (BDNF, N-甲基-D-天冬氨酸) stays Chinese.
     */
    UnicodeScript dominant() {
        UnicodeScript best = UnicodeScript.COMMON;
        double bestWeight = 0;
        double cjkWeight = CJK_WEIGHT * cjk();
        if (cjkWeight > 0) {
            best = UnicodeScript.HAN;
            bestWeight = cjkWeight;
        }
        for (UnicodeScript script : SCRIPTS) {
            int count = letters[script.ordinal()];
            if (count > bestWeight && !isCjk(script)) {
                best = script;
                bestWeight = count;
            }
        }
        return best;
    }

    static boolean isCjk(UnicodeScript script) {
        return script == UnicodeScript.HAN || script == UnicodeScript.HIRAGANA
                || script == UnicodeScript.KATAKANA || script == UnicodeScript.HANGUL;
    }
}
