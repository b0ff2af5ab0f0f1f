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
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Each pipeline stage alone, on the input it gets in the route: 4 KB records in the sample's layout and a
 * 200 KB Markdown report from the corpus generator. Every stage starts from the previous stage's real output,
 * computed once in setup. The record shape cycles through ten records, one English-only and one per
 * translation language, as the records corpus mixes them: Latin-script translations cost the language stage
 * several times what a Chinese one does, so a single record would misstate the corpus's cost. A score is the
 * mean over the cycle.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgs = "-Xmx1g")
@Warmup(iterations = 4, time = 5)
@Measurement(iterations = 5, time = 2)
public class StageBenchmark {
    @Param({"record", "report"})
    public String shape;

    private final List<Path> files = new ArrayList<>();
    private String fileName;
    private DocumentReader reader;
    private Sectioner sectioner;
    private LanguageTagger languageTagger;
    private TermStage termStage;
    private ObjectWriter json;
    private DecodedText[] decoded;
    private Document[] sectioned;
    private Document[] withLanguages;
    private Document[] withTerms;
    /** Which input the next call takes (the benchmark runs on one thread). */
    private int next;

    @Setup
    public void setUp() throws Exception {
        CorpusGenerator generator = new CorpusGenerator();
        SplittableRandom random = new SplittableRandom(7);
        List<String> texts = new ArrayList<>();
        if (shape.equals("record")) {
            texts.add(generator.record(random, 4096, "en", null));
            SeedTexts.LANGUAGES.subList(1, SeedTexts.LANGUAGES.size())
                .forEach(translation -> texts.add(generator.record(random, 4096, "en", translation)));
        } else {
            texts.add(generator.report(random, 204_800, 1, 0.8));
        }
        fileName = shape.equals("record") ? "record.txt" : "report.md";
        reader = new DocumentReader(Long.MAX_VALUE, Long.MAX_VALUE);
        sectioner = new Sectioner(Sectioner.DEFAULT_MAX_SECTIONS);
        languageTagger = new LanguageTagger(LanguageDetector.createDefault());
        termStage = new TermStage(new TermTagger(Vocabulary.defaults()), true);
        json = DocumentJson.mapper().writer();

        int n = texts.size();
        decoded = new DecodedText[n];
        sectioned = new Document[n];
        withLanguages = new Document[n];
        withTerms = new Document[n];
        for (int i = 0; i < n; i++) {
            Path file = Files.createTempFile("caravan-stage-", fileName);
            Files.writeString(file, texts.get(i), StandardCharsets.UTF_8);
            files.add(file);
            decoded[i] = reader.read(file, fileName, Instant.EPOCH);
            sectioned[i] = sectioner.split(decoded[i]);
            withLanguages[i] = languageTagger.tag(sectioned[i]);
            withTerms[i] = termStage.apply(withLanguages[i]);
        }
    }

    @TearDown
    public void tearDown() throws Exception {
        for (Path file : files) {
            Files.deleteIfExists(file);
        }
    }

    private int nextInput() {
        next = next + 1 == files.size() ? 0 : next + 1;
        return next;
    }

    @Benchmark
    public DecodedText reading() throws Exception {
        return reader.read(files.get(nextInput()), fileName, Instant.EPOCH);
    }

    @Benchmark
    public Document sections() {
        return sectioner.split(decoded[nextInput()]);
    }

    @Benchmark
    public Document languages() {
        return languageTagger.tag(sectioned[nextInput()]);
    }

    @Benchmark
    public Document terms() {
        return termStage.apply(withLanguages[nextInput()]);
    }

    @Benchmark
    public byte[] jsonWriting() throws Exception {
        return json.writeValueAsBytes(withTerms[nextInput()]);
    }
}
