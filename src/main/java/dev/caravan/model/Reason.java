package dev.caravan.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Why an input could not be processed: the machine-readable code written to its error sidecar. */
public enum Reason {
    EMPTY("the file has no bytes"),
    BLANK("the file holds only white space"),
    TOO_LARGE("the file is larger than the configured limit"),
    UNSUPPORTED_MEDIA_TYPE("the file is a known non-text format"),
    BINARY_CONTENT("the file holds NUL bytes or many control characters"),
    UTF16_WITHOUT_BOM("the file looks like UTF-16 but has no byte-order mark"),
    INVALID_ENCODING("the file holds byte sequences that are not valid in its encoding"),
    TRUNCATED_ENCODING("the file ends in the middle of a multi-byte character"),
    TOO_MANY_SECTIONS("the document has more sections than the configured limit"),
    TIMEOUT("processing took longer than the per-file time limit"),
    OUT_OF_MEMORY("the document needs more memory than the Java heap has left"),
    UNREADABLE("the file could not be read"),
    OUTPUT_FAILED("the JSON document could not be written"),
    INTERNAL_ERROR("an unexpected error; please report it");

    private final String meaning;

    Reason(String meaning) {
        this.meaning = meaning;
    }

    /** The code as written in sidecars and logs, for example {@code too-large}. */
    @JsonValue
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public String meaning() {
        return meaning;
    }
}
