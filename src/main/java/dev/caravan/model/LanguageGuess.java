package dev.caravan.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The language detected for a piece of text.
 *
 * @param code       ISO 639-1 code, ISO 639-3 where no 639-1 code exists, or {@code und}
 * @param confidence between 0 and 1
 */
public record LanguageGuess(String code, double confidence) {
    public static final String UNDETERMINED = "und";

    public static LanguageGuess undetermined() {
        return new LanguageGuess(UNDETERMINED, 0.0);
    }

    @JsonIgnore
    public boolean isUndetermined() {
        return UNDETERMINED.equals(code);
    }
}
