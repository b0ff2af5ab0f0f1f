package dev.caravan.terms;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/** A vocabulary file format; which one a file uses is told by its name. */
interface VocabularyFormat {

    List<Concept> read(InputStream in, String name) throws IOException;

    /** Caravan TSV for {@code .tsv}, scispaCy JSON lines for {@code .jsonl}, SKOS RDF/XML for {@code .rdf}/{@code .xml}. */
    static VocabularyFormat forName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".tsv") || lower.endsWith(".txt")) {
            return new CaravanTsvFormat();
        }
        if (lower.endsWith(".jsonl")) {
            return new ScispacyJsonlFormat();
        }
        if (lower.endsWith(".rdf") || lower.endsWith(".xml") || lower.endsWith(".owl")) {
            return new SkosRdfXmlFormat();
        }
        throw new IllegalArgumentException("Unknown vocabulary format for " + name
            + ": use .tsv (Caravan), .jsonl (scispaCy) or .rdf/.xml (SKOS RDF/XML)");
    }
}
