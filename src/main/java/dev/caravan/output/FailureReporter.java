package dev.caravan.output;

import com.fasterxml.jackson.databind.ObjectWriter;
import dev.caravan.model.Headers;
import dev.caravan.model.Reason;
import dev.caravan.model.RejectedInputException;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.component.file.GenericFileOperationFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Runs when an input has failed for good: writes its error sidecar and tells the file consumer (through
 * {@link Headers#ERROR_PATH}) where to move the original. The sidecar is written first, atomically, so an
 * original in the error folder always has its reason beside it.
 */
public class FailureReporter implements Processor {
    private static final Logger LOG = LoggerFactory.getLogger("caravan");
    private static final ObjectWriter SIDECAR_WRITER = TemporaryFiles.writerFor(ErrorReport.class);

    private final Destinations destinations;
    private final RunStatistics statistics;
    private final Clock clock;
    private final UnreportedFailures unreported = new UnreportedFailures();

    public FailureReporter(Destinations destinations, RunStatistics statistics, Clock clock) {
        this.destinations = destinations;
        this.statistics = statistics;
        this.clock = clock;
    }

    @Override
    public void process(Exchange exchange) throws IOException {
        Throwable failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        boolean timedOut = exchange.getProperty(Headers.TIMED_OUT, false, Boolean.class);
        Reason reason = timedOut ? Reason.TIMEOUT : classify(failure);
        String message = timedOut && !(failure instanceof RejectedInputException)
            ? "processing took longer than the per-file time limit (caravan.file-timeout-ms); stopped in "
                + describe(failure)
            : describe(failure);
        int attempts = exchange.getIn().getHeader(Exchange.REDELIVERY_COUNTER, 0, Integer.class) + 1;
        String fileName = Destinations.inputName(exchange);
        Path input = Path.of(exchange.getIn().getHeader(Exchange.FILE_PATH, fileName, String.class));

        // until the sidecar exists the original has no place in the error folder: without this fallback the
        // consumer leaves it in the inbox, to be tried again once the sidecar can be written
        exchange.getIn().removeHeader(Headers.ERROR_PATH);
        Path target = destinations.planError(exchange);
        try {
            Files.createDirectories(target.getParent());
            writeAtomically(Destinations.sidecarOf(target),
                new ErrorReport(fileName, reason, message, clock.instant(), attempts));
        } catch (IOException blocked) {
            // thrown on, this would reach Camel's last-resort handler, which logs two stack traces per try
            String fault = describe(blocked);
            if (unreported.isNew(input, fault)) {
                LOG.warn("{} failed: {}: {}; it cannot go to the error folder yet ({}), so it stays in the inbox and"
                    + " is tried again on every poll (logged again only if the fault changes)",
                    fileName, reason.code(), message, fault);
            }
            return;
        }
        exchange.getIn().setHeader(Headers.ERROR_PATH, target.toString());
        statistics.failed();
        LOG.warn("{} failed: {}: {} (moved to {}{})", fileName, reason.code(), message, target,
            unreported.clear(input) ? ", now that the error folder can be written again" : "");
    }

    public static Reason classify(Throwable failure) {
        if (failure instanceof RejectedInputException rejected) {
            return rejected.reason();
        }
        if (causedByOutOfMemory(failure)) {
            return Reason.OUT_OF_MEMORY; // Camel hands a bean step's error on wrapped in an exception
        }
        if (failure instanceof GenericFileOperationFailedException) {
            return Reason.OUTPUT_FAILED;
        }
        if (failure instanceof IOException) {
            return Reason.UNREADABLE;
        }
        return Reason.INTERNAL_ERROR;
    }

    private static boolean causedByOutOfMemory(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable failure) {
        if (failure == null) {
            return "unknown failure";
        }
        if (failure instanceof RejectedInputException) {
            return failure.getMessage();
        }
        String detail = failure.getMessage() == null ? "" : ": " + failure.getMessage();
        return failure.getClass().getSimpleName() + detail;
    }

    private static void writeAtomically(Path target, ErrorReport report) throws IOException {
        TemporaryFiles.writeAtomically(TemporaryFiles.forSidecar(target), target, SIDECAR_WRITER, report);
    }
}
