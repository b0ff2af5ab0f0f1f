package dev.caravan.model;

import java.util.List;

/**
 * One block of a document.
 *
 * @param index         position in the document, from 0
 * @param label         structured-abstract label (BACKGROUND, METHODS...) when the block had one, else null
 * @param headingPath   the Markdown headings this block sits under, outermost first
 * @param start         code-point offset of the section text in the decoded document
 * @param end           code-point offset just past the section text
 * @param language      null until the language stage has run
 * @param terms         concept mentions, empty until the term stage has run
 * @param translationOf index of the section this one translates, or null
 */
public record Section(int index, SectionType type, String label, List<String> headingPath, String text,
                      int start, int end, LanguageGuess language, List<TermMatch> terms, Integer translationOf) {

    public Section {
        headingPath = List.copyOf(headingPath);
        terms = List.copyOf(terms);
    }

    /** A section as the sectioning stage makes it, before enrichment. */
    public static Section of(int index, SectionType type, String label, List<String> headingPath, String text,
                             int start, int end) {
        return new Section(index, type, label, headingPath, text, start, end, null, List.of(), null);
    }

    public Section withLanguage(LanguageGuess guess) {
        return new Section(index, type, label, headingPath, text, start, end, guess, terms, translationOf);
    }

    public Section withTerms(List<TermMatch> matches) {
        return new Section(index, type, label, headingPath, text, start, end, language, matches, translationOf);
    }

    public Section withTranslationOf(Integer original) {
        return new Section(index, type, label, headingPath, text, start, end, language, terms, original);
    }
}
