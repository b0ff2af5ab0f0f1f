package dev.caravan.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.caravan.CaravanProcess;
import dev.caravan.Drops;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The load check of reliability/load.sh, bounded for the suite: many small files dropped at once, one
 * {@code --once} run of the packaged jar with a small heap. Every input must end exactly once, the daemon's
 * open file descriptors must stay bounded whatever the number of files, and progress must show in the log
 * while the run goes on, not only at its end.
 */
class LoadIT {
    private static final int FILES = Integer.getInteger("caravan.load.files", 2000);
    /** Far below one descriptor per file: a leak of one per input would pass it after a few hundred inputs. */
    private static final int MAX_OPEN_FILES = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    private static byte[] content(int i) {
        return ("Report " + i + " on ketamine and depression.\n\nA second paragraph, number " + i + ".\n")
            .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void manySmallFilesAtOnceEndExactlyOnceWithBoundedFileHandles() throws Exception {
        Path inbox = work.resolve("in");
        for (int i = 0; i < FILES; i++) {
            Drops.drop(inbox, "r" + i + ".txt", content(i));
        }
        long started = System.nanoTime();
        int peakOpenFiles = 0;
        List<Integer> progressSeen = new ArrayList<>();   // progress lines in the log at each sample
        int exitCode;
        try (CaravanProcess caravan = CaravanProcess.start(work, Map.of(), List.of("-Xmx256m"),
            "--inbox", inbox.toString(), "--outbox", work.resolve("out").toString(),
            "--error", work.resolve("err").toString(), "--archive", work.resolve("done").toString(),
            "--state", work.resolve("state").toString(), "--once")) {
            Path descriptors = Path.of("/proc", Long.toString(caravan.pid()), "fd");
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (caravan.isAlive() && System.nanoTime() < deadline) {
                peakOpenFiles = Math.max(peakOpenFiles, count(descriptors));
                progressSeen.add(progressLines(caravan.log()));
                Thread.sleep(100);
            }
            exitCode = caravan.awaitExit(Duration.ofSeconds(10));
            String log = caravan.log();
            assertFalse(log.contains("FatalFallbackErrorHandler"), log);
            assertTrue(log.contains("short texts are scored without quadrigrams"), "256 MB: no quadrigrams, said once");
            assertEquals(FILES, progressLines(log), "one progress line per input");
            assertEquals("caravan: " + FILES + " processed, 0 failed", caravan.stdout().strip());
        }
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        System.out.printf("LoadIT: %d files at -Xmx256m in %d s, peak open file descriptors %d%n",
            FILES, seconds, peakOpenFiles);

        assertEquals(0, exitCode);
        assertTrue(peakOpenFiles > 0, "the descriptors were never sampled");
        assertTrue(peakOpenFiles <= MAX_OPEN_FILES, "open file descriptors peaked at " + peakOpenFiles);
        assertTrue(progressSeen.stream().anyMatch(lines -> lines > 0 && lines < FILES),
            "progress was visible in the log during the run: " + progressSeen);

        // every input exactly once: one JSON naming it, its original archived byte-identical, nothing failed
        Set<String> named = new TreeSet<>();
        List<String> outputs = Drops.visible(work.resolve("out"));
        for (String json : outputs) {
            JsonNode source = JSON.readTree(work.resolve("out").resolve(json).toFile()).get("source");
            assertTrue(named.add(source.get("fileName").asText()), "twice: " + json);
        }
        Set<String> expected = new TreeSet<>();
        for (int i = 0; i < FILES; i++) {
            expected.add("r" + i + ".txt");
            assertArrayEquals(content(i), Files.readAllBytes(work.resolve("done/r" + i + ".txt")));
        }
        assertEquals(expected, named);
        assertEquals(FILES, outputs.size());
        assertEquals(FILES, Drops.visible(work.resolve("done")).size());
        assertEquals(List.of(), Drops.visible(inbox));
        assertEquals(List.of(), Drops.visible(work.resolve("err")));
    }

    /** The per-input INFO lines ({@code r7.txt: 2 sections, ... -> r7.txt.json}). */
    private static int progressLines(String log) {
        int lines = 0;
        for (int at = log.indexOf(".txt.json\n"); at >= 0; at = log.indexOf(".txt.json\n", at + 1)) {
            lines++;
        }
        return lines;
    }

    private static int count(Path folder) {
        try (var entries = Files.list(folder)) {
            return (int) entries.count();
        } catch (Exception ended) {
            return 0;   // the process ended between the liveness check and the listing
        }
    }
}
