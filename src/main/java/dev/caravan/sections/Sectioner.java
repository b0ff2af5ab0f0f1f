package dev.caravan.sections;

import dev.caravan.model.DecodedText;
import dev.caravan.model.Document;
import dev.caravan.model.Section;
import dev.caravan.model.SectionType;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The sectioning stage: splits a decoded plain-text or Markdown document into sections.
 *
 * <p>Body in: {@link DecodedText}; body out: {@link Document} with its sections and, when the text holds a
 * PubMed record, the record's citation as metadata. Section offsets are code points of the decoded text and
 * each section's text is exactly the text between its offsets.
 *
 * <p>Stateless after construction: one instance may serve concurrent exchanges.
 */
public class Sectioner implements Processor {

    /** The proposed default of {@code caravan.limits.max-sections}. */
    public static final int DEFAULT_MAX_SECTIONS = 10_000;

    /** A record title sits below every Markdown heading level, so any later heading closes it. */
    private static final int TITLE_LEVEL = 7;
    /** "Abstract", "摘要": below the record title. */
    private static final int ABSTRACT_HEADING_LEVEL = 8;

    /** The default of {@code caravan.max-section-chars}. */
    public static final int DEFAULT_MAX_SECTION_CHARS = 100_000;

    private final int maxSections;
    private final int maxSectionChars;
    private final CitationParser citationParser = new CitationParser();
    private final AffiliationDetector affiliations = new AffiliationDetector();

    /**
     * @param maxSections     the most sections a document may have; more throw {@link SectionLimitException}
     * @param maxSectionChars the longest section, in UTF-16 chars: a longer block (a 50 MB line, say) becomes
     *                        several sections, cut after a sentence or at a space, so that no later stage has to
     *                        hold one giant section whole
     */
    public Sectioner(int maxSections, int maxSectionChars) {
        if (maxSections < 1) {
            throw new IllegalArgumentException("maxSections must be at least 1, was " + maxSections);
        }
        if (maxSectionChars < 2) {
            throw new IllegalArgumentException("maxSectionChars must be at least 2, was " + maxSectionChars);
        }
        this.maxSections = maxSections;
        this.maxSectionChars = maxSectionChars;
    }

    public Sectioner(int maxSections) {
        this(maxSections, DEFAULT_MAX_SECTION_CHARS);
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        DecodedText decoded = exchange.getMessage().getMandatoryBody(DecodedText.class);
        exchange.getMessage().setBody(split(decoded));
    }

    /**
     * Splits a document into sections.
     *
     * @throws SectionLimitException when the document has more than the configured number of sections
     */
    public Document split(DecodedText decoded) {
        String text = decoded.text();
        boolean markdown = decoded.source() != null && decoded.source().isMarkdown();
        List<Block> blocks = new BlockParser(text, markdown, maxSections, citationParser).parse();
        PubMedRecords records = new PubMedRecords(text, blocks, citationParser, affiliations);
        List<Section> sections = new Assembly(text, blocks, records).run();
        return Document.of(decoded.source(), records.metadata(), sections);
    }

    /** Turns the typed blocks into sections, in document order, with heading paths and labels. */
    private final class Assembly {
        private final String text;
        private final List<Block> blocks;
        private final PubMedRecords records;
        private final List<Section> sections = new ArrayList<>();
        private final Deque<Heading> headings = new ArrayDeque<>();
        private List<String> path = List.of();
        // code points before charCursor, so offsets convert in one pass over the text
        private int charCursor;
        private int codePointCursor;
        private String pendingLabel;

        Assembly(String text, List<Block> blocks, PubMedRecords records) {
            this.text = text;
            this.blocks = blocks;
            this.records = records;
        }

        List<Section> run() {
            for (int i = 0; i < blocks.size(); i++) {
                Block block = blocks.get(i);
                int start = records.textStart(i);
                if (records.startsRecord(i)) {
                    closeHeadings(TITLE_LEVEL); // the previous record's title does not head this one
                }
                PubMedRecords.Role role = records.role(i);
                if (role != PubMedRecords.Role.ABSTRACT && role != PubMedRecords.Role.TEXT) {
                    pendingLabel = null; // a label alone on its line names only the paragraph after it
                }
                switch (role) {
                    case SKIP -> { }
                    case CITATION, IDENTIFIERS -> emit(SectionType.CITATION, null, start, block.end());
                    case AFFILIATION -> emit(SectionType.AFFILIATION, null, start, block.end());
                    case AUTHORS, LANGUAGE_NOTE, TRAILER -> emit(SectionType.PARAGRAPH, null, start, block.end());
                    case TITLE -> heading(TITLE_LEVEL, start, block.end());
                    case ABSTRACT_HEADING -> heading(ABSTRACT_HEADING_LEVEL, start, block.end());
                    case ABSTRACT -> labelled(SectionType.ABSTRACT, true, start, block.end());
                    case TEXT -> text(block, start);
                }
            }
            return sections;
        }

        private void text(Block block, int start) {
            switch (block.kind()) {
                case HEADING -> heading(block.level(), start, block.end());
                case PARAGRAPH -> labelled(SectionType.PARAGRAPH, false, start, block.end());
                case LIST_ITEM -> labelled(SectionType.LIST_ITEM, false, start, block.end());
                case CODE, TABLE -> emit(SectionType.PARAGRAPH, null, start, block.end());
            }
        }

        private void heading(int level, int start, int end) {
            pendingLabel = null;
            closeHeadings(level);
            Section section = emit(SectionType.HEADING, null, start, end);
            if (section != null) {
                // a wrapped heading is one line in the path
                headings.addLast(new Heading(level, section.text().replaceAll("\\s+", " ")));
                path = headings.stream().map(Heading::text).toList();
            }
        }

        private void closeHeadings(int level) {
            while (!headings.isEmpty() && headings.peekLast().level() >= level) {
                headings.removeLast();
            }
            path = headings.stream().map(Heading::text).toList();
        }

        /**
         * A block that may start with a structured-abstract label; a labelled block is split again at
         * labels inside it ("... were included. RESULTS: ...").
         */
        private void labelled(SectionType type, boolean inAbstract, int start, int end) {
            StructuredLabels.Found found = StructuredLabels.atStart(text, start, end, inAbstract);
            if (found == null) {
                String label = pendingLabel;
                pendingLabel = null;
                emit(type, label, start, end);
                return;
            }
            if (TextScan.isBlank(text, found.textStart(), end)) {
                pendingLabel = found.category(); // a label on a line of its own names the next block
                return;
            }
            pendingLabel = null;
            String label = found.category();
            int from = found.textStart();
            StructuredLabels.Inline next;
            while ((next = StructuredLabels.nextInline(text, from, end, inAbstract)) != null) {
                emit(type, label, from, next.labelStart());
                label = next.label().category();
                from = next.label().textStart();
            }
            emit(type, label, from, end);
        }

        /**
         * Adds a section for the trimmed text in [start, end), or several when it is longer than maxSectionChars;
         * returns the (first) section, or null when that text is empty.
         */
        private Section emit(SectionType type, String label, int start, int end) {
            int s = TextScan.skipSpaces(text, start, end);
            int e = TextScan.trimEnd(text, s, end);
            if (e <= s) {
                return null;
            }
            Section first = null;
            while (e - s > maxSectionChars) {
                int cut = cut(s);
                Section piece = add(type, label, s, TextScan.trimEnd(text, s, cut));  // text[s] is no space
                first = first == null ? piece : first;
                s = TextScan.skipSpaces(text, cut, e);
            }
            Section last = add(type, label, s, e);
            return first == null ? last : first;
        }

        /**
         * Where the piece of an over-long block that starts at {@code from} ends: within maxSectionChars, after
         * the last sentence end in the second half of that window, else at its last space, else (one unbroken
         * run of letters) at the window's end, never inside a surrogate pair.
         */
        private int cut(int from) {
            int limit = from + maxSectionChars;
            int lastSpace = -1;
            for (int i = limit; i > from + maxSectionChars / 2; i--) {
                boolean space = TextScan.isSpace(text.charAt(i));
                // a full-width sentence end (。！？) needs no space after it
                if ((space || text.charAt(i - 1) >= '\u3000') && TextScan.endsSentence(text, from, i)) {
                    return i;
                }
                if (space && lastSpace < 0) {
                    lastSpace = i;
                }
            }
            if (lastSpace >= 0) {
                return lastSpace;
            }
            return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
        }

        /** Adds the section for [s, e), which is trimmed and not empty. */
        private Section add(SectionType type, String label, int s, int e) {
            if (sections.size() == maxSections) {
                throw new SectionLimitException(maxSections);
            }
            int first = toCodePoints(s);
            int last = toCodePoints(e);
            Section section = Section.of(sections.size(), type, label, path, text.substring(s, e), first, last);
            sections.add(section);
            return section;
        }

        /** Sections come in document order, so each conversion continues from the previous one. */
        private int toCodePoints(int charIndex) {
            codePointCursor += Character.codePointCount(text, charCursor, charIndex);
            charCursor = charIndex;
            return codePointCursor;
        }
    }

    private record Heading(int level, String text) {
    }
}
