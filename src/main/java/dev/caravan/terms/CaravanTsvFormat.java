package dev.caravan.terms;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Caravan's own vocabulary format: UTF-8, one concept per line, tab-separated:
 * {@code id  category  English-label  lang:term|term  lang:term ...}. Lines starting with # are comments.
 * The label is also an English synonym. An id may appear on several lines; the lines are merged.
 */
final class CaravanTsvFormat implements VocabularyFormat {

    @Override
    public List<Concept> read(InputStream in, String name) throws IOException {
        return VocabularyFormat.readLines(in,
            (line, lineNumber) -> line.startsWith("#") ? null : parse(line.split("\t"), name, lineNumber));
    }

    private static Concept parse(String[] columns, String name, int lineNumber) {
        if (columns.length < 3 || columns[0].isBlank() || columns[2].isBlank()) {
            throw new IllegalArgumentException(name + ":" + lineNumber + ": expected id, category, label and "
                + "optional lang:term|term columns separated by tabs");
        }
        String label = columns[2].strip();
        List<Synonym> synonyms = new ArrayList<>();
        synonyms.add(new Synonym(label, "en"));
        for (int c = 3; c < columns.length; c++) {
            String column = columns[c].strip();
            if (column.isEmpty()) {
                continue;
            }
            int colon = column.indexOf(':');
            if (colon < 2 || colon > 8) {
                throw new IllegalArgumentException(name + ":" + lineNumber + ": column '" + column
                    + "' does not start with a language code and a colon (en:..., zh:...)");
            }
            String language = column.substring(0, colon);
            for (String term : column.substring(colon + 1).split("\\|")) {
                if (!term.isBlank()) {
                    synonyms.add(new Synonym(term, language));
                }
            }
        }
        return new Concept(columns[0].strip(), label, columns[1].strip(), synonyms);
    }
}
