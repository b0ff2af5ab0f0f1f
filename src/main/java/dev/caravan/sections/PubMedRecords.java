package dev.caravan.sections;

import dev.caravan.model.Citation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds PubMed records among the blocks of a document and gives each block its role in its record.
 *
 * <p>A record is anchored on a MEDLINE citation line. Two layouts are read:
 * <ul>
 * <li>the one of copied abstracts: affiliation lines, the citation line, then the abstract paragraphs
 * (possibly again in another language);</li>
 * <li>PubMed's "Abstract" text export: the citation line, the title, the authors, "Author information:"
 * with numbered affiliations, the abstract, then copyright, DOI, PMID and PMCID lines.</li>
 * </ul>
 * Blocks outside any record keep the role {@link Role#TEXT}.
 */
final class PubMedRecords {

    enum Role {
        TEXT, AFFILIATION, CITATION, TITLE, LANGUAGE_NOTE, AUTHORS, SKIP, ABSTRACT_HEADING, ABSTRACT, IDENTIFIERS,
        TRAILER
    }

    private static final int LONGEST_TITLE = 400;
    private static final int LONGEST_AUTHOR_LIST = 5000;
    private static final int LONGEST_AUTHOR_NAME = 60;
    private static final String AUTHOR_INFORMATION = "author information:";
    private static final List<String> TRAILER_STARTS = List.of("copyright", "©", "(c) ", "conflict of interest",
            "declaration of competing interest", "competing interests:", "keywords:", "key words:", "comment in",
            "comment on", "erratum in", "update of", "update in", "retraction in", "republished in",
            "publication types", "mesh terms", "substances", "grant support", "collaborators:", "free pmc article",
            "similar articles", "cited by");
    /** PubMed's note under the title of an article not written in English: "[Article in German]". */
    private static final String LANGUAGE_NOTE = "[article in ";
    /** Lines that announce an abstract, in the languages abstracts are commonly translated to. */
    private static final Set<String> ABSTRACT_HEADINGS = Set.of("abstract", "summary", "english abstract",
            "zusammenfassung", "kurzfassung", "résumé", "resume", "resumen", "resumo", "riassunto", "sommario",
            "samenvatting", "streszczenie", "sammanfattning", "tiivistelmä", "özet", "аннотация", "резюме",
            "реферат", "摘要", "中文摘要", "英文摘要", "要旨", "抄録", "要約", "초록");
    private static final int LONGEST_ABSTRACT_HEADING = 40;
    private static final List<String> IDENTIFIER_KEYS = List.of("doi:", "pmid:", "pmcid:", "nihmsid:");
    private static final List<String> NAME_PARTICLES = List.of("van", "der", "den", "de", "da", "di", "dos", "das",
            "del", "della", "von", "zu", "la", "le", "du", "ten", "ter", "y", "e", "bin", "al", "el");

    private final String text;
    private final List<Block> blocks;
    private final CitationParser citationParser;
    private final AffiliationDetector affiliations;
    private final Role[] roles;
    private final int[] textStarts;
    private final boolean[] recordStarts;
    private Citation metadata;

    PubMedRecords(String text, List<Block> blocks, CitationParser citationParser, AffiliationDetector affiliations) {
        this.text = text;
        this.blocks = blocks;
        this.citationParser = citationParser;
        this.affiliations = affiliations;
        this.roles = new Role[blocks.size()];
        this.textStarts = new int[blocks.size()];
        this.recordStarts = new boolean[blocks.size()];
        Arrays.fill(roles, Role.TEXT);
        for (int i = 0; i < blocks.size(); i++) {
            textStarts[i] = blocks.get(i).start();
        }
        read();
    }

    Role role(int block) {
        return roles[block];
    }

    /** Where the section text of a block starts: past an "(1)" or "Author information:" prefix. */
    int textStart(int block) {
        return textStarts[block];
    }

    /** Whether a record starts at this block (its first affiliation line, or else its citation line). */
    boolean startsRecord(int block) {
        return recordStarts[block];
    }

    /** The first record's citation, completed from its DOI/PMID/PMCID lines; null without a record. */
    Citation metadata() {
        return metadata;
    }

    private void read() {
        List<Integer> citationBlocks = new ArrayList<>();
        List<Citation> citations = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            // PubMed's text export wraps long citation lines, so a short block of several lines may be one
            if ((block.kind() == Block.Kind.PARAGRAPH || isLoneListItem(i))
                    && block.end() - block.start() <= CitationParser.LONGEST_LINE) {
                Optional<Citation> citation = citationParser.parse(text.substring(block.start(), block.end()));
                if (citation.isPresent()) {
                    roles[i] = Role.CITATION;
                    citationBlocks.add(i);
                    citations.add(citation.get());
                }
            }
        }
        if (citationBlocks.isEmpty()) {
            return;
        }
        metadata = citations.get(0);
        // affiliation lines directly before each citation first, so a record's body stops where they begin
        int previous = 0;
        for (int c : citationBlocks) {
            int first = c;
            for (int j = c - 1; j >= previous && roles[j] == Role.TEXT && isAffiliationLine(j); j--) {
                roles[j] = Role.AFFILIATION;
                textStarts[j] = afterEnumerator(j);
                first = j;
            }
            recordStarts[first] = true;
            previous = c + 1;
        }
        int firstContent = 0;
        while (firstContent < blocks.size() && blocks.get(firstContent).kind() == Block.Kind.HEADING) {
            firstContent++;
        }
        for (int k = 0; k < citationBlocks.size(); k++) {
            int c = citationBlocks.get(k);
            int limit = k + 1 < citationBlocks.size() ? citationBlocks.get(k + 1) : blocks.size();
            readBody(c, limit, k == 0, c <= firstContent);
        }
    }

    /**
     * A numbered citation ("1. J Psychopharmacol. ...") heads a record in PubMed's export; inside a longer
     * list it is an item of a reference list, and no record starts there.
     */
    private boolean isLoneListItem(int i) {
        return blocks.get(i).kind() == Block.Kind.LIST_ITEM
                && (i == 0 || blocks.get(i - 1).kind() != Block.Kind.LIST_ITEM)
                && (i + 1 == blocks.size() || blocks.get(i + 1).kind() != Block.Kind.LIST_ITEM);
    }

    /**
     * Reads the blocks after the citation line {@code c} up to {@code limit} or the first block already given a
     * role.
     *
     * <p>The paragraphs after a citation are its abstract only when something shows that a record starts
     * there: affiliations before it, a title, authors or affiliations after it, a numbered citation as in
     * PubMed's export, a citation opening the document, or another record just before. A paper cited in a
     * paragraph of its own in the middle of a report leaves the paragraphs after it alone, unless they carry
     * structured-abstract labels.
     */
    private void readBody(int c, int limit, boolean firstRecord, boolean opensDocument) {
        Role before = c > 0 ? roles[c - 1] : Role.TEXT;
        boolean recordShown = opensDocument || blocks.get(c).kind() == Block.Kind.LIST_ITEM
                || before == Role.AFFILIATION || before == Role.ABSTRACT || before == Role.TRAILER
                || before == Role.IDENTIFIERS;
        int p = c + 1;
        if (p < limit && roles[p] == Role.TEXT && isTitle(p, limit)) {
            roles[p++] = Role.TITLE;
            recordShown = true;
        }
        if (p < limit && roles[p] == Role.TEXT && isLanguageNote(p)) {
            roles[p++] = Role.LANGUAGE_NOTE;
        }
        if (p < limit && roles[p] == Role.TEXT && isAuthorList(p)) {
            roles[p++] = Role.AUTHORS;
            recordShown = true;
        }
        if (p < limit && roles[p] == Role.TEXT && isAuthorInformation(p)) {
            recordShown = true;
            Block block = blocks.get(p);
            int label = TextScan.skipSpaces(text, block.start(), block.end());
            int rest = TextScan.skipSpaces(text, label + AUTHOR_INFORMATION.length(), block.end());
            roles[p] = rest == block.end() ? Role.SKIP : Role.AFFILIATION;
            textStarts[p] = rest;
            p++;
            // numbered lines here are affiliations even without an institution word ("(3)Private practice")
            while (p < limit && roles[p] == Role.TEXT && (isNumbered(p) || isAffiliationLine(p))) {
                roles[p] = Role.AFFILIATION;
                textStarts[p] = afterEnumerator(p);
                p++;
            }
        }
        boolean inAbstract = recordShown;
        for (; p < limit && roles[p] == Role.TEXT; p++) {
            Block block = blocks.get(p);
            if (isAbstractHeading(block)) {
                if (block.kind() != Block.Kind.HEADING) {
                    roles[p] = Role.ABSTRACT_HEADING;
                }
                inAbstract = true;
            } else if (block.kind() == Block.Kind.HEADING) {
                inAbstract = false;
            } else if (startsWithAny(p, IDENTIFIER_KEYS)) {
                roles[p] = Role.IDENTIFIERS;
                if (firstRecord) {
                    metadata = completed(metadata, block);
                }
                inAbstract = false;
            } else if (startsWithAny(p, TRAILER_STARTS)) {
                roles[p] = Role.TRAILER;
                inAbstract = false;
            } else if (block.kind() == Block.Kind.PARAGRAPH && (inAbstract
                    || StructuredLabels.atStart(text, block.start(), block.end(), false) != null)) {
                roles[p] = Role.ABSTRACT;
                inAbstract = true;
            }
        }
    }

    /** A short block followed by the author list or the affiliations, possibly after a language note. */
    private boolean isTitle(int p, int limit) {
        Block block = blocks.get(p);
        return block.kind() == Block.Kind.PARAGRAPH
                && text.codePointCount(block.start(), block.end()) <= LONGEST_TITLE
                && StructuredLabels.atStart(text, block.start(), block.end(), true) == null
                && !startsWithAny(p, TRAILER_STARTS) && !startsWithAny(p, IDENTIFIER_KEYS)
                && p + 1 < limit && (isAuthorList(p + 1) || isAuthorInformation(p + 1)
                || (isLanguageNote(p + 1) && p + 2 < limit && (isAuthorList(p + 2) || isAuthorInformation(p + 2))));
    }

    private boolean isLanguageNote(int p) {
        return startsWithAny(p, List.of(LANGUAGE_NOTE));
    }

    /** "Abstract", "摘要:", "Zusammenfassung" alone on a line or as a Markdown heading. */
    private boolean isAbstractHeading(Block block) {
        if (block.end() - block.start() > LONGEST_ABSTRACT_HEADING || block.kind() == Block.Kind.CODE) {
            return false;
        }
        String line = text.substring(block.start(), block.end()).strip();
        while (!line.isEmpty() && ":.：".indexOf(line.charAt(line.length() - 1)) >= 0) {
            line = line.substring(0, line.length() - 1).strip();
        }
        return ABSTRACT_HEADINGS.contains(line.toLowerCase(Locale.ROOT));
    }

    private boolean isAuthorInformation(int p) {
        return startsWithAny(p, List.of(AUTHOR_INFORMATION));
    }

    private boolean isAffiliationLine(int p) {
        Block block = blocks.get(p);
        return block.kind() == Block.Kind.PARAGRAPH
                && block.end() - block.start() <= AffiliationDetector.LONGEST_AFFILIATION
                && affiliations.looksLikeAffiliation(text.substring(afterEnumerator(p), block.end()).strip());
    }

    private boolean isNumbered(int p) {
        Block block = blocks.get(p);
        return block.kind() == Block.Kind.PARAGRAPH
                && afterEnumerator(p) != TextScan.skipSpaces(text, block.start(), block.end());
    }

    /** Past a PubMed affiliation number "(1)". */
    private int afterEnumerator(int p) {
        Block block = blocks.get(p);
        int i = TextScan.skipSpaces(text, block.start(), block.end());
        if (i < block.end() && text.charAt(i) == '(') {
            int j = i + 1;
            while (j < block.end() && j - i <= 4 && Character.isDigit(text.charAt(j))) {
                j++;
            }
            if (j > i + 1 && j < block.end() && text.charAt(j) == ')') {
                return TextScan.skipSpaces(text, j + 1, block.end());
            }
        }
        return i;
    }

    /**
     * An author list such as "Jelen LA(1)(2), Young AH(1)(2), Stone JM(1)(2)." in MEDLINE style: names of
     * capitalised words ending in upper-case initials, separated by commas.
     */
    private boolean isAuthorList(int p) {
        Block block = blocks.get(p);
        if (block.kind() != Block.Kind.PARAGRAPH || block.end() - block.start() > LONGEST_AUTHOR_LIST) {
            return false;
        }
        int separators = 0;
        for (int i = block.start(); i < block.end(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ';') {
                separators++;
            }
        }
        // names are short: prose has far fewer commas than an author list (checked first, as it is cheap)
        if ((block.end() - block.start()) / (separators + 1) > LONGEST_AUTHOR_NAME) {
            return false;
        }
        String line = text.substring(block.start(), block.end()).strip().replaceAll("\\s+", " ");
        if (line.endsWith(".")) {
            line = line.substring(0, line.length() - 1);
        }
        String[] names = line.split("[,;]");
        int matching = 0;
        for (String name : names) {
            if (isAuthorName(name.replaceAll("\\(\\d{1,3}\\)", "").strip())) {
                matching++;
            }
        }
        return matching > 0 && matching * 10 >= names.length * 7;
    }

    private static boolean isAuthorName(String name) {
        String[] words = name.split(" ");
        if (words.length < 2 || words.length > 6) {
            return false;
        }
        String initials = words[words.length - 1];
        if (initials.isEmpty() || initials.length() > 4) {
            return false;
        }
        for (int i = 0; i < initials.length(); i++) {
            char c = initials.charAt(i);
            if (!Character.isUpperCase(c) && c != '-') {
                return false;
            }
        }
        for (int w = 0; w < words.length - 1; w++) {
            String word = words[w];
            if (word.isEmpty()) {
                return false;
            }
            boolean particle = NAME_PARTICLES.contains(word.toLowerCase(Locale.ROOT));
            if (!particle && !Character.isUpperCase(word.codePointAt(0))) {
                return false;
            }
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '\u2019') {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean startsWithAny(int p, List<String> prefixes) {
        Block block = blocks.get(p);
        int start = TextScan.skipSpaces(text, block.start(), block.end());
        for (String prefix : prefixes) {
            if (TextScan.startsWithIgnoreCase(text, start, block.end(), prefix)) {
                return true;
            }
        }
        return false;
    }

    /** The citation with identifiers it lacked taken from a line such as "PMID: 33081573 [Indexed for MEDLINE]". */
    private Citation completed(Citation citation, Block block) {
        String line = text.substring(block.start(), block.end());
        String doi = citation.doi() != null ? citation.doi() : valueAfter(line, "doi:");
        String pmid = citation.pmid() != null ? citation.pmid() : valueAfter(line, "pmid:");
        String pmcid = citation.pmcid() != null ? citation.pmcid() : valueAfter(line, "pmcid:");
        return new Citation(citation.journal(), citation.year(), citation.month(), citation.day(), citation.volume(),
                citation.issue(), citation.pages(), doi, citation.pii(), citation.epubDate(), pmid, pmcid);
    }

    private static String valueAfter(String line, String key) {
        int at = line.toLowerCase(Locale.ROOT).indexOf(key);
        if (at < 0) {
            return null;
        }
        int start = TextScan.skipSpaces(line, at + key.length(), line.length());
        int end = start;
        while (end < line.length() && !TextScan.isSpace(line.charAt(end)) && line.charAt(end) != ';') {
            end++;
        }
        while (end > start && (line.charAt(end - 1) == '.' || line.charAt(end - 1) == ',')) {
            end--;
        }
        return end > start ? line.substring(start, end) : null;
    }
}
