package dev.caravan.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Records when each expected result appears: {@code <outbox>/<input>.json}, or the input itself in the
 * error folder. Uses a WatchService (inotify on Linux, so an arrival is seen within about a millisecond of
 * the daemon's rename); dot-names are the daemon's temporary files and are ignored. If the event queue
 * overflows, both folders are listed again and whatever is new counts as arrived at that moment.
 */
final class ArrivalWatcher implements AutoCloseable {
    private static final String JSON = ".json";

    private final Path outbox;
    private final Path error;
    private final Set<String> expected;
    private final WatchService watchService;
    private final Map<String, Long> outputNanos = new ConcurrentHashMap<>();
    private final Map<String, Long> failedNanos = new ConcurrentHashMap<>();
    private final Set<String> settled = ConcurrentHashMap.newKeySet();
    private final Set<String> strangers = ConcurrentHashMap.newKeySet();
    private final Thread thread;

    ArrivalWatcher(Path outbox, Path error, Set<String> expectedInputs) throws IOException {
        this.outbox = outbox;
        this.error = error;
        this.expected = Set.copyOf(expectedInputs);
        this.watchService = FileSystems.getDefault().newWatchService();
        outbox.register(watchService, StandardWatchEventKinds.ENTRY_CREATE);
        error.register(watchService, StandardWatchEventKinds.ENTRY_CREATE);
        rescan();
        thread = new Thread(this::watch, "arrival-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = watchService.take();
                long now = System.nanoTime();
                Path folder = (Path) key.watchable();
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                        rescan();
                    } else {
                        record(folder, event.context().toString(), now);
                    }
                }
                key.reset();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: stop watching
        }
    }

    private void rescan() {
        long now = System.nanoTime();
        for (Path folder : new Path[] {outbox, error}) {
            try (Stream<Path> files = Files.list(folder)) {
                files.forEach(file -> record(folder, file.getFileName().toString(), now));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void record(Path folder, String name, long nanos) {
        if (name.startsWith(".")) {
            return;
        }
        if (folder.equals(outbox) && name.endsWith(JSON)) {
            String input = name.substring(0, name.length() - JSON.length());
            if (expected.contains(input)) {
                outputNanos.putIfAbsent(input, nanos);
                settled.add(input);
            } else {
                strangers.add(name);
            }
        } else if (folder.equals(error) && expected.contains(name)) {
            failedNanos.putIfAbsent(name, nanos);
            settled.add(name);
        }
    }

    /** System.nanoTime() when the JSON for {@code input} appeared, or null. */
    Long outputNanos(String input) {
        return outputNanos.get(input);
    }

    int outputs() {
        return outputNanos.size();
    }

    int failures() {
        return failedNanos.size();
    }

    /** Inputs that have a result either way: JSON written or moved to the error folder. */
    int settled() {
        return settled.size();
    }

    /** Outbox files that are not {@code <input>.json} for any expected input: a naming mismatch, if all are. */
    Set<String> strangers() {
        return Set.copyOf(strangers);
    }

    long lastOutputNanos() {
        return outputNanos.values().stream().mapToLong(Long::longValue).max().orElse(0);
    }

    @Override
    public void close() throws IOException {
        watchService.close();
        thread.interrupt();
    }
}
