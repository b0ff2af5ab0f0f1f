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
        assertEquals("😀 gaba gamma x fi𠀀氯", new String(form.chars()), "no space before a Chinese character");
        for (int i = 0; i < form.length(); i++) {
            int start = form.originalStart(i);
            int end = form.originalEnd(i);
            assertTrue(start < end && end <= text.length(), "char " + i);
            assertEquals(start, text.offsetByCodePoints(0, text.codePointCount(0, start)), "starts on a code point");
        }
        int gamma = new String(form.chars()).indexOf("gamma");
        assertEquals("γ", text.substring(form.originalStart(gamma), form.originalEnd(gamma + 4)));
        assertTrue(form.startsCodePoint(gamma) && !form.startsCodePoint(gamma + 1));
    }
}
