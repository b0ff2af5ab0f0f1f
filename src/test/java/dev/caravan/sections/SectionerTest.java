package dev.caravan.sections;

import dev.caravan.model.DecodedText;
import dev.caravan.model.Document;
import dev.caravan.model.SectionType;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

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

    @Test
    void limitMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new Sectioner(0));
    }
}
