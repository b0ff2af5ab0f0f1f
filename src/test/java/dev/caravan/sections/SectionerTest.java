package dev.caravan.sections;

import dev.caravan.model.DecodedText;
import dev.caravan.model.Document;
import dev.caravan.model.Section;
import dev.caravan.model.SectionType;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The stage as a Camel processor, and its limit. */
class SectionerTest {

    @Test
    void processorReplacesTheDecodedTextWithTheDocument() throws Exception {
        DecodedText input = SectionAssertions.decoded("ketamine-enantiomers.txt",
                SectionAssertions.resource("ketamine-enantiomers.txt"));
        try (CamelContext context = new DefaultCamelContext()) {
            Exchange exchange = new DefaultExchange(context);
            exchange.getMessage().setBody(input);

            new Sectioner(100).process(exchange);

            Document document = exchange.getMessage().getBody(Document.class);
            assertEquals(input.source(), document.source());
            assertEquals(5, document.sections().size());
            assertEquals(SectionType.CITATION, document.sections().get(2).type());
            assertEquals("J Psychopharmacol", document.metadata().journal());
        }
    }

    @Test
    void processorRejectsAnotherBody() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            Exchange exchange = new DefaultExchange(context);
            exchange.getMessage().setBody(42);

            assertThrows(InvalidPayloadException.class, () -> new Sectioner(100).process(exchange));
        }
    }

    @Test
    void moreSectionsThanTheLimitFailWithItsReason() {
        DecodedText input = SectionAssertions.decoded("many.txt", "a\n\nb\n\nc\n\nd\n");

        assertEquals(4, new Sectioner(4).split(input).sections().size());
        SectionLimitException failure = assertThrows(SectionLimitException.class, () -> new Sectioner(3).split(input));
        assertEquals("too-many-sections", failure.reason().code());
        assertEquals(3, failure.limit());
        assertTrue(failure.getMessage().contains("3"));
    }

    @Test
    void millionsOfTinyBlocksFailEarly() {
        DecodedText input = SectionAssertions.decoded("tiny.txt", "a\n\n".repeat(2_000_000));

        assertThrows(SectionLimitException.class, () -> new Sectioner(10_000).split(input));
    }

    /** Splits with a small section limit and checks the slices and that no section is longer. */
    private static List<String> cutInto(int maxSectionChars, String text) {
        DecodedText input = SectionAssertions.decoded("long.txt", text);
        List<Section> sections = new Sectioner(100, maxSectionChars).split(input).sections();
        SectionAssertions.assertSlices(input.text(), sections);
        sections.forEach(section -> assertTrue(section.text().length() <= maxSectionChars, section.text()));
        return sections.stream().map(Section::text).toList();
    }

    @Test
    void anOverLongParagraphIsCutAfterSentences() {
        String sentence = "Ketamine was given to patient 7. ";   // 33 chars
        List<String> pieces = cutInto(100, sentence.repeat(7).strip());

        assertEquals(List.of(sentence.repeat(3).strip(), sentence.repeat(3).strip(), sentence.strip()), pieces);
    }

    @Test
    void withoutSentenceEndsItIsCutAtASpaceAndANumberIsNotASentenceEnd() {
        List<String> pieces = cutInto(20, "dose 3.14 mg given twice daily to all");

        assertEquals(List.of("dose 3.14 mg given", "twice daily to all"), pieces);
    }

    @Test
    void oneUnbrokenRunIsCutAtTheLimitButNeverInsideASurrogatePair() {
        assertEquals(List.of("a".repeat(10), "a".repeat(10), "a".repeat(5)), cutInto(10, "a".repeat(25)));
        List<String> emoji = cutInto(5, "\uD83D\uDE00".repeat(6));   // 12 chars, pairs

        assertEquals(List.of("\uD83D\uDE00".repeat(2), "\uD83D\uDE00".repeat(2), "\uD83D\uDE00".repeat(2)), emoji);
    }

    @Test
    void chineseIsCutAfterAFullStopWithoutASpace() {
        String sentence = "患者接受了氯胺酮治疗。";   // 10 chars
        assertEquals(List.of(sentence.repeat(2), sentence.repeat(2), sentence), cutInto(25, sentence.repeat(5)));
    }

    @Test
    void paragraphsWithinTheLimitAreNotCut() {
        assertEquals(List.of("Short one.", "Another short one."), cutInto(20, "Short one.\n\nAnother short one.\n"));
    }

    @Test
    void limitMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new Sectioner(0));
    }
}
