package dev.caravan.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A daemon started as a separate process: its output goes to a log file, and the launch-to-ready time is
 * the time from just before {@link ProcessBuilder#start()} to reading the first line containing the ready
 * marker. Memory and CPU come from {@code /proc/<pid>}, so this works on Linux only.
 */
final class LaunchedDaemon implements AutoCloseable {
    /** Linux reports CPU time in USER_HZ clock ticks, 100 per second on every mainstream architecture. */
    private static final double CLOCK_TICKS_PER_SECOND = 100.0;

    private final Process process;
    private final long launchedNanos;
    private final CountDownLatch ready = new CountDownLatch(1);
    private volatile long readyNanos;
    private volatile long lastPeakRssKb;
    private Thread outputPump;

    private LaunchedDaemon(Process process, long launchedNanos) {
        this.process = process;
        this.launchedNanos = launchedNanos;
    }

    static LaunchedDaemon start(List<String> command, String readyMarker, Path log) throws IOException {
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        long launched = System.nanoTime();
        LaunchedDaemon daemon = new LaunchedDaemon(builder.start(), launched);
        Writer logWriter = Files.newBufferedWriter(log, StandardCharsets.UTF_8);
        logWriter.write("# " + String.join(" ", command) + "\n");
        daemon.outputPump = new Thread(() -> daemon.copyOutput(logWriter, readyMarker), "daemon-output");
        daemon.outputPump.setDaemon(true);
        daemon.outputPump.start();
        return daemon;
    }

    private void copyOutput(Writer log, String readyMarker) {
        try (log; BufferedReader out = new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (ready.getCount() > 0 && line.contains(readyMarker)) {
                    readyNanos = System.nanoTime();
                    ready.countDown();
                }
                log.write(line);
                log.write('\n');
            }
        } catch (IOException e) {
            // the log is a courtesy: a failure to write it must not fail the measurement
            System.err.println("daemon log incomplete: " + e);
        }
    }

    /** Waits for the ready line; false if the process exited or the time ran out first. */
    boolean awaitReady(long timeoutSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (System.nanoTime() < deadline) {
            if (ready.await(50, TimeUnit.MILLISECONDS)) {
                return true;
            }
            if (!process.isAlive()) {
                return ready.getCount() == 0;
            }
        }
        return false;
    }

    double launchToReadyMillis() {
        return (readyNanos - launchedNanos) / 1e6;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    /**
     * The process's resident-set high-water mark (VmHWM) in kB. Remembers the last value read, so a process
     * that died (for example of an OutOfMemoryError) still reports what it reached while it was being polled.
     */
    long peakRssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    lastPeakRssKb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException e) {
            // the process has gone: keep the last value seen
        }
        return lastPeakRssKb;
    }

    /** User plus system CPU seconds the process has used so far, all threads included; -1 once it has gone. */
    double cpuSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid()), "stat"));
            // fields after the command name, which is in parentheses and may itself contain spaces
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);  // utime, stime
            return ticks / CLOCK_TICKS_PER_SECOND;
        } catch (IOException e) {
            return -1;
        }
    }

    /**
     * Asks for a graceful shutdown (SIGTERM, as a service manager would) and forces it after 20 s. Signals
     * through the ProcessHandle because Process.destroy() also closes the output pipe, losing the shutdown log.
     */
    @Override
    public void close() throws InterruptedException {
        process.toHandle().destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.toHandle().destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        outputPump.join(TimeUnit.SECONDS.toMillis(5));
    }
}
