package dev.caravan.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import dev.caravan.CaravanProcess;
import dev.caravan.Drops;
import dev.caravan.Schemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A file in the inbox the daemon may not read (mode 000). Tests often run as root, who reads anything; the daemon
 * is then started through {@code setpriv} without the two capabilities that let root past file permissions, so it
 * stays root (it owns its folders) but meets the permission like any user would.
 */
class UnreadableFileIT {
    /** Root's capabilities to ignore read permissions: dropped from the daemon's bounding set. */
    private static final List<String> WITHOUT_OVERRIDE = List.of("setpriv", "--bounding-set=-dac_override,-dac_read_search");

    @TempDir
    Path work;

    @Test
    void aFileThatCannotBeReadGoesToTheErrorFolderAsUnreadable() throws Exception {
        Path inbox = work.resolve("in");
        byte[] secret = "A note on lithium nobody may read.\n".getBytes(StandardCharsets.UTF_8);
        Path locked = Drops.drop(inbox, "locked.txt", secret);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        Drops.drop(inbox, "open.txt", "A note on lithium anyone may read.\n");
        List<String> launcher = (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid") == 0
            ? WITHOUT_OVERRIDE : List.of();
        assumeTrue(cannotRead(launcher, locked), "no way found here to start a process that cannot read a mode-000"
            + " file (running as root without setpriv, or without the right to drop capabilities)");

        try (CaravanProcess caravan = CaravanProcess.start(work, Map.of(), launcher, List.of(),
            "--inbox", inbox.toString(), "--outbox", work.resolve("out").toString(),
            "--error", work.resolve("err").toString(), "--archive", work.resolve("done").toString(),
            "--state", work.resolve("state").toString(), "--once")) {
            assertEquals(1, caravan.awaitExit(Duration.ofSeconds(90)), caravan.log());
            assertEquals("caravan: 1 processed, 1 failed", caravan.stdout().strip());
            assertTrue(caravan.log().contains("WARN caravan - locked.txt failed: unreadable: AccessDeniedException"),
                caravan.log());
        }
        JsonNode report = Schemas.assertValid(Schemas.ERROR, work.resolve("err/locked.txt.error.json"));
        assertEquals("unreadable", report.get("reason").asText(), report.toString());
        Files.setPosixFilePermissions(work.resolve("err/locked.txt"), PosixFilePermissions.fromString("rw-------"));
        assertArrayEquals(secret, Files.readAllBytes(work.resolve("err/locked.txt")), "the original, untouched");
        assertEquals(List.of("open.txt.json"), Drops.visible(work.resolve("out")));
        assertEquals(List.of("open.txt"), Drops.visible(work.resolve("done")));
        assertEquals(List.of(), Drops.visible(inbox));
    }

    /** Whether a process started through {@code launcher} is refused reading {@code file}. */
    private static boolean cannotRead(List<String> launcher, Path file) throws InterruptedException {
        List<String> command = new ArrayList<>(launcher);
        command.addAll(List.of("head", "-c", "1", file.toString()));
        try {
            Process probe = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return probe.waitFor() != 0 && output.contains("Permission denied");
        } catch (IOException launcherMissing) {
            return false;
        }
    }
}
