package dev.caravan.reading;

import dev.caravan.model.DecodedText;
import dev.caravan.model.Reason;
import dev.caravan.model.RejectedInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DocumentReaderTest {
    @TempDir
    Path dir;

    private final Instant received = Instant.parse("2026-01-02T03:04:05Z");

    @Test
    void recordsSizeHashMediaTypeAndCharset() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.md"), "# Título\n\nTexto.", StandardCharsets.UTF_8);
        DecodedText text = new DocumentReader(1024, Long.MAX_VALUE).read(file, "notes.md", received);
        assertEquals("# Título\n\nTexto.", text.text());
        assertEquals(Files.size(file), text.source().sizeBytes());
        assertEquals("text/markdown", text.source().mediaType());
        assertEquals("UTF-8", text.source().charset());
        assertEquals(received, text.source().receivedAt());
        // what sha256sum prints for the same bytes
        assertEquals("adb63bf2f798065f0047c51816ab14c4f402016c4442466ded0812f317bd8517", text.source().sha256());
    }

    @Test
    void filesWithoutAnExtensionAreText() throws Exception {
        Path file = Files.writeString(dir.resolve("README"), "Plain words.");
        assertEquals("text/plain", new DocumentReader(1024, Long.MAX_VALUE).read(file, "README", received).source().mediaType());
    }

    @Test
    void rejectsFilesAboveTheLimitBeforeReadingThem() throws Exception {
        Path file = Files.write(dir.resolve("big.txt"), new byte[2048]);
        RejectedInputException e = assertThrows(RejectedInputException.class,
            () -> new DocumentReader(1024, Long.MAX_VALUE).read(file, "big.txt", received));
        assertEquals(Reason.TOO_LARGE, e.reason());
    }

    @Test
    void refusesFilesThatWouldNotFitInTheHeapBeforeReadingThem() throws Exception {
        Path file = Files.writeString(dir.resolve("heavy.txt"), "x".repeat(1000));
        RejectedInputException e = assertThrows(RejectedInputException.class,
            () -> new DocumentReader(1 << 20, 1000L * DocumentReader.HEAP_BYTES_PER_INPUT_BYTE - 1)
                .read(file, "heavy.txt", received));
        assertEquals(Reason.TOO_LARGE, e.reason());
        new DocumentReader(1 << 20, 1000L * DocumentReader.HEAP_BYTES_PER_INPUT_BYTE).read(file, "heavy.txt", received);
    }

    @Test
    void aFileGoneSinceTheListingIsAnIoError() {
        assertThrows(NoSuchFileException.class,
            () -> new DocumentReader(1024, Long.MAX_VALUE).read(dir.resolve("gone.txt"), "gone.txt", received));
    }
}
