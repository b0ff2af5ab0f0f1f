package dev.caravan.sections;

import dev.caravan.model.Citation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CitationParserTest {

    private final CitationParser parser = new CitationParser();

    private Citation parse(String line) {
        return parser.parse(line).orElseThrow(() -> new AssertionError("not parsed: " + line));
    }

    @Test
    void journalDateVolumeIssuePagesDoiAndEpub() {
        assertEquals(new Citation("J Psychopharmacol", 2021, "Feb", null, "35", "2", "109-123",
                        "10.1177/0269881120959644", null, "2020 Nov 6", null, null),
                parse("J Psychopharmacol. 2021 Feb;35(2):109-123. doi: 10.1177/0269881120959644. Epub 2020 Nov 6."));
    }

    @Test
    void dayInTheDateAndAnElectronicLocator() {
        assertEquals(new Citation("PLoS One", 2019, "Apr", "1", "14", "4", "e0217690",
                        "10.1371/journal.pone.0217690", null, null, null, null),
                parse("PLoS One. 2019 Apr 1;14(4):e0217690. doi: 10.1371/journal.pone.0217690. eCollection 2019."));
    }

    @Test
    void monthRangeAndPartIssueAndADoiWithDots() {
        assertEquals(new Citation("Brain", 2001, "Nov-Dec", null, "124", "Pt 11", "2131-46",
                        "10.1093/brain/124.11.2131", null, null, null, null),
                parse("Brain. 2001 Nov-Dec;124(Pt 11):2131-46. doi: 10.1093/brain/124.11.2131."));
    }

    @Test
    void seasonAndSupplementIssue() {
        assertEquals(new Citation("J Clin Psychiatry", 2018, "Spring", null, "79", "3 Suppl 2", "17-25",
                        null, null, null, null, null),
                parse("J Clin Psychiatry. 2018 Spring;79(3 Suppl 2):17-25."));
    }

    @Test
    void noIssue() {
        assertEquals(new Citation("Neuroimage", 2015, "Jan", "1", "104", null, "1-10",
                        "10.1016/j.neuroimage.2014.09.034", null, "2014 Sep 28", null, null),
                parse("Neuroimage. 2015 Jan 1;104:1-10. doi: 10.1016/j.neuroimage.2014.09.034. Epub 2014 Sep 28."));
    }

    @Test
    void piiBeforeDoiAndParenthesesInsideTheDoi() {
        Citation citation = parse("Lancet. 2020 Feb 15;395(10223):497-506. pii: S0140-6736(20)30183-5. "
                + "doi: 10.1016/S0140-6736(20)30183-5. Epub 2020 Jan 24.");
        assertEquals("S0140-6736(20)30183-5", citation.pii());
        assertEquals("10.1016/S0140-6736(20)30183-5", citation.doi());
        assertEquals("2020 Jan 24", citation.epubDate());
        assertEquals("Feb", citation.month());
        assertEquals("15", citation.day());
        assertEquals("10223", citation.issue());
    }

    @Test
    void aheadOfPrintWithoutVolume() {
        assertEquals(new Citation("Mol Psychiatry", 2023, "Mar", "15", null, null, null,
                        "10.1038/s41380-023-02012-x", null, "2023 Mar 15", null, null),
                parse("Mol Psychiatry. 2023 Mar 15. doi: 10.1038/s41380-023-02012-x. Online ahead of print."));
    }

    @Test
    void epubAheadOfPrintMakesTheDateTheEpubDate() {
        Citation citation = parse("Am J Psychiatry. 2019 Mar 1;176(3):249-259. "
                + "doi: 10.1176/appi.ajp.2018.18070771. Epub ahead of print.");
        assertEquals("2019 Mar 1", citation.epubDate());
        assertEquals("10.1176/appi.ajp.2018.18070771", citation.doi());
    }

    @Test
    void trailingPmidAndPmcid() {
        Citation citation = parse("Psychopharmacology (Berl). 2014 Sep;231(18):3663-76. "
                + "doi: 10.1007/s00213-014-3664-9. Epub 2014 Jul 20. PMID: 25038867. PMCID: PMC4123456.");
        assertEquals("Psychopharmacology (Berl)", citation.journal());
        assertEquals("25038867", citation.pmid());
        assertEquals("PMC4123456", citation.pmcid());
        assertEquals("2014 Jul 20", citation.epubDate());
        assertEquals("3663-76", citation.pages());
    }

    @Test
    void identifiersSeparatedBySemicolonsAndALocatorWithADot() {
        Citation citation = parse("Cochrane Database Syst Rev. 2020 Jan 13;1(1):CD012345. "
                + "doi: 10.1002/14651858.CD012345.pub2. PMID: 31930000; PMCID: PMC6956789.");
        assertEquals("CD012345", citation.pages());
        assertEquals("10.1002/14651858.CD012345.pub2", citation.doi());
        assertEquals("31930000", citation.pmid());
        assertEquals("PMC6956789", citation.pmcid());
    }

    @Test
    void printSecondDate() {
        Citation citation = parse("Int J Neuropsychopharmacol. 2016 Sep 27;20(1):1-8. doi: 10.1093/ijnp/pyw085. "
                + "Print 2017 Jan.");
        assertEquals("10.1093/ijnp/pyw085", citation.doi());
        assertEquals(2016, citation.year());
        assertEquals("27", citation.day());
    }

    @Test
    void oldCitationWithoutDoiAndSupplementInTheVolume() {
        assertEquals(new Citation("Encephale", 2019, "Feb", null, "45 Suppl 1", null, "S1-S5",
                null, null, null, null, null), parse("Encephale. 2019 Feb;45 Suppl 1:S1-S5."));
        assertEquals(new Citation("Acta Psychiatr Scand Suppl", 1990, null, null, "361", null, "5-10",
                null, null, null, null, null), parse("Acta Psychiatr Scand Suppl. 1990;361:5-10."));
    }

    @Test
    void numberedAsInPubMedExports() {
        Citation citation = parse("1. J Affect Disord. 2022 Dec 1;318:1-9. doi: 10.1016/j.jad.2022.08.077. "
                + "Epub 2022 Aug 30.");
        assertEquals("J Affect Disord", citation.journal());
        assertEquals("318", citation.volume());
    }

    @Test
    void doiAtTheEndOfTheLineWithoutAFinalDot() {
        assertEquals("10.3760/cma.j.cn112137-20200904-02553",
                parse("Zhonghua Yi Xue Za Zhi. 2021 Apr 13;101(14):985-990. doi: 10.3760/cma.j.cn112137-20200904-02553")
                        .doi());
    }

    @Test
    void partIssueWithNumberAndIssueRange() {
        Citation partIssue = parse("J Neurosurg. 1990 Oct;73(4 Pt 1):12-9.");
        assertEquals("4 Pt 1", partIssue.issue());
        Citation range = parse("Nervenarzt. 2019 Jul-Aug;90(7-8):690-696. doi: 10.1007/s00115-019-0720-y.");
        assertEquals("7-8", range.issue());
        assertEquals("Jul-Aug", range.month());
    }

    @Test
    void issueWithoutVolume() {
        Citation citation = parse("NLM Tech Bull. 2013 May-Jun;(392):e6.");
        assertEquals(null, citation.volume());
        assertEquals("392", citation.issue());
        assertEquals("e6", citation.pages());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Patients were recruited in London. 2020 was a difficult year for recruitment.",
        "Department of Psychiatry, University of Oxford, Oxford, UK. 2021;35:1-2.",
        "The study ended. 2019 Feb.",
        "Author information:",
        "J Psychopharmacol. 2021 Feb;35(2):109-123. and then some prose follows here.",
        "J Psychopharmacol. 2021 Febuary;35(2):109-123.",
        "A. 2021;(",
        "A. 2021;():.",
        "",
    })
    void proseIsNotACitation(String line) {
        assertTrue(parser.parse(line).isEmpty(), line);
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void adversarialLinesAreRejectedQuickly() {
        String[] lines = {
            "J. 2021".repeat(20_000),
            "J. 2021;" + "(".repeat(100_000),
            "J. 2021;1:" + "1-".repeat(50_000),
            "J. 2021 Feb;1(1):1. doi: " + "1.".repeat(50_000),
            "J. 2021 Feb;1(1):1. " + "Epub 2020 Nov 6. ".repeat(500),
            ". ".repeat(50_000) + "2021",
            "J" + " ".repeat(100_000) + ". 2021;1:1.",
        };
        for (String line : lines) {
            long started = System.nanoTime();
            parser.parse(line);
            parser.parse(line.substring(0, Math.min(line.length(), CitationParser.LONGEST_LINE)));
            assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(2), "slow on " + line.substring(0, 20));
        }
    }
}
