package dev.caravan.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorpusGeneratorTest {
    /** Journal. date;volume(issue):pages. [pii: ... ]doi: 10.x/y. and optional Epub/PMID tail. */
    private static final Pattern CITATION = Pattern.compile(
        "[A-Z][\\w ]+\\. \\d{4} [A-Za-z0-9 -]+;\\d+\\((\\d+|Suppl \\d|Pt \\d)\\):(e\\d{7}|\\d+-\\d+)\\. "
            + "(pii: S[\\d()-]+\\. )?doi: 10\\.\\d{4,}/\\S+\\.( Epub \\d{4} [A-Z][a-z]{2} \\d+\\.)?"
            + "( PMID: \\d+\\.( PMCID: PMC\\d+\\.)?)?");

    private final CorpusGenerator generator = new CorpusGenerator();

    @Test
    void sameSeedGivesSameBytesAndAnotherSeedDoesNot(@TempDir Path dir) throws IOException {
        for (CorpusGenerator.Kind kind : List.of(CorpusGenerator.Kind.RECORDS, CorpusGenerator.Kind.MIXED)) {
            generator.generate(kind, 6, 7, dir.resolve("a"), kind.defaultBytes);
            generator.generate(kind, 6, 7, dir.resolve("b"), kind.defaultBytes);
            generator.generate(kind, 6, 8, dir.resolve("c"), kind.defaultBytes);
        }
        List<Path> names = list(dir.resolve("a"));
        assertEquals(12, names.size());
        assertEquals(names.stream().map(Path::getFileName).toList(),
            list(dir.resolve("b")).stream().map(Path::getFileName).toList());
        for (Path file : names) {
            byte[] first = Files.readAllBytes(file);
            assertArrayEquals(first, Files.readAllBytes(dir.resolve("b").resolve(file.getFileName())), file.toString());
            Path other = dir.resolve("c").resolve(file.getFileName());
            assertFalse(Files.exists(other) && Arrays.equals(first, Files.readAllBytes(other)), file.toString());
        }
    }

    @Test
    void recordsFollowTheSampleLayoutAndAimAtFourKilobytes(@TempDir Path dir) throws IOException {
        generator.generate(CorpusGenerator.Kind.RECORDS, 40, 1, dir, 4096);
        for (Path file : list(dir)) {
            long size = Files.size(file);
            assertTrue(size >= 4096 && size < 4096 + 1200, file + " has " + size + " bytes");
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            int citation = lines.indexOf(lines.stream().filter(line -> line.contains(" doi: ")).findFirst().orElseThrow());
            assertTrue(citation >= 1 && citation <= 3, file + ": 1-3 affiliation lines before the citation");
            assertTrue(CITATION.matcher(lines.get(citation)).matches(), lines.get(citation));
            int paragraphs = lines.size() - citation - 1;
            assertTrue(paragraphs == 1 || paragraphs == 2, file + " has " + paragraphs + " abstract paragraphs");
            assertTrue(lines.stream().noneMatch(String::isBlank), file + " has a blank line");
        }
    }

    @Test
    void recordsCoverSeveralTranslationLanguages(@TempDir Path dir) throws IOException {
        generator.generate(CorpusGenerator.Kind.RECORDS, 60, 3, dir, 4096);
        String all = String.join("\n", list(dir).stream().map(CorpusGeneratorTest::read).toList());
        for (String marker : List.of("氯胺酮", "Ketamin,", "kétamine", "ketamina", "кетамин", "ケタミン", "케타민")) {
            assertTrue(all.contains(marker), "no translated abstract containing " + marker);
        }
    }

    @Test
    void reportsAreMarkdownOfTheRequestedSize(@TempDir Path dir) throws IOException {
        generator.generate(CorpusGenerator.Kind.REPORTS, 2, 5, dir, 50_000);
        for (Path file : list(dir)) {
            assertTrue(file.toString().endsWith(".md"), file.toString());
            String text = read(file);
            long size = Files.size(file);
            assertTrue(size >= 50_000 && size < 60_000, file + " has " + size + " bytes");
            assertTrue(text.startsWith("# Report "));
            assertTrue(text.contains("\n## ") && text.contains("\n### "), "section and subsection headings");
            assertTrue(Pattern.compile("(?m)^- \\S").matcher(text).find(), "a bullet list");
            assertTrue(Pattern.compile("(?m)^1\\. \\S").matcher(text).find(), "a numbered list");
        }
    }

    @Test
    void largeFilesStopJustPastTheirTarget(@TempDir Path dir) throws IOException {
        generator.generate(CorpusGenerator.Kind.LARGE, 1, 9, dir, 2_000_000);
        long size = Files.size(dir.resolve("large-1.txt"));
        assertTrue(size >= 2_000_000 && size < 2_000_000 + 4000, size + " bytes");
    }

    @Test
    void everySeedSentenceFillsItsPlaceholders() {
        SeedTexts seeds = new SeedTexts();
        SplittableRandom random = new SplittableRandom(11);
        for (String language : SeedTexts.LANGUAGES) {
            for (int i = 0; i < 200; i++) {
                String sentence = seeds.sentence(language, random);
                assertFalse(sentence.contains("{") || sentence.contains("}"), language + ": " + sentence);
            }
        }
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> !file.getFileName().toString().startsWith(".")).sorted().toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
