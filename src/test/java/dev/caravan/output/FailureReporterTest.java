package dev.caravan.output;

import dev.caravan.model.Reason;
import dev.caravan.model.RejectedInputException;
import org.apache.camel.component.file.GenericFileOperationFailedException;
import org.junit.jupiter.api.Test;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FailureReporterTest {
    @Test
    void mapsFailuresToReasonCodes() {
        assertEquals(Reason.BLANK, FailureReporter.classify(new RejectedInputException(Reason.BLANK, "blank")));
        assertEquals(Reason.UNREADABLE, FailureReporter.classify(new NoSuchFileException("gone.txt")));
        assertEquals(Reason.UNREADABLE, FailureReporter.classify(new AccessDeniedException("secret.txt")));
        assertEquals(Reason.OUTPUT_FAILED, FailureReporter.classify(new GenericFileOperationFailedException("disk full")));
        assertEquals(Reason.INTERNAL_ERROR, FailureReporter.classify(new IllegalStateException("bug")));
    }
}
