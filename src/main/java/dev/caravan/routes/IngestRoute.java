package dev.caravan.routes;

import dev.caravan.output.TemporaryFiles;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.GenericFileOperationFailedException;

import java.io.IOException;

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
    static final String OUTBOX = "file:{{caravan.outbox}}"
        + "?fileName=${header.CaravanOutputName}"
        + "&tempPrefix=" + TemporaryFiles.OUTBOX_PREFIX + "&forceWrites=true"  // readers never see a partial JSON
        + "&fileExist=Ignore";                                 // the same content's JSON is already there
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

        from(INBOX).routeId("caravan")
            .threads().poolSize("{{caravan.threads}}").maxPoolSize("{{caravan.threads}}")
                .maxQueueSize("{{caravan.threads}}").threadName("caravan-worker")
            .bean("destinations", "planFallbacks")
            .process("documentReader")
            .bean("destinations", "planArchive")
            .idempotentConsumer(simple("${header.CaravanFileName}:${header.CaravanSha256}"))
                .idempotentRepository("processedInputs").eager(false).skipDuplicate(false)
                .filter(exchangeProperty(Exchange.DUPLICATE_MESSAGE).isEqualTo(true))
                    .log("${header.CaravanFileName}: already processed (same name and content); archived")
                    .stop()
                .end()
                .bean("fileTimeLimit", "start")
                .process("sectioner")
                .process("languageTagger")
                .process("termTagger")
                .process("documentSummarizer")
                .bean("fileTimeLimit", "stop")
                .bean("destinations", "planOutput")
                .marshal("documentJson")
                .to(OUTBOX)
                .to(DOWNSTREAM)
                .bean("runStatistics", "processed")
                .log("${header.CaravanFileName}: ${header.CaravanSections} sections, languages"
                    + " [${header.CaravanLanguages}], ${header.CaravanTermCount} terms,"
                    + " ${header.CaravanDurationMs} ms -> ${header.CaravanOutputName}")
            .end();

        // a downstream failure is logged, not held against the input: its JSON is already in the outbox
        from(DOWNSTREAM).routeId("caravan-downstream")
            .onException(Exception.class).handled(true)
                .log(LoggingLevel.WARN, "${header.CaravanFileName}: downstream delivery failed: ${exception.message}")
            .end()
            .recipientList(simple("{{caravan.downstream}}"));
    }
}
