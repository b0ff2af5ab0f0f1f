package dev.caravan.terms;

import dev.caravan.model.Section;
import dev.caravan.model.SectionType;
import dev.caravan.model.TermMatch;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class TranslationLinkerTest {

    private static TranslationLinker.Evidence evidence(String text, TranslationLinker.ItemNumbers items, TermMatch... terms) {
        Section section = Section.of(0, SectionType.PARAGRAPH, null, List.of(), text, 0, text.length()).withTerms(List.of(terms));
        return TranslationLinker.evidenceOf(section, items);
    }

    /** The numbers the items have, ascending, each once: what the evidence must hold. */
    private static int[] numbered(TranslationLinker.ItemNumbers items, String... itemNames) {
        return Arrays.stream(itemNames).mapToInt(items::of).sorted().distinct().toArray();
    }

    @Test
    void numbersAcronymsAndConceptsAreTheEvidence() {
        TranslationLinker.ItemNumbers items = new TranslationLinker.ItemNumbers(false);
        TranslationLinker.Evidence found = evidence("mTORC1 and BDNF rose by 1,5 (p=0.03); versions 1.2.3, Ab and 42.",
            items, new TermMatch("D019208", "BDNF", "protein", "BDNF", 11, 15));
        assertArrayEquals(numbered(items, "concept:D019208", "acronym:mTORC1", "acronym:BDNF", "number:1",
            "number:1.5", "number:0.03", "number:1.2", "number:3", "number:42"), found.items());
    }

    @Test
    void digitsOfOtherScriptsAndAcronymsTouchingChineseCount() {
        TranslationLinker.ItemNumbers items = new TranslationLinker.ItemNumbers(false);
        // Arabic-Indic digits with a decimal comma; an acronym between Han characters; a full-width one (NFKC)
        TranslationLinker.Evidence found = evidence("\u0661\u0662,\u0663 脑源性BDNF水平 ＮＭＤＡ受体", items);
        assertArrayEquals(numbered(items, "number:\u0661\u0662.\u0663", "acronym:BDNF", "acronym:NMDA"), found.items());
    }

    @Test
    void lengthCountsWordsAndChineseCharactersAtTheirRate() {
        TranslationLinker.ItemNumbers items = new TranslationLinker.ItemNumbers(false);
        assertEquals(5, evidence("Ketamine, a drug - (R)-ketamine", items).words());
        assertEquals(2 + 9 / 1.8, evidence("氯胺酮是一种麻醉药 NMDA receptor", items).words(), 1e-12);
        assertEquals(0, evidence("", items).words());
    }
}
