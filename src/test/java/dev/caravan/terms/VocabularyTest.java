package dev.caravan.terms;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VocabularyTest {

    @TempDir
    Path folder;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void theDefaultVocabularyCoversTheDomainInEnglishAndChinese() {
        Vocabulary vocabulary = Vocabulary.defaults();
        assertTrue(vocabulary.size() >= 150, "concepts: " + vocabulary.size());
        for (Concept concept : vocabulary.concepts()) {
            assertTrue(concept.id().matches("D\\d{6}|D\\d{9}|CRV:\\d{4}"), concept.id());
            Set<String> languages = concept.synonyms().stream().map(Synonym::language).collect(Collectors.toSet());
            assertTrue(languages.containsAll(Set.of("en", "zh")), concept.label() + " lacks English or Chinese");
        }
        Set<String> categories = vocabulary.concepts().stream().map(Concept::category).collect(Collectors.toSet());
        assertTrue(categories.containsAll(Set.of("drug", "receptor", "protein", "pathway", "brain-region", "disorder",
            "symptom", "scale")), categories.toString());
    }

    @Test
    void noTwoDefaultConceptsShareAMatchingForm() {
        Vocabulary vocabulary = Vocabulary.defaults();
        java.util.Map<String, String> owner = new java.util.HashMap<>();
        for (Concept concept : vocabulary.concepts()) {
            for (Synonym synonym : concept.synonyms()) {
                String previous = owner.putIfAbsent(MatchingForm.key(synonym.text()), concept.id());
                assertTrue(previous == null || previous.equals(concept.id()),
                    synonym.text() + " belongs to " + previous + " and " + concept.id());
            }
        }
    }

    @Test
    void mergesConceptsByIdAcrossFormats() throws IOException {
        Path tsv = write("extra.tsv", "# user terms\n"
            + "D007649\tdrug\tketamine\tfr:Kétalar\tzh:K粉\n"
            + "LOCAL:1\tdevice\tketamine pump\ten:K-pump\n");
        Path jsonl = write("extra.jsonl",
            "{\"concept_id\": \"D007649\", \"canonical_name\": \"Ketamine\", \"aliases\": [\"Ketanest\"], \"types\": [\"T121\"]}\n"
                + "{\"concept_id\": \"C0000001\", \"canonical_name\": \"Zarate scale\", \"aliases\": [], \"types\": [\"T170\"]}\n");
        Path skos = write("extra.rdf", """
            <?xml version="1.0" encoding="UTF-8"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
                     xmlns:skos="http://www.w3.org/2004/02/skos/core#">
              <skos:Concept rdf:about="http://example.org/neuro/habenula-lateral">
                <skos:notation>CRV:0019</skos:notation>
                <skos:prefLabel xml:lang="en">lateral habenula</skos:prefLabel>
                <skos:altLabel xml:lang="de">laterale Habenula</skos:altLabel>
                <skos:inScheme rdf:resource="http://example.org/neuro/brain-region"/>
              </skos:Concept>
              <rdf:Description rdf:about="http://example.org/neuro/velvet">
                <rdf:type rdf:resource="http://www.w3.org/2004/02/skos/core#Concept"/>
                <skos:prefLabel xml:lang="fr">velours</skos:prefLabel>
                <skos:prefLabel xml:lang="en">velvet nucleus</skos:prefLabel>
                <skos:hiddenLabel xml:lang="en">velvet nuclei</skos:hiddenLabel>
              </rdf:Description>
            </rdf:RDF>
            """);
        Vocabulary vocabulary = Vocabulary.load(List.of(Vocabulary.DEFAULT_LOCATION, tsv.toString(), jsonl.toString(),
            skos.toString()));
        Concept ketamine = vocabulary.concept("D007649");
        Set<String> texts = ketamine.synonyms().stream().map(Synonym::text).collect(Collectors.toSet());
        assertTrue(texts.containsAll(Set.of("ketamine", "氯胺酮", "Kétalar", "K粉", "Ketanest")), texts.toString());
        assertEquals("Ketamine", ketamine.label(), "a later file's label wins");
        assertEquals("drug", ketamine.category());
        assertEquals("scale", vocabulary.concept("C0000001").category());
        assertEquals("device", vocabulary.concept("LOCAL:1").category());
        Concept habenula = vocabulary.concept("CRV:0019");
        assertEquals("brain-region", habenula.category());
        assertTrue(habenula.synonyms().contains(new Synonym("laterale Habenula", "de")));
        assertTrue(habenula.synonyms().contains(new Synonym("外侧缰核", "zh")), "default synonyms kept");
        Concept velvet = vocabulary.concept("http://example.org/neuro/velvet");
        assertEquals("velvet nucleus", velvet.label(), "the English prefLabel is the label");
        assertEquals("concept", velvet.category());

        TermTagger tagger = new TermTagger(vocabulary);
        assertEquals(List.of("D007649", "LOCAL:1", "CRV:0019", "http://example.org/neuro/velvet"),
            tagger.tag("Ketanest via K-pump into the laterale Habenula and velvet nuclei").stream()
                .map(dev.caravan.model.TermMatch::conceptId).toList());
    }

    @Test
    void rejectsFilesItCannotRead() throws IOException {
        Path noTabs = write("broken.tsv", "D1 drug ketamine\n");
        assertThrows(IllegalArgumentException.class, () -> Vocabulary.load(List.of(noTabs.toString())));
        Path noLanguage = write("nolang.tsv", "D1\tdrug\tketamine\tKetalar\n");
        assertThrows(IllegalArgumentException.class, () -> Vocabulary.load(List.of(noLanguage.toString())));
        Path unknown = write("terms.csv", "D1,ketamine\n");
        assertThrows(IllegalArgumentException.class, () -> Vocabulary.load(List.of(unknown.toString())));
        Path doctype = write("evil.rdf", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>");
        assertThrows(java.io.UncheckedIOException.class, () -> Vocabulary.load(List.of(doctype.toString())));
        assertThrows(java.io.UncheckedIOException.class, () -> Vocabulary.load(List.of("classpath:vocabulary/none.tsv")));
    }
}
