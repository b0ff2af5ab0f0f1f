package dev.caravan.model;

/**
 * One mention of a vocabulary concept inside a section.
 *
 * @param conceptId the concept's id, the same in every language (for example a MeSH descriptor id)
 * @param label     the concept's preferred label
 * @param category  the concept's category (drug, receptor, disorder...)
 * @param text      the matched text exactly as it stands in the section
 * @param start     code-point offset of the first matched character within the section text
 * @param end       code-point offset just past the last matched character
 */
public record TermMatch(String conceptId, String label, String category, String text, int start, int end) {
}
