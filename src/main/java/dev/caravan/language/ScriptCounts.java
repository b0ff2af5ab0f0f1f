package dev.caravan.language;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Map;

/**
 * How many letters of a text are written in each Unicode script. Only letters count: digits,
 * punctuation and symbols say nothing about the language.
 */
final class ScriptCounts {

    /** How many Latin letters' worth of text one CJK character carries, roughly. */
    private static final double CJK_WEIGHT = 3.0;

    private final EnumMap<UnicodeScript, Integer> letters = new EnumMap<>(UnicodeScript.class);
    private int total;
    private int visible;
    private int marks;

    private ScriptCounts() {
    }

    static ScriptCounts of(CharSequence text) {
        ScriptCounts counts = new ScriptCounts();
        int length = text.length();
        for (int i = 0; i < length; ) {
            int codePoint = Character.codePointAt(text, i);
            i += Character.charCount(codePoint);
            if (!Character.isWhitespace(codePoint)) {
                counts.visible++;
            }
            int type = Character.getType(codePoint);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK) {
                counts.marks++;
            }
            if (Character.isLetter(codePoint)) {
                counts.letters.merge(UnicodeScript.of(codePoint), 1, Integer::sum);
                counts.total++;
            }
        }
        return counts;
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
        return letters.getOrDefault(script, 0);
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
        for (Map.Entry<UnicodeScript, Integer> entry : letters.entrySet()) {
            if (isCjk(entry.getKey())) {
                continue;
            }
            if (entry.getValue() > bestWeight) {
                best = entry.getKey();
                bestWeight = entry.getValue();
            }
        }
        return best;
    }

    static boolean isCjk(UnicodeScript script) {
        return script == UnicodeScript.HAN || script == UnicodeScript.HIRAGANA
                || script == UnicodeScript.KATAKANA || script == UnicodeScript.HANGUL;
    }
}
