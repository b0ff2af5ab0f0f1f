package dev.caravan;

import dev.caravan.language.LanguageDetector;
import dev.caravan.language.LanguageTagger;
import dev.caravan.model.SectionWork;
import dev.caravan.output.Destinations;
import dev.caravan.output.DocumentSummarizer;
import dev.caravan.output.FailureReporter;
import dev.caravan.output.OutboxWriter;
import dev.caravan.output.RunStatistics;
import dev.caravan.output.TemporaryFiles;
import dev.caravan.reading.DocumentReader;
import dev.caravan.routes.FileTimeLimit;
import dev.caravan.reading.SettledFileReadLock;
import dev.caravan.sections.Sectioner;
import dev.caravan.state.ProcessedInputs;
import dev.caravan.terms.TermStage;
import dev.caravan.terms.TermTagger;
import dev.caravan.terms.Vocabulary;
import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.PropertyInject;
import org.apache.camel.spi.IdempotentRepository;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.Stream;

/** Builds the pipeline's stages from application.properties; the route refers to them by these names. */
public class CaravanConfiguration implements CamelConfiguration {
    private static final Clock CLOCK = Clock.systemUTC();
    /**
     * Heap the language models and the vocabulary keep (measured 2026-11-27 with the defaults, after a full GC with
     * the daemon ready and the samples processed: the detector about 163 MB, the whole daemon 212 MiB live, 110 MB
     * without quadrigrams). Documents in flight share what is left: 296 MiB under -Xmx512m, room for one 50 MB file.
     */
    private static final long MODEL_HEAP_BYTES = 216L << 20;
    /** Smallest heap Caravan starts with: the models plus room for documents (-Xmx256m, tested by LoadIT). */
    static final long MIN_HEAP_BYTES = 240L << 20;
    /**
     * Smallest heap that holds the quadrigram models (about 80 MB more) beside room for documents: at -Xmx256m
     * building them ran out of heap. Below it short text is scored without them, the same way on every run.
     */
    static final long QUADRIGRAM_MIN_HEAP_BYTES = 384L << 20;

    private final RunStatistics statistics = new RunStatistics();
    private SectionWork sectionWork;

    /** Runs before the route starts: clears what a crashed run left half-written. */
    @Override
    public void configure(CamelContext camelContext) throws IOException {
        TemporaryFiles.sweep(Path.of(camelContext.resolvePropertyPlaceholders("{{caravan.outbox}}")),
            Path.of(camelContext.resolvePropertyPlaceholders("{{caravan.error}}")));
    }

    @BindToRegistry
    public SettledFileReadLock settledFileReadLock(@PropertyInject("caravan.settle-ms") long settleMs) {
        return new SettledFileReadLock(settleMs, CLOCK);
    }

    @BindToRegistry
    public DocumentReader documentReader(@PropertyInject("caravan.max-file-bytes") long maxFileBytes) {
        // what the models leave of the heap, shared by the documents in flight
        return new DocumentReader(maxFileBytes, Runtime.getRuntime().maxMemory() - MODEL_HEAP_BYTES);
    }

    @BindToRegistry
    public Destinations destinations(@PropertyInject("caravan.outbox") String outbox,
                                     @PropertyInject("caravan.archive") String archive,
                                     @PropertyInject("caravan.error") String error) {
        return new Destinations(Path.of(outbox), Path.of(archive), Path.of(error));
    }

    /** Inputs already processed, keyed on name and content hash; survives restarts. */
    @BindToRegistry
    public IdempotentRepository processedInputs(@PropertyInject("caravan.state") String state) throws IOException {
        Path folder = Files.createDirectories(Path.of(state));
        return new ProcessedInputs(folder.resolve("processed.dat"));
    }

    @BindToRegistry
    public Sectioner sectioner(@PropertyInject("caravan.max-sections") int maxSections,
                               @PropertyInject("caravan.max-section-chars") int maxSectionChars) {
        return new Sectioner(maxSections, maxSectionChars);
    }

    @PropertyInject("caravan.language.candidates")
    private String languageCandidates;
    @PropertyInject("caravan.language.refined-families")
    private String refinedFamilies;
    @PropertyInject("caravan.language.short-text-quadrigrams")
    private boolean shortTextQuadrigrams;
    @PropertyInject("caravan.terms.default-vocabulary")
    private boolean defaultVocabulary;
    @PropertyInject("caravan.terms.vocabularies")
    private String vocabularies;
    @PropertyInject("caravan.large-document.helper-threads")
    private int largeDocumentHelperThreads;
    @PropertyInject("caravan.large-document.parallel-chars")
    private int largeDocumentParallelChars;

    /** The language models and the term tagger, most of start-up: built side by side, one per core. */
    private CompletableFuture<LanguageDetector> languageDetector;
    private CompletableFuture<TermTagger> termTagger;

    /** Starts both builds on first call, whichever bean Camel asks for first; fields are injected by then. */
    private synchronized void startLoadingModels() {
        if (languageDetector == null) {
            languageDetector = CompletableFuture.supplyAsync(() -> LanguageDetector.create(
                LanguageDetector.parseCodes(languageCandidates), LanguageDetector.parseFamilies(refinedFamilies),
                quadrigramsFit(shortTextQuadrigrams, Runtime.getRuntime().maxMemory())),
                runOnNewThread("caravan-language-models"));
            Stream<String> builtIn = defaultVocabulary ? Stream.of(Vocabulary.DEFAULT_LOCATION) : Stream.empty();
            List<String> locations = Stream.concat(builtIn, commaSeparated(vocabularies)).toList();
            termTagger = CompletableFuture.supplyAsync(() -> new TermTagger(Vocabulary.load(locations)),
                runOnNewThread("caravan-vocabulary"));
        }
    }

    static boolean quadrigramsFit(boolean wanted, long maxHeapBytes) {
        if (wanted && maxHeapBytes < QUADRIGRAM_MIN_HEAP_BYTES) {
            LoggerFactory.getLogger("caravan").warn("Heap of {} MB is under {} MB: short texts are scored without"
                + " quadrigrams (about 2.7 points less accurate on short lines); give the JVM more (-Xmx) or set"
                + " caravan.language.short-text-quadrigrams=false", maxHeapBytes >> 20, QUADRIGRAM_MIN_HEAP_BYTES >> 20);
            return false;
        }
        return wanted;
    }

    /** The helper threads the language and term stages share for the sections of large documents. */
    private synchronized SectionWork sectionWork() {
        if (sectionWork == null) {
            sectionWork = new SectionWork(largeDocumentHelperThreads, largeDocumentParallelChars);
        }
        return sectionWork;
    }

    private static Executor runOnNewThread(String name) {
        return task -> new Thread(task, name).start();
    }

    /**
     * Bound before its models are built, so Camel creates and starts the route meanwhile; an input taken
     * before {@link #awaitModels()} returned waits for them.
     */
    @BindToRegistry
    public Processor languageTagger() {
        startLoadingModels();
        return new StageBeingBuilt(languageDetector.thenApply(detector -> new LanguageTagger(detector, sectionWork())));
    }

    @BindToRegistry
    public Processor termTagger(@PropertyInject("caravan.terms.link-translations") boolean linkTranslations) {
        startLoadingModels();
        return new StageBeingBuilt(termTagger.thenApply(tagger -> new TermStage(tagger, linkTranslations, sectionWork())));
    }

    /** Returns once the language models and the term tagger are built; throws what a failed build threw. */
    public void awaitModels() {
        startLoadingModels();
        CompletableFuture.allOf(languageDetector, termTagger).join();
    }

    /** A stage whose models are still being built when the route starts. */
    private record StageBeingBuilt(CompletableFuture<? extends Processor> stage) implements Processor {
        @Override
        public void process(Exchange exchange) throws Exception {
            stage.join().process(exchange);
        }
    }

    @BindToRegistry
    public FileTimeLimit fileTimeLimit(@PropertyInject("caravan.file-timeout-ms") long limitMillis) {
        return new FileTimeLimit(limitMillis);
    }

    @BindToRegistry
    public DocumentSummarizer documentSummarizer() {
        return new DocumentSummarizer(CaravanApplication.version(), CLOCK);
    }

    @BindToRegistry
    public OutboxWriter outboxWriter() {
        return new OutboxWriter(sectionWork());
    }

    private static Stream<String> commaSeparated(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(item -> !item.isEmpty());
    }

    @BindToRegistry
    public RunStatistics runStatistics() {
        return statistics;
    }

    @BindToRegistry
    public FailureReporter failureReporter(@PropertyInject("caravan.outbox") String outbox,
                                           @PropertyInject("caravan.archive") String archive,
                                           @PropertyInject("caravan.error") String error) {
        return new FailureReporter(destinations(outbox, archive, error), statistics, CLOCK);
    }
}
