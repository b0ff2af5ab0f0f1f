package dev.caravan.routes;

import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.GenericFileOperationFailedException;
import org.apache.camel.model.ProcessorDefinition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The whole pipeline: inbox → read → sections → languages → terms → summary → JSON → outbox → downstream.
 * Stages are beans bound by {@link dev.caravan.CaravanConfiguration}; this class only wires them.
 */
public class IngestRoute extends RouteBuilder {
    static final String INBOX = "file:{{caravan.inbox}}"
        + "?exclusiveReadLockStrategy=#settledFileReadLock"   // complete files only (see SettledFileReadLock)
        + "&exclude=RAW({{caravan.exclude}})"                  // hidden, temporary and backup names
        + "&delay={{caravan.poll-delay-ms}}&initialDelay=0"
        + "&maxMessagesPerPoll={{caravan.max-files-per-poll}}"
        + "&move=${header.CaravanArchivePath}"                 // chosen by Destinations, never overwriting
        + "&moveFailed=${header.CaravanErrorPath}";             // chosen by FailureReporter
    static final String DOWNSTREAM = "direct:caravan-downstream";

    @Override
    public void configure() {
        getContext().getCamelContextExtension().addInterceptStrategy(new MemoryGuard());
        // transient I/O trouble gets a few more tries; anything else fails the input at once.
        // FailureReporter logs the one WARN line per failed input, so Camel's own report is off.
        onException(IOException.class, GenericFileOperationFailedException.class)
            .maximumRedeliveries("{{caravan.retry.attempts}}").redeliveryDelay("{{caravan.retry.delay-ms}}")
            .logExhausted(false)
            .process("failureReporter");
        onException(Exception.class)
            .logExhausted(false)
            .process("failureReporter");
        // the input itself deleted after the consumer listed it (by its writer, say): there is nothing left to
        // process, to archive or to put in the error folder, so this is not a failure, and not worth a retry
        onException(NoSuchFileException.class).onWhen(IngestRoute::inputGone)
            .handled(true)
            .log(LoggingLevel.WARN, "${header.CamelFileNameOnly}: deleted from the inbox before it could be read;"
                + " nothing to process");

        from(INBOX).routeId("caravan")
            .threads().poolSize("{{caravan.threads}}").maxPoolSize("{{caravan.threads}}")
                .maxQueueSize("{{caravan.threads}}").threadName("caravan-worker")
            .bean("destinations", "planFallbacks")
            .process("documentReader")
            .bean("destinations", "planArchive")
            .bean("fileTimeLimit", "start")
            // sections before the once-only check: the error handler keeps a copy of the exchange as it enters
            // that block, and the decoded text (two bytes a char) must not stay pinned by it until the JSON is out
            .process("sectioner")
            .idempotentConsumer(simple("${header.CaravanFileName}:${header.CaravanSha256}"))
                .idempotentRepository("processedInputs").eager(false).skipDuplicate(false)
                .filter(exchangeProperty(Exchange.DUPLICATE_MESSAGE).isEqualTo(true))
                    .bean("fileTimeLimit", "stop")
                    .log("${header.CaravanFileName}: already processed (same name and content); archived")
                    .stop()
                .end()
                .process("languageTagger")
                .process("termTagger")
                .process("documentSummarizer")
                .bean("fileTimeLimit", "stop")
                .bean("destinations", "planOutput")
                .bean("outboxWriter", "write")   // streamed, synced and renamed: never a partial JSON
                .to(DOWNSTREAM)
                .bean("runStatistics", "processed")
                .log("${header.CaravanFileName}: ${header.CaravanSections} sections, languages"
                    + " [${header.CaravanLanguages}], ${header.CaravanTermCount} terms,"
                    + " ${header.CaravanDurationMs} ms -> ${header.CaravanOutputName}")
            .end();

        // a downstream failure is logged, not held against the input: its JSON is already in the outbox
        ProcessorDefinition<?> downstream = from(DOWNSTREAM).routeId("caravan-downstream")
            .onException(Exception.class).handled(true)
                .log(LoggingLevel.WARN, "${header.CaravanFileName}: downstream delivery failed: ${exception.message}")
            .end();
        if (!getContext().resolvePropertyPlaceholders("{{caravan.downstream}}").isBlank()) {
            // endpoints get the JSON text, read back from the outbox only when some endpoint listens
            downstream.convertBodyTo(String.class, "UTF-8");
        }
        downstream.recipientList(simple("{{caravan.downstream}}"));
    }

    private static boolean inputGone(Exchange exchange) {
        return !Files.exists(Path.of(exchange.getIn().getHeader(Exchange.FILE_PATH, String.class)),
            LinkOption.NOFOLLOW_LINKS);
    }
}
