package dev.caravan.sections;

import dev.caravan.model.Citation;
import dev.caravan.model.Document;
import dev.caravan.model.Section;
import dev.caravan.model.SectionType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SampleRecordTest {

    private final String sample = SectionAssertions.resource("ketamine-enantiomers.txt");

    @Test
    void theSampleIsTwoAffiliationsACitationAndTwoAbstracts() {
        Document document = SectionAssertions.split("ketamine-enantiomers.txt", sample);

        List<SectionType> types = document.sections().stream().map(Section::type).toList();
        assertEquals(List.of(SectionType.AFFILIATION, SectionType.AFFILIATION, SectionType.CITATION,
                SectionType.ABSTRACT, SectionType.ABSTRACT), types);
        assertTrue(document.sections().get(0).text().startsWith("Department of Psychological Medicine"));
        assertTrue(document.sections().get(1).text().startsWith("South London and Maudsley"));
        assertTrue(document.sections().get(3).text().startsWith("The discovery of the rapid"));
        assertTrue(document.sections().get(4).text().startsWith("氯胺酮作为"));
        assertTrue(document.sections().get(4).text().endsWith("潜在作用。"));
    }

    @Test
    void theSampleCitationIsParsed() {
        Citation citation = SectionAssertions.split("ketamine-enantiomers.txt", sample).metadata();

        assertEquals(new Citation("J Psychopharmacol", 2021, "Feb", null, "35", "2", "109-123",
                "10.1177/0269881120959644", null, "2020 Nov 6", null, null), citation);
    }

    @Test
    void theSampleWithATitleAndAuthorsAfterItsCitation() {
        String[] lines = sample.split("\n");
        String titled = String.join("\n", lines[0], lines[1], lines[2], "Ketamine: A tale of two enantiomers.",
                "Jelen LA, Young AH, Stone JM.", lines[3], lines[4]) + "\n";
        Document document = SectionAssertions.split("titled.txt", titled);

        assertEquals(List.of(SectionType.AFFILIATION, SectionType.AFFILIATION, SectionType.CITATION,
                SectionType.HEADING, SectionType.PARAGRAPH, SectionType.ABSTRACT, SectionType.ABSTRACT),
                document.sections().stream().map(Section::type).toList());
        assertEquals(List.of("Ketamine: A tale of two enantiomers."), document.sections().get(6).headingPath());
        assertEquals("Ketamine: A tale of two enantiomers.", document.sections().get(3).text());
        assertNull(document.sections().get(5).label());
    }

    @Test
    void theSampleSplitsTheSameUnderAMarkdownName() {
        Document document = SectionAssertions.split("ketamine-enantiomers.md", sample);

        assertEquals(List.of(SectionType.AFFILIATION, SectionType.AFFILIATION, SectionType.CITATION,
                SectionType.ABSTRACT, SectionType.ABSTRACT), document.sections().stream().map(Section::type).toList());
    }
}
