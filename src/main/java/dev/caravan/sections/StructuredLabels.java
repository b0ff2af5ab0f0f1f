package dev.caravan.sections;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Structured-abstract labels ("BACKGROUND:", "MATERIALS AND METHODS:") and the NLM category each maps to.
 *
 * <p>The table is a hand-made selection of frequent labels, in the spirit of NLM's published label list
 * (which maps about two thousand labels to BACKGROUND, OBJECTIVE, METHODS, RESULTS, CONCLUSIONS or
 * UNASSIGNED); it is not a copy of that file. Common labels of German, French, Spanish, Portuguese, Italian,
 * Russian, Chinese and Japanese abstracts map to the same categories.
 *
 * <p>Labels are written in capitals ("RESULTS:"), as in MEDLINE. Inside an abstract two more forms count: a
 * known label in title case ("Results:", as some journals print them) and an unknown label in capitals, which
 * maps to UNASSIGNED as NLM does for labels it has not mapped. Elsewhere "Results: pending." is a sentence.
 */
final class StructuredLabels {

    static final String BACKGROUND = "BACKGROUND";
    static final String OBJECTIVE = "OBJECTIVE";
    static final String METHODS = "METHODS";
    static final String RESULTS = "RESULTS";
    static final String CONCLUSIONS = "CONCLUSIONS";
    static final String UNASSIGNED = "UNASSIGNED";

    /** Longest label looked for, in UTF-16 units: labels are looked for in a bounded window only. */
    private static final int LONGEST_LABEL = 80;

    private static final Map<String, String> CATEGORIES = new HashMap<>();

    static {
        map(BACKGROUND, "BACKGROUND", "BACKGROUNDS", "INTRODUCTION", "CONTEXT", "RATIONALE", "BACKGROUND AND AIMS",
                "BACKGROUND AND AIM", "BACKGROUND/AIMS", "BACKGROUND/AIM", "BACKGROUND AND CONTEXT",
                "CLINICAL BACKGROUND", "STUDY BACKGROUND", "BACKGROUND AND RATIONALE", "STATE OF THE ART",
                "HINTERGRUND", "EINLEITUNG", "FRAGESTELLUNG", "CONTEXTE", "INTRODUCTION ET CONTEXTE",
                "ANTECEDENTES", "INTRODUCCIÓN", "INTRODUÇÃO", "CONTEXTO", "PREMESSA", "INTRODUZIONE",
                "ВВЕДЕНИЕ", "АКТУАЛЬНОСТЬ", "ОБОСНОВАНИЕ", "背景", "研究背景", "引言");
        map(OBJECTIVE, "OBJECTIVE", "OBJECTIVES", "AIM", "AIMS", "PURPOSE", "PURPOSES", "GOAL", "GOALS",
                "AIMS AND OBJECTIVES", "AIM AND OBJECTIVES", "STUDY OBJECTIVE", "STUDY OBJECTIVES", "STUDY AIM",
                "STUDY AIMS", "HYPOTHESIS", "HYPOTHESES", "RESEARCH QUESTION", "IMPORTANCE", "OBJECTIVE(S)",
                "AIM OF THE STUDY", "PURPOSE OF THE STUDY", "PURPOSE OF REVIEW", "ZIEL", "ZIELE",
                "ZIELSETZUNG", "ZIEL DER ARBEIT", "ZIEL DER STUDIE", "OBJECTIF", "OBJECTIFS", "BUT",
                "BUT DE L'ÉTUDE", "OBJETIVO", "OBJETIVOS", "OBIETTIVO", "OBIETTIVI", "SCOPO", "ЦЕЛЬ",
                "ЦЕЛЬ ИССЛЕДОВАНИЯ", "ЦЕЛЬ РАБОТЫ", "目的", "研究目的");
        map(METHODS, "METHODS", "METHOD", "MATERIALS AND METHODS", "MATERIAL AND METHODS", "METHODS AND MATERIALS",
                "MATERIALS & METHODS", "METHODOLOGY", "DESIGN", "STUDY DESIGN", "SETTING", "SETTINGS",
                "DESIGN AND SETTING", "DESIGN, SETTING, AND PARTICIPANTS", "DESIGN, SETTING AND PARTICIPANTS",
                "PARTICIPANTS", "PATIENTS", "SUBJECTS", "POPULATION", "PATIENTS AND METHODS", "SUBJECTS AND METHODS",
                "INTERVENTION", "INTERVENTIONS", "MEASUREMENTS", "MAIN OUTCOME MEASURES", "MAIN OUTCOME MEASURE",
                "MAIN OUTCOMES AND MEASURES", "OUTCOME MEASURES", "EXPOSURE", "EXPOSURES", "DATA SOURCES",
                "DATA SOURCE", "STUDY SELECTION", "DATA EXTRACTION", "SEARCH METHODS", "SEARCH STRATEGY",
                "SELECTION CRITERIA", "ELIGIBILITY CRITERIA", "DATA COLLECTION AND ANALYSIS", "STATISTICAL ANALYSIS",
                "EXPERIMENTAL DESIGN", "APPROACH", "METHODEN", "METHODIK", "MATERIAL UND METHODEN", "MÉTHODES",
                "MÉTHODE", "MATÉRIEL ET MÉTHODES", "PATIENTS ET MÉTHODES", "MÉTODOS", "MÉTODO", "MATERIAL Y MÉTODOS",
                "PACIENTES Y MÉTODOS", "MÉTODOS E MATERIAIS", "METODI", "MATERIALI E METODI", "МЕТОДЫ",
                "МАТЕРИАЛ И МЕТОДЫ", "МАТЕРИАЛЫ И МЕТОДЫ", "МЕТОДЫ ИССЛЕДОВАНИЯ", "方法", "研究方法", "对象与方法",
                "対象と方法");
        map(RESULTS, "RESULTS", "RESULT", "FINDINGS", "MAIN RESULTS", "KEY RESULTS", "OUTCOMES", "DATA SYNTHESIS",
                "RESULTS AND DISCUSSION", "ERGEBNISSE", "ERGEBNIS", "RÉSULTATS", "RÉSULTAT", "RESULTADOS",
                "RESULTADO", "RISULTATI", "РЕЗУЛЬТАТЫ", "РЕЗУЛЬТАТЫ ИССЛЕДОВАНИЯ", "结果", "結果", "研究结果");
        map(CONCLUSIONS, "CONCLUSIONS", "CONCLUSION", "CONCLUSION(S)", "CONCLUSIONS AND RELEVANCE", "INTERPRETATION",
                "DISCUSSION", "IMPLICATIONS", "CLINICAL IMPLICATIONS", "SIGNIFICANCE", "AUTHORS' CONCLUSIONS",
                "CONCLUSIONS AND IMPLICATIONS", "CLINICAL RELEVANCE", "LIMITATIONS", "PERSPECTIVES",
                "DISCUSSION AND CONCLUSIONS", "SCHLUSSFOLGERUNG", "SCHLUSSFOLGERUNGEN", "DISKUSSION", "FAZIT",
                "CONCLUSIONS ET PERSPECTIVES", "CONCLUSIONES", "CONCLUSIÓN", "CONCLUSÃO", "CONCLUSÕES",
                "CONCLUSIONI", "ВЫВОДЫ", "ЗАКЛЮЧЕНИЕ", "ОБСУЖДЕНИЕ", "结论", "結論", "考察");
        map(UNASSIGNED, "TRIAL REGISTRATION", "CLINICAL TRIAL REGISTRATION", "REGISTRATION",
                "TRIAL REGISTRATION NUMBER", "LEVEL OF EVIDENCE", "FUNDING", "ETHICS AND DISSEMINATION",
                "PROSPERO REGISTRATION NUMBER");
    }

    private StructuredLabels() {
    }

    private static void map(String category, String... labels) {
        for (String label : labels) {
            CATEGORIES.put(label.toUpperCase(Locale.ROOT), category);
        }
    }

    /** A label found at some position: the NLM category and where the labelled text starts. */
    record Found(String category, int textStart) {
    }

    /**
     * The label at the start of [from, to), or null.
     *
     * @param inAbstract whether the text is part of an abstract, where title-case and unknown labels count
     */
    static Found atStart(CharSequence text, int from, int to, boolean inAbstract) {
        int start = TextScan.skipSpaces(text, from, to);
        int limit = Math.min(to, start + LONGEST_LABEL);
        for (int i = start; i < limit; i++) {
            char c = text.charAt(i);
            if (c == ':' || c == '\uFF1A') {
                return labelBefore(text, start, i, to, inAbstract);
            }
            if (!isLabelChar(c)) {
                return null;
            }
        }
        return null;
    }

    /**
     * Labels written inside a paragraph after a sentence ("... were included. RESULTS: Of the ..."), as
     * MEDLINE's one-paragraph abstracts carry them. Only labels in the table count here: an unknown
     * capitalised word before a colon inside a paragraph is too often an acronym.
     *
     * @param inAbstract whether the text is part of an abstract, where title-case labels count
     * @return the index where the label starts, and the found label; or null
     */
    static Inline nextInline(CharSequence text, int from, int to, boolean inAbstract) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != ':' && c != '\uFF1A') {
                continue;
            }
            int scanStart = i;
            while (scanStart > from && i - scanStart < LONGEST_LABEL && isLabelChar(text.charAt(scanStart - 1))) {
                scanStart--;
            }
            int labelStart = TextScan.skipSpaces(text, scanStart, i);
            if (labelStart == i || scanStart - from < 2) {
                continue;
            }
            // the label must follow a sentence end and a space ("... included. RESULTS: ..."); after a
            // full stop of Chinese or Japanese no space is written ("...两组。结果：...")
            boolean spaced = labelStart > scanStart || isFullWidthStop(text.charAt(scanStart - 1));
            if (!spaced || !TextScan.endsSentence(text, from, scanStart)) {
                continue;
            }
            Found found = known(text, labelStart, i, to, inAbstract);
            if (found != null) {
                return new Inline(labelStart, found);
            }
        }
        return null;
    }

    record Inline(int labelStart, Found label) {
    }

    private static boolean isFullWidthStop(char c) {
        return c == '\u3002' || c == '\uFF01' || c == '\uFF1F' || c == '\uFF0E';
    }

    /** The label (known, or in an abstract unknown) before the colon at {@code colon}, or null. */
    private static Found labelBefore(CharSequence text, int start, int colon, int to, boolean inAbstract) {
        String written = writtenLabel(text, start, colon, to);
        if (written == null) {
            return null;
        }
        String category = knownCategory(written, inAbstract);
        if (category == null && inAbstract && written.equals(written.toUpperCase(Locale.ROOT))
                && looksLikeUnknownLabel(written)) {
            category = UNASSIGNED;
        }
        return category == null ? null : new Found(category, TextScan.skipSpaces(text, colon + 1, to));
    }

    /** The label of the table before the colon at {@code colon}, or null. */
    private static Found known(CharSequence text, int start, int colon, int to, boolean inAbstract) {
        String written = writtenLabel(text, start, colon, to);
        String category = written == null ? null : knownCategory(written, inAbstract);
        return category == null ? null : new Found(category, TextScan.skipSpaces(text, colon + 1, to));
    }

    /** The category of a label of the table written in capitals or, in an abstract, in title case. */
    private static String knownCategory(String written, boolean inAbstract) {
        String key = written.toUpperCase(Locale.ROOT);
        String category = CATEGORIES.get(key);
        return category != null && (written.equals(key) || (inAbstract && isTitleCase(written))) ? category : null;
    }

    /** The label text before a colon with its spaces collapsed, or null where the colon cannot end a label. */
    private static String writtenLabel(CharSequence text, int start, int colon, int to) {
        int after = colon + 1;
        boolean fullWidthColon = text.charAt(colon) == '\uFF1A';
        if (!fullWidthColon && after < to && !TextScan.isSpace(text.charAt(after))) {
            return null; // "ratio:1" or a URL, not a label
        }
        int end = TextScan.trimEnd(text, start, colon);
        return end <= start ? null : collapseSpaces(text, start, end);
    }

    /** An unmapped label needs two words or a long word: "HIV:" or "COVID-19:" start sentences, not sections. */
    private static boolean looksLikeUnknownLabel(String written) {
        int letters = 0;
        int cased = 0;
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (Character.isDigit(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    cased++;
                }
            }
        }
        return cased == letters && (written.indexOf(' ') > 0 ? letters >= 6 : letters >= 8);
    }

    private static boolean isTitleCase(String written) {
        int first = written.codePointAt(0);
        if (!Character.isUpperCase(first)) {
            return false;
        }
        String rest = written.substring(Character.charCount(first));
        return rest.equals(rest.toLowerCase(Locale.ROOT));
    }

    private static boolean isLabelChar(char c) {
        return Character.isLetter(c) || c == ' ' || c == '&' || c == '/' || c == ',' || c == '-' || c == '\''
                || c == '\u2019' || c == '(' || c == ')' || Character.isDigit(c);
    }

    private static String collapseSpaces(CharSequence text, int start, int end) {
        StringBuilder label = new StringBuilder(end - start);
        boolean space = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                space = true;
                continue;
            }
            if (space) {
                label.append(' ');
                space = false;
            }
            label.append(c == '\u2019' ? '\'' : c);
        }
        return label.toString();
    }
}
