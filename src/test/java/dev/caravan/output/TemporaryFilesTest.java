package dev.caravan.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TemporaryFilesTest {
    @TempDir
    Path root;

    @Test
    void removesOnlyWhatCaravanLeftHalfWritten() throws IOException {
        Path outbox = Files.createDirectories(root.resolve("outbox"));
        Path error = Files.createDirectories(root.resolve("error"));
        Files.writeString(outbox.resolve(TemporaryFiles.OUTBOX_PREFIX + "report.txt"), "{\"schemaVer");
        Files.writeString(outbox.resolve("report.txt.json"), "{}");
        Files.writeString(outbox.resolve(".other-tool-file"), "not ours");
        Files.writeString(TemporaryFiles.forSidecar(error.resolve("bad.txt.error.json")), "{\"fileNa");
        Files.writeString(error.resolve("bad.txt"), "original");

        assertEquals(2, TemporaryFiles.sweep(outbox, error));
        assertEquals(List.of(".other-tool-file", "report.txt.json"), names(outbox));
        assertEquals(List.of("bad.txt"), names(error));
        assertEquals(0, TemporaryFiles.sweep(root.resolve("missing"), root.resolve("also-missing")));
    }

    private static List<String> names(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
