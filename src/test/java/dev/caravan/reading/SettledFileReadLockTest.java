package dev.caravan.reading;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettledFileReadLockTest {
    @TempDir
    Path inbox;

    /** A lock whose clock reads {@code millisAfterNow} later than the real time. */
    private static SettledFileReadLock lockAt(long millisAfterNow) {
        return new SettledFileReadLock(1000, Clock.offset(Clock.systemUTC(), java.time.Duration.ofMillis(millisAfterNow)));
    }

    @Test
    void aFileStillBeingWrittenInPlaceIsNotReadyUntilItSettles() throws IOException {
        Path file = Files.writeString(inbox.resolve("report.txt"), "first half");
        Files.writeString(file, " second half", java.nio.file.StandardOpenOption.APPEND);
        assertFalse(lockAt(0).isReady(file));
        assertTrue(lockAt(1500).isReady(file));
    }

    @Test
    void aFileRenamedIntoPlaceAfterWritingIsReadyAtOnce() throws IOException, InterruptedException {
        Path temporary = Files.writeString(inbox.resolve(".report.txt.part"), "complete content");
        Thread.sleep(20); // the rename must fall in a later clock tick than the last write
        Path file = Files.move(temporary, inbox.resolve("report.txt"));
        assertTrue(lockAt(0).isReady(file));
    }

    @Test
    void aCopyThatKeptAnOldModificationTimeIsReadyAtOnce() throws IOException {
        Path file = Files.writeString(inbox.resolve("copied.txt"), "copied with cp -p");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(3600)));
        assertTrue(lockAt(0).isReady(file));
    }

    @Test
    void symbolicLinksDirectoriesAndMissingFilesAreNeverReady() throws IOException {
        Path outside = Files.writeString(Files.createTempFile("outside", ".txt"), "secret");
        Path link = Files.createSymbolicLink(inbox.resolve("link.txt"), outside);
        Files.setLastModifiedTime(outside, FileTime.from(Instant.now().minusSeconds(3600)));
        Path folder = Files.createDirectory(inbox.resolve("folder.txt"));
        SettledFileReadLock lock = new SettledFileReadLock(0, Clock.fixed(Instant.now().plusSeconds(60), ZoneOffset.UTC));
        assertFalse(lock.isReady(link));
        assertFalse(lock.isReady(folder));
        assertFalse(lock.isReady(inbox.resolve("gone.txt")));
        Files.delete(outside);
    }
}
