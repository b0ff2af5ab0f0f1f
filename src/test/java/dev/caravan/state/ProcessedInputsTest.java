package dev.caravan.state;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProcessedInputsTest {
    @TempDir
    Path folder;

    private ProcessedInputs started(Path file) {
        ProcessedInputs inputs = new ProcessedInputs(file);
        inputs.start();
        return inputs;
    }

    @Test
    void keysAddedOnceAndRememberedAcrossRestarts() {
        Path file = folder.resolve("processed.dat");
        ProcessedInputs first = started(file);
        assertTrue(first.add("a.txt:01"));
        assertFalse(first.add("a.txt:01"), "a key is added once");
        assertTrue(first.add("a.txt:02"), "same name, other content: a new input");
        first.stop();

        ProcessedInputs second = started(file);
        assertTrue(second.contains("a.txt:01"));
        assertTrue(second.contains("a.txt:02"));
        assertFalse(second.contains("b.txt:01"));
        second.stop();
    }

    @Test
    void aRecordDeletedWhileRunningIsWrittenAgainWhole() throws Exception {
        Path file = Files.createDirectories(folder.resolve("state")).resolve("processed.dat");
        ProcessedInputs running = started(file);
        running.add("a.txt:01");
        running.add("b.txt:02");
        Files.delete(file);
        Files.delete(file.getParent());
        assertTrue(running.contains("a.txt:01"), "still known while running");
        assertTrue(running.add("c.txt:03"));
        assertFalse(running.add("a.txt:01"));
        running.stop();
        assertEquals(List.of("a.txt:01", "b.txt:02", "c.txt:03"), Files.readAllLines(file));

        ProcessedInputs restarted = started(file);
        assertTrue(restarted.contains("a.txt:01") && restarted.contains("b.txt:02") && restarted.contains("c.txt:03"));
        restarted.stop();
    }

    @Test
    void manyKeysGrowTheTableAndStayExact() {
        ProcessedInputs inputs = started(folder.resolve("processed.dat"));
        for (int i = 0; i < 20_000; i++) {
            assertTrue(inputs.add("record-" + i + ".txt:" + Integer.toHexString(i * 31)));
        }
        for (int i = 0; i < 20_000; i++) {
            assertTrue(inputs.contains("record-" + i + ".txt:" + Integer.toHexString(i * 31)));
            assertFalse(inputs.contains("record-" + i + ".txt:" + Integer.toHexString(i * 31 + 1)));
        }
        inputs.stop();
    }

    @Test
    void aNameWithANewlineIsOneRecordLine() throws Exception {
        Path file = folder.resolve("processed.dat");
        ProcessedInputs first = started(file);
        first.add("new\nline.txt:01");
        first.add("back\\slash.txt:01");
        first.stop();
        assertEquals(2, Files.readAllLines(file).size());

        ProcessedInputs second = started(file);
        assertTrue(second.contains("new\nline.txt:01"));
        assertTrue(second.contains("back\\slash.txt:01"));
        assertFalse(second.contains("new"));
        second.stop();
    }

    @Test
    void aLineCutShortByACrashIsNotARecordAndDoesNotSpoilTheNext() throws Exception {
        Path file = folder.resolve("processed.dat");
        Files.writeString(file, "whole.txt:01\ncut.txt:0", StandardCharsets.UTF_8);
        ProcessedInputs inputs = started(file);
        assertTrue(inputs.contains("whole.txt:01"));
        assertFalse(inputs.contains("cut.txt:01"));
        assertTrue(inputs.add("cut.txt:01"));
        inputs.stop();

        ProcessedInputs again = started(file);
        assertTrue(again.contains("cut.txt:01"));
        assertTrue(again.contains("whole.txt:01"));
        again.stop();
    }

    @Test
    void removeForgetsOnlyThatKeyOnDiskToo() {
        Path file = folder.resolve("processed.dat");
        ProcessedInputs inputs = started(file);
        inputs.add("keep.txt:01");
        inputs.add("drop.txt:01");
        assertTrue(inputs.remove("drop.txt:01"));
        assertFalse(inputs.remove("drop.txt:01"));
        inputs.stop();

        ProcessedInputs again = started(file);
        assertTrue(again.contains("keep.txt:01"));
        assertFalse(again.contains("drop.txt:01"));
        again.stop();
    }

    @Test
    void aDamagedRecordIsSetAsideAndANewOneBegun() throws Exception {
        Path file = folder.resolve("processed.dat");
        Files.write(file, new byte[] {'a', ':', (byte) 0xFF, '\n'});
        ProcessedInputs inputs = started(file);
        assertFalse(inputs.contains("a:"));
        assertTrue(inputs.add("b.txt:01"));
        inputs.stop();
        try (var files = Files.list(folder)) {
            assertEquals(1, files.filter(p -> p.getFileName().toString().startsWith("processed.dat.damaged-")).count());
        }
        assertEquals(List.of("b.txt:01"), Files.readAllLines(file));
    }
}
