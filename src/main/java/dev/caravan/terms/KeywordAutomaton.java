package dev.caravan.terms;

import java.util.Arrays;
import java.util.List;

/**
 * An Aho-Corasick automaton over UTF-16 chars that reports every occurrence of every keyword, overlaps
 * included, in one pass over the text. Built once; read-only afterwards, so safe to share between threads.
 *
 * <p>Transitions live in one open-addressing hash table keyed by (state, char), which keeps construction
 * linear in the total length of the keywords. A double-array trie (com.hankcs aho-corasick-double-array-trie
 * 1.2.3) took 18-20 s to build 357,000 keywords on the project machine; see eval/terms/RESULTS.md.
 * States reached by an ASCII char also get a complete dense row of ASCII transitions (a bounded number
 * of them), because a hashed probe per char of English text dominated the term stage.
 */
final class KeywordAutomaton implements KeywordSearch {

    private static final int ROOT = 0;
    private static final long EMPTY = -1L;

    /** Entries in a row of the dense table: one per ASCII char. */
    private static final int ASCII = 128;
    /**
     * States with a dense row at most: 8 MB of table. The default vocabulary has about 10,000 states reached by
     * an ASCII char, and a state without a row costs a hashed probe per char of text.
     */
    private static final int MAX_DENSE_STATES = 16384;
    /** Set in a dense entry whose next state reports keywords. */
    private static final int OUTPUT_FLAG = 1 << 30;

    /**
     * Transitions from the root, by char, up to the highest char that starts a keyword: most text positions
     * fall back to the root.
     */
    private final int[] rootNext;
    /**
     * Complete ASCII transitions, failure links already followed, of the shallowest states reached by an
     * ASCII char (the root first), one row of {@link #ASCII} entries per such state, so English text moves
     * on with one dependent array read per char. An entry is the next state's dense number, with
     * {@link #OUTPUT_FLAG} when it reports keywords, or the complement of the next state when that has no row.
     */
    private final int[] dense;
    /** The state behind each dense number. */
    private final int[] stateOfDense;
    /** A state's dense number, or -1. */
    private final int[] denseOf;
    private final long[] edgeKeys;
    private final int[] edgeTargets;
    private final int mask;

    private final int[] fail;
    /** Nearest state along the failure chain (itself excluded) that ends a keyword, or -1. */
    private final int[] output;
    /** The state itself if it ends a keyword, else its {@link #output}: the first keyword to report there. */
    private final int[] firstOutput;
    /** The keyword a state ends, or -1. */
    private final int[] keywordOf;
    private final int[] depth;

    KeywordAutomaton(List<String> keywords) {
        int capacity = 1;
        for (String keyword : keywords) {
            capacity += keyword.length();
        }
        int tableSize = Integer.highestOneBit(Math.max(16, capacity * 2 - 1)) << 1;
        edgeKeys = new long[tableSize];
        edgeTargets = new int[tableSize];
        Arrays.fill(edgeKeys, EMPTY);
        mask = tableSize - 1;
        int[] keywordEnding = new int[capacity];
        int[] depths = new int[capacity];
        Arrays.fill(keywordEnding, -1);
        char highestFirst = 0;
        for (String keyword : keywords) {
            if (!keyword.isEmpty()) {
                highestFirst = (char) Math.max(highestFirst, keyword.charAt(0));
            }
        }
        rootNext = new int[highestFirst + 1];
        Arrays.fill(rootNext, -1);
        // children of each state as linked lists, for the breadth-first pass that sets failure links
        int[] firstChild = new int[capacity];
        int[] nextSibling = new int[capacity];
        char[] label = new char[capacity];
        Arrays.fill(firstChild, -1);
        int stateCount = 1;
        for (int k = 0; k < keywords.size(); k++) {
            String keyword = keywords.get(k);
            int state = ROOT;
            for (int i = 0; i < keyword.length(); i++) {
                char c = keyword.charAt(i);
                int next = next(state, c);
                if (next < 0) {
                    next = stateCount++;
                    depths[next] = depths[state] + 1;
                    label[next] = c;
                    nextSibling[next] = firstChild[state];
                    firstChild[state] = next;
                    link(state, c, next);
                }
                state = next;
            }
            if (state != ROOT && keywordEnding[state] < 0) {
                keywordEnding[state] = k;
            }
        }
        keywordOf = Arrays.copyOf(keywordEnding, stateCount);
        depth = Arrays.copyOf(depths, stateCount);
        fail = new int[stateCount];
        output = new int[stateCount];
        int[] queue = new int[stateCount];
        int head = 0;
        int tail = 0;
        output[ROOT] = -1;
        for (int child = firstChild[ROOT]; child >= 0; child = nextSibling[child]) {
            fail[child] = ROOT;
            output[child] = -1;
            queue[tail++] = child;
        }
        while (head < tail) {
            int state = queue[head++];
            for (int child = firstChild[state]; child >= 0; child = nextSibling[child]) {
                int target = fail[state];
                int next;
                while ((next = next(target, label[child])) < 0 && target != ROOT) {
                    target = fail[target];
                }
                fail[child] = next >= 0 ? next : ROOT;
                output[child] = keywordOf[fail[child]] >= 0 ? fail[child] : output[fail[child]];
                queue[tail++] = child;
            }
        }
        firstOutput = new int[stateCount];
        for (int state = 0; state < stateCount; state++) {
            firstOutput[state] = keywordOf[state] >= 0 ? state : output[state];
        }
        denseOf = new int[stateCount];
        Arrays.fill(denseOf, -1);
        int[] denseStates = new int[Math.min(stateCount, MAX_DENSE_STATES)];
        int denseCount = 1;
        denseOf[ROOT] = 0;
        // breadth-first order: the failure target of a state reached by an ASCII char is reached by the
        // same char and shallower, so it has a row, filled before
        for (int k = 0; k < tail && denseCount < denseStates.length; k++) {
            if (label[queue[k]] < ASCII) {
                denseOf[queue[k]] = denseCount;
                denseStates[denseCount++] = queue[k];
            }
        }
        stateOfDense = Arrays.copyOf(denseStates, denseCount);
        int[] targets = new int[denseCount * ASCII];
        for (int c = 0; c < ASCII; c++) {
            targets[c] = Math.max(c < rootNext.length ? rootNext[c] : -1, ROOT);
        }
        for (int d = 1; d < denseCount; d++) {
            int state = stateOfDense[d];
            System.arraycopy(targets, denseOf[fail[state]] * ASCII, targets, d * ASCII, ASCII);
            for (int child = firstChild[state]; child >= 0; child = nextSibling[child]) {
                if (label[child] < ASCII) {
                    targets[d * ASCII + label[child]] = child;
                }
            }
        }
        dense = new int[targets.length];
        for (int i = 0; i < targets.length; i++) {
            int target = targets[i];
            dense[i] = denseOf[target] < 0 ? ~target : denseOf[target] | (firstOutput[target] >= 0 ? OUTPUT_FLAG : 0);
        }
    }

    @Override
    public void scan(char[] text, int length, Hits hits) {
        int state = ROOT;
        // while the automaton is in a state with a dense row, only its dense number is kept up to date
        int denseState = 0;
        for (int i = 0; i < length; i++) {
            char c = text[i];
            if (c < ASCII && denseState >= 0) {
                int entry = dense[denseState * ASCII + c];
                if (entry >= 0) {
                    denseState = entry & ~OUTPUT_FLAG;
                    if ((entry & OUTPUT_FLAG) == 0) {
                        continue;
                    }
                    state = stateOfDense[denseState];
                } else {
                    state = ~entry;
                    denseState = -1;
                }
            } else {
                state = step(denseState >= 0 ? stateOfDense[denseState] : state, c);
                denseState = denseOf[state];
            }
            for (int found = firstOutput[state]; found >= 0; found = output[found]) {
                hits.hit(i + 1 - depth[found], i + 1, keywordOf[found]);
            }
        }
    }

    /** The state after {@code c}, following failure links until a transition or a dense row takes it. */
    private int step(int state, char c) {
        while (true) {
            if (c < ASCII && denseOf[state] >= 0) {
                int entry = dense[denseOf[state] * ASCII + c];
                return entry >= 0 ? stateOfDense[entry & ~OUTPUT_FLAG] : ~entry;
            }
            int next = next(state, c);
            if (next >= 0) {
                return next;
            }
            if (state == ROOT) {
                return ROOT;
            }
            state = fail[state];
        }
    }

    private int next(int state, char c) {
        if (state == ROOT) {
            return c < rootNext.length ? rootNext[c] : -1;
        }
        long key = ((long) state << 16) | c;
        for (int slot = slot(key); ; slot = (slot + 1) & mask) {
            long stored = edgeKeys[slot];
            if (stored == key) {
                return edgeTargets[slot];
            }
            if (stored == EMPTY) {
                return -1;
            }
        }
    }

    private void link(int state, char c, int target) {
        if (state == ROOT) {
            rootNext[c] = target;
            return;
        }
        long key = ((long) state << 16) | c;
        int slot = slot(key);
        while (edgeKeys[slot] != EMPTY) {
            slot = (slot + 1) & mask;
        }
        edgeKeys[slot] = key;
        edgeTargets[slot] = target;
    }

    private int slot(long key) {
        long mixed = key * 0x9E3779B97F4A7C15L;
        return (int) (mixed >>> 32) & mask;
    }
}
