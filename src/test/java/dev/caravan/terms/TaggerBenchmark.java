package dev.caravan.terms;

import dev.caravan.model.TermMatch;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Load and throughput benchmark: writes a generated vocabulary of 300,000 synonyms (Latin and Chinese
 * pseudo-terms, three per concept) as a Caravan TSV, loads it with the default vocabulary, builds the
 * tagger, then tags generated sections (English and Chinese sample prose mixed with generated terms).
 * Run: mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.caravan.terms.TaggerBenchmark
 * Optional arguments: synonym count, megabytes of text to tag.
 */
public final class TaggerBenchmark {

    private static final String[] SYLLABLES = {"ka", "ta", "mi", "ne", "ro", "zo", "lin", "dex", "pra", "tor", "ga",
        "bu", "fen", "sul", "cor", "thy", "mab", "vir", "sta", "pro", "hex", "ol", "ine", "ase"};
    private static final Random RANDOM = new Random(20261126);
    /** The machine is shared: CPU time tells the tagger's cost apart from waiting for a core. */
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        int synonyms = args.length > 0 ? Integer.parseInt(args[0]) : 300_000;
        int megabytes = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        Path file = Files.createTempFile("caravan-vocabulary-", ".tsv");
        List<String> generatedTerms = writeVocabulary(file, synonyms);
        System.out.printf("generated vocabulary: %d synonyms, %.1f MB%n", synonyms, Files.size(file) / 1e6);

        long loadStart = System.nanoTime();
        long loadCpuStart = CPU.getCurrentThreadCpuTime();
        Vocabulary vocabulary = Vocabulary.load(List.of(Vocabulary.DEFAULT_LOCATION, file.toString()));
        long built = System.nanoTime();
        TermTagger tagger = new TermTagger(vocabulary);
        long ready = System.nanoTime();
        System.out.printf("load %.2f s + build %.2f s = %.2f s wall (%.2f s CPU) for %d concepts, %d synonyms, %d matching forms%n",
            (built - loadStart) / 1e9, (ready - built) / 1e9, (ready - loadStart) / 1e9,
            (CPU.getCurrentThreadCpuTime() - loadCpuStart) / 1e9, vocabulary.size(), vocabulary.synonymCount(),
            tagger.patternCount());
        Files.delete(file);

        List<String> sections = sections(generatedTerms, megabytes);
        long chars = sections.stream().mapToLong(String::length).sum();
        long bytes = sections.stream().mapToLong(s -> s.getBytes(StandardCharsets.UTF_8).length).sum();
        for (int round = 0; round < 2; round++) {
            tagAll(tagger, sections.subList(0, sections.size() / 4));
        }
        long start = System.nanoTime();
        long cpuStart = CPU.getCurrentThreadCpuTime();
        long matches = tagAll(tagger, sections);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (CPU.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.out.printf("tagged %d sections, %.1f MB UTF-8 (%.1f M chars), %d matches, in %.2f s wall: %.1f MB/s"
                + " (%.2f s CPU: %.1f MB/s)%n", sections.size(), bytes / 1e6, chars / 1e6, matches, seconds,
            bytes / 1e6 / seconds, cpuSeconds, bytes / 1e6 / cpuSeconds);
    }

    private static long tagAll(TermTagger tagger, List<String> sections) {
        long matches = 0;
        for (String section : sections) {
            List<TermMatch> found = tagger.tag(section);
            matches += found.size();
        }
        return matches;
    }

    private static List<String> writeVocabulary(Path file, int synonyms) throws Exception {
        List<String> sample = new ArrayList<>();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int concept = 0; concept * 3 < synonyms; concept++) {
                String english = latinTerm();
                String variant = latinTerm();
                String chinese = chineseTerm();
                out.write("GEN:" + concept + "\tgenerated\t" + english + "\ten:" + variant + "\tzh:" + chinese + "\n");
                if (concept % 50 == 0) {
                    sample.add(english);
                    sample.add(chinese);
                }
            }
        }
        return sample;
    }

    private static String latinTerm() {
        int words = 1 + RANDOM.nextInt(3);
        StringBuilder term = new StringBuilder();
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                term.append(RANDOM.nextBoolean() ? ' ' : '-');
            }
            int syllables = 2 + RANDOM.nextInt(3);
            for (int s = 0; s < syllables; s++) {
                term.append(SYLLABLES[RANDOM.nextInt(SYLLABLES.length)]);
            }
        }
        return term.toString();
    }

    private static String chineseTerm() {
        int length = 3 + RANDOM.nextInt(5);
        StringBuilder term = new StringBuilder();
        for (int i = 0; i < length; i++) {
            term.append((char) (0x4E00 + RANDOM.nextInt(0x2000)));
        }
        return term.toString();
    }

    /** Sections of about 2,000 chars: the sample's abstracts with generated terms sprinkled in. */
    private static List<String> sections(List<String> generatedTerms, int megabytes) throws Exception {
        List<String> lines = Files.readAllLines(Path.of("samples/ketamine-enantiomers.txt"), StandardCharsets.UTF_8);
        String english = lines.get(3);
        String chinese = lines.get(4);
        List<String> sections = new ArrayList<>();
        long bytes = 0;
        while (bytes < megabytes * 1_000_000L) {
            String base = sections.size() % 2 == 0 ? english : chinese;
            StringBuilder section = new StringBuilder(base.length() + 200);
            for (String sentence : base.split("(?<=[.;。;])")) {
                section.append(sentence).append(' ').append(generatedTerms.get(RANDOM.nextInt(generatedTerms.size()))).append(' ');
            }
            String text = section.toString();
            sections.add(text);
            bytes += text.getBytes(StandardCharsets.UTF_8).length;
        }
        return sections;
    }
}
