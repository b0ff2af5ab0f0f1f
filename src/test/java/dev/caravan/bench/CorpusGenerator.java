package dev.caravan.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Writes a deterministic benchmark corpus: the same arguments always give the same bytes.
 *
 * <pre>
 * CorpusGenerator KIND COUNT SEED OUTPUT_DIR [BYTES_PER_FILE]
 *   records  MEDLINE-style records (affiliations, citation line with DOI, English abstract, usually a
 *            translated abstract in one of nine languages); default 4096 bytes each
 *   reports  Markdown reports with headings, lists and paragraphs; default 204800 bytes each
 *   large    long plain-text files of paragraphs with occasional headings; default 50000000 bytes each
 *   mixed    mixed-language documents: records without English, code-switched paragraphs, and Markdown
 *            with sections in different languages; default 8192 bytes each
 * </pre>
 * Each file has its own generator seeded from SEED and its index, so any file can be reproduced alone.
 * Sizes are targets in UTF-8 bytes; a file ends at the first sentence boundary past its target.
 */
public final class CorpusGenerator {
    /** Languages of translated abstracts, as in the sample's English-then-Chinese record. */
    private static final List<String> TRANSLATIONS = SeedTexts.LANGUAGES.subList(1, SeedTexts.LANGUAGES.size());
    /** Name of the file recording the generator's arguments inside each corpus folder. */
    static final String STAMP = ".generated";
    private static final List<String> MONTHS =
        List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

    enum Kind {
        RECORDS("record-%05d", 4096),
        REPORTS("report-%04d", 204_800),
        LARGE("large-%d", 50_000_000),
        MIXED("mixed-%04d", 8192);

        /** The file name without its extension, which depends on whether the text is Markdown. */
        final String fileNamePattern;
        final long defaultBytes;

        Kind(String fileNamePattern, long defaultBytes) {
            this.fileNamePattern = fileNamePattern;
            this.defaultBytes = defaultBytes;
        }
    }

    private final SeedTexts seeds = new SeedTexts();

    public static void main(String[] args) throws IOException {
        if (args.length < 4 || args.length > 5) {
            System.err.println("usage: CorpusGenerator records|reports|large|mixed COUNT SEED OUTPUT_DIR [BYTES_PER_FILE]");
            System.exit(2);
        }
        Kind kind = Kind.valueOf(args[0].toUpperCase(Locale.ROOT));
        int count = Integer.parseInt(args[1]);
        long seed = Long.parseLong(args[2]);
        Path output = Path.of(args[3]);
        long bytes = args.length == 5 ? Long.parseLong(args[4]) : kind.defaultBytes;
        long started = System.nanoTime();
        long written = new CorpusGenerator().generate(kind, count, seed, output, bytes);
        System.out.printf(Locale.ROOT, "%s: %d files, %.1f MB in %s (%.1f s)%n", kind.name().toLowerCase(Locale.ROOT),
            count, written / 1e6, output, (System.nanoTime() - started) / 1e9);
    }

    /** Writes {@code count} files of {@code kind} into {@code output}; returns the bytes written. */
    long generate(Kind kind, int count, long seed, Path output, long bytesPerFile) throws IOException {
        Files.createDirectories(output);
        long total = 0;
        for (int index = 1; index <= count; index++) {
            SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index);
            String baseName = String.format(Locale.ROOT, kind.fileNamePattern, index);
            Path file;
            if (kind == Kind.LARGE) {
                file = output.resolve(baseName + ".txt");
                writeLarge(file, random, bytesPerFile);
            } else {
                String text = compose(kind, random, bytesPerFile, index);
                // reports start with a "# " title; records and code-switched paragraphs never do
                file = output.resolve(baseName + (text.startsWith("# ") ? ".md" : ".txt"));
                Files.writeString(file, text, StandardCharsets.UTF_8);
            }
            total += Files.size(file);
        }
        // a dot-file (skipped by file consumers) saying how the corpus was made, for reports and for reuse
        Files.writeString(output.resolve(STAMP), String.join(" ", kind.name().toLowerCase(Locale.ROOT),
            Integer.toString(count), Long.toString(seed), Long.toString(bytesPerFile)) + "\n");
        return total;
    }

    private String compose(Kind kind, SplittableRandom random, long bytes, int index) {
        return switch (kind) {
            case RECORDS -> record(random, bytes, "en", translationOrNone(random));
            case REPORTS -> report(random, bytes, index, 0.8);
            case MIXED -> mixed(random, bytes, index);
            case LARGE -> throw new IllegalArgumentException("large files are streamed");
        };
    }

    /** One record in nine has no translation: English-only records are common in MEDLINE too. */
    private String translationOrNone(SplittableRandom random) {
        return random.nextInt(9) == 0 ? null : SeedTexts.pick(TRANSLATIONS, random);
    }

    /** Affiliation lines, the citation line, then one abstract paragraph per language. */
    String record(SplittableRandom random, long bytes, String firstLanguage, String secondLanguage) {
        Utf8Text text = new Utf8Text();
        int affiliations = 1 + random.nextInt(3);
        for (int i = 0; i < affiliations; i++) {
            text.line(seeds.affiliation(random));
        }
        text.line(citation(random));
        long remaining = Math.max(200, bytes - text.bytes());
        if (secondLanguage == null) {
            seeds.appendParagraph(text, firstLanguage, random, (int) remaining);
            return text.line("").toString();
        }
        seeds.appendParagraph(text, firstLanguage, random, (int) (remaining / 2));
        text.line("");
        seeds.appendParagraph(text, secondLanguage, random, (int) Math.max(100, bytes - text.bytes()));
        return text.line("").toString();
    }

    /** A MEDLINE citation line with the variations real ones show (see shared/notes/text-facts.md). */
    String citation(SplittableRandom random) {
        int year = 1998 + random.nextInt(28);
        StringBuilder line = new StringBuilder(seeds.journal(random)).append(". ").append(year).append(' ');
        int month = random.nextInt(12);
        switch (random.nextInt(5)) {
            case 0 -> line.append(MONTHS.get(month)).append(' ').append(1 + random.nextInt(28));
            case 1 -> line.append(MONTHS.get(Math.min(month, 10))).append('-').append(MONTHS.get(Math.min(month, 10) + 1));
            case 2 -> line.append(List.of("Spring", "Summer", "Fall", "Winter").get(random.nextInt(4)));
            default -> line.append(MONTHS.get(month));
        }
        line.append(';').append(1 + random.nextInt(120)).append('(');
        switch (random.nextInt(6)) {
            case 0 -> line.append("Suppl ").append(1 + random.nextInt(3));
            case 1 -> line.append("Pt ").append(1 + random.nextInt(4));
            default -> line.append(1 + random.nextInt(12));
        }
        line.append("):");
        if (random.nextInt(4) == 0) {
            line.append(String.format(Locale.ROOT, "e%07d", random.nextInt(10_000_000)));
        } else {
            int first = 1 + random.nextInt(2000);
            line.append(first).append('-').append(first + 3 + random.nextInt(20));
        }
        line.append(". ");
        if (random.nextInt(5) == 0) {
            line.append(String.format(Locale.ROOT, "pii: S%04d-%04d(%02d)%05d-%d. ", random.nextInt(10_000),
                random.nextInt(10_000), year % 100, random.nextInt(100_000), random.nextInt(10)));
        }
        line.append("doi: ").append(doi(random, year)).append('.');
        if (random.nextInt(3) > 0) {
            line.append(" Epub ").append(year).append(' ').append(MONTHS.get(random.nextInt(12))).append(' ')
                .append(1 + random.nextInt(28)).append('.');
        }
        if (random.nextInt(3) == 0) {
            line.append(" PMID: ").append(10_000_000 + random.nextInt(30_000_000)).append('.');
            if (random.nextBoolean()) {
                line.append(" PMCID: PMC").append(1_000_000 + random.nextInt(9_000_000)).append('.');
            }
        }
        return line.toString();
    }

    /** DOIs in the shapes publishers use, several with dots inside the suffix. */
    private static String doi(SplittableRandom random, int year) {
        return switch (random.nextInt(4)) {
            case 0 -> String.format(Locale.ROOT, "10.1177/%010d", random.nextLong(10_000_000_000L));
            case 1 -> String.format(Locale.ROOT, "10.1038/s41380-%03d-%05d-%d", year % 1000, random.nextInt(100_000),
                random.nextInt(10));
            case 2 -> String.format(Locale.ROOT, "10.1016/j.jad.%d.%02d.%03d", year, 1 + random.nextInt(12),
                random.nextInt(1000));
            default -> String.format(Locale.ROOT, "10.3389/fpsyt.%d.%06d", year, random.nextInt(1_000_000));
        };
    }

    /**
     * A Markdown report: a title, then sections of paragraphs, bullet lists, numbered lists and subsections.
     * Each section is in English with probability {@code englishShare}, otherwise in another seed language.
     */
    String report(SplittableRandom random, long bytes, int index, double englishShare) {
        Utf8Text text = new Utf8Text();
        text.line("# Report " + index + ": " + seeds.heading(random)).line("");
        seeds.appendParagraph(text, "en", random, 400);
        text.line("").line("");
        int section = 1;
        while (text.bytes() < bytes) {
            String language = random.nextDouble() < englishShare ? "en" : SeedTexts.pick(TRANSLATIONS, random);
            text.line("## " + section + ". " + seeds.heading(random)).line("");
            seeds.appendParagraph(text, language, random, 300 + random.nextInt(900));
            text.line("").line("");
            int items = 2 + random.nextInt(5);
            boolean numbered = random.nextBoolean();
            Supplier<String> sentences = seeds.dealer(language, random);
            for (int item = 1; item <= items; item++) {
                text.line((numbered ? item + ". " : "- ") + sentences.get());
            }
            text.line("");
            if (random.nextBoolean()) {
                text.line("### " + section + "." + 1 + " " + seeds.heading(random)).line("");
                seeds.appendParagraph(text, language, random, 200 + random.nextInt(600));
                text.line("").line("");
            }
            section++;
        }
        return text.toString();
    }

    /** Streams paragraphs (70% English) with a heading every few dozen, so a 50 MB file never sits in memory. */
    private void writeLarge(Path file, SplittableRandom random, long bytes) throws IOException {
        Utf8Text chunk = new Utf8Text();
        long written = 0;
        int paragraph = 0;
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            while (written < bytes) {
                if (paragraph % 40 == 0) {
                    chunk.line("## Part " + (paragraph / 40 + 1) + ": " + seeds.heading(random)).line("");
                }
                String language = random.nextInt(10) < 7 ? "en" : SeedTexts.pick(TRANSLATIONS, random);
                seeds.appendParagraph(chunk, language, random, 300 + random.nextInt(1200));
                chunk.line("").line("");
                paragraph++;
                written += chunk.bytes();
                out.append(chunk.toString());
                chunk.clear();
            }
        }
    }

    /**
     * Documents in which English is neither first nor dominant: records whose abstracts are in two other
     * languages, paragraphs that switch language sentence by sentence, and reports with few English sections.
     */
    String mixed(SplittableRandom random, long bytes, int index) {
        return switch (random.nextInt(3)) {
            case 0 -> {
                String first = SeedTexts.pick(TRANSLATIONS, random);
                String second;
                do {
                    second = SeedTexts.pick(SeedTexts.LANGUAGES, random);
                } while (second.equals(first));
                yield record(random, bytes, first, second);
            }
            case 1 -> codeSwitched(random, bytes);
            default -> report(random, bytes, index, 0.3);
        };
    }

    private String codeSwitched(SplittableRandom random, long bytes) {
        Utf8Text text = new Utf8Text();
        while (text.bytes() < bytes) {
            int sentences = 3 + random.nextInt(5);
            for (int i = 0; i < sentences; i++) {
                text.append(i == 0 ? "" : " ").append(seeds.sentence(SeedTexts.pick(SeedTexts.LANGUAGES, random), random));
            }
            text.line("").line("");
        }
        return text.toString();
    }
}
