package dev.caravan.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import dev.caravan.CaravanProcess;
import dev.caravan.Drops;
import dev.caravan.Schemas;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The per-file time limit in the packaged daemon, set low on the command line: a document that needs far longer
 * ends in the error folder with reason {@code timeout}, and the daemon goes on with the next input.
 */
class TimeLimitIT {
    /** Far above what a small note needs once the pipeline has run, far below what the large document needs. */
    private static final int LIMIT_MS = 1000;

    @TempDir
    Path work;

    @Test
    void aDocumentOverTheTimeLimitFailsWithTimeoutAndTheDaemonGoesOn() throws Exception {
        Path inbox = Files.createDirectories(work.resolve("in"));
        // 90,000 paragraphs (under the 100,000-section limit), 8.5 MB: 13 s of work without a limit on a busy 2-core machine
        byte[] slow = "A paragraph about ketamine and lithium in the treatment of depression, with a few more words.\n\n"
            .repeat(90_000).getBytes(StandardCharsets.UTF_8);
        try (CaravanProcess caravan = CaravanProcess.start(work, Map.of(),
            List.of("-Dcaravan.file-timeout-ms=" + LIMIT_MS),
            "--inbox", inbox.toString(), "--outbox", work.resolve("out").toString(),
            "--error", work.resolve("err").toString(), "--archive", work.resolve("done").toString(),
            "--state", work.resolve("state").toString())) {
            assertTrue(caravan.awaitLog("Caravan ready", Duration.ofSeconds(60)), caravan.log());
            assertTrue(caravan.log().contains("caravan.file-timeout-ms = " + LIMIT_MS), "the -D setting reached Camel");

            long dropped = System.nanoTime();
            Drops.drop(inbox, "slow.md", slow);
            assertTrue(caravan.awaitLog("slow.md failed: timeout", Duration.ofSeconds(60)), caravan.log());
            long failedAfterMs = (System.nanoTime() - dropped) / 1_000_000;

            Drops.drop(inbox, "after.txt", "Dropped after the slow one: a note on lithium.\n");
            assertTrue(caravan.awaitLog("-> after.txt.json", Duration.ofSeconds(30)), caravan.log());
            caravan.terminate();
            assertEquals(0, caravan.awaitExit(Duration.ofSeconds(40)), caravan.log());
            assertFalse(caravan.log().contains("FatalFallbackErrorHandler"), caravan.log());
            System.out.printf("TimeLimitIT: %,d-byte document failed as timeout %d ms after the drop (limit %d ms)%n",
                slow.length, failedAfterMs, LIMIT_MS);
        }

        JsonNode report = Schemas.assertValid(Schemas.ERROR, work.resolve("err/slow.md.error.json"));
        assertEquals("timeout", report.get("reason").asText(), report.toString());
        assertEquals("slow.md", report.get("fileName").asText());
        assertArrayEquals(slow, Files.readAllBytes(work.resolve("err/slow.md")), "the original, byte-identical");
        assertFalse(Files.exists(work.resolve("out/slow.md.json")), "no JSON for the timed-out input");
        Schemas.assertValid(Schemas.DOCUMENT, work.resolve("out/after.txt.json"));
        assertTrue(Files.exists(work.resolve("done/after.txt")));
        assertEquals(List.of(), Drops.visible(inbox));
    }
}
