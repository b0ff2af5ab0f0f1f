package dev.caravan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Drops files into an inbox the recommended way: written under a hidden name, then renamed. */
public final class Drops {
    private Drops() {
    }

    public static Path drop(Path inbox, String name, byte[] content) throws IOException {
        Files.createDirectories(inbox);
        Path temporary = inbox.resolve("." + name.replace('/', '_') + ".part");
        Files.write(temporary, content);
        return Files.move(temporary, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    public static Path drop(Path inbox, String name, String content) throws IOException {
        return drop(inbox, name, content.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Empties a test's root folder and creates its routes folder, which Camel Main requires to exist (the
     * daemon creates it at start-up; tests bypass the daemon's command line).
     */
    public static void resetTestRoot(Path root) throws IOException {
        clear(root);
        Files.createDirectories(root.resolve("routes"));
    }

    /** The names in a folder that are not hidden (no temporary files), sorted; none if the folder is missing. */
    public static java.util.List<String> visible(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return java.util.List.of();
        }
        try (var files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).filter(name -> !name.startsWith("."))
                .sorted().toList();
        }
    }

    /**
     * Waits up to 30 s for a file to appear; whether it did. For effects that follow the event a test waits
     * on, such as the consumer moving an original after its exchange is done.
     */
    public static boolean awaitFile(Path path) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (!Files.exists(path) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        return Files.exists(path);
    }

    /** Deletes a folder tree if it exists. */
    public static void clear(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (var paths = Files.walk(folder)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
