package dev.caravan.bench;

import com.fasterxml.jackson.databind.ObjectWriter;
import dev.caravan.language.LanguageDetector;
import dev.caravan.language.LanguageTagger;
import dev.caravan.model.DecodedText;
import dev.caravan.model.Document;
import dev.caravan.output.DocumentJson;
import dev.caravan.reading.DocumentReader;
import dev.caravan.sections.Sectioner;
import dev.caravan.terms.TermStage;
import dev.caravan.terms.TermTagger;
import dev.caravan.terms.Vocabulary;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * CPU time of each stage on one thread over whole corpus files, the best of several rounds: a steadier figure
 * than JMH's on this shared machine for comparing two builds of a stage (JMH's errors here reached 50-100%).
 * Each file goes through every stage in turn, as in the route, without the file component.
 *
 * <p>Usage: {@code StageTimes ROUNDS FILE_OR_FOLDER...}, for example (after {@code bench/run.sh} made the corpus)
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.caravan.bench.StageTimes
 * -Dexec.args="8 target/bench/corpus/large/large-1.txt"}.
 */
public final class StageTimes {
    private static final String[] STAGES = {"reading", "sections", "languages", "terms", "json"};

    private StageTimes() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        List<Path> files = new ArrayList<>();
        for (String arg : Arrays.asList(args).subList(1, args.length)) {
            Path path = Path.of(arg);
            if (Files.isDirectory(path)) {
                try (Stream<Path> listed = Files.list(path)) {
                    listed.filter(file -> !file.getFileName().toString().startsWith(".")).sorted().forEach(files::add);
                }
            } else {
                files.add(path);
            }
        }
        DocumentReader reader = new DocumentReader(Long.MAX_VALUE, Long.MAX_VALUE);
        Sectioner sectioner = new Sectioner(Integer.MAX_VALUE); // a 50 MB file has more sections than the default limit
        LanguageTagger languages = new LanguageTagger(LanguageDetector.createDefault());
        TermStage terms = new TermStage(new TermTagger(Vocabulary.defaults()), true);
        ObjectWriter json = DocumentJson.mapper().writer();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] best = new long[STAGES.length];
        Arrays.fill(best, Long.MAX_VALUE);
        for (int round = 1; round <= rounds; round++) {
            long[] nanos = new long[STAGES.length];
            for (Path file : files) {
                long start = threads.getCurrentThreadCpuTime();
                DecodedText decoded = reader.read(file, file.getFileName().toString(), Instant.EPOCH);
                long read = threads.getCurrentThreadCpuTime();
                Document sectioned = sectioner.split(decoded);
                long split = threads.getCurrentThreadCpuTime();
                Document tagged = languages.tag(sectioned);
                long detected = threads.getCurrentThreadCpuTime();
                Document withTerms = terms.apply(tagged);
                long termed = threads.getCurrentThreadCpuTime();
                json.writeValue(OutputStream.nullOutputStream(), withTerms);
                long written = threads.getCurrentThreadCpuTime();
                long[] ends = {read, split, detected, termed, written};
                for (int s = 0; s < STAGES.length; s++) {
                    nanos[s] += ends[s] - (s == 0 ? start : ends[s - 1]);
                }
            }
            for (int s = 0; s < STAGES.length; s++) {
                best[s] = Math.min(best[s], nanos[s]);
            }
            System.out.println("round " + round + ": " + milliseconds(nanos));
        }
        System.out.println("best of " + rounds + ": " + milliseconds(best) + " (CPU ms, " + files.size() + " files)");
    }

    private static String milliseconds(long[] nanos) {
        StringBuilder line = new StringBuilder();
        long total = 0;
        for (int s = 0; s < STAGES.length; s++) {
            line.append(STAGES[s]).append(' ').append(nanos[s] / 1_000_000).append(", ");
            total += nanos[s];
        }
        return line.append("total ").append(total / 1_000_000).toString();
    }
}
