package dev.caravan.model;

/**
 * Where a long-running stage may be stopped. Stages call {@link #check()} between units of work (a block, a
 * section); when the per-file time limit has interrupted the thread, the input fails with reason
 * {@code timeout} instead of holding a worker for ever.
 */
public final class Checkpoint {
    private Checkpoint() {
    }

    public static void check() {
        if (Thread.interrupted()) {
            throw new RejectedInputException(Reason.TIMEOUT,
                "processing took longer than the per-file time limit (caravan.file-timeout-ms)");
        }
    }
}
