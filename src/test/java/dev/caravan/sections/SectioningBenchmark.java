package dev.caravan.sections;

import dev.caravan.model.DecodedText;

import java.util.List;

/**
 * Rough timings of the sectioning stage, run by hand (not a test):
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx3g -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.caravan.sections.SectioningBenchmark
 * </pre>
 */
public final class SectioningBenchmark {

    private SectioningBenchmark() {
    }

    public static void main(String[] args) {
        Sectioner sectioner = new Sectioner(10_000_000);
        String sample = SectionAssertions.resource("ketamine-enantiomers.txt");
        DecodedText record = SectionAssertions.decoded("ketamine-enantiomers.txt", sample);
        for (int i = 0; i < 20_000; i++) {
            sectioner.split(record); // warm-up
        }
        int rounds = 50_000;
        long started = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            sectioner.split(record);
        }
        System.out.printf("sample record (%d chars): %.1f us per document%n", sample.length(),
                (System.nanoTime() - started) / 1e3 / rounds);

        time(sectioner, "one 50 MB line", "huge.txt", "Ketamine 氯胺酮 😀 is studied. ".repeat(50_000_000 / 28));
        time(sectioner, "100,000 one-character lines", "letters.txt", "a\n".repeat(100_000));
        time(sectioner, "1,000,000 one-character paragraphs", "letters.txt", "a\n\n".repeat(1_000_000));
        time(sectioner, "10,000 nested quotes and lists", "nested.md", "> - ".repeat(10_000) + "x\n");
        for (String seed : List.of("- ", "x. METHODS: ", "> 1. ", "(1)", "#")) {
            for (int size : new int[] {1_000_000, 4_000_000}) {
                String line = (seed.contains("METHODS") ? "BACKGROUND: " : "") + seed.repeat(size / seed.length());
                time(sectioner, "'" + seed + "' x " + size / seed.length(), "hostile.md", line + "\n" + line);
            }
        }
    }

    private static void time(Sectioner sectioner, String what, String name, String text) {
        DecodedText input = SectionAssertions.decoded(name, text);
        long best = Long.MAX_VALUE;
        int sections = 0;
        for (int i = 0; i < 3; i++) {
            long started = System.nanoTime();
            sections = sectioner.split(input).sections().size();
            best = Math.min(best, System.nanoTime() - started);
        }
        System.out.printf("%s: %d ms, %d sections%n", what, best / 1_000_000, sections);
    }
}
