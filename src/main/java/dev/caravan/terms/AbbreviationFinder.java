package dev.caravan.terms;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern BRACKETED = Pattern.compile("[(\uFF08]([^()\uFF08\uFF09]{1,120})[)\uFF09]");
    private static final Pattern CITATION_LIKE = Pattern.compile(
        "(?i).*(\\bet al\\b|\\b(1[89]|20)\\d\\d\\b|\\bfig|\\btable\\b|\\bref\\b|\\bsee\\b|\\be\\.g\\b|\\bi\\.e\\b|[=<>±%]).*");
    private static final int MAX_SHORT_FORM = 10;

    private AbbreviationFinder() {
    }

    /**
     * @param text       section text
     * @param vocabulary the section's vocabulary matches after overlap resolution, by position
     */
    static List<Definition> find(String text, List<Candidate> vocabulary) {
        List<Definition> found = new ArrayList<>();
        Matcher bracket = BRACKETED.matcher(text);
        while (bracket.find()) {
            String inside = bracket.group(1);
            int insideStart = bracket.start(1);
            Definition definition = longFormBefore(text, bracket.start(), insideStart, inside, vocabulary);
            if (definition == null) {
                definition = shortFormBefore(text, bracket.start(), insideStart, inside, vocabulary);
            }
            if (definition != null) {
                found.add(definition);
            }
        }
        return found;
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
        if (longForm.split("\\s+").length < 2 || CITATION_LIKE.matcher(longForm).matches()) {
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
        return !candidate.matches("[IVX]+") && !CITATION_LIKE.matcher(candidate).matches();
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
            String word = text.substring(i, wordEnd);
            if (seen > 0 && (word.endsWith(".") || word.endsWith(";") || word.endsWith(":") || word.endsWith(")")
                || word.endsWith("]"))) {
                return wordEnd;
            }
            seen++;
        }
        return i;
    }

    private static Candidate endingAt(List<Candidate> vocabulary, int end) {
        for (Candidate candidate : vocabulary) {
            if (candidate.charEnd() == end) {
                return candidate;
            }
        }
        return null;
    }

    private static Candidate exactly(List<Candidate> vocabulary, int start, int end) {
        for (Candidate candidate : vocabulary) {
            if (candidate.charStart() == start && candidate.charEnd() == end) {
                return candidate;
            }
        }
        return null;
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
