package dev.caravan.terms;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds abbreviations a text defines, in the manner of Schwartz and Hearst (2003): "long form (SF)" or
 * "SF (long form)", where the short form's letters appear in order in the long form and its first letter
 * starts a word of it. A Chinese or Japanese long form (no letters to compare) is taken from the vocabulary
 * match that ends just before the bracket. Brackets holding citations, years, statistics or several words
 * are not short forms.
 */
final class AbbreviationFinder {

    /** A definition found in a text, in UTF-16 offsets; concept is null when the long form is not known. */
    record Definition(String shortForm, String longForm, int shortStart, int shortEnd, int longStart, int longEnd,
                      Concept concept) {
    }

    /** Longest bracket content looked at, in code points. */
    private static final int MAX_BRACKETED = 120;
    private static final int MAX_SHORT_FORM = 10;

    private AbbreviationFinder() {
    }

    /**
     * @param text       section text
     * @param vocabulary the section's vocabulary matches after overlap resolution, by position
     */
    static List<Definition> find(String text, List<Candidate> vocabulary) {
        List<Definition> found = new ArrayList<>();
        int open = nextOpening(text, 0);
        while (open >= 0) {
            int close = closingOf(text, open);
            if (close < 0) {
                open = nextOpening(text, open + 1);
                continue;
            }
            int insideStart = open + 1;
            String inside = text.substring(insideStart, close);
            Definition definition = longFormBefore(text, open, insideStart, inside, vocabulary);
            if (definition == null) {
                definition = shortFormBefore(text, open, insideStart, inside, vocabulary);
            }
            if (definition != null) {
                found.add(definition);
            }
            open = nextOpening(text, close + 1);
        }
        return found;
    }

    private static int nextOpening(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == '(' || text.charAt(i) == '\uFF08') {
                return i;
            }
        }
        return -1;
    }

    /**
     * The closing bracket of the bracket opened at {@code open} when 1 to {@link #MAX_BRACKETED} code points
     * without brackets lie between them, else -1. Stops at the first bracket, so the scans from successive
     * openings never cover the same text twice.
     */
    private static int closingOf(String text, int open) {
        int codePoints = 0;
        for (int i = open + 1; i < text.length() && codePoints <= MAX_BRACKETED; i += Character.charCount(text.codePointAt(i))) {
            char c = text.charAt(i);
            if (c == ')' || c == '\uFF09') {
                return codePoints > 0 ? i : -1;
            }
            if (c == '(' || c == '\uFF08') {
                return -1;
            }
            codePoints++;
        }
        return -1;
    }

    /** "brain-derived neurotrophic factor (BDNF)", "脑源性神经营养因子（BDNF）". */
    private static Definition longFormBefore(String text, int open, int insideStart, String inside,
                                             List<Candidate> vocabulary) {
        // "(BDNF; 12)" and "(BDNF, a neurotrophin)": the short form is the part before ; or ,
        int cut = firstOf(inside, ";,\uFF1B\uFF0C");
        String shortForm = (cut >= 0 ? inside.substring(0, cut) : inside).strip();
        if (!isShortForm(shortForm)) {
            return null;
        }
        int shortStart = insideStart + inside.indexOf(shortForm);
        int end = open;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end == 0) {
            return null;
        }
        if (MatchingForm.writtenWithoutSpaces(text.codePointBefore(end))) {
            Candidate before = endingAt(vocabulary, end);
            return before == null ? null : new Definition(shortForm, text.substring(before.charStart(), end),
                shortStart, shortStart + shortForm.length(), before.charStart(), end, before.concept());
        }
        int windowStart = wordsBack(text, end, Math.min(shortForm.length() + 5, shortForm.length() * 2));
        int longStart = bestLongFormStart(shortForm, text, windowStart, end);
        if (longStart < 0) {
            return null;
        }
        Candidate exact = exactly(vocabulary, longStart, end);
        return new Definition(shortForm, text.substring(longStart, end), shortStart, shortStart + shortForm.length(),
            longStart, end, exact == null ? null : exact.concept());
    }

    /** "BDNF (brain-derived neurotrophic factor)". */
    private static Definition shortFormBefore(String text, int open, int insideStart, String inside,
                                              List<Candidate> vocabulary) {
        String longForm = inside.strip();
        if (!hasTwoWords(longForm) || looksLikeCitation(longForm)) {
            return null;
        }
        int end = open;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1)) && "([".indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        String shortForm = text.substring(start, end);
        if (!isShortForm(shortForm) || longForm.length() <= shortForm.length()) {
            return null;
        }
        int longStart = insideStart + inside.indexOf(longForm);
        int longEnd = longStart + longForm.length();
        if (bestLongFormStart(shortForm, text, longStart, longEnd) != longStart) {
            return null;
        }
        Candidate exact = exactly(vocabulary, longStart, longEnd);
        return new Definition(shortForm, longForm, start, end, longStart, longEnd, exact == null ? null : exact.concept());
    }

    /** 2 to 10 characters, one word, starting with a letter or digit, holding a capital, not a citation. */
    static boolean isShortForm(String candidate) {
        int length = candidate.codePointCount(0, candidate.length());
        if (length < 2 || length > MAX_SHORT_FORM || candidate.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        if (!Character.isLetterOrDigit(candidate.codePointAt(0)) || candidate.codePoints().noneMatch(Character::isUpperCase)) {
            return false;
        }
        // roman numerals (type II) and citations (Smith2020, 12a) are not abbreviations
        return !isRomanNumeral(candidate) && !looksLikeCitation(candidate);
    }

    private static boolean isRomanNumeral(String candidate) {
        return candidate.chars().allMatch(c -> c == 'I' || c == 'V' || c == 'X');
    }

    /** Stripped text with white space inside: two words or more. */
    private static boolean hasTwoWords(String stripped) {
        // the ASCII white space of the regular expression \s, as before
        return stripped.chars().anyMatch(c -> " \t\n\u000B\f\r".indexOf(c) >= 0);
    }

    /**
     * Citations, figure and table references and statistics: "et al", a year 1800-2099, a word starting
     * "fig", the words "table", "ref", "see", "e.g.", "i.e." (any letter case), or one of = < > ± %.
     */
    static boolean looksLikeCitation(String text) {
        for (int i = 0; i < text.length(); i++) {
            if ("=<>\u00B1%".indexOf(text.charAt(i)) >= 0) {
                return true;
            }
            if ((isWordAt(text, i, "et al") || isWordAt(text, i, "table") || isWordAt(text, i, "ref")
                || isWordAt(text, i, "see") || isWordAt(text, i, "e.g") || isWordAt(text, i, "i.e")
                || startsWith(text, i, "fig") || isYearAt(text, i)) && !isWordBefore(text, i)) {
                return true;
            }
        }
        return false;
    }

    /** {@code word} (lower-case ASCII) at {@code i} in any letter case, not followed by a word character. */
    private static boolean isWordAt(String text, int i, String word) {
        int end = i + word.length();
        return startsWith(text, i, word) && !isWordFrom(text, end);
    }

    /** ASCII letters compare in either case, everything else exactly. */
    private static boolean startsWith(String text, int i, String lowerCase) {
        if (i + lowerCase.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < lowerCase.length(); k++) {
            char c = text.charAt(i + k);
            char wanted = lowerCase.charAt(k);
            if (c != wanted && !(wanted >= 'a' && wanted <= 'z' && c == wanted - ('a' - 'A'))) {
                return false;
            }
        }
        return true;
    }

    /** 18xx, 19xx or 20xx not followed by a word character. */
    private static boolean isYearAt(String text, int i) {
        if (i + 4 > text.length() || isWordFrom(text, i + 4)) {
            return false;
        }
        char first = text.charAt(i);
        char second = text.charAt(i + 1);
        return ((first == '1' && (second == '8' || second == '9')) || (first == '2' && second == '0'))
            && isAsciiDigit(text.charAt(i + 2)) && isAsciiDigit(text.charAt(i + 3));
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /*
     * Word characters as a regular-expression word boundary (\b) sees them: letters, digits, '_', and
     * combining marks that sit on a letter or digit. Only asked where a citation word starts or ends.
     */

    private static boolean isWordBefore(String text, int i) {
        if (i == 0) {
            return false;
        }
        int cp = text.codePointBefore(i);
        return cp == '_' || Character.isLetterOrDigit(cp) || (isMark(cp) && hasBase(text, i - 1));
    }

    private static boolean isWordFrom(String text, int i) {
        if (i >= text.length()) {
            return false;
        }
        int cp = text.codePointAt(i);
        return cp == '_' || Character.isLetterOrDigit(cp) || (isMark(cp) && hasBase(text, i));
    }

    /** Whether the combining marks ending at {@code i} follow a letter or digit. */
    private static boolean hasBase(String text, int i) {
        for (int k = i; k >= 0; k--) {
            int cp = text.codePointAt(k);
            if (Character.isLetterOrDigit(cp)) {
                return true;
            }
            if (!isMark(cp)) {
                return false;
            }
        }
        return false;
    }

    private static boolean isMark(int cp) {
        return Character.getType(cp) == Character.NON_SPACING_MARK;
    }

    /**
     * Schwartz-Hearst: walk the short form backwards, finding each letter or digit in the long form from
     * the right; the short form's first character must start a word. Greek letters count as their Latin
     * initial (γ-aminobutyric acid, GABA).
     *
     * @return start of the long form within [from, to), or -1
     */
    static int bestLongFormStart(String shortForm, String text, int from, int to) {
        int s = shortForm.length() - 1;
        int l = to - 1;
        while (s >= 0) {
            char wanted = Character.toLowerCase(shortForm.charAt(s));
            if (!Character.isLetterOrDigit(wanted)) {
                s--;
                continue;
            }
            while (l >= from && (latinInitial(text.charAt(l)) != wanted
                || (s == 0 && l > from && Character.isLetterOrDigit(text.charAt(l - 1))))) {
                l--;
            }
            if (l < from) {
                return -1;
            }
            l--;
            s--;
        }
        int start = l + 1;
        // the long form starts at the beginning of the word holding the short form's first character
        while (start > from && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    private static char latinInitial(char c) {
        char lower = Character.toLowerCase(c);
        return switch (lower) {
            case 'α' -> 'a';
            case 'β' -> 'b';
            case 'γ' -> 'g';
            case 'δ' -> 'd';
            case 'κ' -> 'k';
            case 'μ' -> 'm';
            default -> lower;
        };
    }

    /** Start of the window of {@code words} words ending at {@code end}, not crossing a sentence end. */
    private static int wordsBack(String text, int end, int words) {
        int i = end;
        int seen = 0;
        while (i > 0 && seen < words) {
            while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
                i--;
            }
            int wordEnd = i;
            while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
                i--;
            }
            if (seen > 0 && wordEnd > i && ".;:)]".indexOf(text.charAt(wordEnd - 1)) >= 0) {
                return wordEnd;
            }
            seen++;
        }
        return i;
    }

    // the vocabulary matches do not overlap and are sorted, so both their starts and their ends ascend

    private static Candidate endingAt(List<Candidate> vocabulary, int end) {
        int low = 0;
        int high = vocabulary.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int middleEnd = vocabulary.get(middle).charEnd();
            if (middleEnd == end) {
                return vocabulary.get(middle);
            } else if (middleEnd < end) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return null;
    }

    private static Candidate exactly(List<Candidate> vocabulary, int start, int end) {
        Candidate candidate = endingAt(vocabulary, end);
        return candidate != null && candidate.charStart() == start ? candidate : null;
    }

    private static int firstOf(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
