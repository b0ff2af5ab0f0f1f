package dev.caravan.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnreportedFailuresTest {

    @TempDir
    Path inbox;

    @Test
    void aFaultIsNewOncePerInputUntilItChanges() throws IOException {
        Path input = Files.writeString(inbox.resolve("a.txt"), "x");
        UnreportedFailures failures = new UnreportedFailures();
        assertTrue(failures.isNew(input, "error folder not writable"));
        assertFalse(failures.isNew(input, "error folder not writable"));
        assertTrue(failures.isNew(input, "disk full"));
        assertTrue(failures.clear(input));
        assertFalse(failures.clear(input));
    }

    @Test
    void anInputRemovedByHandWhileBlockedIsForgotten() throws IOException {
        Path removed = Files.writeString(inbox.resolve("removed.txt"), "x");
        Path kept = Files.writeString(inbox.resolve("kept.txt"), "y");
        UnreportedFailures failures = new UnreportedFailures();
        failures.isNew(removed, "error folder not writable");
        failures.isNew(kept, "error folder not writable");
        Files.delete(removed);

        failures.isNew(Files.writeString(inbox.resolve("next.txt"), "z"), "error folder not writable");

        assertEquals(2, failures.size(), "kept.txt and next.txt stay, removed.txt is gone");
        assertFalse(failures.isNew(kept, "error folder not writable"));
    }
}
