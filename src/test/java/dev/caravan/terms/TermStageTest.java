package dev.caravan.terms;

import dev.caravan.model.Abbreviation;
import dev.caravan.model.Document;
import dev.caravan.model.LanguageGuess;
import dev.caravan.model.Section;
import dev.caravan.model.SectionType;
import dev.caravan.model.TermMatch;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TermStageTest {

    private static TermStage stage;

    @BeforeAll
    static void buildOnce() {
        stage = new TermStage(new TermTagger(Vocabulary.defaults()), true);
    }

    /** A document of paragraphs with the given languages (null: not detected). */
    static Document document(String[] languages, String... texts) {
        List<Section> sections = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < texts.length; i++) {
            int length = texts[i].codePointCount(0, texts[i].length());
            Section section = Section.of(i, SectionType.PARAGRAPH, null, List.of(), texts[i], offset, offset + length);
            sections.add(languages[i] == null ? section : section.withLanguage(new LanguageGuess(languages[i], 0.99)));
            offset += length + 1;
        }
        return Document.of(null, null, sections);
    }

    private static List<String> termTexts(Section section) {
        return section.terms().stream().map(TermMatch::text).toList();
    }

    private static List<String> termIds(Section section) {
        return section.terms().stream().map(TermMatch::conceptId).toList();
    }

    @Test
    void aLargeDocumentKeepsOneCopyOfEachSurfaceForm() {
        String paragraph = "Ketamine relieved depression within hours; " + "the patients were followed up for weeks. ".repeat(20);
        String[] texts = new String[1 + (1 << 20) / paragraph.length()];  // past the size where copies are shared
        Arrays.fill(texts, paragraph);
        String[] languages = new String[texts.length];
        Arrays.fill(languages, "en");
        List<Section> sections = stage.apply(document(languages, texts)).sections();
        TermMatch first = sections.get(0).terms().get(0);
        TermMatch last = sections.get(sections.size() - 1).terms().get(0);
        assertEquals("Ketamine", first.text());
        assertSame(first.text(), last.text(), "one string for a million repeats, not a million strings");
    }

    @Test
    void aDefinedShortFormCarriesItsLongFormsConceptAfterTheDefinition() {
        Document tagged = stage.apply(document(new String[] {"en", "en"},
            "LH neurons burst. The lateral habenula (LH) drives despair.",
            "Ketamine silences LH bursting; the LH of rats, not LHs."));
        assertEquals(List.of(new Abbreviation("LH", "lateral habenula", TermTaggerTest.idOf("lateral habenula"), 0)),
            tagged.abbreviations());
        Section first = tagged.sections().get(0);
        // the LH before the definition stays untagged; the one in brackets is a use
        assertEquals(List.of("neurons", "lateral habenula", "LH"), termTexts(first));
        assertEquals(List.of("Ketamine", "LH", "bursting", "LH", "LHs"), termTexts(tagged.sections().get(1)));
        TermTaggerTest.assertOffsetsHold(first.text(), first.terms());
    }

    @Test
    void theShortFormNeedNotBeInTheVocabulary() {
        Document tagged = stage.apply(document(new String[] {"en"},
            "Tropomyosin receptor kinase B (TRKB) and N-methyl-D-aspartate receptors (NMDARs) interact; TRKB binds BDNF, NMDAR opens."));
        assertEquals(List.of("TRKB", "NMDARs"), tagged.abbreviations().stream().map(Abbreviation::shortForm).toList());
        assertEquals(List.of("D020813", "D020813", "D016194", "D016194", "D020813", "D019208", "D016194"),
            termIds(tagged.sections().get(0)));
    }

    @Test
    void citationsStatisticsAndStereodescriptorsInBracketsAreNotAbbreviations() {
        Document tagged = stage.apply(document(new String[] {"en"},
            "Ketamine (Zarate et al., 2006) and (R)-ketamine (2019) reduced depression (p < 0.05) in rats (n = 12) "
                + "as shown before (Fig. 2) and in humans (see Table 1) [12] (12)."));
        assertEquals(List.of(), tagged.abbreviations());
    }

    @Test
    void anUnknownLongFormIsListedWithoutAConceptAndItsShortFormStaysUntagged() {
        Document tagged = stage.apply(document(new String[] {"en"},
            "The widely studied fictional protein (WSFP) binds WSFP partners."));
        assertEquals(List.of(new Abbreviation("WSFP", "widely studied fictional protein", null, 0)), tagged.abbreviations());
        assertEquals(List.of(), tagged.sections().get(0).terms());
    }

    @Test
    void findsDefinitionsWithTheShortFormFirstAndWithChineseLongForms() {
        Document tagged = stage.apply(document(new String[] {"en", "zh"},
            "LHb (lateral habenula) neurons fire.",
            "脑源性神经营养因子（BDNF）升高,外侧缰核（LH）活动下降;LH 爆发减少。"));
        List<Abbreviation> abbreviations = tagged.abbreviations();
        assertEquals(List.of("LHb", "BDNF", "LH"), abbreviations.stream().map(Abbreviation::shortForm).toList());
        assertEquals(List.of("lateral habenula", "脑源性神经营养因子", "外侧缰核"), abbreviations.stream().map(Abbreviation::longForm).toList());
        assertEquals(List.of(1, 1), abbreviations.subList(1, 3).stream().map(Abbreviation::section).toList());
        assertEquals(List.of("脑源性神经营养因子", "BDNF", "外侧缰核", "LH", "LH"), termTexts(tagged.sections().get(1)));
    }

    @Test
    void linksTheSamplesChineseAbstractToItsEnglishOriginal() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("samples/ketamine-enantiomers.txt"), StandardCharsets.UTF_8);
        Document tagged = stage.apply(document(new String[] {"en", "en", "en", "en", "zh"}, lines.toArray(String[]::new)));
        assertEquals(Arrays.asList(null, null, null, null, 3),
            tagged.sections().stream().map(Section::translationOf).toList());
        assertTrue(tagged.sections().get(4).terms().size() > 40);
        assertEquals(List.of(), tagged.abbreviations(), "(S), (R), (2) and the like define nothing");
    }

    @Test
    void doesNotLinkUnrelatedSectionsOrSectionsInOneLanguage() {
        String english = "Ketamine, an NMDA receptor antagonist, relieved treatment-resistant depression within 24 hours "
            + "in 67 patients; BDNF and mTORC1 signalling in the prefrontal cortex rose.";
        String unrelatedChinese = "精神分裂症患者 120 名接受氯氮平和利培酮治疗,阳性和阴性症状量表评分在 8 周后下降,"
            + "多巴胺D2受体占有率与锥体外系反应相关。";
        String sameLanguageTwin = "Ketamine, an NMDA receptor antagonist, relieved treatment-resistant depression within 24 hours "
            + "in 67 patients; BDNF and mTORC1 signalling in the prefrontal cortex rose again.";
        Document tagged = stage.apply(document(new String[] {"en", "zh", "en", null}, english, unrelatedChinese,
            sameLanguageTwin, "氯胺酮作为NMDA受体拮抗剂,在 24 小时内缓解了 67 名患者的难治性抑郁症;前额叶皮层中的BDNF和mTORC1信号转导增加。"));
        assertEquals(Arrays.asList(null, null, null, null), tagged.sections().stream().map(Section::translationOf).toList(),
            "unrelated, same language, or language unknown");
    }

    @Test
    void aSecondTranslationPointsAtTheOriginal() {
        String english = "Ketamine, an NMDA receptor antagonist, relieved treatment-resistant depression within 24 hours "
            + "in 67 patients; BDNF and mTORC1 signalling in the prefrontal cortex rose.";
        String chinese = "氯胺酮作为NMDA受体拮抗剂,在 24 小时内缓解了 67 名患者的难治性抑郁症;前额叶皮层中的BDNF和mTORC1信号转导增加。";
        String german = "Ketamin, ein NMDA-Rezeptor-Antagonist, linderte die therapieresistente Depression innerhalb von 24 Stunden "
            + "bei 67 Patienten; BDNF und mTORC1-Signaltransduktion im präfrontalen Cortex stiegen.";
        Document tagged = stage.apply(document(new String[] {"en", "zh", "de"}, english, chinese, german));
        assertEquals(Arrays.asList(null, 0, 0), tagged.sections().stream().map(Section::translationOf).toList());
    }

    @Test
    void evidenceHeldByMoreThanSixteenSectionsPointsNowhere() {
        String english = "Ketamine, an NMDA receptor antagonist, relieved treatment-resistant depression within 24 hours "
            + "in 67 patients; BDNF and mTORC1 signalling in the prefrontal cortex rose.";
        String chinese = "氯胺酮作为NMDA受体拮抗剂,在 24 小时内缓解了 67 名患者的难治性抑郁症;前额叶皮层中的BDNF和mTORC1信号转导增加。";
        for (int copies : new int[] {16, 17}) {
            String[] languages = new String[copies + 1];
            String[] texts = new String[copies + 1];
            Arrays.fill(languages, "en");
            Arrays.fill(texts, english);
            languages[copies] = "zh";
            texts[copies] = chinese;
            Integer original = stage.apply(document(languages, texts)).sections().get(copies).translationOf();
            // sixteen holders still name candidates (the first is taken); a seventeenth makes every item uninformative
            assertEquals(copies == 16 ? Integer.valueOf(0) : null, original, copies + " English copies");
        }
    }

    @Test
    void doesNotLinkSectionsOfVeryDifferentLength() {
        String english = "Ketamine, an NMDA receptor antagonist, relieved treatment-resistant depression within 24 hours "
            + "in 67 patients; BDNF and mTORC1 signalling in the prefrontal cortex rose. " + "The trial was small. ".repeat(30);
        String chinese = "氯胺酮作为NMDA受体拮抗剂,在 24 小时内缓解了 67 名患者的难治性抑郁症;前额叶皮层中的BDNF和mTORC1信号转导增加。";
        Document tagged = stage.apply(document(new String[] {"en", "zh"}, english, chinese));
        assertNull(tagged.sections().get(1).translationOf(), "a summary sharing terms is not a translation");
    }

    @Test
    void isSafeToShareBetweenThreads() {
        List<String> lines = List.of("The lateral habenula (LH) and LH bursting under ketamine.",
            "氯胺酮作为N-甲基-D-天冬氨酸受体拮抗剂", "GSK-3β and γ-aminobutyric acid in 𠀀 the prefrontal cortices");
        Document input = document(new String[] {"en", "zh", "en"}, lines.toArray(String[]::new));
        Document expected = stage.apply(input);
        List<Document> parallel = java.util.stream.IntStream.range(0, 200).parallel().mapToObj(i -> stage.apply(input)).toList();
        parallel.forEach(result -> assertEquals(expected, result));
    }

    @Test
    void linkingCanBeTurnedOff() {
        String english = "Ketamine, an NMDA receptor antagonist, relieved treatment-resistant depression within 24 hours in 67 patients.";
        String chinese = "氯胺酮作为NMDA受体拮抗剂,在 24 小时内缓解了 67 名患者的难治性抑郁症。";
        Document tagged = new TermStage(new TermTagger(Vocabulary.defaults()), false)
            .apply(document(new String[] {"en", "zh"}, english, chinese));
        assertNull(tagged.sections().get(1).translationOf());
        assertEquals(termIds(tagged.sections().get(0)).stream().sorted().toList(),
            termIds(tagged.sections().get(1)).stream().sorted().toList());
    }

    @Test
    void worksAsACamelProcessor() throws Exception {
        try (CamelContext camel = new DefaultCamelContext()) {
            Exchange exchange = new DefaultExchange(camel);
            exchange.getMessage().setBody(document(new String[] {"en"}, "Esketamine nasal spray"));
            stage.process(exchange);
            Document out = exchange.getMessage().getBody(Document.class);
            assertEquals(List.of(TermTaggerTest.idOf("esketamine"), "D059085"), termIds(out.sections().get(0)));
        }
    }
}
