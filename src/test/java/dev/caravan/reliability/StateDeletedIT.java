package dev.caravan.reliability;

import dev.caravan.CaravanProcess;
import dev.caravan.Drops;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The state folder (the once-only record) deleted while the daemon runs: the daemon goes on, says so, writes the
 * record again, and inputs it has already processed, dropped again before or after a restart, are recognised and
 * archived without a second JSON or a second delivery downstream.
 */
class StateDeletedIT {
    private static final String A = "A report on ketamine, processed before the state was deleted.\n";
    private static final String B = "A report on lithium, processed after the state was deleted.\n";

    @TempDir
    Path work;

    private CaravanProcess start() throws Exception {
        CaravanProcess caravan = CaravanProcess.start(work, "--inbox", work.resolve("in").toString(),
            "--outbox", work.resolve("out").toString(), "--error", work.resolve("err").toString(),
            "--archive", work.resolve("done").toString(), "--state", work.resolve("state").toString());
        assertTrue(caravan.awaitLog("Caravan ready", Duration.ofSeconds(60)), caravan.log());
        return caravan;
    }

    private static void dropAndAwait(CaravanProcess caravan, String name, String content, String logLine)
        throws Exception {
        Drops.drop(caravan.workDir().resolve("in"), name, content);
        assertTrue(caravan.awaitLog(logLine, Duration.ofSeconds(30)), caravan.log());
    }

    @Test
    void deletingTheStateFolderWhileRunningLosesNoRecordAndMakesNoDuplicate() throws Exception {
        Files.createDirectories(work.resolve("in"));
        try (CaravanProcess caravan = start()) {
            dropAndAwait(caravan, "a.txt", A, "-> a.txt.json");
            Drops.clear(work.resolve("state"));
            dropAndAwait(caravan, "b.txt", B, "-> b.txt.json");
            // an input is recorded when its exchange completes, just after its log line
            assertTrue(caravan.awaitLog("was deleted while running; wrote it again", Duration.ofSeconds(10)),
                caravan.log());
            assertTrue(Files.exists(work.resolve("state/processed.dat")), "the record is back in place");
            dropAndAwait(caravan, "a.txt", A, "a.txt: already processed");
            caravan.terminate();
            assertEquals(0, caravan.awaitExit(Duration.ofSeconds(40)), caravan.log());
        }
        try (CaravanProcess restarted = start()) {
            dropAndAwait(restarted, "b.txt", B, "b.txt: already processed");
            dropAndAwait(restarted, "a.txt", A, "a.txt: already processed");
            restarted.terminate();
            assertEquals(0, restarted.awaitExit(Duration.ofSeconds(40)), restarted.log());
        }
        assertEquals(List.of("a.txt.json", "b.txt.json"), Drops.visible(work.resolve("out")), "no second JSON");
        assertEquals(5, Drops.visible(work.resolve("done")).size(), "each of the 5 drops archived: " + Drops.visible(work.resolve("done")));
        assertEquals(List.of(), Drops.visible(work.resolve("in")));
        assertEquals(List.of(), Drops.visible(work.resolve("err")));
    }
}
