package dev.caravan.output;

import java.util.concurrent.atomic.AtomicInteger;

/** Counts finished inputs, for the one-line summary of a {@code --once} run. */
public class RunStatistics {
    private final AtomicInteger processed = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();

    public void processed() {
        processed.incrementAndGet();
    }

    public void failed() {
        failed.incrementAndGet();
    }

    public int failedCount() {
        return failed.get();
    }

    public String summary() {
        return String.format("caravan: %d processed, %d failed", processed.get(), failed.get());
    }
}
