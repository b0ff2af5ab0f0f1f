package dev.caravan.reliability;

import dev.caravan.CaravanProcess;
import dev.caravan.Drops;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Restarts after the worst moments a crash can leave behind, and the daemon's network surface. */
class RestartWindowIT {
    @TempDir
    Path work;

    private String[] folders() {
        return new String[] {"--inbox", work.resolve("in").toString(), "--outbox", work.resolve("out").toString(),
            "--error", work.resolve("err").toString(), "--archive", work.resolve("done").toString(),
            "--state", work.resolve("state").toString(), "--once"};
    }

    private void runOnce() throws Exception {
        try (CaravanProcess caravan = CaravanProcess.start(work, Map.of(), List.of(), folders())) {
            assertEquals(0, caravan.awaitExit(Duration.ofSeconds(60)), caravan.log());
        }
    }

    /**
     * A kill between the JSON's rename and the original's archiving, with the state lost too: the rerun finds
     * its JSON by content, writes nothing new, and archives the original.
     */
    @Test
    void aCrashAfterTheJsonWasWrittenGivesNoSecondJson() throws Exception {
        Drops.drop(work.resolve("in"), "report.txt", "A report on ketamine.");
        runOnce();
        Path json = work.resolve("out/report.txt.json");
        byte[] first = Files.readAllBytes(json);
        Files.move(work.resolve("done/report.txt"), work.resolve("in/report.txt"));
        Drops.clear(work.resolve("state"));
        runOnce();
        assertEquals(List.of("report.txt.json"), names(work.resolve("out")));
        assertArrayEquals(first, Files.readAllBytes(json), "the existing JSON is not rewritten");
        assertEquals(List.of("report.txt"), names(work.resolve("done")));
    }

    /** Garbage in the state file while stopped: the daemon still starts and processes. */
    @Test
    void corruptStateDoesNotStopTheDaemon() throws Exception {
        Files.createDirectories(work.resolve("state"));
        Files.write(work.resolve("state/processed.dat"), new byte[] {(byte) 0xFF, 0, 10, (byte) 0xC3, 42, 13});
        // found by this test: the route refused to start on non-UTF-8 state, and the JVM then hung
        Drops.drop(work.resolve("in"), "after.txt", "Written after the state was damaged.");
        try (CaravanProcess caravan = CaravanProcess.start(work, Map.of(), List.of(), folders())) {
            assertEquals(0, caravan.awaitExit(Duration.ofSeconds(60)), caravan.log());
            assertTrue(caravan.log().contains("is damaged (not UTF-8 text)"), caravan.log());
        }
        assertEquals(List.of("after.txt.json"), names(work.resolve("out")));
    }

    @Test
    void theDaemonListensOnNoNetworkPort() throws Exception {
        String[] daemon = java.util.Arrays.copyOf(folders(), folders().length - 1);
        try (CaravanProcess caravan = CaravanProcess.start(work, daemon)) {
            assertTrue(caravan.awaitLog("Caravan ready", Duration.ofSeconds(60)), caravan.log());
            for (String table : List.of("tcp", "tcp6", "udp", "udp6")) {
                Path file = Path.of("/proc", Long.toString(caravan.pid()), "net", table);
                if (Files.exists(file)) {
                    // the network namespace's table: a listening socket of this process would need an inode
                    // among the process's file descriptors
                    for (String line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
                        String inode = line.trim().split("\\s+")[9];
                        assertFalse(ownsSocket(caravan.pid(), inode), "caravan holds socket " + line);
                    }
                }
            }
            caravan.terminate();
            assertEquals(0, caravan.awaitExit(Duration.ofSeconds(60)));
        }
    }

    private static boolean ownsSocket(long pid, String inode) throws Exception {
        try (var fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
            return fds.anyMatch(fd -> {
                try {
                    return Files.readSymbolicLink(fd).toString().equals("socket:[" + inode + "]");
                } catch (Exception gone) {
                    return false;
                }
            });
        }
    }

    private static List<String> names(Path folder) throws Exception {
        try (var files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).filter(name -> !name.startsWith(".")).sorted()
                .toList();
        }
    }
}
