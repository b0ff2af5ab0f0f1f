package dev.caravan.terms;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * A vocabulary concept: one id for the same meaning in every language.
 *
 * @param id       MeSH descriptor id where one exists, else an id of the vocabulary's own scheme
 * @param label    the preferred (English) label, reported with every match
 * @param category drug, receptor, protein, pathway, brain-region, disorder, symptom, scale...
 * @param synonyms every way of writing the concept, the label included
 */
public record Concept(String id, String label, String category, List<Synonym> synonyms) {

    public Concept {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        category = category == null || category.isBlank() ? "concept" : category;
        synonyms = List.copyOf(new LinkedHashSet<>(synonyms));
    }

    /** This concept with another file's entry for the same id merged in: its label and category win when set. */
    Concept mergedWith(Concept later) {
        List<Synonym> all = new ArrayList<>(synonyms);
        all.addAll(later.synonyms);
        String newLabel = later.label.isBlank() ? label : later.label;
        String newCategory = "concept".equals(later.category) ? category : later.category;
        return new Concept(id, newLabel, newCategory, all);
    }
}
