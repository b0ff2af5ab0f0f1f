package dev.caravan.sections;

import dev.caravan.model.Checkpoint;
import dev.caravan.sections.Block.Kind;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits decoded text into blocks: headings, paragraphs, list items, fenced code and tables.
 *
 * <p>A subset of Markdown block syntax, read line by line without recursion: container markers (block
 * quotes and list markers) are consumed in a loop, so nesting depth costs nothing but the characters. Every
 * test looks at a bounded number of characters or scans a line once, so the whole pass is linear.
 *
 * <p>In plain text, Markdown syntax is recognised only where it is unambiguous: an ATX heading must be short
 * and must not end like a sentence, a setext heading must be one short line over a rule of at least three
 * characters, and an ordered list number has at most three digits.
 */
final class BlockParser {

    /** Lines wider than this (display columns) are not hard-wrapped: each is a paragraph of its own. */
    private static final int LONGEST_WRAPPED_LINE = 250;
    private static final int LONGEST_TEXT_HEADING = 150;
    private static final int SHORTEST_WRAPPED_LINE = 50;
    private static final int LONGEST_TEXT_SETEXT_HEADING = 200;

    private final String text;
    private final boolean markdown;
    private final List<Block> blocks = new ArrayList<>();

    // the block being assembled
    private Kind openKind;
    private int openDepth;
    private int openStart;
    private int openEnd;
    private int lastLineStart;
    private int lineCount;
    private Kind lastClosedKind;
    private boolean blankSinceLastBlock;

    // the container prefix of the current line, set by readPrefix
    private int contentStart;
    private int quoteDepth;
    private boolean listMarker;
    private int indent;

    private final int maxSections;
    private final long maxBlocks;
    private final CitationParser citations;

    /**
     * @param maxSections the section limit: blocks are counted as they are made, so that a document with
     *                    millions of tiny blocks fails early instead of filling memory. Every block but a
     *                    label standing alone yields a section, so more than twice the limit of blocks
     *                    certainly exceeds it.
     */
    BlockParser(String text, boolean markdown, int maxSections, CitationParser citations) {
        this.text = text;
        this.markdown = markdown;
        this.citations = citations;
        this.maxSections = maxSections;
        this.maxBlocks = 2L * maxSections + 2;
    }

    List<Block> parse() {
        int n = text.length();
        int lineStart = markdown ? readFrontMatter() : 0;
        while (lineStart < n) {
            Checkpoint.check();
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            lineStart = handleLine(lineStart, lineEnd);
        }
        close();
        return blocks;
    }

    /**
     * Reads a YAML front matter block ("---" on the first line up to a closing "---" or "...") as one code-like
     * block, so its closing rule does not turn its last line into a setext heading.
     *
     * @return where the text after the front matter starts; 0 when there is none
     */
    private int readFrontMatter() {
        int firstEnd = text.indexOf('\n');
        if (firstEnd < 0 || !isLine(0, firstEnd, "---")) {
            return 0;
        }
        for (int lineStart = firstEnd + 1; lineStart < text.length(); ) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            if (isLine(lineStart, lineEnd, "---") || isLine(lineStart, lineEnd, "...")) {
                addBlock(Kind.CODE, 0, firstEnd + 1, lineStart);
                return Math.min(lineEnd + 1, text.length());
            }
            lineStart = lineEnd + 1;
        }
        return 0;
    }

    private boolean isLine(int lineStart, int lineEnd, String content) {
        int end = TextScan.trimEnd(text, lineStart, lineEnd);
        return end - lineStart == content.length() && text.startsWith(content, lineStart);
    }

    /** Handles one line and returns where the next unhandled line starts. */
    private int handleLine(int lineStart, int lineEnd) {
        int next = Math.min(lineEnd + 1, text.length());
        readPrefix(lineStart, lineEnd);
        int cs = contentStart;
        if (TextScan.isBlank(text, cs, lineEnd)) {
            close();
            blankSinceLastBlock = true;
            return next;
        }
        int fenceLength = fenceLength(cs, lineEnd);
        if (fenceLength > 0) {
            close();
            return readFencedCode(text.charAt(cs), fenceLength, next);
        }
        int level = atxLevel(cs, lineEnd);
        if (level > 0) {
            close();
            // "# #" has no text: its closing run starts where the text would
            int end = atxContentEnd(cs + level, lineEnd);
            addBlock(Kind.HEADING, level, Math.min(atxContentStart(cs, level, lineEnd), end), end);
            return next;
        }
        int setextLevel = setextLevel(cs, lineEnd);
        if (setextLevel > 0 && openKind == Kind.PARAGRAPH && !listMarker && quoteDepth == openDepth
                && (markdown || (lineCount == 1
                && codePoints(openStart, openEnd) <= LONGEST_TEXT_SETEXT_HEADING))) {
            int start = openStart;
            int end = openEnd;
            openKind = null;
            addBlock(Kind.HEADING, setextLevel, start, end);
            return next;
        }
        if (!listMarker && isThematicBreak(cs, lineEnd)) {
            close();
            return next;
        }
        if (listMarker) {
            close();
            open(Kind.LIST_ITEM, cs, lineEnd);
            return next;
        }
        if (text.charAt(cs) == '|') {
            if (openKind == Kind.TABLE && quoteDepth == openDepth) {
                openEnd = lineEnd;
            } else {
                close();
                open(Kind.TABLE, cs, lineEnd);
            }
            return next;
        }
        boolean continues = openKind == Kind.PARAGRAPH
                || (openKind == Kind.LIST_ITEM && (markdown || indent > 0 || quoteDepth > 0 || itemWrapsOn()));
        if (continues && (quoteDepth == openDepth || quoteDepth == 0)) {
            addLine(cs, lineEnd);
            return next;
        }
        close();
        // an indented paragraph after a blank line that follows a list item is more of that item
        boolean itemContinuation = lastClosedKind == Kind.LIST_ITEM && blankSinceLastBlock && indent >= 2;
        open(itemContinuation ? Kind.LIST_ITEM : Kind.PARAGRAPH, cs, lineEnd);
        return next;
    }

    /**
     * In plain text an unindented line after a list item continues it only when the item's last line looks
     * hard-wrapped: long and stopping mid-sentence, as in PubMed's wrapped "1. J Psychopharmacol. ..." lines.
     * Markdown takes every such lazy line.
     */
    private boolean itemWrapsOn() {
        return codePoints(lastLineStart, TextScan.trimEnd(text, lastLineStart, openEnd)) >= SHORTEST_WRAPPED_LINE
                && !TextScan.endsSentence(text, lastLineStart, openEnd);
    }

    /**
     * Consumes block-quote markers and list markers at the start of a line, in a loop: deeply nested
     * containers cost one iteration per marker, never a recursive call.
     */
    private void readPrefix(int lineStart, int lineEnd) {
        int p = TextScan.skipSpaces(text, lineStart, lineEnd);
        indent = p - lineStart;
        quoteDepth = 0;
        listMarker = false;
        boolean outermost = true;
        while (p < lineEnd) {
            char c = text.charAt(p);
            if (c == '>' && (markdown || !isComparison(p, lineEnd))) {
                quoteDepth++;
                p = TextScan.skipSpaces(text, p + 1, lineEnd);
            } else {
                // a rule such as "- - -" is not a list; checked once, on the outermost container only
                if (outermost && isThematicBreak(p, lineEnd)) {
                    break;
                }
                int after = listMarkerEnd(p, lineEnd);
                if (after < 0) {
                    break;
                }
                listMarker = true;
                p = TextScan.skipSpaces(text, after, lineEnd);
            }
            outermost = false;
        }
        contentStart = p;
    }

    /** In plain text "> 50 years" or ">=2" at the start of a line compares; it does not quote. */
    private boolean isComparison(int p, int lineEnd) {
        int next = TextScan.skipSpaces(text, p + 1, lineEnd);
        return next < lineEnd && (Character.isDigit(text.charAt(next)) || text.charAt(next) == '=');
    }

    /** Index just past a list marker and its following space at {@code p}, or -1. */
    private int listMarkerEnd(int p, int lineEnd) {
        char c = text.charAt(p);
        int after;
        if (c == '-' || c == '*' || c == '+' || c == '\u2022') {
            after = p + 1;
        } else {
            int maxDigits = markdown ? 9 : 3;
            int i = p;
            while (i < lineEnd && i - p < maxDigits + 1 && c >= '0' && c <= '9') {
                i++;
                c = i < lineEnd ? text.charAt(i) : ' ';
            }
            int digits = i - p;
            if (digits == 0 || digits > maxDigits || i >= lineEnd || (c != '.' && c != ')')) {
                return -1;
            }
            after = i + 1;
        }
        if (after >= lineEnd || (text.charAt(after) != ' ' && text.charAt(after) != '\t')) {
            return -1;
        }
        return after + 1;
    }

    private boolean isThematicBreak(int from, int lineEnd) {
        char rule = text.charAt(from);
        if (rule != '-' && rule != '*' && rule != '_') {
            return false;
        }
        int marks = 0;
        for (int i = from; i < lineEnd; i++) {
            char c = text.charAt(i);
            if (c == rule) {
                marks++;
            } else if (!TextScan.isSpace(c)) {
                return false;
            }
        }
        return marks >= 3;
    }

    private int fenceLength(int cs, int lineEnd) {
        char c = text.charAt(cs);
        if (c != '`' && c != '~') {
            return 0;
        }
        int i = cs;
        while (i < lineEnd && text.charAt(i) == c) {
            i++;
        }
        return i - cs >= 3 ? i - cs : 0;
    }

    /** Reads a fenced code block whose content starts at {@code from}; returns where the next line starts. */
    private int readFencedCode(char fence, int fenceLength, int from) {
        int n = text.length();
        int lineStart = from;
        while (lineStart < n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            int p = lineStart;
            while (p < lineEnd && (TextScan.isSpace(text.charAt(p)) || text.charAt(p) == '>')) {
                p++;
            }
            int run = p;
            while (run < lineEnd && text.charAt(run) == fence) {
                run++;
            }
            if (run - p >= fenceLength && TextScan.isBlank(text, run, lineEnd)) {
                addBlock(Kind.CODE, 0, from, lineStart);
                return Math.min(lineEnd + 1, n);
            }
            lineStart = lineEnd + 1;
        }
        addBlock(Kind.CODE, 0, from, n);
        return n;
    }

    private int atxLevel(int cs, int lineEnd) {
        int i = cs;
        while (i < lineEnd && i - cs < 7 && text.charAt(i) == '#') {
            i++;
        }
        int level = i - cs;
        if (level == 0 || level > 6 || (i < lineEnd && !TextScan.isSpace(text.charAt(i)))) {
            return 0;
        }
        if (!markdown) {
            int start = TextScan.skipSpaces(text, i, lineEnd);
            int end = atxContentEnd(i, lineEnd);
            if (start >= end || codePoints(start, end) > LONGEST_TEXT_HEADING) {
                return 0;
            }
            char last = text.charAt(end - 1);
            if (last == '.' || last == ',' || last == ';') {
                return 0;
            }
        }
        return level;
    }

    private int atxContentStart(int cs, int level, int lineEnd) {
        return TextScan.skipSpaces(text, cs + level, lineEnd);
    }

    /** End of an ATX heading's text: without trailing spaces and an optional closing run of '#'. */
    private int atxContentEnd(int afterMarks, int lineEnd) {
        int end = TextScan.trimEnd(text, afterMarks, lineEnd);
        int hashes = end;
        while (hashes > afterMarks && text.charAt(hashes - 1) == '#') {
            hashes--;
        }
        if (hashes < end && (hashes == afterMarks || TextScan.isSpace(text.charAt(hashes - 1)))) {
            end = TextScan.trimEnd(text, afterMarks, hashes);
        }
        return end;
    }

    private int setextLevel(int cs, int lineEnd) {
        char c = text.charAt(cs);
        if (c != '=' && c != '-') {
            return 0;
        }
        int end = TextScan.trimEnd(text, cs, lineEnd);
        for (int i = cs; i < end; i++) {
            if (text.charAt(i) != c) {
                return 0;
            }
        }
        int minimum = markdown ? 2 : 3;
        if (end - cs < minimum) {
            return 0;
        }
        return c == '=' ? 1 : 2;
    }

    private void open(Kind kind, int start, int lineEnd) {
        openKind = kind;
        openDepth = quoteDepth;
        openStart = start;
        lineCount = 0;
        addLine(start, lineEnd);
    }

    private void addLine(int start, int lineEnd) {
        lastLineStart = start;
        openEnd = lineEnd;
        lineCount++;
    }

    private void close() {
        if (openKind == null) {
            return;
        }
        Kind kind = openKind;
        openKind = null;
        if (kind == Kind.PARAGRAPH && lineCount > 1) {
            splitParagraph();
        } else {
            addBlock(kind, 0, openStart, openEnd);
        }
    }

    private void addBlock(Kind kind, int level, int start, int end) {
        if (blocks.size() == maxBlocks) {
            throw new SectionLimitException(maxSections);
        }
        blocks.add(new Block(kind, level, start, end));
        lastClosedKind = kind;
        blankSinceLastBlock = false;
    }

    /**
     * Decides where the lines of a multi-line paragraph are paragraph breaks.
     *
     * <p>A MEDLINE citation line is always a paragraph of its own (with the lines that carry it on), and a
     * line that starts with a structured-abstract label or an "(1)" enumerator always starts a paragraph.
     * Hard-wrapped prose never has very long lines, so a block with a line wider than
     * {@link #LONGEST_WRAPPED_LINE} columns is written one paragraph per line, and so is a plain-text block of
     * three or more lines that all end a sentence (a wrapper breaks mid-sentence) or whose lines are mostly well
     * short of the longest (a wrapper fills its lines). There every line break is a paragraph break unless the
     * next line plainly continues a sentence (the line does not end a sentence and the next starts in lower
     * case). In a hard-wrapped block of plain text a break is a paragraph break only where the next line's
     * first word would still have fitted on the line (a greedy wrapper would have put it there, so the writer
     * broke the line on purpose: after a paragraph or a title line) and does not start in lower case. Markdown
     * keeps hard-wrapped lines together, because writing one sentence per line is a common style there.
     *
     * <p>Two passes over the lines, keeping nothing per line, so a paragraph of millions of lines costs no
     * memory beyond its blocks.
     */
    private void splitParagraph() {
        // a wrapper's width is at least the longest line
        int longest = 0;
        boolean everyLineEndsSentence = true;
        Lines lines = new Lines();
        while (lines.advance()) {
            longest = Math.max(longest, width(lines.start, lines.end));
            everyLineEndsSentence &= TextScan.endsSentence(text, lines.start, lines.end);
        }
        boolean unwrapped = longest > LONGEST_WRAPPED_LINE
                || (!markdown && ((lineCount >= 3 && everyLineEndsSentence) || isRagged(longest)));
        lines = new Lines();
        lines.advance();
        int pieceStart = lines.start;
        int previousStart = lines.start;
        int previousEnd = lines.end;
        boolean inCitation = isCitation(lines.start, lines.end);
        while (lines.advance()) {
            boolean cites = isCitation(lines.start, lines.end);
            // a citation line stands alone, with the lines that carry it on ("Epub 2020 Nov 6.")
            boolean carriesOn = inCitation && continuesCitation(lines.start, lines.end);
            boolean citationBreak = cites || (inCitation && !carriesOn);
            if (citationBreak || isParagraphBreak(previousStart, previousEnd, lines.start, lines.end, unwrapped,
                    longest)) {
                addBlock(Kind.PARAGRAPH, 0, pieceStart, previousEnd);
                pieceStart = lines.start;
            }
            previousStart = lines.start;
            previousEnd = lines.end;
            inCitation = cites || carriesOn;
        }
        addBlock(Kind.PARAGRAPH, 0, pieceStart, previousEnd);
    }

    private boolean isCitation(int start, int end) {
        return end - start <= CitationParser.LONGEST_LINE && citations.parse(text.substring(start, end)).isPresent();
    }

    private boolean continuesCitation(int start, int end) {
        int first = TextScan.firstCodePoint(text, start, end);
        return !Character.isUpperCase(first) || CitationParser.startsTrailingPart(text, start, end);
    }

    /**
     * Whether most lines but the last are well short of the longest: a wrapper fills its lines, so such a
     * block holds short paragraphs one per line ("Abstract", a title, a one-sentence paragraph).
     */
    private boolean isRagged(int longest) {
        int full = 0;
        int lineIndex = 0;
        Lines lines = new Lines();
        while (lines.advance()) {
            if (lineIndex < lineCount - 1 && width(lines.start, lines.end) * 4L >= longest * 3L) {
                full++;
            }
            lineIndex++;
        }
        return full * 2 < lineCount - 1;
    }

    private boolean isParagraphBreak(int start, int end, int nextStart, int nextEnd, boolean unwrapped,
                                     int wrapWidth) {
        if (startsWithEnumerator(nextStart, nextEnd)
                || StructuredLabels.atStart(text, nextStart, nextEnd, false) != null) {
            return true;
        }
        if (unwrapped) {
            return !continuesSentence(start, end, nextStart, nextEnd);
        }
        return !markdown && !Character.isLowerCase(TextScan.firstCodePoint(text, nextStart, nextEnd))
                && width(start, end) + gap(start, end, nextStart, nextEnd)
                + TextScan.firstWordWidth(text, nextStart, nextEnd) <= wrapWidth;
    }

    /** The lines of the open paragraph, each from its content (past quote markers) to its end. */
    private final class Lines {
        private int start;
        private int end;
        private int next = openStart;
        private boolean first = true;

        boolean advance() {
            if (next > openEnd) {
                return false;
            }
            int lineEnd = text.indexOf('\n', next);
            if (lineEnd < 0 || lineEnd > openEnd) {
                lineEnd = openEnd;
            }
            // the first line starts at the block's content; later ones are plain text lines, whose prefix
            // can only be indentation and block-quote markers
            start = first ? next : quotedContentStart(next, lineEnd);
            end = lineEnd;
            first = false;
            next = lineEnd + 1;
            return true;
        }
    }

    private int quotedContentStart(int lineStart, int lineEnd) {
        int p = TextScan.skipSpaces(text, lineStart, lineEnd);
        while (p < lineEnd && text.charAt(p) == '>' && (markdown || !isComparison(p, lineEnd))) {
            p = TextScan.skipSpaces(text, p + 1, lineEnd);
        }
        return p;
    }

    /** Whether the line [nextStart, nextEnd) carries on the sentence of the line [start, end). */
    private boolean continuesSentence(int start, int end, int nextStart, int nextEnd) {
        int last = TextScan.lastCodePoint(text, start, end);
        int first = TextScan.firstCodePoint(text, nextStart, nextEnd);
        if (last == '-' || last == ',' || last == '\u00AD') {
            return true;
        }
        return !TextScan.endsSentence(text, start, end) && last != ':' && last != ';' && Character.isLowerCase(first);
    }

    /** Space a wrapper would have put between a line and the next word: none next to CJK characters. */
    private int gap(int start, int end, int nextStart, int nextEnd) {
        int last = TextScan.lastCodePoint(text, start, end);
        int first = TextScan.firstCodePoint(text, nextStart, nextEnd);
        return TextScan.isUnspacedScript(last) || TextScan.isUnspacedScript(first) ? 0 : 1;
    }

    /** Numbered lines such as "(1)Department of ...", the PubMed way of listing affiliations. */
    private boolean startsWithEnumerator(int from, int to) {
        int i = TextScan.skipSpaces(text, from, to);
        if (i >= to || text.charAt(i) != '(') {
            return false;
        }
        int digits = 0;
        i++;
        while (i < to && digits < 4 && Character.isDigit(text.charAt(i))) {
            i++;
            digits++;
        }
        return digits > 0 && digits < 4 && i < to && text.charAt(i) == ')';
    }

    /** Display width of a line without its trailing spaces: what a wrapper measures. */
    private int width(int start, int end) {
        return TextScan.displayWidth(text, start, TextScan.trimEnd(text, start, end));
    }

    private int codePoints(int from, int to) {
        return Character.codePointCount(text, from, to);
    }
}
