package dev.caravan.model;

/**
 * An abbreviation the document defines, as in "brain-derived neurotrophic factor (BDNF)".
 *
 * @param conceptId the concept of the long form, or null when the long form is not in the vocabulary
 */
public record Abbreviation(String shortForm, String longForm, String conceptId, int section) {
}
