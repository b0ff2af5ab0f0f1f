package dev.caravan.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** What kind of block a section is; the JSON value is the lower-case, hyphenated name. */
public enum SectionType {
    HEADING, PARAGRAPH, LIST_ITEM, AFFILIATION, CITATION, ABSTRACT;

    @JsonValue
    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
