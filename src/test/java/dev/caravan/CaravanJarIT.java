package dev.caravan;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The packaged jar as users run it: a separate process, real folders, real signals. */
class CaravanJarIT {
    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final String SAMPLE = "ketamine-enantiomers.txt";

    @TempDir
    Path work;

    private static String[] folders(Path root) {
        return new String[] {"--inbox", root.resolve("in").toString(), "--outbox", root.resolve("out").toString(),
            "--error", root.resolve("err").toString(), "--archive", root.resolve("done").toString(),
            "--state", root.resolve("state").toString()};
    }

    private static List<String> names(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void onceProcessesTheInboxPrintsASummaryAndFailsWhenAFileFailed() throws Exception {
        Path inbox = Files.createDirectories(work.resolve("in"));
        Files.copy(Path.of("samples", SAMPLE), inbox.resolve(SAMPLE));
        Files.writeString(inbox.resolve("broken.txt"), "looks like text\0but holds a NUL byte");

        try (CaravanProcess caravan = CaravanProcess.start(work, Map.of(), List.of(), concat(folders(work), "--once"))) {
            assertEquals(1, caravan.awaitExit(LIMIT), caravan.log());
            assertEquals("caravan: 1 processed, 1 failed", caravan.stdout().strip());
            assertTrue(caravan.log().contains("broken.txt failed: binary-content"), caravan.log());
        }
        JsonNode json = Schemas.assertValid(Schemas.DOCUMENT, work.resolve("out/" + SAMPLE + ".json"));
        assertEquals("10.1177/0269881120959644", json.get("metadata").get("doi").asText());
        Schemas.assertValid(Schemas.ERROR, work.resolve("err/broken.txt.error.json"));
        assertEquals(List.of(SAMPLE), names(work.resolve("done")));
        assertEquals(List.of(), names(inbox));
    }

    @Test
    void onceExitsWithZeroWhenEverythingSucceeded() throws Exception {
        Path inbox = Files.createDirectories(work.resolve("in"));
        Files.copy(Path.of("samples", SAMPLE), inbox.resolve(SAMPLE));
        try (CaravanProcess caravan = CaravanProcess.start(work, Map.of(), List.of(), concat(folders(work), "--once"))) {
            assertEquals(0, caravan.awaitExit(LIMIT), caravan.log());
            assertEquals("caravan: 1 processed, 0 failed", caravan.stdout().strip());
        }
    }

    @Test
    void runsAsADaemonUntilSigtermAndExitsCleanly() throws Exception {
        try (CaravanProcess caravan = CaravanProcess.start(work, folders(work))) {
            assertTrue(caravan.awaitLog("Caravan ready", LIMIT), caravan.log());
            for (int i = 0; i < 5; i++) {
                Drops.drop(work.resolve("in"), "record-" + i + ".txt", Files.readAllBytes(Path.of("samples", SAMPLE)));
            }
            for (int i = 0; i < 5; i++) {
                Path json = work.resolve("out/record-" + i + ".txt.json");
                assertTrue(Drops.awaitFile(json), "no JSON for record " + i + "\n" + caravan.log());
                Schemas.assertValid(Schemas.DOCUMENT, json);
            }
            caravan.terminate();
            assertEquals(0, caravan.awaitExit(LIMIT), caravan.log());
            assertFalse(caravan.log().contains("ERROR"), caravan.log());
        }
        assertTrue(names(work.resolve("out")).stream().allMatch(name -> name.endsWith(".json") && !name.startsWith(".")));
        assertEquals(5, names(work.resolve("done")).size());
    }

    @Test
    void relativeFoldersResolveAgainstTheWorkingDirectoryAndEnvironmentOverridesProperties() throws Exception {
        Files.writeString(work.resolve("application.properties"), "caravan.outbox=json-out\n");
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        Files.writeString(inbox.resolve("small.txt"), "A small document.");
        Files.writeString(inbox.resolve("bigger.txt"), "A document longer than the limit set in the environment.");
        try (CaravanProcess caravan = CaravanProcess.start(work, Map.of("CARAVAN_MAX_FILE_BYTES", "20"), List.of(),
            "--once")) {
            assertEquals(1, caravan.awaitExit(LIMIT), caravan.log());
        }
        assertTrue(Files.exists(work.resolve("json-out/small.txt.json")), "the working directory's file applies");
        assertEquals("too-large", Schemas.assertValid(Schemas.ERROR, work.resolve("error/bigger.txt.error.json"))
            .get("reason").asText());
    }

    @Test
    void helpListsTheFlagsAndUnknownFlagsAreRefused() throws Exception {
        try (CaravanProcess help = CaravanProcess.start(work, "--help")) {
            assertEquals(0, help.awaitExit(LIMIT));
            for (String flag : List.of("--once", "--inbox", "--outbox", "--error", "--config", "--help")) {
                assertTrue(help.stdout().contains(flag), flag + " missing from --help");
            }
        }
        try (CaravanProcess wrong = CaravanProcess.start(work, "--inbx", "x")) {
            assertEquals(2, wrong.awaitExit(LIMIT));
            assertTrue(wrong.log().contains("unknown option: --inbx"), wrong.log());
        }
    }

    @Test
    void aConfigurationThatCannotStartExitsWithAnErrorInsteadOfHanging() throws Exception {
        Path config = Files.writeString(work.resolve("broken.properties"), "caravan.max-sections=0\n");
        try (CaravanProcess caravan = CaravanProcess.start(work, concat(folders(work), "--config", config.toString()))) {
            assertEquals(1, caravan.awaitExit(LIMIT), caravan.log());
            assertTrue(caravan.log().contains("Caravan could not start"), caravan.log());
        }
    }

    @Test
    void aHeapTooSmallForTheModelsIsRefusedBeforeAnyInputIsTaken() throws Exception {
        Path inbox = Files.createDirectories(work.resolve("in"));
        Files.writeString(inbox.resolve("note.txt"), "A note that must stay where it is.");
        try (CaravanProcess caravan = CaravanProcess.start(work, Map.of(), List.of("-Xmx128m"),
            concat(folders(work), "--once"))) {
            assertEquals(2, caravan.awaitExit(LIMIT), caravan.log());
            assertTrue(caravan.log().contains("a heap of 128 MB is too small"), caravan.log());
        }
        assertEquals(List.of("note.txt"), names(inbox));
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
