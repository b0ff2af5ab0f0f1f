package dev.caravan.reading;

import dev.caravan.model.Reason;
import dev.caravan.model.RejectedInputException;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Admits documents while the heap their sizes need is free, so that large files take turns instead of
 * running out of memory together: each document holds an estimate of its heap need, in MiB, from before it is
 * read until its exchange ends. A file whose need exceeds the whole budget could never fit and is refused
 * with reason {@code too-large}. Admission is first come, first served, so a large file is not overtaken by
 * a stream of small ones for ever.
 */
public final class HeapAdmission {
    /** Heap one input byte takes at the peak of its processing: measured about 5.3 on the 50 MB benchmark file
     * (text as UTF-16 while it is sectioned, then sections, a million term matches and the translation links). */
    static final int HEAP_BYTES_PER_INPUT_BYTE = 6;
    private static final int MIB = 1 << 20;

    private final Semaphore freeMebibytes;
    private final int budgetMebibytes;

    /** @param budgetBytes heap the documents in flight may share (what the models leave) */
    public HeapAdmission(long budgetBytes) {
        this.budgetMebibytes = (int) Math.min(Integer.MAX_VALUE, Math.max(0, budgetBytes / MIB));
        this.freeMebibytes = new Semaphore(budgetMebibytes, true);
    }

    /** The heap a file of this size is estimated to need, in whole MiB (at least one). */
    static long needMebibytes(long fileBytes) {
        return Math.max(1, (fileBytes * HEAP_BYTES_PER_INPUT_BYTE + MIB - 1) / MIB);
    }

    /**
     * Waits until a file of {@code fileBytes} fits beside the documents already admitted and reserves its
     * share; the returned permit gives it back.
     *
     * @throws RejectedInputException {@code too-large} when the file would not fit even alone
     */
    public Permit admit(long fileBytes) {
        long need = needMebibytes(fileBytes);
        if (need > budgetMebibytes) {
            throw new RejectedInputException(Reason.TOO_LARGE, String.format(
                "the file has %,d bytes and would need about %,d MB of heap; this JVM has %,d MB for documents"
                    + " (raise -Xmx)", fileBytes, need, budgetMebibytes));
        }
        freeMebibytes.acquireUninterruptibly((int) need);
        return new Permit((int) need);
    }

    /** MiB not reserved by any admitted document. */
    int freeMebibytes() {
        return freeMebibytes.availablePermits();
    }

    /** One admitted document's reservation; releasing it twice gives it back once. */
    public final class Permit {
        private final int mebibytes;
        private final AtomicBoolean released = new AtomicBoolean();

        private Permit(int mebibytes) {
            this.mebibytes = mebibytes;
        }

        public void release() {
            if (released.compareAndSet(false, true)) {
                freeMebibytes.release(mebibytes);
            }
        }
    }
}
