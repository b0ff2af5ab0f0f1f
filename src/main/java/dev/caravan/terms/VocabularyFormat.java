package dev.caravan.terms;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A vocabulary file format; which one a file uses is told by its name. */
interface VocabularyFormat {

    List<Concept> read(InputStream in, String name) throws IOException;

    /** Turns one line of a line-per-concept file into a concept, or null for a line that holds none. */
    interface LineParser {
        Concept parse(String line, int lineNumber) throws IOException;
    }

    /** Reads a UTF-8 file of one concept per line; blank lines and a leading byte-order mark are skipped. */
    static List<Concept> readLines(InputStream in, LineParser parser) throws IOException {
        List<Concept> concepts = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int lineNumber = 0;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            Concept concept = line.isBlank() ? null : parser.parse(line, lineNumber);
            if (concept != null) {
                concepts.add(concept);
            }
        }
        return concepts;
    }

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
