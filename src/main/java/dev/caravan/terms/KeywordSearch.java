package dev.caravan.terms;

import java.util.List;

/**
 * Finds every occurrence of a fixed set of distinct keywords in text, overlaps included, and reports them
 * in order of where they end, the longer first where two end together. Read-only once built.
 */
interface KeywordSearch {

    /** Receives an occurrence: text[start, end) is keyword number {@code keyword}. */
    @FunctionalInterface
    interface Hits {
        void hit(int start, int end, int keyword);
    }

    /** Reports every keyword occurrence in {@code text[0, length)}. */
    void scan(char[] text, int length, Hits hits);

    /**
     * The search that suits the keywords: a document's few defined short forms are built for every
     * document, and an Aho-Corasick automaton costs more to build (and for the JIT to compile) than the
     * few scans it would save; a vocabulary gets the automaton.
     */
    static KeywordSearch of(List<String> keywords) {
        return FewKeywords.accepts(keywords) ? new FewKeywords(keywords) : new KeywordAutomaton(keywords);
    }
}
