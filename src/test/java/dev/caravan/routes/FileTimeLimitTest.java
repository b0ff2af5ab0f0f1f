package dev.caravan.routes;

import dev.caravan.model.Checkpoint;
import dev.caravan.model.Headers;
import dev.caravan.model.Reason;
import dev.caravan.model.RejectedInputException;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FileTimeLimitTest {
    private final Exchange exchange = new DefaultExchange(new DefaultCamelContext());

    @Test
    void aStageThatRunsPastTheLimitStopsAtItsNextCheckpoint() {
        FileTimeLimit limit = new FileTimeLimit(50);
        limit.start(exchange);
        long started = System.nanoTime();
        RejectedInputException stopped = assertThrows(RejectedInputException.class, () -> {
            while (System.nanoTime() - started < 10_000_000_000L) {
                Checkpoint.check();
            }
        });
        assertEquals(Reason.TIMEOUT, stopped.reason());
        assertTrue(exchange.getProperty(Headers.TIMED_OUT, false, Boolean.class));
        limit.stop(exchange);
        assertFalse(Thread.currentThread().isInterrupted(), "the interrupt is consumed");
    }

    @Test
    void aStageThatFinishesInTimeIsNeverInterruptedLater() throws InterruptedException {
        FileTimeLimit limit = new FileTimeLimit(30);
        limit.start(exchange);
        limit.stop(exchange);
        Thread.sleep(100);
        assertFalse(Thread.currentThread().isInterrupted());
        assertFalse(exchange.getProperty(Headers.TIMED_OUT, false, Boolean.class));
    }

    @Test
    void anInterruptThatArrivesAfterTheLastCheckpointIsClearedByStop() {
        FileTimeLimit limit = new FileTimeLimit(10);
        limit.start(exchange);
        long started = System.nanoTime();
        while (System.nanoTime() - started < 100_000_000L) {
            Thread.onSpinWait(); // the limit runs out while the stage reaches no checkpoint
        }
        assertTrue(exchange.getProperty(Headers.TIMED_OUT, false, Boolean.class));
        limit.stop(exchange);
        assertFalse(Thread.currentThread().isInterrupted(), "no interrupt may leak into the output step");
    }
}
