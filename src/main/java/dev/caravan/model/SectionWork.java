package dev.caravan.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Runs a stage's independent per-section work, in section order of results. A small document is done on the
 * worker's own thread; a large one is cut into batches that the worker and a few shared helper threads take
 * in turn, so one large file can use more than one core. Only the worker's thread is interrupted by the
 * per-file time limit: it calls {@link Checkpoint#check()} between its batches and then stops the helpers,
 * so a timed-out document never keeps them busy. A failure in a helper (an {@link OutOfMemoryError}
 * included) is rethrown on the worker's thread, where the route handles it as usual.
 */
public final class SectionWork {
    /** Characters of section text per batch: about 10 ms of the slowest stage, so a stop is noticed soon. */
    public static final int BATCH_CHARS = 64 * 1024;

    private final ExecutorService helpers;
    private final int helperCount;
    private final int parallelChars;

    /**
     * @param helperCount   threads, shared by all workers, that help with large documents; 0 for none
     * @param parallelChars documents with at least this many characters of section text get help
     */
    public SectionWork(int helperCount, int parallelChars) {
        this.helperCount = helperCount;
        this.parallelChars = parallelChars;
        AtomicInteger number = new AtomicInteger();
        this.helpers = helperCount == 0 ? null : Executors.newFixedThreadPool(helperCount, task -> {
            Thread thread = new Thread(task, "caravan-section-helper-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Everything on the calling thread. */
    public static SectionWork sequential() {
        return new SectionWork(0, Integer.MAX_VALUE);
    }

    /** Whether a document with this many characters of section text gets the helpers' help in {@link #map}. */
    public boolean helps(long chars) {
        return helpers != null && chars >= parallelChars;
    }

    /**
     * {@code work} applied to every item; the results in the items' order.
     *
     * @param size the characters of text an item holds, to judge the document's size and cut batches
     */
    public <T, R> List<R> map(List<T> items, ToIntFunction<T> size, Function<T, R> work) {
        List<int[]> batches = ranges(items, size, BATCH_CHARS);
        Object[] results = new Object[items.size()];
        if (batches.size() < 2 || !helps(items.stream().mapToLong(size::applyAsInt).sum())) {
            for (int[] batch : batches) {
                Checkpoint.check();
                run(batch, items, work, results);
            }
        } else {
            new Shared<>(items, work, results, batches).run();
        }
        @SuppressWarnings("unchecked")
        List<R> inOrder = (List<R>) Arrays.asList(results);
        return inOrder;
    }

    private static <T, R> void run(int[] batch, List<T> items, Function<T, R> work, Object[] results) {
        for (int i = batch[0]; i < batch[1]; i++) {
            results[i] = work.apply(items.get(i));
        }
    }

    /** Consecutive [from, to) ranges of the items of about {@code rangeChars} characters, at least one item each. */
    public static <T> List<int[]> ranges(List<T> items, ToIntFunction<T> size, long rangeChars) {
        List<int[]> ranges = new ArrayList<>();
        int from = 0;
        long chars = 0;
        for (int i = 0; i < items.size(); i++) {
            chars += size.applyAsInt(items.get(i));
            if (chars >= rangeChars) {
                ranges.add(new int[] {from, i + 1});
                from = i + 1;
                chars = 0;
            }
        }
        if (from < items.size()) {
            ranges.add(new int[] {from, items.size()});
        }
        return ranges;
    }

    /** One document's batches, taken in turn by the worker and the helpers that get to start in time. */
    private final class Shared<T, R> {
        private final List<T> items;
        private final Function<T, R> work;
        private final Object[] results;
        private final List<int[]> batches;
        private final AtomicInteger next = new AtomicInteger();
        private volatile boolean stopped;
        // guarded by this: helpers still at work, whether the worker has closed the door, the first failure
        private int activeHelpers;
        private boolean closed;
        private Throwable failure;

        Shared(List<T> items, Function<T, R> work, Object[] results, List<int[]> batches) {
            this.items = items;
            this.work = work;
            this.results = results;
            this.batches = batches;
        }

        void run() {
            for (int i = 0; i < helperCount; i++) {
                helpers.execute(this::help);
            }
            try {
                int batch;
                while (!stopped && (batch = next.getAndIncrement()) < batches.size()) {
                    Checkpoint.check();
                    SectionWork.run(batches.get(batch), items, work, results);
                }
            } catch (RuntimeException | Error e) {
                fail(e);
            }
            awaitHelpers();
            Checkpoint.check();
            Throwable first;
            synchronized (this) {
                first = failure;
            }
            if (first instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (first instanceof Error error) {
                throw error;
            }
        }

        private void help() {
            synchronized (this) {
                if (closed) {
                    return; // started after the worker finished: nothing left to do
                }
                activeHelpers++;
            }
            try {
                int batch;
                while (!stopped && (batch = next.getAndIncrement()) < batches.size()) {
                    SectionWork.run(batches.get(batch), items, work, results);
                }
            } catch (RuntimeException | Error e) {
                fail(e);
            } finally {
                synchronized (this) {
                    activeHelpers--;
                    notifyAll();
                }
            }
        }

        private synchronized void fail(Throwable e) {
            stopped = true;
            if (failure == null) {
                failure = e;
            }
        }

        /** Waits for the helpers' last batches; a time-limit interrupt stops them and is kept for the check. */
        private synchronized void awaitHelpers() {
            closed = true;
            boolean interrupted = false;
            while (activeHelpers > 0) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    stopped = true;
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
