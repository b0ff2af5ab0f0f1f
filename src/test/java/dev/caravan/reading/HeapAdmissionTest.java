package dev.caravan.reading;

import dev.caravan.model.Reason;
import dev.caravan.model.RejectedInputException;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class HeapAdmissionTest {
    private static final long MIB = 1 << 20;

    /** A file size whose estimated need is exactly {@code mebibytes}. */
    private static long fileNeeding(int mebibytes) {
        return mebibytes * MIB / HeapAdmission.HEAP_BYTES_PER_INPUT_BYTE;
    }

    @Test
    void theNeedGrowsWithTheFileAndIsNeverZero() {
        assertEquals(1, HeapAdmission.needMebibytes(10));
        assertEquals(40, HeapAdmission.needMebibytes(fileNeeding(40)));
        assertEquals(41, HeapAdmission.needMebibytes(fileNeeding(40) + 1));
    }

    @Test
    void aFileThatCouldNeverFitIsTooLarge() {
        HeapAdmission admission = new HeapAdmission(100 * MIB);
        RejectedInputException e = assertThrows(RejectedInputException.class, () -> admission.admit(fileNeeding(101)));
        assertEquals(Reason.TOO_LARGE, e.reason());
        assertEquals(100, admission.freeMebibytes(), "a refused file reserves nothing");
    }

    @Test
    void aSecondLargeFileWaitsUntilTheFirstIsDone() throws Exception {
        HeapAdmission admission = new HeapAdmission(100 * MIB);
        HeapAdmission.Permit first = admission.admit(fileNeeding(60));
        CompletableFuture<HeapAdmission.Permit> second = CompletableFuture.supplyAsync(() -> admission.admit(fileNeeding(60)));
        assertThrows(TimeoutException.class, () -> second.get(300, TimeUnit.MILLISECONDS));
        assertFalse(second.isDone());

        first.release();
        second.get(5, TimeUnit.SECONDS).release();
        assertEquals(100, admission.freeMebibytes());
    }

    @Test
    void twoFilesThatFitTogetherRunTogether() {
        HeapAdmission admission = new HeapAdmission(100 * MIB);
        HeapAdmission.Permit first = admission.admit(fileNeeding(50));
        HeapAdmission.Permit second = admission.admit(fileNeeding(50));
        assertEquals(0, admission.freeMebibytes());
        first.release();
        second.release();
        assertEquals(100, admission.freeMebibytes());
    }

    @Test
    void releasingTwiceGivesTheReservationBackOnce() {
        HeapAdmission admission = new HeapAdmission(100 * MIB);
        HeapAdmission.Permit permit = admission.admit(fileNeeding(30));
        permit.release();
        permit.release();
        assertEquals(100, admission.freeMebibytes());
    }
}
