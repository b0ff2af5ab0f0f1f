package dev.caravan.sections;

import dev.caravan.model.DecodedText;
import dev.caravan.model.Document;
import dev.caravan.model.Section;
import dev.caravan.model.Source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Builds inputs the way the reading stage does and checks what every sectioning result must satisfy. */
final class SectionAssertions {

    private SectionAssertions() {
    }

    static DecodedText decoded(String fileName, String text) {
        String normalised = Normalizer.normalize(text.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
        Source source = new Source(fileName, normalised.getBytes(StandardCharsets.UTF_8).length, "0".repeat(64),
                fileName.endsWith(".md") ? "text/markdown" : "text/plain", "UTF-8", Instant.EPOCH);
        return new DecodedText(source, normalised);
    }

    static String resource(String name) {
        try (InputStream in = SectionAssertions.class.getResourceAsStream("/sections/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits and checks the invariants every result must satisfy. */
    static Document split(String fileName, String text) {
        DecodedText input = decoded(fileName, text);
        Document document = new Sectioner(100_000).split(input);
        assertSlices(input.text(), document.sections());
        return document;
    }

    /**
     * Every section's text is exactly the document's code points [start, end), trimmed, non-empty; sections are
     * numbered from 0 in document order and do not overlap.
     */
    static void assertSlices(String text, List<Section> sections) {
        int[] codePoints = text.codePoints().toArray();
        int previousEnd = 0;
        for (int i = 0; i < sections.size(); i++) {
            Section section = sections.get(i);
            assertEquals(i, section.index(), "index");
            assertTrue(section.start() >= previousEnd, "sections overlap at " + i);
            assertTrue(section.end() > section.start(), "empty section " + i);
            String slice = new String(codePoints, section.start(), section.end() - section.start());
            assertEquals(slice, section.text(), "section " + i + " is not the slice of its offsets");
            assertFalse(Character.isWhitespace(section.text().codePointAt(0)), "untrimmed start of " + i);
            assertFalse(Character.isWhitespace(section.text().codePointBefore(section.text().length())),
                    "untrimmed end of " + i);
            previousEnd = section.end();
        }
    }
}
