package dev.caravan.terms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * scispaCy's knowledge-base format: one JSON object per line with {@code concept_id}, {@code canonical_name},
 * {@code aliases} and {@code types} (UMLS semantic type ids). The format has no languages, so terms get
 * {@code und}; the first type becomes the category, named where Caravan knows it.
 */
final class ScispacyJsonlFormat implements VocabularyFormat {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** UMLS semantic types that correspond to Caravan's categories. */
    private static final Map<String, String> CATEGORY_OF_TYPE = Map.ofEntries(
        Map.entry("T121", "drug"), Map.entry("T109", "drug"), Map.entry("T200", "drug"), Map.entry("T195", "drug"),
        Map.entry("T131", "drug"), Map.entry("T192", "receptor"), Map.entry("T116", "protein"),
        Map.entry("T126", "protein"), Map.entry("T125", "hormone"), Map.entry("T028", "gene"),
        Map.entry("T044", "pathway"), Map.entry("T043", "pathway"), Map.entry("T023", "anatomy"),
        Map.entry("T029", "anatomy"), Map.entry("T025", "cell"), Map.entry("T047", "disorder"),
        Map.entry("T048", "disorder"), Map.entry("T191", "disorder"), Map.entry("T184", "symptom"),
        Map.entry("T033", "finding"), Map.entry("T170", "scale"), Map.entry("T061", "procedure"));

    @Override
    public List<Concept> read(InputStream in, String name) throws IOException {
        return VocabularyFormat.readLines(in, (line, lineNumber) -> {
            JsonNode node = JSON.readTree(line);
            String id = node.path("concept_id").asText("");
            String canonical = node.path("canonical_name").asText("");
            if (id.isBlank() || canonical.isBlank()) {
                throw new IllegalArgumentException(name + ":" + lineNumber + ": concept_id and canonical_name are required");
            }
            List<Synonym> synonyms = new ArrayList<>();
            synonyms.add(new Synonym(canonical, Synonym.UNKNOWN_LANGUAGE));
            node.path("aliases").forEach(alias -> synonyms.add(new Synonym(alias.asText(), Synonym.UNKNOWN_LANGUAGE)));
            String type = node.path("types").path(0).asText("");
            return new Concept(id, canonical, CATEGORY_OF_TYPE.getOrDefault(type, type), synonyms);
        });
    }
}
