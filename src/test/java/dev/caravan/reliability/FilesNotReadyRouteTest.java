package dev.caravan.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import dev.caravan.CaravanApplication;
import dev.caravan.Drops;
import dev.caravan.Schemas;
import dev.caravan.model.Hashes;
import org.apache.camel.BeanInject;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.test.main.junit5.CamelMainTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Files that are not ready yet, or change: slow writers, rsync-style renames, new versions, twins. */
@CamelMainTest(mainClass = CaravanApplication.class,
    propertyPlaceholderLocations = "classpath:caravan/application.properties",
    properties = {
        "caravan.inbox=target/route-tests/not-ready/inbox",
        "caravan.outbox=target/route-tests/not-ready/outbox",
        "caravan.archive=target/route-tests/not-ready/archive",
        "caravan.error=target/route-tests/not-ready/error",
        "caravan.state=target/route-tests/not-ready/state",
        "caravan.routes=target/route-tests/not-ready/routes"
    })
class FilesNotReadyRouteTest {
    private static final Path ROOT = Path.of("target/route-tests/not-ready");
    private static final Path INBOX = ROOT.resolve("inbox");
    private static final Path OUTBOX = ROOT.resolve("outbox");

    @BeanInject
    CamelContext context;

    @BeforeAll
    static void cleanFolders() throws IOException {
        Drops.resetTestRoot(ROOT);
        Files.createDirectories(INBOX);
    }

    private NotifyBuilder completions(int count) {
        return new NotifyBuilder(context).fromRoute("caravan").whenCompleted(count).create();
    }

    private static Path awaitFile(Path folder, String nameRegex) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            try (var files = Files.list(folder)) {
                var found = files.filter(p -> p.getFileName().toString().matches(nameRegex)).findFirst();
                if (found.isPresent()) {
                    return found.get();
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no file matching " + nameRegex + " in " + folder);
    }

    private static void awaitGone(Path file) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (Files.exists(file) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertFalse(Files.exists(file), file + " was not archived");
    }

    private static String allSectionText(JsonNode json) {
        StringBuilder text = new StringBuilder();
        json.get("sections").forEach(section -> text.append(section.get("text").asText()).append('\n'));
        return text.toString();
    }

    /**
     * A large file copied in place with {@code cp}, which writes it in chunks: read once, whole. 12 MB keeps the
     * test's heap need small; the size limit (caravan.max-file-bytes, 64 MiB) would refuse 200 MB anyway.
     */
    @Test
    void aLargeCopyInPlaceIsReadWhole() throws Exception {
        Path source = ROOT.resolve("large-source.txt");
        try (OutputStream out = Files.newOutputStream(source)) {
            for (int i = 0; Files.size(source) < 12_000_000; i++) {
                String sentence = "Sentence of paragraph " + i + " of a large report copied with cp. ";
                out.write((sentence.repeat(1_000) + "\n\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        }
        byte[] content = Files.readAllBytes(source);
        NotifyBuilder done = completions(1);
        Process cp = new ProcessBuilder("cp", source.toString(), INBOX.resolve("large.txt").toString()).start();
        assertEquals(0, cp.waitFor());
        assertTrue(done.matches(60, TimeUnit.SECONDS));
        JsonNode json = Schemas.assertValid(Schemas.DOCUMENT, OUTBOX.resolve("large.txt.json"));
        assertEquals(content.length, json.get("source").get("sizeBytes").asLong(), "the whole file was read");
        assertEquals(Hashes.sha256Hex(content), json.get("source").get("sha256").asText());
    }

    @Test
    void aSlowWriterIsNeverReadEarly() throws Exception {
        NotifyBuilder done = completions(1);
        String[] paragraphs = new String[8];
        try (OutputStream out = Files.newOutputStream(INBOX.resolve("slow.txt"))) {
            for (int i = 0; i < paragraphs.length; i++) {
                paragraphs[i] = "Paragraph " + i + " of a report written slowly, one piece at a time.";
                out.write((paragraphs[i] + "\n\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
                Thread.sleep(300); // pauses shorter than caravan.settle-ms, over 2.4 s in all
            }
        }
        assertTrue(done.matches(20, TimeUnit.SECONDS));
        JsonNode json = Schemas.assertValid(Schemas.DOCUMENT, OUTBOX.resolve("slow.txt.json"));
        assertEquals(paragraphs.length, json.get("sections").size(), "every paragraph, so the whole file, was read");
        assertTrue(allSectionText(json).contains(paragraphs[paragraphs.length - 1]));
    }

    @Test
    void aFileRenamedFromAHiddenTemporaryNameIsPickedUpOnceAfterTheRename() throws Exception {
        NotifyBuilder done = completions(1);
        Path hidden = Files.writeString(INBOX.resolve(".synced.txt.Xy12ab"), "Written by rsync under a hidden name.");
        Thread.sleep(1500); // longer than the settle period: a hidden file must still not be taken
        assertTrue(Files.exists(hidden), "hidden files are never picked up");
        Files.move(hidden, INBOX.resolve("synced.txt"), StandardCopyOption.ATOMIC_MOVE);
        assertTrue(done.matches(20, TimeUnit.SECONDS));
        Thread.sleep(500);
        assertTrue(Files.exists(OUTBOX.resolve("synced.txt.json")));
        assertFalse(Files.exists(OUTBOX.resolve(".synced.txt.Xy12ab.json")));
    }

    @Test
    void aNewVersionUnderTheSameNameGetsItsOwnJsonAndTheFirstIsKept() throws Exception {
        NotifyBuilder first = completions(1);
        Drops.drop(INBOX, "versioned.txt", "The first version of the notes.");
        assertTrue(first.matches(20, TimeUnit.SECONDS));
        byte[] firstJson = Files.readAllBytes(OUTBOX.resolve("versioned.txt.json"));
        // the consumer archives the first version as the exchange completes; replacing the file before that
        // would be a change during processing, not a new version after it
        awaitGone(INBOX.resolve("versioned.txt"));

        Drops.drop(INBOX, "versioned.txt", "The second version of the notes, with more in it.");
        // waits for the outcome itself: a completion count could still see the first version's exchange
        Path secondJson = awaitFile(OUTBOX, "versioned\\.[0-9a-f]{12}\\.txt\\.json");
        assertTrue(allSectionText(Schemas.assertValid(Schemas.DOCUMENT, secondJson)).contains("second version"));
        assertEquals(new String(firstJson, StandardCharsets.UTF_8),
            Files.readString(OUTBOX.resolve("versioned.txt.json")), "the first JSON is never overwritten");
    }

    @Test
    void theSameContentUnderTwoNamesGivesTwoDocuments() throws Exception {
        NotifyBuilder done = completions(2);
        Drops.drop(INBOX, "copy-a.txt", "Identical content dropped under two names.");
        Drops.drop(INBOX, "copy-b.txt", "Identical content dropped under two names.");
        assertTrue(done.matches(20, TimeUnit.SECONDS));
        Thread.sleep(500);
        JsonNode a = Schemas.assertValid(Schemas.DOCUMENT, OUTBOX.resolve("copy-a.txt.json"));
        JsonNode b = Schemas.assertValid(Schemas.DOCUMENT, OUTBOX.resolve("copy-b.txt.json"));
        assertEquals(a.get("source").get("sha256"), b.get("source").get("sha256"));
    }
}
