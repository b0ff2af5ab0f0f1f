package dev.caravan.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.caravan.model.Abbreviation;
import dev.caravan.model.Citation;
import dev.caravan.model.Document;
import dev.caravan.model.LanguageGuess;
import dev.caravan.model.LanguageShare;
import dev.caravan.model.Pipeline;
import dev.caravan.model.Section;
import dev.caravan.model.SectionType;
import dev.caravan.model.Source;
import dev.caravan.model.TermMatch;
import dev.caravan.model.TermSummary;
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
import org.openjdk.jmh.annotations.Warmup;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The output stage alone: Jackson writing a fully enriched {@link Document} to bytes. Documents are built
 * from generated corpus text (a 4 KB bilingual record, a 200 KB Markdown report), with one section per
 * line or paragraph and a term match at every real occurrence of a few vocabulary words, so the JSON has
 * the size and shape Caravan's outbox files will have.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class JsonWritingBenchmark {
    /** A few vocabulary words per language and the concept each stands for (MeSH-like ids). */
    private static final Map<String, String[]> VOCABULARY = Map.of(
        "ketamine", new String[] {"D007649", "Ketamine", "drug"},
        "氯胺酮", new String[] {"D007649", "Ketamine", "drug"},
        "NMDA", new String[] {"D016194", "Receptors, N-Methyl-D-Aspartate", "receptor"},
        "BDNF", new String[] {"D019208", "Brain-Derived Neurotrophic Factor", "protein"},
        "depression", new String[] {"D003863", "Depression", "disorder"},
        "抑郁症", new String[] {"D003863", "Depression", "disorder"});

    @Param({"record", "report"})
    public String shape;

    /** Caravan's outbox JSON is indented for people; this shows what that costs. */
    @Param({"false", "true"})
    public boolean indent;

    private ObjectMapper mapper;
    private Document document;

    @Setup
    public void setUp() {
        mapper = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .configure(SerializationFeature.INDENT_OUTPUT, indent);
        CorpusGenerator generator = new CorpusGenerator();
        SplittableRandom random = new SplittableRandom(42);
        String text = shape.equals("record")
            ? generator.record(random, 4096, "en", "zh")
            : generator.report(random, 204_800, 1, 0.8);
        document = enrichedDocument(shape + ".txt", text);
    }

    @Benchmark
    public byte[] writeDocument() throws Exception {
        return mapper.writeValueAsBytes(document);
    }

    static Document enrichedDocument(String fileName, String text) {
        List<Section> sections = new ArrayList<>();
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, TermMatch> examples = new TreeMap<>();
        int offset = 0;
        for (String block : text.split("\n")) {
            int length = block.codePointCount(0, block.length());
            if (!block.isBlank()) {
                boolean chinese = block.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
                List<TermMatch> terms = termMatches(block);
                for (TermMatch term : terms) {
                    counts.merge(term.conceptId(), 1, Integer::sum);
                    examples.putIfAbsent(term.conceptId(), term);
                }
                SectionType type = block.startsWith("#") ? SectionType.HEADING
                    : block.startsWith("- ") ? SectionType.LIST_ITEM : SectionType.PARAGRAPH;
                sections.add(Section.of(sections.size(), type, null, List.of(), block, offset, offset + length)
                    .withLanguage(new LanguageGuess(chinese ? "zh" : "en", 0.97))
                    .withTerms(terms));
            }
            offset += length + 1;
        }
        List<TermSummary> summary = new ArrayList<>();
        counts.forEach((id, count) -> summary.add(
            new TermSummary(id, examples.get(id).label(), examples.get(id).category(), count, List.of("en", "zh"))));
        Source source = new Source(fileName, text.getBytes(StandardCharsets.UTF_8).length, "0".repeat(64), "text/plain", "UTF-8",
            Instant.parse("2026-11-26T17:00:00Z"));
        Citation citation = new Citation("J Psychopharmacol", 2021, "Feb", null, "35", "2", "109-123",
            "10.1177/0269881120959644", null, "2020 Nov 6", null, null);
        return Document.of(source, citation, sections)
            .withLanguages(List.of(new LanguageShare("en", 0.6), new LanguageShare("zh", 0.4)))
            .withTerms(summary)
            .withAbbreviations(List.of(new Abbreviation("BDNF", "brain-derived neurotrophic factor", "D019208", 0)))
            .withPipeline(new Pipeline("0.1.0", Instant.parse("2026-11-26T17:00:01Z"), 12));
    }

    /** A match at every occurrence of a vocabulary word, with code-point offsets as Caravan reports them. */
    private static List<TermMatch> termMatches(String block) {
        List<TermMatch> matches = new ArrayList<>();
        VOCABULARY.forEach((word, concept) -> {
            for (int at = block.indexOf(word); at >= 0; at = block.indexOf(word, at + word.length())) {
                int start = block.codePointCount(0, at);
                matches.add(new TermMatch(concept[0], concept[1], concept[2], word, start,
                    start + word.codePointCount(0, word.length())));
            }
        });
        return matches;
    }
}
