package dev.caravan.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FileNamesTest {

    @Test
    void keepsOrdinaryNamesIncludingSpacesUnicodeAndLeadingDashes() {
        assertEquals("my report.txt.json", FileNames.withSuffix("my report.txt", ".json"));
        assertEquals("氯胺酮 研究.md.json", FileNames.withSuffix("氯胺酮 研究.md", ".json"));
        assertEquals("-rf.txt.json", FileNames.withSuffix("-rf.txt", ".json"));
    }

    @Test
    void escapesControlCharactersAndPercentReversibly() {
        assertEquals("a%0Ab%25c%09d", FileNames.escape("a\nb%c\td"));
    }

    @Test
    void shortensOverlongNamesWithinTheFileSystemLimitAndKeepsThemDistinct() {
        String longA = "ä".repeat(127) + "a.txt";   // 259 bytes
        String longB = "ä".repeat(127) + "b.txt";
        String a = FileNames.withSuffix(longA, ".json");
        String b = FileNames.withSuffix(longB, ".json");
        assertTrue(a.getBytes(StandardCharsets.UTF_8).length <= 255, a);
        assertTrue(a.endsWith(".json"));
        assertNotEquals(a, b);
    }

    /** Found end to end (HostileInboxIT): a 255-byte name fitted, but its temporary files did not. */
    @Test
    void aMaximalNameStillFitsWhenWrappedInTheTemporaryAndSidecarNames() {
        String maximal = "x".repeat(251) + ".txt";   // 255 bytes, the most a file system allows
        String failed = FileNames.withSuffix(maximal, "");
        Path sidecarTemporary = TemporaryFiles.forSidecar(Destinations.sidecarOf(Path.of("error", failed)));
        assertTrue(sidecarTemporary.getFileName().toString().length() <= 255, sidecarTemporary.toString());
        String writing = TemporaryFiles.OUTBOX_PREFIX + FileNames.withSuffix(maximal, ".json");
        assertTrue(writing.length() <= 255, writing);
    }

    @Test
    void firstUsableNeverReturnsAnOccupiedName(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("report.txt"), "first");
        Files.writeString(dir.resolve("report.abc.txt"), "second");
        Path chosen = FileNames.firstUsable(dir, "report.txt", "abc", "", FileNames::isFree);
        assertEquals(dir.resolve("report.abc-2.txt"), chosen);
        assertEquals(dir.resolve("README.abc"), FileNames.firstUsable(dir, "README", "abc", "",
            p -> !p.getFileName().toString().equals("README")));
    }
}
