package dev.caravan.terms;

import dev.caravan.model.TermMatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TermTaggerTest {

    private static final Vocabulary vocabulary = Vocabulary.defaults();
    private static final TermTagger tagger = new TermTagger(vocabulary);

    /** The id of the default vocabulary's concept with this label (CRV ids are not worth hard-coding). */
    static String idOf(String label) {
        return vocabulary.concepts().stream().filter(c -> c.label().equals(label)).findFirst()
            .orElseThrow(() -> new AssertionError("no concept labelled " + label)).id();
    }

    private static List<String> ids(String text) {
        return tagger.tag(text).stream().map(TermMatch::conceptId).toList();
    }

    private static List<String> texts(String text) {
        return tagger.tag(text).stream().map(TermMatch::text).toList();
    }

    /** The code points between start and end are exactly the matched text, for every match. */
    static void assertOffsetsHold(String text, List<TermMatch> matches) {
        int[] codePoints = text.codePoints().toArray();
        for (TermMatch match : matches) {
            String between = new String(codePoints, match.start(), match.end() - match.start());
            assertEquals(match.text(), between, "offsets of " + match);
        }
    }

    @Test
    void findsTheSameConceptsInTheEnglishAndChineseSample() {
        String english = "Ketamine is a racemic mixture of (S)-ketamine and (R)-ketamine, an N-Methyl-D-Aspartate "
            + "receptor antagonist for treatment-resistant depression; mechanisms include brain-derived neurotrophic "
            + "factor and tropomyosin kinase B signalling, mammalian target of rapamycin complex 1, extracellular "
            + "signal-regulated kinase, glycogen synthase kinase-3, the lateral habenula, γ-aminobutyric acid-ergic "
            + "interneurons, α-amino-3-hydroxy-5-methyl-4-isoxazolepropionic receptor activation and opioid receptor "
            + "systems of this antidepressant.";
        String chinese = "氯胺酮是一种外消旋混合物,由(S)-氯胺酮和(R)-氯胺酮组成,是N-甲基-D-天冬氨酸受体拮抗剂,用于治疗难治性抑郁症;"
            + "机制包括脑源性神经营养因子和原肌球蛋白激酶 B 信号转导、哺乳动物雷帕霉素靶蛋白复合物 1、细胞外信号调节激酶、"
            + "糖原合成酶激酶-3、外侧缰核、γ-氨基丁酸能中间神经元、α-氨基-3-羟基-5-甲基-4-异恶唑丙酸受体激活和阿片受体系统,"
            + "是一种抗抑郁药。";
        Set<String> inEnglish = Set.copyOf(ids(english));
        Set<String> inChinese = Set.copyOf(ids(chinese));
        Set<String> expected = Set.of("D007649", idOf("esketamine"), idOf("arketamine"), "D016194", "D061218",
            "D019208", "D020813", idOf("mTORC1"), "D048049", "D038362", idOf("lateral habenula"), "D005680",
            "D007395", "D018091", "D011957", "D000928", idOf("racemic mixture"), "D015398");
        assertEquals(expected, inEnglish);
        assertEquals(expected, inChinese);
    }

    @Test
    void reportsTheOriginalTextWithCodePointOffsets() {
        String text = "𝔄𝔅 😀 BDNF and 𠀀氯胺酮 then 😀γ‐aminobutyric acid (ＧＡＢＡ) in ﬁve rats";
        List<TermMatch> matches = tagger.tag(text);
        assertEquals(List.of("BDNF", "氯胺酮", "γ‐aminobutyric acid", "ＧＡＢＡ"), matches.stream().map(TermMatch::text).toList());
        assertOffsetsHold(text, matches);
        assertEquals(5, matches.get(0).start(), "two mathematical letters, a space, an emoji, a space come first");
    }

    @Test
    void offsetsHoldWhenNormalisationChangesLengths() {
        // soft hyphen, combining accent, ligature, full-width brackets and Greek letters all change lengths
        String text = "ＮＭＤＡ受体 · brain\u00ADderived neurotrophic factor · ke\u0301tamine · （S）-氯胺酮 · GSK-3β · ﬁbre";
        List<TermMatch> matches = tagger.tag(text);
        assertEquals(List.of("D016194", "D019208", "D007649", idOf("esketamine"), "D000071679"),
            matches.stream().map(TermMatch::conceptId).toList());
        assertOffsetsHold(text, matches);
    }

    @ParameterizedTest
    @ValueSource(strings = {"N-methyl-D-aspartate receptor", "N‐methyl‐D‐aspartate receptor", "N‑methyl‑D‑aspartate receptor",
        "N–methyl–D–aspartate receptor", "N−methyl−D−aspartate receptor", "N methyl D aspartate receptor",
        "N-METHYL-D-ASPARTATE RECEPTOR", "n-methyl-d-aspartate  receptors", "NMDA receptor", "NMDA-receptor",
        "NMDARs", "N-甲基-D-天冬氨酸受体", "N‐甲基‐D‐天冬氨酸受体", "NMDA 受体"})
    void toleratesDashesSpacesCaseAndPlurals(String spelling) {
        String text = "Blocking the " + spelling + " matters.";
        assertEquals(List.of("D016194"), ids(text), spelling);
        assertEquals(List.of(spelling), texts(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"γ-aminobutyric acid", "gamma-aminobutyric acid", "Γ-Aminobutyric Acid", "gamma aminobutyric acid",
        "GABA", "GABAergic", "γ-氨基丁酸"})
    void spellsOutGreekLetters(String spelling) {
        assertEquals(List.of("D005680"), ids("Levels of " + spelling + " fell"), spelling);
    }

    @Test
    void greekLettersInsideLongerNamesMatchTheirSpelledOutForm() {
        assertEquals(List.of("D018091", "D018091"),
            ids("α-amino-3-hydroxy-5-methyl-4-isoxazolepropionic acid receptor and alpha-amino-3-hydroxy-5-methyl-4-isoxazolepropionic acid receptors"));
        assertEquals(List.of("D000071679", "D000071679", "D000071679"), ids("GSK-3β, GSK3β and GSK-3 beta"));
        assertEquals(List.of("D017450", "D017450"), ids("μ-opioid receptor and mu-opioid receptors"));
    }

    @Test
    void englishPluralsMatch() {
        assertEquals(List.of("receptors", "antidepressants", "enantiomers", "interneurons", "kinases"),
            texts("opioid receptors, antidepressants, enantiomers, GABAergic interneurons and extracellular signal-regulated kinases")
                .stream().map(t -> t.substring(t.lastIndexOf(' ') + 1)).filter(t -> !t.equals("GABAergic")).toList());
        assertEquals(List.of("hippocampi", "prefrontal cortices"), texts("hippocampi and prefrontal cortices"));
    }

    @Test
    void latinTermsNeedWordBoundaries() {
        assertEquals(List.of(idOf("esketamine")), ids("esketamine"));
        assertEquals(List.of(), ids("preketamine ketamined xBDNF BDNFx antidepressantly"));
        assertEquals(List.of("D007649"), ids("(ketamine)"));
    }

    @Test
    void acronymsMatchOnlyInTheirOwnCase() {
        assertEquals(List.of("D000242", "D019208"), ids("cAMP and BDNF rose"));
        assertEquals(List.of(), ids("a camp where dat bdnf was"));
        assertEquals(List.of("D020813", "D020813"), ids("TrkB and trkB"));
    }

    @Test
    void longestMatchWinsWhereTermsOverlap() {
        assertEquals(List.of("treatment-resistant depression"), texts("treatment-resistant depression"));
        assertEquals(List.of("mammalian target of rapamycin complex 1"), texts("mammalian target of rapamycin complex 1"));
        assertEquals(List.of("N-methyl-D-aspartate receptor"), texts("N-methyl-D-aspartate receptor"));
        assertEquals(List.of("难治性抑郁症", "抑郁症"), texts("难治性抑郁症与抑郁症"));
        assertEquals(List.of("medial prefrontal cortex", "prefrontal cortex"), texts("medial prefrontal cortex, not prefrontal cortex"));
        // mTOR and rapamycin on their own still match
        assertEquals(List.of("D058570", "D020123"), ids("mTOR binds rapamycin"));
    }

    @Test
    void tagsChineseAndJapaneseWithoutWordBoundaries() {
        assertEquals(List.of("D007649", "D016194", "D000928"), ids("氯胺酮作为N-甲基-D-天冬氨酸受体拮抗剂具有快速抗抑郁作用"));
        assertEquals(List.of("D007649", "D016194", "D003866"), ids("ケタミンはNMDA受容体を遮断し、うつ病に効く"));
        assertEquals(List.of("原肌球蛋白激酶 B", "哺乳动物雷帕霉素靶蛋白复合物 1"), texts("原肌球蛋白激酶 B 和哺乳动物雷帕霉素靶蛋白复合物 1"));
        // a number may not run on past the term's own: complex 12 is not complex 1, only mTOR remains
        assertEquals(List.of("哺乳动物雷帕霉素靶蛋白"), texts("哺乳动物雷帕霉素靶蛋白复合物 12"));
    }

    @Test
    void tagsOtherLanguagesWithTheSameIds() {
        assertEquals(List.of("D007649", "D016194"), ids("Ketamin ist ein NMDA-Rezeptor-Antagonist."));
        assertEquals(List.of("D007649", "D061218"), ids("La kétamine dans la dépression résistante au traitement."));
        assertEquals(List.of("D007649", "D061218"), ids("La ketamina en la depresión resistente al tratamiento."));
        assertEquals(List.of("D012559"), ids("統合失調症"));
    }

    @Test
    void aVocabularyWithoutTermsTagsNothing() {
        assertEquals(List.of(), new TermTagger(Vocabulary.of(List.of())).tag("ketamine"));
    }

    @Test
    void everyMatchInALongMixedTextKeepsItsOffsets() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            text.append(i % 3 == 0 ? "😀 " : "").append("ketamine 氯胺酮 𠀀BDNF γ-aminobutyric acid; ");
        }
        List<TermMatch> matches = tagger.tag(text.toString());
        assertEquals(800, matches.size());
        assertOffsetsHold(text.toString(), matches);
        assertTrue(matches.stream().map(TermMatch::conceptId).collect(Collectors.toSet()).containsAll(Set.of("D007649", "D019208", "D005680")));
    }
}
