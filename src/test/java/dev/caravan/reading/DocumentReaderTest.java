package dev.caravan.reading;

import dev.caravan.model.DecodedText;
import dev.caravan.model.Reason;
import dev.caravan.model.RejectedInputException;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void refusesFilesThatWouldNotFitInTheWholeHeapBudgetBeforeReadingThem() throws Exception {
        Path file = Files.write(dir.resolve("heavy.txt"), new byte[3 << 20]);
        long need = HeapAdmission.needMebibytes(Files.size(file)) << 20;
        CamelContext context = new DefaultCamelContext();
        Exchange exchange = new DefaultExchange(context);
        exchange.getIn().setBody(file.toFile());
        RejectedInputException e = assertThrows(RejectedInputException.class,
            () -> new DocumentReader(Long.MAX_VALUE, need - 1).process(exchange));
        assertEquals(Reason.TOO_LARGE, e.reason());
        assertTrue(e.getMessage().contains("raise -Xmx"), e.getMessage());
    }

    @Test
    void aFileGoneSinceTheListingIsAnIoError() {
        assertThrows(NoSuchFileException.class,
            () -> new DocumentReader(1024, Long.MAX_VALUE).read(dir.resolve("gone.txt"), "gone.txt", received));
    }
}
