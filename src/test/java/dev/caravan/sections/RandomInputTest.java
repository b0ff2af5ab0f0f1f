package dev.caravan.sections;

import org.junit.jupiter.api.Test;

import java.util.Random;

/**
 * Random documents made of the characters the parsers react to: the slice invariants must hold on all of
 * them, and no input may throw. The seed is fixed, so a failure reproduces.
 */
class RandomInputTest {

    private static final String[] PIECES = {
        "#", "# ", "## ", "-", "- ", "* ", "+ ", "1. ", "12) ", ">", "> ", "```", "~~~", "|", "===", "---", "***",
        "\n", "\n", "\n", "\n\n", " ", "  ", "\t", ".", ". ", ":", "：", "。", ",", ";", "(", ")", "(1)", "[", "]",
        "a", "word ", "Word ", "RESULTS: ", "Background: ", "METHODS:", "目的：", "方法：", "氯胺酮", "😀", "𠀀",
        "\u00A0", "\u3000", "\uFEFF", "é", "e\u0301", "J Psychopharmacol. ", "2021 Feb;35(2):109-123. ",
        "doi: 10.1177/0269881120959644. ", "Epub 2020 Nov 6.", "PMID: 123. ", "University, London, UK.",
        "Author information:", "Jelen LA(1), ", "Abstract", "[Article in German]", "Copyright © 2021.",
    };

    @Test
    void invariantsHoldOnRandomDocuments() {
        Random random = new Random(20_261_126L);
        for (int document = 0; document < 10_000; document++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(120);
            for (int i = 0; i < pieces; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String name = random.nextBoolean() ? "random.md" : "random.txt";
            SectionAssertions.split(name, text.toString());
        }
    }
}
