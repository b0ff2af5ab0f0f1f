package dev.caravan;

import dev.caravan.language.LanguageDetector;
import dev.caravan.language.LanguageTagger;
import dev.caravan.output.Destinations;
import dev.caravan.output.DocumentJson;
import dev.caravan.output.DocumentSummarizer;
import dev.caravan.output.FailureReporter;
import dev.caravan.output.RunStatistics;
import dev.caravan.reading.DocumentReader;
import dev.caravan.routes.FileTimeLimit;
import dev.caravan.reading.SettledFileReadLock;
import dev.caravan.sections.Sectioner;
import dev.caravan.terms.TermStage;
import dev.caravan.terms.TermTagger;
import dev.caravan.terms.Vocabulary;
import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.PropertyInject;
import org.apache.camel.component.jackson.JacksonDataFormat;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.processor.idempotent.FileIdempotentRepository;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** Builds the pipeline's stages from application.properties; the route refers to them by these names. */
public class CaravanConfiguration implements CamelConfiguration {
    private static final Clock CLOCK = Clock.systemUTC();
    /** Heap the language models and the vocabulary keep (measured: about 175 MB with the defaults). */
    private static final long MODEL_HEAP_BYTES = 200L << 20;

    private final RunStatistics statistics = new RunStatistics();

    @BindToRegistry
    public SettledFileReadLock settledFileReadLock(@PropertyInject("caravan.settle-ms") long settleMs) {
        return new SettledFileReadLock(settleMs, CLOCK);
    }

    @BindToRegistry
    public DocumentReader documentReader(@PropertyInject("caravan.max-file-bytes") long maxFileBytes,
                                         @PropertyInject("caravan.threads") int threads) {
        // what the models leave of the heap, shared by the documents in flight
        long heapForDocuments = Runtime.getRuntime().maxMemory() - MODEL_HEAP_BYTES;
        return new DocumentReader(maxFileBytes, Math.max(0, heapForDocuments / threads));
    }

    @BindToRegistry
    public Destinations destinations(@PropertyInject("caravan.outbox") String outbox,
                                     @PropertyInject("caravan.archive") String archive,
                                     @PropertyInject("caravan.error") String error) {
        return new Destinations(Path.of(outbox), Path.of(archive), Path.of(error));
    }

    /** Inputs already processed, keyed on name and content hash; survives restarts. */
    @BindToRegistry
    public IdempotentRepository processedInputs(@PropertyInject("caravan.state") String state,
                                                @PropertyInject("caravan.state.cache-size") int cacheSize)
        throws IOException {
        Path folder = Files.createDirectories(Path.of(state));
        return FileIdempotentRepository.fileIdempotentRepository(folder.resolve("processed.dat").toFile(),
            cacheSize, Long.MAX_VALUE);
    }

    @BindToRegistry
    public Sectioner sectioner(@PropertyInject("caravan.max-sections") int maxSections) {
        return new Sectioner(maxSections);
    }

    @BindToRegistry
    public LanguageTagger languageTagger(@PropertyInject("caravan.language.candidates") String candidates,
                                         @PropertyInject("caravan.language.refined-families") String families,
                                         @PropertyInject("caravan.language.short-text-quadrigrams")
                                         boolean quadrigrams) {
        return new LanguageTagger(LanguageDetector.create(LanguageDetector.parseCodes(candidates),
            LanguageDetector.parseFamilies(families), quadrigrams));
    }

    @BindToRegistry
    public TermStage termTagger(@PropertyInject("caravan.terms.default-vocabulary") boolean defaultVocabulary,
                                @PropertyInject("caravan.terms.vocabularies") String vocabularies,
                                @PropertyInject("caravan.terms.link-translations") boolean linkTranslations) {
        Stream<String> builtIn = defaultVocabulary ? Stream.of(Vocabulary.DEFAULT_LOCATION) : Stream.empty();
        List<String> locations = Stream.concat(builtIn, commaSeparated(vocabularies)).toList();
        return new TermStage(new TermTagger(Vocabulary.load(locations)), linkTranslations);
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
    public JacksonDataFormat documentJson() {
        JacksonDataFormat format = new JacksonDataFormat();
        format.setObjectMapper(DocumentJson.mapper());
        format.setAutoDiscoverObjectMapper(false);
        return format;
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
