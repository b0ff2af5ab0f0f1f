package dev.caravan.terms;

/**
 * A possible mention before overlaps are resolved, in UTF-16 offsets of the section text.
 *
 * @param rank lower wins between candidates of the same span (document abbreviations before vocabulary)
 */
record Candidate(int charStart, int charEnd, Concept concept, int rank) {

    int length() {
        return charEnd - charStart;
    }

    boolean overlaps(Candidate other) {
        return charStart < other.charEnd && other.charStart < charEnd;
    }
}
