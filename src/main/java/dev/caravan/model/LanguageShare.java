package dev.caravan.model;

/** One language of a document and the share of the document's letters written in it (0 to 1). */
public record LanguageShare(String code, double share) {
}
