package dev.caravan.sections;

import dev.caravan.model.Document;
import dev.caravan.model.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inputs built to make parsers backtrack, recurse or go quadratic. The timeouts only guard against hangs;
 * they are not benchmarks.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileInputTest {

    private static final int LONG_LINE = 100_000;

    @Test
    void adversarialLongLinesInTextAndMarkdown() {
        List<String> lines = List.of(
                "#".repeat(LONG_LINE),
                "# " + "#".repeat(LONG_LINE) + " x",
                "# x " + " #".repeat(LONG_LINE / 2),
                "-".repeat(LONG_LINE) + "x",
                "- ".repeat(LONG_LINE / 2) + "x",
                "* ".repeat(LONG_LINE / 2),
                "1".repeat(LONG_LINE) + ". x",
                "(".repeat(LONG_LINE),
                "(1)".repeat(LONG_LINE / 3),
                "`".repeat(LONG_LINE),
                "|".repeat(LONG_LINE),
                "=".repeat(LONG_LINE),
                "A: ".repeat(LONG_LINE / 3),
                "X. RESULTS: ".repeat(LONG_LINE / 12),
                "BACKGROUND: " + "x. METHODS: ".repeat(LONG_LINE / 12), // one labelled section per repetition
                "BACKGROUND: " + "ABC ".repeat(LONG_LINE / 4) + ":",
                "BACKGROUND: " + ".\t\t\t\t\t\t\t\tRESULTS:".repeat(LONG_LINE / 17),
                "J. 2021 Feb;1(1):1. doi: " + "1.".repeat(LONG_LINE / 2),
                "J Psychopharmacol. " + "2021 ".repeat(LONG_LINE / 5),
                "Department, " + "University, ".repeat(LONG_LINE / 12) + "Japan.",
                "Jelen LA(1)(2), ".repeat(LONG_LINE / 16),
                " ".repeat(LONG_LINE) + "x",
                "\u3000".repeat(LONG_LINE) + "。",
                "😀".repeat(LONG_LINE));
        for (String line : lines) {
            for (String name : List.of("hostile.txt", "hostile.md")) {
                // what matters is that it ends, and that the slice invariants hold on whatever comes out
                SectionAssertions.split(name, line + "\n" + line + "\n");
            }
        }
    }

    @Test
    void recordBodyWithHostileLinesAfterACitation() {
        String citation = "J Psychopharmacol. 2021 Feb;35(2):109-123. doi: 10.1177/0269881120959644.\n";
        String text = "Department of Psychiatry, University of Oxford, Oxford, UK.\n" + citation
                + "BACKGROUND: " + "a. RESULTS: ".repeat(LONG_LINE / 12) + "\n"
                + "Jelen LA(1), ".repeat(LONG_LINE / 13) + "\n"
                + "Author information: " + "(1)".repeat(LONG_LINE / 3) + "\n";
        Document document = SectionAssertions.split("record.txt", text);

        assertEquals(SectionType.CITATION, document.sections().get(1).type());
    }

    @Test
    void tenThousandNestedQuotesAndListsOnOneLine() {
        int depth = 10_000;
        String quotes = "> ".repeat(depth) + "deep quote";
        String lists = "- ".repeat(depth) + "deep item";
        String mixed = "> 1. ".repeat(depth) + "deep mixed";
        String text = quotes + "\n\n" + lists + "\n\n" + mixed + "\n";
        Document document = SectionAssertions.split("nested.md", text);

        assertEquals(List.of("deep quote", "deep item", "deep mixed"),
                document.sections().stream().map(s -> s.text()).toList());
        assertEquals(List.of(SectionType.PARAGRAPH, SectionType.LIST_ITEM, SectionType.LIST_ITEM),
                document.sections().stream().map(s -> s.type()).toList());
    }

    @Test
    void tenThousandLinesOfGrowingNesting() {
        StringBuilder text = new StringBuilder();
        for (int level = 1; level <= 10_000; level++) {
            text.append(">".repeat(level % 500 + 1)).append(level % 2 == 0 ? " - item " : " text ").append(level)
                    .append('\n');
        }
        Document document = SectionAssertions.split("pyramid.md", text.toString());

        assertTrue(document.sections().size() >= 5_000);
    }

    @Test
    void oneHundredThousandOneCharacterLines() {
        String text = "a\n".repeat(100_000);
        Document wrapped = SectionAssertions.split("letters.txt", text);
        // one wrapped paragraph of 199,999 chars: cut in two at a line break below the 100,000-char default
        assertEquals(2, wrapped.sections().size());
        assertTrue(wrapped.sections().get(0).text().length() <= Sectioner.DEFAULT_MAX_SECTION_CHARS);

        String separated = "a\n\n".repeat(100_000);
        Document paragraphs = SectionAssertions.split("letters.txt", separated);
        assertEquals(100_000, paragraphs.sections().size());

        String sentences = "A.\n".repeat(100_000);
        assertEquals(100_000, SectionAssertions.split("sentences.txt", sentences).sections().size());
    }

    @Test
    void oneLineOfFourMegabytes() {
        String line = "Ketamine 氯胺酮 😀 is studied. ".repeat(4_000_000 / 28);
        Document document = SectionAssertions.split("huge.txt", line);

        // cut into pieces of at most the default section length, each after a whole sentence, none lost
        int longest = Sectioner.DEFAULT_MAX_SECTION_CHARS;
        var sections = document.sections();
        for (int i = 0; i < sections.size(); i++) {
            int length = sections.get(i).text().length();
            assertTrue(length <= longest && (length > longest - 28 || i == sections.size() - 1),
                "cut after the last whole sentence that fits: " + length);
            assertTrue(sections.get(i).text().endsWith("is studied."), "cut after a sentence");
        }
        assertEquals(0, sections.get(0).start());
        assertEquals(line.codePointCount(0, line.length()) - 1, sections.get(sections.size() - 1).end());
    }
}
