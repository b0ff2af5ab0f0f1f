package dev.caravan.terms;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * The form in which text and vocabulary terms are compared: NFKC, lower case, Latin diacritics removed,
 * Greek letters spelt out (γ and gamma match), every dash, hyphen and white-space run collapsed to one
 * space, and spaces next to Chinese or Japanese characters dropped (those scripts do not separate words,
 * and writers put spaces around embedded Latin words and numbers at will).
 *
 * <p>The form of a text keeps, for every char it holds, the UTF-16 index of the original code point that
 * produced it, so a match found in the form maps back to the exact original text.
 */
final class MatchingForm {

    /** What a BMP char becomes (lower-cased form); null means the char stays as it is. */
    private static final String[] FOLDED = new String[Character.MAX_VALUE + 1];
    /** What an ASCII char becomes: each folds to exactly one char (a space for separators). */
    private static final char[] FOLDED_ASCII = new char[0x80];
    private static final String DROP = "";
    private static final String SEPARATOR = " ";
    private static final String[] GREEK_NAMES = {
        "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu",
        "nu", "xi", "omicron", "pi", "rho", "sigma", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega"};

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            String folded = fold(c, true);
            if (!(folded.length() == 1 && folded.charAt(0) == c)) {
                FOLDED[c] = folded;
            }
            if (c < FOLDED_ASCII.length) {
                FOLDED_ASCII[c] = folded.charAt(0);
            }
        }
    }

    private final String original;
    /** The form in {@code chars[0, length)}; the array may be longer. */
    private final char[] chars;
    private final int length;
    /**
     * The map back to the original, in runs: form char {@code i} comes from original index
     * {@code i + runShifts[r]}, where run {@code r} is the last with {@code runStarts[r] <= i}. A new run starts
     * where that shift changes (a collapsed separator run, an expansion like γ to gamma, a surrogate pair), so
     * plain text needs a few runs, where an index per char cost 4 bytes of heap for each char of the text.
     */
    private final int[] runStarts;
    private final int[] runShifts;
    private final int runCount;

    private MatchingForm(String original, Builder form) {
        this.original = original;
        this.chars = form.chars;
        this.length = form.length;
        this.runStarts = form.runStarts;
        this.runShifts = form.runShifts;
        this.runCount = form.runCount;
    }

    /** The matching form of a whole text, with the map back to it. */
    static MatchingForm of(String text) {
        int n = text.length();
        Builder out = new Builder(n + 16, true);
        for (int i = 0; i < n; ) {
            char c = text.charAt(i);
            if (c < FOLDED_ASCII.length) {
                out.append(FOLDED_ASCII[c], i);
                i++;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(fold(Character.toCodePoint(c, text.charAt(i + 1)), true), i);
                i += 2;
            } else {
                String folded = FOLDED[c];
                if (folded == null) {
                    out.append(c, i);
                } else {
                    out.append(folded, i);
                }
                i++;
            }
        }
        return new MatchingForm(text, out);
    }

    /** The matching form of a vocabulary term. */
    static String key(String term) {
        return of(term).toString();
    }

    /** Like {@link #key} but keeping letter case, for terms that only match with their own capitals. */
    static String casedKey(String term) {
        return casedKey(term, 0, term.length());
    }

    /**
     * The cased key of {@code text[start, end)}. Runs for every vocabulary hit of a case-sensitive term, so
     * ASCII skips {@link #fold} (it keeps an ASCII char as it is, or makes it a separator) and no substring
     * or stream is built.
     */
    static String casedKey(String text, int start, int end) {
        Builder out = new Builder(end - start + 16, false);
        for (int i = start; i < end; ) {
            int cp = text.codePointAt(i);
            if (cp < FOLDED_ASCII.length) {
                out.append(FOLDED_ASCII[cp] == ' ' ? ' ' : (char) cp, 0);
            } else {
                out.append(fold(cp, false), 0);
            }
            i += Character.charCount(cp);
        }
        return new String(out.chars, 0, out.length);
    }

    /** The form's chars, in {@code [0, length())}; the array may be longer. */
    char[] chars() {
        return chars;
    }

    int length() {
        return length;
    }

    /** The form as a string. */
    @Override
    public String toString() {
        return new String(chars, 0, length);
    }

    String original() {
        return original;
    }

    /** UTF-16 index in the original where the code point behind form char {@code i} starts. */
    int originalStart(int i) {
        return source(i);
    }

    /** UTF-16 index in the original just past the code point behind form char {@code i}. */
    int originalEnd(int i) {
        int start = source(i);
        return start + Character.charCount(original.codePointAt(start));
    }

    /** True when form char {@code i} is the first of those its original code point produced. */
    boolean startsCodePoint(int i) {
        return i == 0 || source(i - 1) != source(i);
    }

    /** True when form position {@code end} (exclusive) does not cut through an original code point. */
    boolean endsCodePoint(int end) {
        return end == length || source(end) != source(end - 1);
    }

    /** A letter or digit of a script that separates words, just before form position {@code i}. */
    boolean wordCharBefore(int i) {
        return i > 0 && isWordChar(Character.codePointBefore(chars, i));
    }

    /** A letter or digit of a script that separates words, at form position {@code i}. */
    boolean wordCharAt(int i) {
        return i < length && isWordChar(Character.codePointAt(chars, i, length));
    }

    /** Original index of the code point behind form char {@code i}. */
    private int source(int i) {
        int run = Arrays.binarySearch(runStarts, 0, runCount, i);
        return i + runShifts[run >= 0 ? run : -run - 2];
    }

    /** Letters and digits of scripts that separate words; matches may not begin or end inside those words. */
    static boolean isWordChar(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
        }
        // Chinese and Japanese first: a few comparisons settle them
        return !isHanOrKana(cp) && CharTypes.isLetterOrDigit(cp) && !writtenWithoutSpaces(cp);
    }

    /** Scripts whose words are not separated by spaces: a term may touch any neighbour there. */
    static boolean writtenWithoutSpaces(int cp) {
        // every such script lies above U+0E00 (Thai); below it, skip the script table's binary search
        return cp >= 0x0E00 && (isHanOrKana(cp) || switch (Character.UnicodeScript.of(cp)) {
            case HANGUL, THAI, LAO, KHMER, MYANMAR, TIBETAN -> true;
            default -> false;
        });
    }

    private static boolean isHanOrKana(int cp) {
        return (cp >= 0x2E80 && cp <= 0x2FDF) || (cp >= 0x3005 && cp <= 0x3007) || (cp >= 0x3040 && cp <= 0x30FF)
            || (cp >= 0x31F0 && cp <= 0x31FF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF)
            || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x3134F);
    }

    private static boolean isSeparator(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp)
            || cp == '-' || (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212 || cp == 0x2043
            || cp == 0xFE58 || cp == 0xFE63 || cp == 0xFF0D || cp == 0x058A || cp == 0x1806;
    }

    private static boolean isIgnorable(int cp) {
        // soft hyphen, zero-width characters, byte-order mark, and combining diacritics (é written as e + ´)
        return cp == 0x00AD || (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || cp == 0xFEFF
            || (cp >= 0x0300 && cp <= 0x036F);
    }

    private static boolean isApostrophe(int cp) {
        return cp == 0x2018 || cp == 0x2019 || cp == 0x201B || cp == 0x02BC || cp == 0x2032 || cp == 0x00B4;
    }

    /** What one code point becomes in the matching form (with or without lower-casing). */
    private static String fold(int cp, boolean lowerCase) {
        if (isSeparator(cp)) {
            return SEPARATOR;
        }
        if (isIgnorable(cp)) {
            return DROP;
        }
        if (cp < 0x80) {
            return String.valueOf((char) (lowerCase ? Character.toLowerCase(cp) : cp));
        }
        String compatible = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(compatible.length() + 4);
        compatible.codePoints().forEach(part -> {
            if (isSeparator(part)) {
                out.append(SEPARATOR);
            } else if (isApostrophe(part)) {
                out.append('\'');
            } else if (!isIgnorable(part)) {
                appendLetter(out, lowerCase ? Character.toLowerCase(part) : part);
            }
        });
        return out.toString();
    }

    private static void appendLetter(StringBuilder out, int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script == Character.UnicodeScript.GREEK || script == Character.UnicodeScript.LATIN) {
            String base = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
            int baseLetter = base.codePointAt(0);
            int lower = Character.toLowerCase(baseLetter);
            if (lower >= 0x03B1 && lower <= 0x03C9) {
                out.append(GREEK_NAMES[lower - 0x03B1]);
                return;
            }
            if (base.length() > 1 && Character.isLetter(baseLetter)) {
                out.appendCodePoint(baseLetter);
                return;
            }
        }
        out.appendCodePoint(cp);
    }

    /**
     * Collects the form: separator runs become one space, dropped at either end and next to Han or kana.
     */
    private static final class Builder {
        private static final int[] NO_RUNS = {};

        private char[] chars;
        private int length;
        /** Whether to keep the map back to the original: a key needs none. */
        private final boolean mapped;
        private int[] runStarts;
        private int[] runShifts;
        private int runCount;
        private int shift = -1; // the last run's shift; no run yet
        private int pendingSeparator = -1;

        Builder(int capacity, boolean mapped) {
            chars = new char[capacity];
            this.mapped = mapped;
            runStarts = mapped ? new int[8] : NO_RUNS;
            runShifts = mapped ? new int[8] : NO_RUNS;
        }

        void append(String folded, int source) {
            for (int k = 0; k < folded.length(); k++) {
                append(folded.charAt(k), source);
            }
        }

        void append(char c, int source) {
            if (c == ' ') {
                if (pendingSeparator < 0) {
                    pendingSeparator = source;
                }
                return;
            }
            if (pendingSeparator >= 0) {
                if (length > 0 && !touchesHanOrKana(c)) {
                    put(' ', pendingSeparator);
                }
                pendingSeparator = -1;
            }
            put(c, source);
        }

        private boolean touchesHanOrKana(char next) {
            if (chars[length - 1] < 0x2E80 && next < 0x2E80) {
                return false; // below the first Han or kana char, and no surrogate: most spaces end here
            }
            int before = Character.codePointBefore(chars, length);
            // a high surrogate arriving here is the start of a supplementary code point; only its pair knows
            return isHanOrKana(before) || (!Character.isSurrogate(next) && isHanOrKana(next))
                || (Character.isHighSurrogate(next) && next >= 0xD840 && next <= 0xD884);
        }

        private void put(char c, int source) {
            if (length == chars.length) {
                chars = Arrays.copyOf(chars, length * 2);
            }
            if (mapped && source - length != shift) {
                startRun(source - length);
            }
            chars[length++] = c;
        }

        private void startRun(int newShift) {
            if (runCount == runStarts.length) {
                runStarts = Arrays.copyOf(runStarts, runCount * 2);
                runShifts = Arrays.copyOf(runShifts, runCount * 2);
            }
            runStarts[runCount] = length;
            runShifts[runCount] = newShift;
            runCount++;
            shift = newShift;
        }
    }
}
