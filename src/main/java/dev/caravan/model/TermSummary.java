package dev.caravan.model;

import java.util.List;

/** A concept mentioned in a document: how often, and in which section languages. */
public record TermSummary(String id, String label, String category, int count, List<String> languages) {
    public TermSummary {
        languages = List.copyOf(languages);
    }
}
