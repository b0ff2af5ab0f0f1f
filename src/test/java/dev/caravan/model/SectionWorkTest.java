package dev.caravan.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SectionWorkTest {
    /** 200 items of a full batch each. */
    private static final List<Integer> ITEMS = IntStream.range(0, 200).boxed().toList();

    @Test
    void aLargeDocumentIsSharedWithHelpersAndKeepsItsOrder() {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<Integer> squares = new SectionWork(2, 1).map(ITEMS, item -> SectionWork.BATCH_CHARS, item -> {
            threads.add(Thread.currentThread().getName());
            busy();
            return item * item;
        });
        assertEquals(ITEMS.stream().map(item -> item * item).toList(), squares);
        assertTrue(threads.stream().anyMatch(name -> name.startsWith("caravan-section-helper")), threads.toString());
    }

    @Test
    void aSmallDocumentStaysOnTheWorkersThread() {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        new SectionWork(2, Integer.MAX_VALUE).map(ITEMS, item -> SectionWork.BATCH_CHARS,
            item -> threads.add(Thread.currentThread().getName()));
        assertEquals(Set.of(Thread.currentThread().getName()), threads);
    }

    @Test
    void aHelpersFailureIsThrownOnTheWorkersThread() {
        OutOfMemoryError hungry = new OutOfMemoryError("Java heap space");
        String worker = Thread.currentThread().getName();
        OutOfMemoryError thrown = assertThrows(OutOfMemoryError.class, () -> new SectionWork(1, 1).map(ITEMS,
            item -> SectionWork.BATCH_CHARS, item -> {
                busy();
                if (!Thread.currentThread().getName().equals(worker)) {
                    throw hungry;
                }
                return item;
            }));
        assertSame(hungry, thrown);
    }

    @Test
    void theTimeLimitInterruptStopsTheWorkAsTimeout() {
        SectionWork work = new SectionWork(1, 1);
        Thread.currentThread().interrupt(); // what FileTimeLimit does when the limit runs out
        RejectedInputException e = assertThrows(RejectedInputException.class,
            () -> work.map(ITEMS, item -> SectionWork.BATCH_CHARS, item -> item));
        assertEquals(Reason.TIMEOUT, e.reason());
        assertFalse(Thread.currentThread().isInterrupted(), "the interrupt is consumed by the check");
    }

    private static void busy() {
        long until = System.nanoTime() + 1_000_000;
        while (System.nanoTime() < until) {
            Thread.onSpinWait();
        }
    }
}
