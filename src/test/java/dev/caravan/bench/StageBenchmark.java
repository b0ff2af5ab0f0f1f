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
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Each pipeline stage alone, on the input it gets in the route: a 4 KB bilingual record in the sample's
 * layout and a 200 KB Markdown report from the corpus generator. Every stage starts from the previous
 * stage's real output, computed once in setup.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgs = "-Xmx1g")
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class StageBenchmark {
    @Param({"record", "report"})
    public String shape;

    private Path file;
    private String fileName;
    private DocumentReader reader;
    private Sectioner sectioner;
    private LanguageTagger languageTagger;
    private TermStage termStage;
    private ObjectWriter json;
    private DecodedText decoded;
    private Document sectioned;
    private Document withLanguages;
    private Document withTerms;

    @Setup
    public void setUp() throws Exception {
        CorpusGenerator generator = new CorpusGenerator();
        SplittableRandom random = new SplittableRandom(7);
        String text = shape.equals("record")
            ? generator.record(random, 4096, "en", "zh")
            : generator.report(random, 204_800, 1, 0.8);
        fileName = shape.equals("record") ? "record.txt" : "report.md";
        file = Files.createTempFile("caravan-stage-", fileName);
        Files.writeString(file, text, StandardCharsets.UTF_8);

        reader = new DocumentReader(Long.MAX_VALUE, Long.MAX_VALUE);
        sectioner = new Sectioner(Sectioner.DEFAULT_MAX_SECTIONS);
        languageTagger = new LanguageTagger(LanguageDetector.createDefault());
        termStage = new TermStage(new TermTagger(Vocabulary.defaults()), true);
        json = DocumentJson.mapper().writer();

        decoded = reader.read(file, fileName, Instant.EPOCH);
        sectioned = sectioner.split(decoded);
        withLanguages = languageTagger.tag(sectioned);
        withTerms = termStage.apply(withLanguages);
    }

    @TearDown
    public void tearDown() throws Exception {
        Files.deleteIfExists(file);
    }

    @Benchmark
    public DecodedText reading() throws Exception {
        return reader.read(file, fileName, Instant.EPOCH);
    }

    @Benchmark
    public Document sections() {
        return sectioner.split(decoded);
    }

    @Benchmark
    public Document languages() {
        return languageTagger.tag(sectioned);
    }

    @Benchmark
    public Document terms() {
        return termStage.apply(withLanguages);
    }

    @Benchmark
    public byte[] jsonWriting() throws Exception {
        return json.writeValueAsBytes(withTerms);
    }
}
