package dev.caravan.terms;

import java.util.Objects;

/**
 * One way of writing a concept.
 *
 * @param text     the term as written in the vocabulary
 * @param language ISO 639-1 code (639-3 where none exists), or {@code und} when the source does not say
 */
public record Synonym(String text, String language) {
    public static final String UNKNOWN_LANGUAGE = "und";

    public Synonym {
        Objects.requireNonNull(text, "text");
        text = text.strip();
        language = language == null || language.isBlank() ? UNKNOWN_LANGUAGE : language.strip();
    }
}
