package dev.caravan.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import dev.caravan.CaravanProcess;
import dev.caravan.Drops;
import dev.caravan.Schemas;
import dev.caravan.model.Hashes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The promise under SIGKILL: a writer feeds files (renamed drops, in-place writes, some bad files) while the
 * daemon is killed at seeded random moments and restarted; then every input is checked to have ended exactly
 * once in the outbox (with its original archived) or in the error folder (with a sidecar).
 * Sizes come from system properties so reliability/soak.sh can run the same check bigger.
 */
class CrashIT {
    private static final int FILES = Integer.getInteger("caravan.crash.files", 200);
    private static final int KILLS = Integer.getInteger("caravan.crash.kills", 5);
    private static final long SEED = Long.getLong("caravan.crash.seed", 42L);

    @TempDir
    Path work;

    @Test
    void everyInputEndsExactlyOnceWhateverTheKills() throws Exception {
        Path inbox = Files.createDirectories(work.resolve("in"));
        Map<String, byte[]> good = new HashMap<>();
        Map<String, byte[]> bad = new HashMap<>();
        Random random = new Random(SEED);
        Thread writer = new Thread(() -> feed(inbox, good, bad, new Random(SEED + 1)));
        writer.start();

        for (int kill = 0; kill < KILLS; kill++) {
            try (CaravanProcess caravan = start()) {
                assertTrue(caravan.awaitLog("Caravan ready", Duration.ofSeconds(60)), caravan.log());
                Thread.sleep(300 + random.nextInt(2500));
                Runtime.getRuntime().exec(new String[] {"kill", "-KILL", Long.toString(caravan.pid())}).waitFor();
                caravan.awaitExit(Duration.ofSeconds(10));
            }
        }
        writer.join();
        try (CaravanProcess caravan = start()) {
            // with the inbox already empty the SIGTERM below could come before the JVM installed its handler
            // (an empty log and exit 143 on a loaded machine): the graceful stop is only promised once started
            assertTrue(caravan.awaitLog("Caravan ready", Duration.ofSeconds(60)), caravan.log());
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (visible(inbox).size() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            Thread.sleep(500);
            caravan.terminate();
            assertEquals(0, caravan.awaitExit(Duration.ofSeconds(60)), caravan.log());
        }
        synchronized (good) {
            checkPromise(good, bad);
        }
    }

    private CaravanProcess start() throws IOException {
        return CaravanProcess.start(work, Map.of(), List.of("-Xmx512m"), "--inbox", work.resolve("in").toString(),
            "--outbox", work.resolve("out").toString(), "--error", work.resolve("err").toString(),
            "--archive", work.resolve("done").toString(), "--state", work.resolve("state").toString());
    }

    /** Writes FILES inputs: most renamed in, every fourth written in place, every tenth bad (a NUL byte). */
    private static void feed(Path inbox, Map<String, byte[]> good, Map<String, byte[]> bad, Random random) {
        try {
            for (int i = 0; i < FILES; i++) {
                String name = "input-" + i + ".txt";
                boolean broken = i % 10 == 3;
                byte[] content = ("Document " + i + " on ketamine and depression.\n\nSecond paragraph " + i
                    + (broken ? "\0" : "") + ".\n").getBytes(StandardCharsets.UTF_8);
                synchronized (good) {
                    (broken ? bad : good).put(name, content);
                }
                if (i % 4 == 1) {
                    try (var out = Files.newOutputStream(inbox.resolve(name))) {
                        out.write(content, 0, content.length / 2);
                        out.flush();
                        Thread.sleep(30);
                        out.write(content, content.length / 2, content.length - content.length / 2);
                    }
                } else {
                    Drops.drop(inbox, name, content);
                }
                Thread.sleep(random.nextInt(60));
            }
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private void checkPromise(Map<String, byte[]> good, Map<String, byte[]> bad) throws IOException {
        assertEquals(List.of(), visible(work.resolve("in")), "inputs left in the inbox");
        Map<String, Integer> jsonCount = new HashMap<>();
        for (Path json : visible(work.resolve("out"))) {
            assertTrue(json.getFileName().toString().endsWith(".json"), "stray file in the outbox: " + json);
            JsonNode document = Schemas.assertValid(Schemas.DOCUMENT, json);
            String key = document.get("source").get("fileName").asText() + ":" + document.get("source").get("sha256").asText();
            jsonCount.merge(key, 1, Integer::sum);
        }
        Map<String, Integer> archived = countBySha(visible(work.resolve("done")));
        List<Path> errorOriginals = new ArrayList<>();
        for (Path path : visible(work.resolve("err"))) {
            if (!path.getFileName().toString().endsWith(".error.json")) {
                errorOriginals.add(path);
                Schemas.assertValid(Schemas.ERROR, path.resolveSibling(path.getFileName() + ".error.json"));
            }
        }
        Map<String, Integer> failed = countBySha(errorOriginals);
        assertEquals(errorOriginals.size(), visible(work.resolve("err")).size() - errorOriginals.size(),
            "every sidecar has its original and every original its sidecar");
        good.forEach((name, content) -> {
            String sha = Hashes.sha256Hex(content);
            assertEquals(1, jsonCount.getOrDefault(name + ":" + sha, 0), "JSON of " + name);
            assertEquals(1, archived.getOrDefault(sha, 0), "archived original of " + name);
            assertEquals(0, failed.getOrDefault(sha, 0), name + " must not fail");
        });
        bad.forEach((name, content) -> {
            String sha = Hashes.sha256Hex(content);
            assertEquals(1, failed.getOrDefault(sha, 0), "failed original of " + name);
            assertEquals(0, jsonCount.getOrDefault(name + ":" + sha, 0), "no JSON for " + name);
        });
        assertEquals(good.size(), jsonCount.size(), "no JSON beyond the inputs");
        assertEquals(good.size(), visible(work.resolve("done")).size(), "one archived original per good input");
    }

    private static Map<String, Integer> countBySha(List<Path> files) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        for (Path file : files) {
            counts.merge(Hashes.sha256Hex(Files.readAllBytes(file)), 1, Integer::sum);
        }
        return counts;
    }

    /** Files a consumer would look at: not hidden. */
    private static List<Path> visible(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (var files = Files.list(folder)) {
            return files.filter(path -> !path.getFileName().toString().startsWith(".")).sorted().toList();
        }
    }
}
