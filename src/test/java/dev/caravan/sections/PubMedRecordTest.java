package dev.caravan.sections;

import dev.caravan.model.Citation;
import dev.caravan.model.Document;
import dev.caravan.model.Section;
import dev.caravan.model.SectionType;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static dev.caravan.model.SectionType.ABSTRACT;
import static dev.caravan.model.SectionType.AFFILIATION;
import static dev.caravan.model.SectionType.CITATION;
import static dev.caravan.model.SectionType.HEADING;
import static dev.caravan.model.SectionType.PARAGRAPH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Records in the layout of the sample and of PubMed's text export, in several languages. */
class PubMedRecordTest {

    private static Document split(String resource) {
        return SectionAssertions.split(resource, SectionAssertions.resource(resource));
    }

    private static List<SectionType> types(Document document) {
        return document.sections().stream().map(Section::type).toList();
    }

    private static List<String> labels(Document document) {
        return document.sections().stream().map(Section::label).toList();
    }

    private static List<SectionType> listOf(SectionType... types) {
        return Arrays.asList(types);
    }

    @Test
    void germanRecordWithStructuredAbstractsInTwoLanguages() {
        Document document = split("record-de.txt");

        assertEquals(listOf(AFFILIATION, AFFILIATION, CITATION, ABSTRACT, ABSTRACT, ABSTRACT, ABSTRACT,
                ABSTRACT, ABSTRACT, ABSTRACT, ABSTRACT), types(document));
        assertEquals(Arrays.asList(null, null, null, "BACKGROUND", "METHODS", "RESULTS", "CONCLUSIONS",
                "BACKGROUND", "METHODS", "RESULTS", "CONCLUSIONS"), labels(document));
        assertTrue(document.sections().get(0).text().startsWith("Klinik für Psychiatrie"));
        assertTrue(document.sections().get(7).text().startsWith("Esketamin-Nasenspray"), "label stays out of the text");
        assertEquals("Nervenarzt", document.metadata().journal());
        assertEquals("2019 May 21", document.metadata().epubDate());
    }

    @Test
    void frenchRecordWithPiiBeforeDoi() {
        Document document = split("record-fr.txt");

        assertEquals(listOf(AFFILIATION, AFFILIATION, CITATION, ABSTRACT, ABSTRACT), types(document));
        assertEquals("S0013-7006(21)00123-4", document.metadata().pii());
        assertEquals("10.1016/j.encep.2021.04.999", document.metadata().doi());
        assertTrue(document.sections().get(4).text().startsWith("La kétamine"));
    }

    @Test
    void spanishRecordWithAMonthRangeAndSpanishLabels() {
        Document document = split("record-es.txt");

        assertEquals(listOf(AFFILIATION, AFFILIATION, CITATION, ABSTRACT, ABSTRACT), types(document));
        assertEquals(Arrays.asList(null, null, null, "OBJECTIVE", "OBJECTIVE"), labels(document));
        assertEquals("Oct-Dec", document.metadata().month());
        assertEquals("Rev Psiquiatr Salud Ment (Engl Ed)", document.metadata().journal());
    }

    @Test
    void russianRecordWithLabelsInsideOneParagraph() {
        Document document = split("record-ru.txt");

        assertEquals(listOf(AFFILIATION, AFFILIATION, CITATION, ABSTRACT, ABSTRACT, ABSTRACT, ABSTRACT,
                ABSTRACT, ABSTRACT, ABSTRACT, ABSTRACT), types(document));
        assertEquals(Arrays.asList(null, null, null, "OBJECTIVE", "METHODS", "RESULTS", "CONCLUSIONS",
                "OBJECTIVE", "METHODS", "RESULTS", "CONCLUSIONS"), labels(document));
        assertEquals("Forty patients received six infusions over three weeks.", document.sections().get(4).text());
        assertEquals("Сорок пациентов получили шесть инфузий в течение трех недель.",
                document.sections().get(8).text());
        assertNull(document.metadata().month());
        assertEquals(2020, document.metadata().year());
    }

    @Test
    void japaneseRecordWithAnAffiliationWrittenInJapanese() {
        Document document = split("record-ja.txt");

        assertEquals(listOf(AFFILIATION, AFFILIATION, CITATION, ABSTRACT, ABSTRACT), types(document));
        assertEquals("東京大学大学院医学系研究科精神医学分野、東京、日本。", document.sections().get(0).text());
        assertTrue(document.sections().get(3).text().contains("🧠"), "emoji outside the BMP");
        assertEquals(new Citation("Seishin Shinkeigaku Zasshi", 2021, null, null, "123", "9", "555-563",
                null, null, null, null, null), document.metadata());
    }

    @Test
    void chineseRecordWithChineseLabelsAndFullWidthColons() {
        Document document = split("record-zh.txt");

        assertEquals(listOf(AFFILIATION, AFFILIATION, CITATION, ABSTRACT, ABSTRACT, ABSTRACT, ABSTRACT,
                ABSTRACT, ABSTRACT, ABSTRACT, ABSTRACT), types(document));
        assertEquals(Arrays.asList(null, null, null, "OBJECTIVE", "METHODS", "RESULTS", "CONCLUSIONS",
                "OBJECTIVE", "METHODS", "RESULTS", "CONCLUSIONS"), labels(document));
        assertEquals("纳入60例患者，随机分为两组。", document.sections().get(4).text());
        assertEquals("13", document.metadata().day());
    }

    @Test
    void pubMedTextExportWithTitleAuthorsAndNumberedAffiliations() {
        Document document = split("pubmed-export.txt");

        assertEquals(listOf(CITATION, HEADING, PARAGRAPH, AFFILIATION, AFFILIATION, AFFILIATION, AFFILIATION, ABSTRACT,
                ABSTRACT, ABSTRACT, ABSTRACT, ABSTRACT, PARAGRAPH, CITATION, CITATION, CITATION), types(document));
        List<Section> sections = document.sections();
        assertTrue(sections.get(0).text().startsWith("Neuropsychopharmacol Rep."), "list number stays out");
        assertEquals("PMID: 35835999 [Indexed for MEDLINE]", sections.get(15).text());
        assertEquals("Private practice, Heidelberg.", sections.get(6).text());
        String title = "Arketamine for treatment-resistant depression: an open-label pilot study of safety "
                + "and dose finding.";
        assertEquals(List.of(), sections.get(1).headingPath());
        assertEquals(List.of(title), sections.get(7).headingPath());
        assertTrue(sections.get(3).text().startsWith("Department of Psychiatry, Graduate School"), "(1) stays out");
        assertEquals(Arrays.asList("BACKGROUND", "METHODS", "RESULTS", "CONCLUSIONS", "UNASSIGNED"),
                labels(document).subList(7, 12));
        assertEquals(new Citation("Neuropsychopharmacol Rep", 2022, "Sep", null, "42", "3", "301-312",
                "10.1002/npr2.12999", "NPR212999", "2022 Jul 14", "35835999", "PMC9515999"), document.metadata());
    }

    @Test
    void pubMedExportOfTwoRecordsWithALanguageNote() {
        Document document = split("pubmed-export-two.txt");

        assertEquals(listOf(CITATION, HEADING, PARAGRAPH, PARAGRAPH, AFFILIATION, AFFILIATION, ABSTRACT, CITATION,
                CITATION, CITATION, HEADING, PARAGRAPH, AFFILIATION, ABSTRACT, CITATION), types(document));
        List<Section> sections = document.sections();
        assertEquals("[Article in German]", sections.get(2).text());
        assertEquals("Zentrum für Psychiatrie Emmendingen, Emmendingen, Deutschland.", sections.get(5).text());
        assertEquals(List.of("Sustained antidepressant effect of a single dose in mice."), sections.get(13).headingPath());
        assertEquals("31234999", document.metadata().pmid(), "completed from the first record's PMID line");
        assertEquals("Nervenarzt", document.metadata().journal());
    }

    @Test
    void twoRecordsInOneFileEachKeepTheirAffiliations() {
        String two = SectionAssertions.resource("record-fr.txt") + SectionAssertions.resource("record-ja.txt");
        Document document = SectionAssertions.split("two.txt", two);

        assertEquals(listOf(AFFILIATION, AFFILIATION, CITATION, ABSTRACT, ABSTRACT,
                AFFILIATION, AFFILIATION, CITATION, ABSTRACT, ABSTRACT), types(document));
        assertEquals("Encephale", document.metadata().journal(), "metadata is the first record's");
    }

    @Test
    void abstractHeadingsInSeveralLanguagesHeadTheirAbstracts() {
        String text = """
                Department of Psychiatry, University of Oxford, Oxford, United Kingdom.
                BMJ. 2020 Mar 3;368:m123. doi: 10.1136/bmj.m123.
                Abstract
                Ketamine is studied for depression in adults who did not respond to two antidepressants.
                Zusammenfassung:
                Ketamin wird bei Depressionen von Erwachsenen untersucht, die auf zwei Antidepressiva nicht ansprachen.
                摘要
                氯胺酮用于治疗对两种抗抑郁药无效的成人抑郁症。
                """;
        Document document = SectionAssertions.split("abstracts.txt", text);

        assertEquals(listOf(AFFILIATION, CITATION, HEADING, ABSTRACT, HEADING, ABSTRACT, HEADING, ABSTRACT),
                types(document));
        assertEquals(List.of("Abstract"), document.sections().get(3).headingPath());
        assertEquals(List.of("Zusammenfassung:"), document.sections().get(5).headingPath());
        assertEquals(List.of("摘要"), document.sections().get(7).headingPath());
        assertEquals("m123", document.metadata().pages());
    }

    @Test
    void aLoneLabelDoesNotCrossIntoAnotherRecord() {
        String text = "J Psychopharmacol. 2021 Feb;35(2):109-123.\n\nRESULTS:\n\n"
                + "Nature. 2020 Jan;577(7789):234-238.\n\nKetamine was studied.\n";
        Document document = SectionAssertions.split("lone.txt", text);

        assertEquals(listOf(CITATION, CITATION, ABSTRACT), types(document));
        assertNull(document.sections().get(2).label());
    }

    @Test
    void aPaperCitedInTheMiddleOfAReportDoesNotTurnTheReportIntoAnAbstract() {
        String text = """
                # Notes

                We read the following review last week.

                J Psychopharmacol. 2021 Feb;35(2):109-123. doi: 10.1177/0269881120959644.

                It argues that arketamine may act longer than esketamine.

                RESULTS: a labelled paragraph still reads as an abstract.
                """;
        Document document = SectionAssertions.split("notes.md", text);

        assertEquals(listOf(HEADING, PARAGRAPH, CITATION, PARAGRAPH, ABSTRACT), types(document));
        assertEquals("RESULTS", document.sections().get(4).label());
        assertEquals("J Psychopharmacol", document.metadata().journal());
    }

    @Test
    void aCitationLineStandsAloneAmongShortLinesInTextAndMarkdown() {
        String text = "Department of Psychiatry, University of Oxford, Oxford, UK\n"
                + "J Psychopharmacol. 2021 Feb;35(2):109-123. doi: 10.1177/0269881120959644.\n"
                + "Epub 2020 Nov 6.\n"
                + "Ketamine acts fast.\n";
        for (String name : List.of("short.txt", "short.md")) {
            Document document = SectionAssertions.split(name, text);

            assertEquals(listOf(AFFILIATION, CITATION, ABSTRACT), types(document), name);
            assertTrue(document.sections().get(1).text().endsWith("\nEpub 2020 Nov 6."), name);
            assertEquals("2020 Nov 6", document.metadata().epubDate(), name);
        }
    }

    @Test
    void aReferenceListIsNotARecord() {
        String text = """
                # Review

                Ketamine has been studied widely.

                ## References

                1. Nature. 2020 Jan;577(7789):234-238. doi: 10.1038/s41586-019-1837-2.
                2. J Psychopharmacol. 2021 Feb;35(2):109-123. doi: 10.1177/0269881120959644.
                """;
        Document document = SectionAssertions.split("review.md", text);

        assertNull(document.metadata());
        assertEquals(listOf(HEADING, PARAGRAPH, HEADING, SectionType.LIST_ITEM, SectionType.LIST_ITEM),
                types(document));
    }

    @Test
    void aRecordTitleDoesNotHeadTheNextRecord() {
        String export = SectionAssertions.resource("pubmed-export.txt");
        String text = export + "\n" + SectionAssertions.resource("record-ja.txt");
        Document document = SectionAssertions.split("two.txt", text);

        Section japaneseAffiliation = document.sections().stream()
                .filter(s -> s.text().startsWith("東京大学")).findFirst().orElseThrow();
        assertEquals(AFFILIATION, japaneseAffiliation.type());
        assertEquals(List.of(), japaneseAffiliation.headingPath());
        assertEquals("Neuropsychopharmacol Rep", document.metadata().journal());
    }

    @Test
    void withoutACitationLineAffiliationLikeLinesAreParagraphs() {
        String text = "Department of Psychiatry, University of Oxford, Oxford, United Kingdom.\n"
                + "Ketamine is an anaesthetic with rapid antidepressant effects that were first described in a small "
                + "randomised trial in 2000 and have since been replicated many times in larger samples of patients "
                + "with major depressive disorder and bipolar depression.\n";
        Document document = SectionAssertions.split("notes.txt", text);

        assertEquals(listOf(PARAGRAPH, PARAGRAPH), types(document));
        assertNull(document.metadata());
    }
}
