package dev.caravan.terms;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MatchingFormTest {

    @Test
    void foldsTheDashesNfkcLeavesAlone() {
        // the reason for folding them ourselves: NFKC keeps U+2010 and U+2013, and turns U+2011 into U+2010
        assertEquals("\u2010\u2010\u2013", Normalizer.normalize("\u2010\u2011\u2013", Normalizer.Form.NFKC));
        String expected = "treatment resistant depression";
        for (String dash : new String[] {"-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2212", "\uFE63", "\uFF0D", " ", "  \t "}) {
            assertEquals(expected, MatchingForm.key("Treatment" + dash + "resistant Depression"), "dash U+" + Integer.toHexString(dash.charAt(0)));
        }
    }

    @Test
    void spellsOutGreekAndDropsLatinDiacritics() {
        assertEquals("gamma aminobutyric acid", MatchingForm.key("γ-Aminobutyric Acid"));
        assertEquals("alpha7 nicotinic receptor", MatchingForm.key("α7 nicotinic receptor"));
        assertEquals("mu opioid", MatchingForm.key("µ-opioid"), "the micro sign is a mu");
        assertEquals("ketamine depression", MatchingForm.key("kétamine dépression"));
        assertEquals("ketamine", MatchingForm.key("ke\u0301tamine"), "a combining accent disappears too");
    }

    @Test
    void dropsSpacesNextToChineseButNotBetweenLatinWords() {
        assertEquals("原肌球蛋白激酶b", MatchingForm.key("原肌球蛋白激酶 B"));
        assertEquals("n甲基d天冬氨酸受体", MatchingForm.key("N-甲基-D-天冬氨酸受体"));
        assertEquals("nmda受体", MatchingForm.key("ＮＭＤＡ 受体"));
        assertEquals("우울 장애", MatchingForm.key("우울 장애"), "Korean keeps its spaces");
        assertNotEquals(MatchingForm.key("GSK 3"), MatchingForm.key("GSK3"));
    }

    @Test
    void mapsEveryFormCharBackToItsOriginalCodePoint() {
        String text = "😀 ＧＡＢＡ γ‐x ﬁ 𠀀氯";
        MatchingForm form = MatchingForm.of(text);
        assertEquals("😀 gaba gamma x fi𠀀氯", form.toString(), "no space before a Chinese character");
        for (int i = 0; i < form.length(); i++) {
            int start = form.originalStart(i);
            int end = form.originalEnd(i);
            assertTrue(start < end && end <= text.length(), "char " + i);
            assertEquals(start, text.offsetByCodePoints(0, text.codePointCount(0, start)), "starts on a code point");
        }
        int gamma = form.toString().indexOf("gamma");
        assertEquals("γ", text.substring(form.originalStart(gamma), form.originalEnd(gamma + 4)));
        assertTrue(form.startsCodePoint(gamma) && !form.startsCodePoint(gamma + 1));
    }

    @Test
    void mapsBackThroughSeparatorRunsExpansionsAndSurrogatesInAnyMix() {
        String alphabet = "ab Z9\n\t-\u2013γﬁＧé氯\u00AD\uD83D\uDE00";
        java.util.Random random = new java.util.Random(5);
        for (int round = 0; round < 300; round++) {
            StringBuilder built = new StringBuilder();
            for (int i = 0; i < random.nextInt(60); i++) {
                char c = alphabet.charAt(random.nextInt(alphabet.length()));
                built.append(c == '\uD83D' ? "\uD83D\uDE00" : c == '\uDE00' ? "x" : String.valueOf(c));
            }
            String text = built.toString();
            MatchingForm form = MatchingForm.of(text);
            int previous = -1;
            for (int i = 0; i < form.length(); i++) {
                int start = form.originalStart(i);
                assertTrue(start >= previous, "in order, char " + i + " of " + text);
                previous = start;
                String source = text.substring(start, form.originalEnd(i));
                char c = form.chars()[i];
                assertTrue(c == ' ' || MatchingForm.key(source).indexOf(c) >= 0,
                    "form char " + i + " '" + c + "' comes from '" + source + "' in " + text);
            }
        }
    }
}
