package dev.caravan.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.caravan.CaravanProcess;
import dev.caravan.Drops;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One {@code --once} run of the packaged daemon over an inbox prepared to break it: huge and degenerate
 * text, odd names, links pointing outside, special files and a folder. Checks the promise input by input and
 * that nothing was written outside the daemon's own folders.
 */
class HostileInboxIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The folders the daemon may write to; everything else under the work folder must stay as it was. */
    private static final Set<String> OWN = Set.of("out", "err", "done", "state", "routes", "caravan.log", "caravan.out");

    @TempDir
    Path work;

    @Test
    void everyHostileInputEndsOnceAndNothingIsWrittenOutside() throws Exception {
        Path inbox = work.resolve("in");
        Path outside = Files.createDirectories(work.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "Outside the inbox: must never be read or moved.");
        String longName = "x".repeat(251) + ".txt";   // 255 bytes, the most a file system allows
        Set<String> inputs = new TreeSet<>();   // the regular files dropped, by name
        inputs.add("one-line.txt");
        Drops.drop(inbox, "one-line.txt", "word ".repeat(10_000_000));                 // 50 MB, no newline
        inputs.add("short-lines.txt");
        Drops.drop(inbox, "short-lines.txt", "a\n".repeat(100_000));
        StringBuilder nested = new StringBuilder();
        for (int depth = 0; depth < 2_000; depth++) {
            nested.append(" ".repeat(2 * depth)).append("- item ").append(depth).append('\n');
        }
        nested.append(">".repeat(20_000)).append(" a quote 20,000 levels deep\n");
        inputs.add("nested.md");
        Drops.drop(inbox, "nested.md", nested.toString());
        inputs.add("backtracking.txt");
        Drops.drop(inbox, "backtracking.txt", "a".repeat(50_000) + "!\n" + "Dr. ".repeat(20_000) + "\n"
            + "(".repeat(30_000) + "\n" + "1.".repeat(30_000) + "\n" + "doi:10.".repeat(10_000));
        for (String name : List.of("with space.txt", "ünïcödé 文書.txt", "new\nline.txt", "-leading-dash.txt",
            "%2F looks escaped.txt", longName)) {
            inputs.add(name);
            // written in place (the daemon is not running yet): the hidden drop name would exceed 255 bytes
            Files.writeString(inbox.resolve(name), "A note about ketamine, filed as " + name.length() + " characters.\n");
        }
        // links: to a file outside, to a folder outside, dangling, and to a file inside the inbox
        Files.createSymbolicLink(inbox.resolve("link-out.txt"), outside.resolve("secret.txt"));
        Files.createSymbolicLink(inbox.resolve("link-dir"), outside);
        Files.createSymbolicLink(inbox.resolve("dangling.txt"), work.resolve("nowhere.txt"));
        Files.createSymbolicLink(inbox.resolve("link-in.txt"), inbox.resolve("with space.txt"));
        new ProcessBuilder("mkfifo", inbox.resolve("fifo.txt").toString()).start().waitFor();
        try (ServerSocketChannel socket = ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
            socket.bind(UnixDomainSocketAddress.of(inbox.resolve("socket.txt")));
        }
        Files.createDirectories(inbox.resolve("folder.txt"));
        Files.writeString(inbox.resolve("folder.txt/inside.txt"), "In a folder dropped into the inbox.");
        inputs.add("normal.txt");
        Drops.drop(inbox, "normal.txt", "Dropped last, after the special files: aspirin.");
        Files.createDirectories(work.resolve("routes"));
        Map<String, String> before = snapshot(work);

        long started = System.nanoTime();
        int exitCode;
        try (CaravanProcess caravan = CaravanProcess.start(work, Map.of(), List.of("-Xmx512m"),
            "--inbox", inbox.toString(), "--outbox", work.resolve("out").toString(),
            "--error", work.resolve("err").toString(), "--archive", work.resolve("done").toString(),
            "--state", work.resolve("state").toString(), "--once")) {
            exitCode = caravan.awaitExit(Duration.ofSeconds(180));
            String log = caravan.log();
            assertFalse(log.contains("StackOverflowError"), log);
            assertFalse(log.contains("FatalFallbackErrorHandler"), log);
            assertFalse(log.contains("OutOfMemoryError"), log);
        }
        System.out.printf("HostileInboxIT: %d inputs in %d ms%n", inputs.size(), (System.nanoTime() - started) / 1_000_000);

        // every regular input exactly once: one JSON (found by source.fileName) and its archived original, or
        // its original in error/ with a sidecar. Only the 50 MB line may fail: it is cut into sections of
        // caravan.max-section-chars, but its 50 MB text, its sections and its JSON still share -Xmx512m with the
        // models, so heap admission may refuse it up front (too-large) or the memory guard report it
        // (out-of-memory). Everything else succeeds, the 255-byte name included.
        Map<String, Set<String>> acceptableFailures = Map.of("one-line.txt", Set.of("too-large", "out-of-memory"));
        Map<String, Integer> outcomes = new TreeMap<>();
        for (Path json : regularFiles(work.resolve("out"))) {
            JsonNode source = JSON.readTree(json.toFile()).get("source");
            outcomes.merge(source.get("fileName").asText(), 1, Integer::sum);
        }
        int failed = 0;
        for (Path sidecar : regularFiles(work.resolve("err"))) {
            if (sidecar.getFileName().toString().endsWith(".error.json")) {
                JsonNode report = JSON.readTree(sidecar.toFile());
                String name = report.get("fileName").asText();
                String reason = report.get("reason").asText();
                assertTrue(acceptableFailures.getOrDefault(name, Set.of()).contains(reason), name + " failed: " + reason);
                outcomes.merge(report.get("fileName").asText(), 1, Integer::sum);
                failed++;
            }
        }
        System.out.printf("HostileInboxIT: %d of %d inputs failed as allowed%n", failed, inputs.size());
        Map<String, Integer> expected = new TreeMap<>();
        inputs.forEach(name -> expected.put(name, 1));
        assertEquals(expected, outcomes, "every input exactly once, named reversibly");
        assertEquals(failed > 0 ? 1 : 0, exitCode, "--once exits 1 exactly when an input failed");
        assertEquals(inputs.size() - failed, regularFiles(work.resolve("done")).size());
        assertEquals(2 * failed, regularFiles(work.resolve("err")).size(), "original and sidecar");
        assertTrue(Files.exists(work.resolve("out/new%0Aline.txt.json")), "a newline in a name is escaped");

        // links, special files and folders are never taken: left in the inbox as they were
        Set<String> left = new TreeSet<>();
        try (var files = Files.list(inbox)) {
            files.forEach(path -> left.add(path.getFileName().toString()));
        }
        assertEquals(new TreeSet<>(List.of("link-out.txt", "link-dir", "dangling.txt", "link-in.txt", "fifo.txt",
            "socket.txt", "folder.txt")), left);
        assertTrue(Files.exists(inbox.resolve("folder.txt/inside.txt")), "files in a dropped folder stay put");

        // outside the daemon's folders nothing changed but the inputs taken from the inbox (and so the inbox's
        // own time): not the links, the special files, nor the file a link points at
        Map<String, String> after = snapshot(work);
        before.keySet().removeIf(path -> path.equals("in") || inputs.contains(path.substring(path.indexOf('/') + 1)));
        after.remove("in");
        assertEquals(before, after, "nothing written outside outbox, error, archive and state");
    }

    private static List<Path> regularFiles(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (var files = Files.list(folder)) {
            return files.filter(path -> !path.getFileName().toString().startsWith("."))
                .filter(path -> Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)).toList();
        }
    }

    /** Every path under {@code root} outside the daemon's own folders, with its type, size, time and content hash. */
    private static Map<String, String> snapshot(Path root) throws Exception {
        Map<String, String> entries = new TreeMap<>();
        try (var paths = Files.walk(root)) {
            for (Path path : paths.toList()) {
                String relative = root.relativize(path).toString();
                if (relative.isEmpty() || OWN.contains(root.relativize(path).getName(0).toString())) {
                    continue;
                }
                BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
                String content = attributes.isRegularFile() && attributes.size() < 1_000_000
                    ? Integer.toHexString(new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1).hashCode())
                    : "";
                entries.put(relative, (attributes.isDirectory() ? "d" : attributes.isSymbolicLink() ? "l"
                    : attributes.isOther() ? "o" : "f") + " " + attributes.size() + " "
                    + attributes.lastModifiedTime() + " " + content);
            }
        }
        return entries;
    }
}
