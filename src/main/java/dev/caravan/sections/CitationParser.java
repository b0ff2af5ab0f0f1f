package dev.caravan.sections;

import dev.caravan.model.Citation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Parses a MEDLINE citation line such as
 * {@code J Psychopharmacol. 2021 Feb;35(2):109-123. doi: 10.1177/0269881120959644. Epub 2020 Nov 6.}
 *
 * <p>Layout: {@code <journal>. <date>[;<volume>[(<issue>)]][:<pages>].} followed by optional parts in any
 * order: {@code pii: X}, {@code doi: X}, {@code Epub <date>}, {@code Epub ahead of print}, {@code Print <date>},
 * {@code eCollection <year>}, {@code Online ahead of print}, {@code PMID: n}, {@code PMCID: PMCn}. A leading
 * list number ("1. ") as in PubMed's numbered exports is skipped.
 *
 * <p>Written as a hand scanner over the line, not as one large regular expression, so no input can make it
 * backtrack; lines longer than {@link #LONGEST_LINE} are not citations.
 */
public final class CitationParser {

    /** Citation lines are short; anything longer is prose and is not examined. */
    public static final int LONGEST_LINE = 2000;
    private static final int LONGEST_JOURNAL = 300;
    private static final int MOST_JOURNAL_WORDS = 25;

    private static final Set<String> MONTHS = Set.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec", "january", "february", "march", "april", "june", "july", "august", "september",
            "october", "november", "december", "spring", "summer", "fall", "autumn", "winter");

    private static final List<String> TRAILING_PARTS = List.of("doi:", "pii:", "pmid:", "pmcid:", "epub ", "print ",
            "ecollection ", "online ahead of print", "[epub");

    /** The citation on this line, or empty when the line is not a MEDLINE citation. */
    public Optional<Citation> parse(String line) {
        if (line == null || line.length() > LONGEST_LINE) {
            return Optional.empty();
        }
        // a wrapped citation reads as one line
        return Optional.ofNullable(new Scan(line.strip().replace('\n', ' ').replace('\t', ' ')).citation());
    }

    /** Whether [from, to) starts with a part that follows the location ("Epub", "doi:", "PMID:"...). */
    static boolean startsTrailingPart(CharSequence text, int from, int to) {
        int start = TextScan.skipSpaces(text, from, to);
        for (String part : TRAILING_PARTS) {
            if (TextScan.startsWithIgnoreCase(text, start, to, part)) {
                return true;
            }
        }
        return false;
    }

    /** One parse; fields are filled while scanning left to right. */
    private static final class Scan {
        private final String s;
        private int pos;
        private String journal;
        private Integer year;
        private String month;
        private String day;
        private String volume;
        private String issue;
        private String pages;
        private String doi;
        private String pii;
        private String epubDate;
        private String pmid;
        private String pmcid;
        private boolean aheadOfPrint;

        Scan(String line) {
            this.s = line;
        }

        Citation citation() {
            skipListNumber();
            int yearStart = findJournalEnd();
            if (yearStart < 0) {
                return null;
            }
            pos = yearStart;
            String date = readDate();
            if (date == null) {
                return null;
            }
            boolean located = readLocation();
            if (!readTrailingParts()) {
                return null;
            }
            // a date alone could end any sentence: a citation also has a location or an identifier
            if (!located && doi == null && pii == null && pmid == null) {
                return null;
            }
            if (aheadOfPrint && epubDate == null) {
                // "Epub ahead of print": the date given is itself the electronic publication date
                epubDate = date;
            }
            return new Citation(journal, year, month, day, volume, issue, pages, doi, pii, epubDate, pmid, pmcid);
        }

        private void skipListNumber() {
            int i = 0;
            while (i < s.length() && i < 6 && Character.isDigit(s.charAt(i))) {
                i++;
            }
            if (i > 0 && i + 1 < s.length() && s.charAt(i) == '.' && s.charAt(i + 1) == ' ') {
                pos = TextScan.skipSpaces(s, i + 1, s.length());
            }
        }

        /** Finds "<journal>. <year>" and returns where the year starts, or -1; sets the journal. */
        private int findJournalEnd() {
            int searchEnd = Math.min(s.length(), pos + LONGEST_JOURNAL + 2);
            for (int dot = s.indexOf('.', pos); dot >= 0 && dot < searchEnd; dot = s.indexOf('.', dot + 1)) {
                int yearStart = TextScan.skipSpaces(s, dot + 1, s.length());
                if (yearStart == dot + 1 || !isYearAt(yearStart)) {
                    continue;
                }
                String name = s.substring(pos, dot).strip();
                if (isJournalName(name)) {
                    journal = name;
                    return yearStart;
                }
                return -1;
            }
            return -1;
        }

        private boolean isYearAt(int i) {
            if (i + 4 > s.length()) {
                return false;
            }
            for (int k = i; k < i + 4; k++) {
                if (!isAsciiDigit(s.charAt(k))) {
                    return false;
                }
            }
            char first = s.charAt(i);
            if (first != '1' && first != '2') {
                return false;
            }
            if (i + 4 == s.length()) {
                return true;
            }
            char after = s.charAt(i + 4);
            return after == ' ' || after == ';' || after == ':' || after == '.';
        }

        private static boolean isJournalName(String name) {
            if (name.isEmpty() || name.length() > LONGEST_JOURNAL || !Character.isLetter(name.codePointAt(0))) {
                return false;
            }
            int words = 1;
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                if (c == ' ') {
                    words++;
                } else if (c == ',' || c == ';' || c == '"') {
                    return false; // journal abbreviations have no clause punctuation; sentences do
                }
            }
            return words <= MOST_JOURNAL_WORDS;
        }

        /**
         * Reads "2021", "2021 Feb", "2023 Mar 15", "2020 Nov-Dec", "2019 Spring", "2018 Jan 1-15" at pos and
         * returns it as written; null when the text there is not such a date.
         */
        private String readDate() {
            int start = pos;
            int end = s.length();
            for (int i = pos; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == ';' || c == ':' || (c == '.' && (i + 1 == s.length() || s.charAt(i + 1) == ' '))) {
                    end = i;
                    break;
                }
            }
            String date = s.substring(start, end).strip();
            String[] tokens = date.split(" +");
            if (tokens.length > 3 || tokens[0].length() != 4) {
                return null;
            }
            year = Integer.valueOf(tokens[0]);
            int t = 1;
            if (t < tokens.length && isMonthRange(tokens[t])) {
                month = tokens[t++];
            }
            if (t < tokens.length && month != null && isDayRange(tokens[t])) {
                day = tokens[t++];
            }
            if (t != tokens.length) {
                return null;
            }
            pos = end;
            return date;
        }

        /**
         * Reads ";35(2):109-123", ";35:109-23", ";(3):12", ";45 Suppl 1:S1-S5", ":e123" at pos.
         *
         * @return whether a volume, issue or pages with a number in them were found
         */
        private boolean readLocation() {
            if (pos < s.length() && s.charAt(pos) == ';') {
                int end = partEnd(pos + 1);
                String part = s.substring(pos + 1, end).strip();
                int colon = part.indexOf(':');
                String volumeAndIssue = colon >= 0 ? part.substring(0, colon) : part;
                if (colon >= 0) {
                    pages = emptyToNull(part.substring(colon + 1).strip());
                }
                int open = volumeAndIssue.indexOf('(');
                int close = volumeAndIssue.lastIndexOf(')');
                if (open >= 0 && close > open) {
                    issue = emptyToNull(volumeAndIssue.substring(open + 1, close).strip());
                    volume = emptyToNull(volumeAndIssue.substring(0, open).strip());
                } else {
                    volume = emptyToNull(volumeAndIssue.strip());
                }
                pos = end;
                return hasDigit(volume) || hasDigit(issue) || hasDigit(pages);
            }
            if (pos < s.length() && s.charAt(pos) == ':') {
                int end = partEnd(pos + 1);
                pages = emptyToNull(s.substring(pos + 1, end).strip());
                pos = end;
                return hasDigit(pages);
            }
            return false;
        }

        /**
         * Reads the parts after the location, each ending at a dot followed by white space or the end of the
         * line (so the dots inside a DOI do not end it), or at a semicolon.
         *
         * @return false when a part is not one a citation has
         */
        private boolean readTrailingParts() {
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c == '.' || c == ';' || c == ' ') {
                    pos++;
                    continue;
                }
                int end = partEnd(pos);
                String part = s.substring(pos, end).strip();
                pos = end;
                if (!readPart(part)) {
                    return false;
                }
            }
            return true;
        }

        private boolean readPart(String rawPart) {
            String part = rawPart.startsWith("[") && rawPart.endsWith("]")
                    ? rawPart.substring(1, rawPart.length() - 1).strip() : rawPart;
            String lower = part.toLowerCase(Locale.ROOT);
            if (lower.startsWith("doi:")) {
                doi = firstToken(part.substring(4));
                return doi != null;
            }
            if (lower.startsWith("pii:")) {
                pii = firstToken(part.substring(4));
                return pii != null;
            }
            if (lower.startsWith("pmid:")) {
                pmid = firstToken(part.substring(5));
                return pmid != null && pmid.chars().allMatch(TextScan::isAsciiDigitCode);
            }
            if (lower.startsWith("pmcid:")) {
                pmcid = firstToken(part.substring(6));
                return pmcid != null && pmcid.startsWith("PMC");
            }
            if (lower.equals("epub ahead of print") || lower.equals("online ahead of print")) {
                aheadOfPrint = true;
                return true;
            }
            if (lower.startsWith("epub ")) {
                String date = part.substring(5).strip();
                if (!isDate(date)) {
                    return false;
                }
                epubDate = date;
                return true;
            }
            if (lower.startsWith("print ") || lower.startsWith("ecollection ")) {
                // the print or collection date of an article first published online: the model has no field
                return isDate(part.substring(part.indexOf(' ') + 1).strip());
            }
            return false;
        }

        /** Index of the end of the part starting at {@code from}: a dot before white space or end, or ';'. */
        private int partEnd(int from) {
            for (int i = from; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == ';' && i > from && !isInsideIdentifier(from, i)) {
                    return i;
                }
                if (c == '.' && (i + 1 == s.length() || TextScan.isSpace(s.charAt(i + 1)))) {
                    return i;
                }
            }
            return s.length();
        }

        /** A semicolon inside "doi: 10.1002/(SICI)1097-...;2-#" belongs to the DOI. */
        private boolean isInsideIdentifier(int from, int i) {
            return TextScan.startsWithIgnoreCase(s, from, i, "doi:") && !TextScan.isSpace(s.charAt(i - 1))
                    && i + 1 < s.length() && !TextScan.isSpace(s.charAt(i + 1));
        }

        private static boolean isDate(String written) {
            String[] tokens = written.split(" +");
            if (tokens.length == 0 || tokens.length > 3 || tokens[0].length() != 4
                    || !tokens[0].chars().allMatch(TextScan::isAsciiDigitCode)) {
                return false;
            }
            if (tokens.length >= 2 && !isMonthRange(tokens[1])) {
                return false;
            }
            return tokens.length < 3 || isDayRange(tokens[2]);
        }

        private static boolean isMonthRange(String token) {
            int dash = token.indexOf('-');
            if (dash < 0) {
                return MONTHS.contains(token.toLowerCase(Locale.ROOT));
            }
            return MONTHS.contains(token.substring(0, dash).toLowerCase(Locale.ROOT))
                    && MONTHS.contains(token.substring(dash + 1).toLowerCase(Locale.ROOT));
        }

        private static boolean isDayRange(String token) {
            int dash = token.indexOf('-');
            return dash < 0 ? isDay(token) : isDay(token.substring(0, dash)) && isDay(token.substring(dash + 1));
        }

        private static boolean isDay(String token) {
            return !token.isEmpty() && token.length() <= 2 && token.chars().allMatch(TextScan::isAsciiDigitCode)
                    && Integer.parseInt(token) >= 1 && Integer.parseInt(token) <= 31;
        }

        private static String firstToken(String value) {
            String v = value.strip();
            int space = 0;
            while (space < v.length() && !TextScan.isSpace(v.charAt(space))) {
                space++;
            }
            v = v.substring(0, space);
            while (v.endsWith(".") || v.endsWith(",")) {
                v = v.substring(0, v.length() - 1);
            }
            return v.isEmpty() ? null : v;
        }

        private static boolean hasDigit(String value) {
            return value != null && value.chars().anyMatch(TextScan::isAsciiDigitCode);
        }

        private static String emptyToNull(String value) {
            return value.isEmpty() ? null : value;
        }

        private static boolean isAsciiDigit(char c) {
            return c >= '0' && c <= '9';
        }
    }
}
