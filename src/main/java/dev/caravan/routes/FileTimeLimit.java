package dev.caravan.routes;

import dev.caravan.model.Headers;
import org.apache.camel.Exchange;
import org.apache.camel.support.SynchronizationAdapter;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Bounds the time one input may spend in the enrichment stages. {@link #start} arms a watchdog that, when the
 * limit runs out, marks the exchange ({@link Headers#TIMED_OUT}) and interrupts the worker; the stages notice
 * at their next {@link dev.caravan.model.Checkpoint}. {@link #stop} disarms it before any file is written, so
 * an interrupt can never reach the output step, and clears a late interrupt.
 */
public class FileTimeLimit {
    private static final String WATCH = "CaravanTimeLimit";

    private final long limitMillis;
    private final ScheduledThreadPoolExecutor watchdog;

    public FileTimeLimit(long limitMillis) {
        this.limitMillis = limitMillis;
        this.watchdog = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "caravan-time-limit");
            thread.setDaemon(true);
            return thread;
        });
        this.watchdog.setRemoveOnCancelPolicy(true);
    }

    /** One armed limit: the worker thread it may interrupt, until it is disarmed. */
    private static final class Watch {
        private final Thread worker = Thread.currentThread();
        private ScheduledFuture<?> alarm;
        private boolean armed = true;
        private boolean fired;

        synchronized void fire(Exchange exchange) {
            if (armed) {
                fired = true;
                exchange.setProperty(Headers.TIMED_OUT, true);
                worker.interrupt();
            }
        }

        /** After this returns no interrupt can arrive; a delivered one is cleared. */
        void disarm() {
            boolean interrupted;
            synchronized (this) {
                armed = false;
                interrupted = fired;
            }
            alarm.cancel(false);
            if (interrupted && Thread.currentThread() == worker) {
                Thread.interrupted();
            }
        }
    }

    public void start(Exchange exchange) {
        Watch watch = new Watch();
        exchange.setProperty(WATCH, watch);
        watch.alarm = watchdog.schedule(() -> watch.fire(exchange), limitMillis, TimeUnit.MILLISECONDS);
        // a failing stage skips stop(): disarm when the exchange ends, whatever its outcome
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                watch.disarm();
            }
        });
    }

    public void stop(Exchange exchange) {
        Watch watch = exchange.getProperty(WATCH, Watch.class);
        if (watch != null) {
            watch.disarm();
        }
    }
}
