package dev.caravan.language;

import dev.caravan.model.Document;
import dev.caravan.model.LanguageShare;
import dev.caravan.model.Section;
import dev.caravan.model.SectionType;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguageTaggerTest {

    private static LanguageTagger tagger;

    @BeforeAll
    static void buildOnce() {
        tagger = new LanguageTagger(LanguageDetector.create(Set.of()));
    }

    private static Document documentOf(String... texts) {
        List<Section> sections = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < texts.length; i++) {
            int length = texts[i].codePointCount(0, texts[i].length());
            sections.add(Section.of(i, SectionType.PARAGRAPH, null, List.of(), texts[i], offset, offset + length));
            offset += length + 1;
        }
        return Document.of(null, null, sections);
    }

    @Test
    void tagsEverySectionOfTheSampleAndSharesItsLetters() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("samples/ketamine-enantiomers.txt")).stream()
                .filter(line -> !line.isBlank()).toList();
        Document tagged = tagger.tag(documentOf(lines.toArray(String[]::new)));

        List<String> codes = tagged.sections().stream().map(s -> s.language().code()).toList();
        assertEquals(List.of("en", "en", "und", "en", "zh"), codes);
        List<LanguageShare> shares = tagged.languages();
        assertEquals(List.of("en", "zh"), shares.stream().map(LanguageShare::code).toList());
        assertEquals(1.0, shares.stream().mapToDouble(LanguageShare::share).sum(), 1e-9);
    }

    @Test
    void sharesAreLettersPerLanguageLargestFirstWithoutUndetermined() {
        Document tagged = tagger.tag(documentOf(
                "Die Patienten wurden nach dem Zufallsprinzip einer der beiden Gruppen zugeteilt.",
                "患者被随机分配到两个治疗组之一，为期六周。",
                "12345 678.90 ---",
                "The patients were randomly assigned to one of the two treatment groups."));
        List<LanguageShare> shares = tagged.languages();
        assertEquals(List.of("de", "en", "zh"), shares.stream().map(LanguageShare::code).toList());
        long de = "Die Patienten wurden nach dem Zufallsprinzip einer der beiden Gruppen zugeteilt.".chars()
                .filter(Character::isLetter).count();
        long en = "The patients were randomly assigned to one of the two treatment groups.".chars()
                .filter(Character::isLetter).count();
        long zh = 19; // 患者被随机分配到两个治疗组之一 and 为期六周, without the punctuation
        assertEquals((double) de / (de + en + zh), shares.get(0).share(), 1e-9);
        assertEquals((double) zh / (de + en + zh), shares.get(2).share(), 1e-9);
        assertEquals("und", tagged.sections().get(2).language().code());
    }

    @Test
    void documentWithoutLettersHasNoLanguages() {
        Document tagged = tagger.tag(documentOf("2021;35(2):109-123.", "***"));
        assertTrue(tagged.languages().isEmpty());
        tagged.sections().forEach(s -> assertTrue(s.language().isUndetermined()));
    }

    @Test
    void processorReplacesTheBody() throws Exception {
        CamelContext context = new DefaultCamelContext();
        Exchange exchange = new DefaultExchange(context);
        exchange.getMessage().setBody(documentOf("Les patients ont été répartis au hasard entre les deux groupes."));
        tagger.process(exchange);
        Document tagged = exchange.getMessage().getBody(Document.class);
        assertNotNull(tagged.sections().get(0).language());
        assertEquals("fr", tagged.sections().get(0).language().code());
        assertEquals(List.of(new LanguageShare("fr", 1.0)), tagged.languages());
    }

    @Test
    void aFiftyMegabyteSectionIsJudgedWithoutScanningItRepeatedly() {
        String sentence = "Les patients ont été répartis au hasard entre les deux groupes de traitement. ";
        String huge = sentence.repeat(50 * 1024 * 1024 / sentence.length());
        // a guard against quadratic work, not a speed target (that is the benchmark's job): a linear pass
        // takes well under a second, a scan per word would take hours
        Document tagged = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> tagger.tag(documentOf(huge)));
        assertEquals("fr", tagged.sections().get(0).language().code());
    }
}
