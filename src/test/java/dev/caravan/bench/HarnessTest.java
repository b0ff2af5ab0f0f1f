package dev.caravan.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HarnessTest {

    @Test
    void percentilesAreNearestRank() {
        double[] sorted = {10, 20, 30, 40, 50, 60, 70, 80, 90, 100};
        assertEquals(50, EndToEndDriver.percentile(sorted, 0.50));
        assertEquals(100, EndToEndDriver.percentile(sorted, 0.95));
        assertEquals(10, EndToEndDriver.percentile(sorted, 0.01));
        assertEquals(Double.POSITIVE_INFINITY,
            EndToEndDriver.percentile(new double[] {1, 2, Double.POSITIVE_INFINITY}, 0.99));
    }

    @Test
    void watcherSeesRenamedOutputsAndErrorsButNotTemporaryNames(@TempDir Path dir) throws Exception {
        Path outbox = Files.createDirectories(dir.resolve("outbox"));
        Path error = Files.createDirectories(dir.resolve("error"));
        try (ArrivalWatcher watcher = new ArrivalWatcher(outbox, error, Set.of("a.txt", "b.txt", "c.txt"))) {
            Files.writeString(outbox.resolve(".a.txt.json"), "{}");
            Files.writeString(outbox.resolve("unexpected.txt.json"), "{}");
            Files.writeString(error.resolve("b.txt.error.json"), "{}");
            awaitSettled(watcher, 0);
            assertEquals(0, watcher.settled(), "temporary, unexpected and sidecar names do not count");

            Files.move(outbox.resolve(".a.txt.json"), outbox.resolve("a.txt.json"));
            Files.writeString(error.resolve("b.txt"), "moved original");
            awaitSettled(watcher, 2);
            assertEquals(1, watcher.outputs());
            assertEquals(1, watcher.failures());
            assertNotNull(watcher.outputNanos("a.txt"));
            assertNull(watcher.outputNanos("c.txt"));
        }
    }

    @Test
    void targetsPassOnlyAtTheirThresholdsAndFailWhenOutputsAreMissing() {
        EndToEndDriver.Options options = EndToEndDriver.Options.parse(new String[0]);
        List<RunResult> results = List.of(
            bulk("records", "baseline", 1000, 0, 1200),
            bulk("records", "caravan", 699, 0, 2000),
            bulk("large", "baseline", 20, 0, 1200),
            bulk("large", "caravan", 10, 1, 2900));
        List<PerformanceReport.Verdict> verdicts = new PerformanceReport(options, results, "0 0 0").verdicts();
        assertEquals(Boolean.FALSE, verdicts.get(0).pass(), verdicts.get(0).measured());   // 0.699 x
        assertEquals(Boolean.FALSE, verdicts.get(1).pass(), "10 MB/s but one file without result");
        assertNull(verdicts.get(2).pass(), "latency not measured");
        assertEquals(Boolean.TRUE, verdicts.get(4).pass(), "median of 2000 and 2900 ms is 2000 ms");

        List<RunResult> passing = List.of(bulk("records", "baseline", 1000, 0, 1200), bulk("records", "caravan", 700, 0, 3100),
            bulk("records", "caravan", 900, 0, 3200), bulk("large", "caravan", 10, 0, 3300));
        verdicts = new PerformanceReport(options, passing, "0 0 0").verdicts();
        assertTrue(verdicts.get(0).pass(), verdicts.get(0).measured());   // median of 700 and 900 is 700: 0.7 x
        assertTrue(verdicts.get(1).pass(), verdicts.get(1).measured());   // exactly 10 MB/s, complete
        assertEquals(Boolean.FALSE, verdicts.get(4).pass(), "median 3.2 s to ready");
    }

    @Test
    void warmScenariosDropTheirCorpusButDoNotDecideTheTargets() {
        assertEquals("records", EndToEndDriver.corpusOf("records-warm"));
        assertEquals("large", EndToEndDriver.corpusOf("large"));
        assertThrows(IllegalArgumentException.class,
            () -> EndToEndDriver.Options.parse(new String[] {"--scenarios", "records,latency-warm"}));
        assertThrows(IllegalArgumentException.class,
            () -> EndToEndDriver.Options.parse(new String[] {"--scenarios", "records-warm-warm"}));

        EndToEndDriver.Options options = EndToEndDriver.Options.parse(new String[] {"--scenarios", "records,records-warm"});
        List<RunResult> results = List.of(bulk("records", "baseline", 1000, 0, 1200), bulk("records", "caravan", 300, 0, 2000),
            bulk("records-warm", "baseline", 1000, 0, 1200), bulk("records-warm", "caravan", 900, 0, 2000));
        PerformanceReport report = new PerformanceReport(options, results, "0 0 0");
        assertEquals(Boolean.FALSE, report.verdicts().get(0).pass(), report.verdicts().get(0).measured());
        assertTrue(report.console().contains("records-warm caravan: 0.90 x baseline"), report.console());
    }

    @Test
    void aCandidateThatNeverBecameReadyFailsItsTargets() {
        EndToEndDriver.Options options = EndToEndDriver.Options.parse(new String[0]);
        List<RunResult> results = List.of(bulk("records", "baseline", 1000, 0, 1200),
            RunResult.broken("records", "caravan", 10, 40_960, "exited before logging 'Caravan ready'"),
            bulk("large", "baseline", 20, 0, 1200),
            RunResult.broken("large", "caravan", 1, 50_000_000, "exited before logging 'Caravan ready'"));
        List<PerformanceReport.Verdict> verdicts = new PerformanceReport(options, results, "0 0 0").verdicts();
        assertEquals(Boolean.FALSE, verdicts.get(0).pass(), verdicts.get(0).measured());
        assertEquals(Boolean.FALSE, verdicts.get(1).pass(), verdicts.get(1).measured());
        assertEquals(Boolean.FALSE, verdicts.get(4).pass(), verdicts.get(4).measured());
    }

    /** A bulk run of ten 50 MB documents; MB/s is set equal to docs/s to keep the thresholds readable. */
    private static RunResult bulk(String scenario, String system, double docsPerSecond, int missing, double readyMillis) {
        return new RunResult(scenario, system, 10, 500_000_000L, readyMillis, 10 / docsPerSecond, 10 - missing, 0,
            missing, 0, docsPerSecond, docsPerSecond, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
            100, 1, null);
    }

    private static void awaitSettled(ArrivalWatcher watcher, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (watcher.settled() < expected && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        Thread.sleep(200);  // and a little longer, so a wrongly counted name would have shown up
    }
}
