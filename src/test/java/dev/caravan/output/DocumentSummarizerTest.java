package dev.caravan.output;

import dev.caravan.model.Document;
import dev.caravan.model.LanguageGuess;
import dev.caravan.model.Section;
import dev.caravan.model.SectionType;
import dev.caravan.model.TermMatch;
import dev.caravan.model.TermSummary;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DocumentSummarizerTest {
    private static Section section(int index, String language, TermMatch... terms) {
        return Section.of(index, SectionType.ABSTRACT, null, List.of(), "text", 0, 4)
            .withLanguage(new LanguageGuess(language, 0.9)).withTerms(List.of(terms));
    }

    private static TermMatch mention(String id, String label) {
        return new TermMatch(id, label, "drug", label, 0, label.length());
    }

    @Test
    void countsEachConceptOnceWithTheLanguagesItAppearsIn() {
        Document document = Document.of(null, null, List.of(
            section(0, "en", mention("D007649", "ketamine"), mention("D003863", "depression"),
                mention("D007649", "ketamine")),
            section(1, "zh", mention("D007649", "ketamine")),
            section(2, "en")));
        List<TermSummary> summary = DocumentSummarizer.summarize(document).terms();
        assertEquals(List.of(
            new TermSummary("D007649", "ketamine", "drug", 3, List.of("en", "zh")),
            new TermSummary("D003863", "depression", "drug", 1, List.of("en"))), summary);
    }
}
