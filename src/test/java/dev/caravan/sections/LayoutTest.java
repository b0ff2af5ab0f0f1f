package dev.caravan.sections;

import dev.caravan.model.Document;
import dev.caravan.model.Section;
import dev.caravan.model.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static dev.caravan.model.SectionType.HEADING;
import static dev.caravan.model.SectionType.LIST_ITEM;
import static dev.caravan.model.SectionType.PARAGRAPH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Paragraph layouts, Markdown structure and the plain-text reading of Markdown-like lines. */
class LayoutTest {

    private static List<SectionType> types(Document document) {
        return document.sections().stream().map(Section::type).toList();
    }

    private static List<String> texts(Document document) {
        return document.sections().stream().map(Section::text).toList();
    }

    private static List<SectionType> listOf(SectionType... types) {
        return Arrays.asList(types);
    }

    private static final String WRAPPED_FIRST = """
            Ketamine is a racemic mixture of two enantiomers, esketamine and
            arketamine, which differ in their affinity for the NMDA receptor and
            in their side effects.""";
    private static final String WRAPPED_SECOND = """
            Esketamine was approved as a nasal spray for adults with
            treatment-resistant depression in the United States in 2019 and in
            Europe later that year.""";

    @Test
    void hardWrappedParagraphsWithoutBlankLinesSplitWhereAShortLineEndsASentence() {
        Document document = SectionAssertions.split("wrapped.txt", WRAPPED_FIRST + "\n" + WRAPPED_SECOND + "\n");

        assertEquals(List.of(WRAPPED_FIRST, WRAPPED_SECOND), texts(document));
    }

    @Test
    void aTitleLineAboveHardWrappedProseIsItsOwnParagraph() {
        Document document = SectionAssertions.split("titled.txt", "Introduction\n" + WRAPPED_FIRST + "\n");

        assertEquals(List.of("Introduction", WRAPPED_FIRST), texts(document));
    }

    @Test
    void hardWrappedLinesThatContinueSentencesStayOneParagraph() {
        String text = """
                The antidepressant response to ketamine appears within hours. It
                lasts about a week after a single infusion. Repeated infusions
                extend it. Maintenance treatment is studied in several trials.
                """;
        Document document = SectionAssertions.split("wrapped.txt", text);

        assertEquals(List.of(text.strip()), texts(document));
    }

    @Test
    void markdownKeepsOneSentencePerLineAsOneParagraph() {
        String text = """
                Ketamine acts within hours.
                Its effect lasts about a week.
                Repeated infusions extend it.
                """;
        Document document = SectionAssertions.split("notes.md", text);

        assertEquals(List.of(text.strip()), texts(document));
    }

    @Test
    void plainTextLinesThatAllEndSentencesAreParagraphs() {
        String text = """
                Ketamine acts within hours.
                Its effect lasts about a week.
                Repeated infusions extend it.
                """;
        Document document = SectionAssertions.split("notes.txt", text);

        assertEquals(List.of("Ketamine acts within hours.", "Its effect lasts about a week.",
                "Repeated infusions extend it."), texts(document));
    }

    @Test
    void oneParagraphPerLineWithLongLinesInTextAndMarkdown() {
        String first = "Ketamine is a dissociative anaesthetic. ".repeat(8).strip();
        String second = "Esketamine is its S-enantiomer and is given as a nasal spray ".repeat(5).strip();
        String third = "Arketamine is the R-enantiomer. ".repeat(3).strip();
        String text = first + "\n" + second + "\n" + third + "\n";
        for (String name : List.of("long.txt", "long.md", "long")) {
            assertEquals(List.of(first, second, third), texts(SectionAssertions.split(name, text)), name);
        }
    }

    @Test
    void aLongLineBrokenMidSentenceStaysOneParagraph() {
        String text = "Ketamine is a dissociative anaesthetic that ".repeat(7) + "\nwas discovered in 1962.\n";
        Document document = SectionAssertions.split("broken.txt", text);

        assertEquals(1, document.sections().size());
    }

    @Test
    void wrappedChineseStaysOneParagraphAndSentencePerLineSplits() {
        String wrapped = "氯胺酮是一种非竞争性N-甲基-D-天冬氨酸受体拮抗剂，具有快速\n抗抑郁作用，这一发现可以说是过去五十年来抑郁症研究中最重\n要的突破。\n";
        assertEquals(1, SectionAssertions.split("wrapped-zh.txt", wrapped).sections().size());

        String perLine = "氯胺酮具有快速抗抑郁作用。\n艾氯胺酮鼻喷剂已获批准。\n阿氯胺酮的作用可能更持久。\n";
        assertEquals(List.of("氯胺酮具有快速抗抑郁作用。", "艾氯胺酮鼻喷剂已获批准。", "阿氯胺酮的作用可能更持久。"),
                texts(SectionAssertions.split("per-line-zh.txt", perLine)));
    }

    @Test
    void germanMarkdownReport() {
        Document document = SectionAssertions.split("report-de.md", SectionAssertions.resource("report-de.md"));

        assertEquals(listOf(HEADING, PARAGRAPH, HEADING, PARAGRAPH, HEADING, LIST_ITEM, LIST_ITEM, LIST_ITEM,
                LIST_ITEM, LIST_ITEM, PARAGRAPH, PARAGRAPH, PARAGRAPH, HEADING, PARAGRAPH), types(document));
        List<Section> sections = document.sections();
        assertEquals("Ketamin-Bericht", sections.get(0).text());
        assertEquals(List.of(), sections.get(0).headingPath());
        assertEquals(List.of("Ketamin-Bericht"), sections.get(2).headingPath(), "a heading carries its parents");
        assertEquals("BACKGROUND", sections.get(3).label());
        assertEquals("Ketamin ist ein NMDA-Rezeptor-Antagonist.", sections.get(3).text());
        assertEquals(List.of("Ketamin-Bericht", "Hintergrund", "Pharmakologie"), sections.get(5).headingPath());
        assertEquals("Arketamin (R-Ketamin) wirkt im Tiermodell länger\n  und hat weniger Nebenwirkungen.",
                sections.get(6).text());
        assertEquals("Daten beim Menschen sind spärlich.", sections.get(7).text());
        assertEquals("Zweite Dosis", sections.get(9).text());
        assertNull(sections.get(10).label(), "a colon after an ordinary word is no label");
        assertEquals("# Kein Titel, sondern ein Kommentar\ndosis = 0.5  # mg/kg\n\nprint(dosis)",
                sections.get(11).text(), "a fenced block stays whole");
        assertEquals(List.of("Ketamin-Bericht", "Schlussfolgerung"), sections.get(14).headingPath());
        assertEquals("Weitere Studien sind nötig. 😀 𠀀 Ende.", sections.get(14).text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "report-fr.md|Rapport sur la kétamine|Contexte|RESULTS|la kétamine agit en quelques heures chez la plupart des patients.|Première perfusion : bien tolérée.",
        "report-es.md|Informe sobre la esketamina|Antecedentes|OBJECTIVE|Describir el uso de la esketamina en la práctica clínica.|Primera dosis administrada en el hospital.",
        "report-ru.md|Отчёт о кетамине|Введение||Кетамин — антагонист NMDA-рецепторов с быстрым антидепрессивным действием.|Эскетамин одобрен в 2019 году.",
        "report-zh.md|氯胺酮报告|背景|CONCLUSIONS|氯胺酮起效迅速，但需要进一步研究。|第一次输注耐受良好。",
    })
    void markdownReportsInFourMoreLanguages(String file, String title, String section, String label,
                                            String paragraph, String firstItem) {
        Document document = SectionAssertions.split(file, SectionAssertions.resource(file));

        assertEquals(listOf(HEADING, HEADING, PARAGRAPH, LIST_ITEM, LIST_ITEM), types(document));
        List<Section> sections = document.sections();
        assertEquals(title, sections.get(0).text());
        assertEquals(List.of(title), sections.get(1).headingPath());
        assertEquals(List.of(title, section), sections.get(2).headingPath());
        assertEquals(label, sections.get(2).label());
        assertEquals(paragraph, sections.get(2).text());
        assertEquals(firstItem, sections.get(3).text());
        assertEquals(List.of(title, section), sections.get(4).headingPath());
    }

    @Test
    void japaneseMarkdownReportWithCharactersOutsideTheBmp() {
        Document document = SectionAssertions.split("report-ja.md", SectionAssertions.resource("report-ja.md"));

        assertEquals(listOf(HEADING, HEADING, PARAGRAPH, HEADING, LIST_ITEM, LIST_ITEM, PARAGRAPH), types(document));
        assertEquals(List.of("ケタミン報告書", "方法"), document.sections().get(5).headingPath());
        assertEquals("𠀀𠀁 拡張漢字を含む項目。", document.sections().get(5).text());
        assertEquals("#ハッシュタグ は見出しではない。", document.sections().get(6).text());
    }

    @Test
    void headingLevelsCloseDeeperHeadings() {
        String text = "# A\n\n### A.1.1\n\ntext one\n\n## B\n\ntext two\n\n# C #\n\ntext three\n";
        Document document = SectionAssertions.split("levels.md", text);

        List<Section> sections = document.sections();
        assertEquals(List.of("A", "A.1.1"), sections.get(2).headingPath());
        assertEquals(List.of("A"), sections.get(3).headingPath());
        assertEquals(List.of("A", "B"), sections.get(4).headingPath());
        assertEquals("C", sections.get(5).text(), "closing hashes are not heading text");
        assertEquals(List.of("C"), sections.get(6).headingPath());
    }

    @Test
    void headingsWithoutTextAreSkipped() {
        Document document = SectionAssertions.split("empty-headings.md", "# #\n\n##\n\n# # x #\n\ntext\n");

        assertEquals(List.of("# x", "text"), texts(document));
        assertEquals(List.of("# x"), document.sections().get(1).headingPath());
    }

    @Test
    void plainTextReadsOnlyUnambiguousMarkdown() {
        String text = """
                # Results
                # of patients enrolled was forty, fewer than planned.
                #1 priority was safety
                - first finding
                -5 degrees was the lowest temperature
                2021. A year of recruitment

                Summary
                =======
                """;
        Document document = SectionAssertions.split("mixed.txt", text);

        assertEquals(List.of("Results", "# of patients enrolled was forty, fewer than planned.\n#1 priority was safety",
                "first finding", "-5 degrees was the lowest temperature\n2021. A year of recruitment", "Summary"),
                texts(document));
        assertEquals(listOf(HEADING, PARAGRAPH, LIST_ITEM, PARAGRAPH, HEADING), types(document));
    }

    @Test
    void aGreaterThanSignBeforeANumberIsNoQuoteInPlainText() {
        String text = "> 50 years of age was an exclusion criterion.\n\n> quoted remark\n";

        assertEquals(List.of("> 50 years of age was an exclusion criterion.", "quoted remark"),
                texts(SectionAssertions.split("criteria.txt", text)));
        assertEquals(List.of("50 years of age was an exclusion criterion.", "quoted remark"),
                texts(SectionAssertions.split("criteria.md", text)));

        String lines = "Adults were included.\n> 65 years of age was an exclusion criterion.\nAll gave consent.\n";
        assertEquals(List.of("Adults were included.", "> 65 years of age was an exclusion criterion.",
                "All gave consent."), texts(SectionAssertions.split("criteria.txt", lines)));
    }

    @Test
    void yamlFrontMatterIsOneBlockAndNoHeading() {
        String text = "---\ntitle: Ketamin\nlang: de\n---\n\n# Bericht\n\nText.\n";
        Document document = SectionAssertions.split("front.md", text);

        assertEquals(List.of("title: Ketamin\nlang: de", "Bericht", "Text."), texts(document));
        assertEquals(listOf(PARAGRAPH, HEADING, PARAGRAPH), types(document));
    }

    @Test
    void aLabelOnALineOfItsOwnLabelsTheNextParagraph() {
        String text = "METHODS:\n\nWe reviewed fifty-eight records.\n\nHIV: a second paragraph.\n";
        Document document = SectionAssertions.split("labels.txt", text);

        assertEquals(List.of("We reviewed fifty-eight records.", "HIV: a second paragraph."), texts(document));
        assertEquals(Arrays.asList("METHODS", null), document.sections().stream().map(Section::label).toList());
    }

    @Test
    void titleCaseLabelsCountOnlyInAbstracts() {
        Document notes = SectionAssertions.split("notes.txt", "Results: pending.\n");
        assertNull(notes.sections().get(0).label());
        assertEquals("Results: pending.", notes.sections().get(0).text());

        String citation = "J Psychopharmacol. 2021 Feb;35(2):109-123. doi: 10.1177/0269881120959644.\n";
        Document record = SectionAssertions.split("record.txt", citation + "Results: pending. Conclusions: none.\n");
        assertEquals(Arrays.asList(null, "RESULTS", "CONCLUSIONS"),
                record.sections().stream().map(Section::label).toList());
    }

    @Test
    void unknownCapitalisedLabelsAreUnassignedOnlyInAbstracts() {
        String citation = "J Psychopharmacol. 2021 Feb;35(2):109-123. doi: 10.1177/0269881120959644.\n";
        String text = citation + "CLINICAL TRIAL NUMBER: NCT01234567.\nHIV: not a label.\n";
        Document record = SectionAssertions.split("record.txt", text);

        assertEquals(Arrays.asList(null, "UNASSIGNED", null), record.sections().stream().map(Section::label).toList());
        assertEquals("NCT01234567.", record.sections().get(1).text());

        Document plain = SectionAssertions.split("plain.txt", "CLINICAL TRIAL NUMBER: NCT01234567.\n");
        assertNull(plain.sections().get(0).label());
    }

    @Test
    void unclosedFenceRunsToTheEnd() {
        String text = "Intro.\n\n~~~\ncode\n\n# not a heading\n";
        Document document = SectionAssertions.split("fence.md", text);

        assertEquals(List.of("Intro.", "code\n\n# not a heading"), texts(document));
    }

    @Test
    void emptyAndBlankDocumentsHaveNoSections() {
        assertEquals(0, SectionAssertions.split("empty.txt", "").sections().size());
        assertEquals(0, SectionAssertions.split("blank.md", " \n\n\t\n").sections().size());
    }

    @Test
    void offsetsCountCodePointsNotUtf16Units() {
        String text = "😀😀😀\n\n𠀀 second\n";
        Document document = SectionAssertions.split("astral.txt", text);

        assertEquals(0, document.sections().get(0).start());
        assertEquals(3, document.sections().get(0).end());
        assertEquals(5, document.sections().get(1).start());
        assertEquals(13, document.sections().get(1).end());
    }
}
