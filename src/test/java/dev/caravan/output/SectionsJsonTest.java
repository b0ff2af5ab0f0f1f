package dev.caravan.output;

import com.fasterxml.jackson.databind.ObjectWriter;
import dev.caravan.model.Document;
import dev.caravan.model.LanguageGuess;
import dev.caravan.model.LanguageShare;
import dev.caravan.model.Pipeline;
import dev.caravan.model.Section;
import dev.caravan.model.SectionType;
import dev.caravan.model.SectionWork;
import dev.caravan.model.Source;
import dev.caravan.model.TermMatch;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SectionsJsonTest {

    /** About 7 million chars of sections: more than one window of runs, with text JSON must escape. */
    private static Document largeDocument() {
        List<Section> sections = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < 3_500; i++) {
            String text = ("Section " + i + ": \"quoted\" \\ tab\t, 氯胺酮 (ketamine) 😀 é\n").repeat(40 + i % 17);
            int length = text.codePointCount(0, text.length());
            sections.add(Section.of(i, i % 5 == 0 ? SectionType.HEADING : SectionType.PARAGRAPH, null,
                    List.of("Heading " + i / 100), text, offset, offset + length)
                .withLanguage(i % 3 == 0 ? LanguageGuess.undetermined() : new LanguageGuess("en", 0.123456789 * (i % 7)))
                .withTerms(List.of(new TermMatch("C" + i, "ketamine", "drug", "ketamine", 17, 25))));
            offset += length;
        }
        Source source = new Source("large.txt", 7_000_000, "ab".repeat(32), Source.PLAIN_TEXT, "UTF-8",
            Instant.parse("2026-11-27T02:00:00Z"));
        return Document.of(source, null, sections)
            .withLanguages(List.of(new LanguageShare("en", 1.0)))
            .withPipeline(new Pipeline("test", Instant.parse("2026-11-27T02:00:01Z"), 42));
    }

    private static byte[] written(ObjectWriter writer, Document document) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeValue(out, document);
        return out.toByteArray();
    }

    @Test
    void helpersWriteTheSameBytesAsJacksonAlone() throws Exception {
        Document document = largeDocument();
        byte[] expected = DocumentJson.mapper().writeValueAsBytes(document);
        assertArrayEquals(expected, written(SectionsJson.documentWriter(new SectionWork(1, 1_000)), document));
    }

    @Test
    void documentsTheHelpersWouldNotHelpAreWrittenAsUsual() throws Exception {
        Document document = largeDocument();
        byte[] expected = DocumentJson.mapper().writeValueAsBytes(document);
        assertArrayEquals(expected, written(SectionsJson.documentWriter(SectionWork.sequential()), document));
        assertArrayEquals(expected, written(SectionsJson.documentWriter(new SectionWork(1, Integer.MAX_VALUE)), document));
    }

    @Test
    void aWriterThatIsNoStreamGetsTheSameText() throws Exception {
        Document document = largeDocument();
        // compared as text whatever their length, so a failure does not print megabytes
        assertTrue(DocumentJson.mapper().writeValueAsString(document)
            .equals(SectionsJson.documentWriter(new SectionWork(1, 1_000)).writeValueAsString(document)));
    }

    @Test
    void noSectionsIsAnEmptyArray() throws Exception {
        Document document = Document.of(largeDocument().source(), null, List.of());
        assertArrayEquals(DocumentJson.mapper().writeValueAsBytes(document),
            written(SectionsJson.documentWriter(new SectionWork(1, 0)), document));
    }
}
