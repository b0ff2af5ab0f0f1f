package dev.caravan.reliability;

import dev.caravan.CaravanProcess;
import dev.caravan.Drops;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SIGTERM with 1,000 files queued: a prompt clean exit, untouched leftovers, and the next start finishes them. */
class SigtermIT {
    private static final int FILES = 1000;

    @TempDir
    Path work;

    private static byte[] content(int i) {
        return ("Queued document " + i + " about lithium.\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void sigtermFinishesInFlightFilesLeavesTheRestAndTheNextStartCarriesOn() throws Exception {
        Path inbox = work.resolve("in");
        for (int i = 0; i < FILES; i++) {
            Drops.drop(inbox, "queued-" + i + ".txt", content(i));
        }
        String[] folders = {"--inbox", inbox.toString(), "--outbox", work.resolve("out").toString(),
            "--error", work.resolve("err").toString(), "--archive", work.resolve("done").toString(),
            "--state", work.resolve("state").toString()};
        try (CaravanProcess caravan = CaravanProcess.start(work, Map.of(), List.of(), folders)) {
            assertTrue(caravan.awaitLog("Caravan ready", Duration.ofSeconds(60)), caravan.log());
            while (count(work.resolve("out")) < 20) {
                Thread.sleep(20);
            }
            long signalled = System.nanoTime();
            caravan.terminate();
            assertEquals(0, caravan.awaitExit(Duration.ofSeconds(40)), caravan.log());
            assertTrue(Duration.ofNanos(System.nanoTime() - signalled).toSeconds() < 35, "within the shutdown timeout");
        }
        long left = count(inbox);
        assertTrue(left > 0, "SIGTERM came after everything was done; the test proves nothing");
        assertEquals(FILES, left + count(work.resolve("done")), "every file is either still queued or archived");
        assertEquals(count(work.resolve("done")), count(work.resolve("out")), "one JSON per archived file, no partial");
        for (int i = 0; i < FILES; i++) {
            Path queued = inbox.resolve("queued-" + i + ".txt");
            if (Files.exists(queued)) {
                assertArrayEquals(content(i), Files.readAllBytes(queued), "left untouched: " + queued);
            }
        }
        try (CaravanProcess again = CaravanProcess.start(work, Map.of(), List.of(), folders)) {
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (count(work.resolve("out")) < FILES && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            again.terminate();
            assertEquals(0, again.awaitExit(Duration.ofSeconds(40)), again.log());
        }
        assertEquals(FILES, count(work.resolve("out")));
        assertEquals(FILES, count(work.resolve("done")));
        assertEquals(0, count(inbox));
    }

    /** Visible (non-hidden) files in a folder. */
    private static long count(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (var files = Files.list(folder)) {
            return files.filter(path -> !path.getFileName().toString().startsWith(".")).count();
        }
    }
}
