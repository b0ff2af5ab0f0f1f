package dev.caravan.model;

/** A file's text after decoding and normalisation, with the facts about its bytes. */
public record DecodedText(Source source, String text) {
}
