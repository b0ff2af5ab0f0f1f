package dev.caravan.reliability;

import dev.caravan.CaravanApplication;
import dev.caravan.Drops;
import dev.caravan.StderrCapture;
import org.apache.camel.CamelContext;
import org.apache.camel.BeanInject;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.test.main.junit5.CamelMainTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The folders Caravan writes to become unusable while it runs. Tests run as root, where permissions stop
 * nothing, so "not writable" is made by what even root cannot get past: a regular file where a folder should
 * be, or a folder where a file must be created.
 */
@CamelMainTest(mainClass = CaravanApplication.class,
    propertyPlaceholderLocations = "classpath:caravan/application.properties",
    properties = {
        "caravan.inbox=target/route-tests/folder-faults/inbox",
        "caravan.outbox=target/route-tests/folder-faults/outbox",
        "caravan.archive=target/route-tests/folder-faults/archive",
        "caravan.error=target/route-tests/folder-faults/error",
        "caravan.state=target/route-tests/folder-faults/state",
        "caravan.routes=target/route-tests/folder-faults/routes",
        "caravan.settle-ms=200",
        "caravan.retry.delay-ms=10"
    })
class FolderFaultRouteTest {
    private static final Path ROOT = Path.of("target/route-tests/folder-faults");

    @BeanInject
    CamelContext context;

    @BeforeAll
    static void cleanFolders() throws IOException {
        Drops.resetTestRoot(ROOT);
    }

    private static void awaitFile(Path path) throws InterruptedException {
        assertTrue(Drops.awaitFile(path), path + " did not appear");
    }

    @Test
    void anErrorFolderReplacedByAFileKeepsTheInputInTheInboxUntilItIsAFolderAgain() throws Exception {
        Path error = ROOT.resolve("error");
        Drops.clear(error);
        Files.writeString(error, "a file where the error folder should be");
        byte[] content = new byte[0];   // empty: fails at once, so it needs the error folder
        NotifyBuilder failed = new NotifyBuilder(context).fromRoute("caravan").whenFailed(3).create();
        try (StderrCapture log = new StderrCapture()) {
            Drops.drop(ROOT.resolve("inbox"), "blocked.txt", content);
            assertTrue(failed.matches(20, TimeUnit.SECONDS), "tried again while blocked");
            assertArrayEquals(content, Files.readAllBytes(ROOT.resolve("inbox/blocked.txt")), "left untouched");
            assertOneConciseWarning(log, "blocked.txt failed: empty");

            Files.delete(error);   // usable again (the daemon creates the folder): nothing else is done by hand
            awaitFile(ROOT.resolve("error/blocked.txt.error.json"));
            awaitFile(ROOT.resolve("error/blocked.txt"));
            assertFalse(Files.exists(ROOT.resolve("inbox/blocked.txt")));
        }
    }

    /**
     * Outbox and error folder both blocked: a good input can go nowhere, so it stays in the inbox, logged once
     * however often it is tried, and is processed by itself once the folders are usable again.
     */
    @Test
    void withOutboxAndErrorFolderBlockedAnInputWaitsQuietlyInTheInbox() throws Exception {
        Path outbox = ROOT.resolve("outbox");
        Path error = ROOT.resolve("error");
        Drops.clear(outbox);
        Drops.clear(error);
        Files.writeString(outbox, "a file where the outbox should be");
        Files.writeString(error, "a file where the error folder should be");
        byte[] content = "A note on lithium with nowhere to go.".getBytes(StandardCharsets.UTF_8);
        NotifyBuilder failed = new NotifyBuilder(context).fromRoute("caravan").whenFailed(3).create();
        try (StderrCapture log = new StderrCapture()) {
            Drops.drop(ROOT.resolve("inbox"), "nowhere.txt", content);
            assertTrue(failed.matches(30, TimeUnit.SECONDS), "tried again while blocked");
            assertArrayEquals(content, Files.readAllBytes(ROOT.resolve("inbox/nowhere.txt")), "left untouched");
            assertOneConciseWarning(log, "nowhere.txt failed: output-failed");

            Files.delete(outbox);
            Files.delete(error);
            awaitFile(ROOT.resolve("outbox/nowhere.txt.json"));
            awaitFile(ROOT.resolve("archive/nowhere.txt"));
            assertFalse(Files.exists(ROOT.resolve("error/nowhere.txt")));
        }
    }

    /** One WARN line for all the tries of a blocked input, and no stack trace from Camel's last-resort handler. */
    private static void assertOneConciseWarning(StderrCapture log, String failure) {
        assertEquals(1, log.linesContaining(failure), log::text);
        assertEquals(1, log.linesContaining("it cannot go to the error folder yet"), log::text);
        assertEquals(0, log.linesContaining("FatalFallbackErrorHandler"), log::text);
        assertEquals(0, log.linesContaining("\tat "), log::text);
    }

    /**
     * The error folder works but the sidecar cannot be created: the original must not go to the error folder
     * without its reason. Found by HostileInboxIT with a 255-byte name, whose sidecar name was too long.
     */
    @Test
    void anOriginalNeverReachesTheErrorFolderWithoutItsSidecar() throws Exception {
        Path stuck = ROOT.resolve("error/.stuck.txt.error.json.tmp");
        Files.createDirectories(stuck);
        Files.writeString(stuck.resolve("keeps-it-non-empty"), "a folder where the sidecar's temporary file goes");
        byte[] content = "   \n\t ".getBytes(StandardCharsets.UTF_8);   // blank: fails at once
        NotifyBuilder failed = new NotifyBuilder(context).fromRoute("caravan").whenFailed(2).create();
        Drops.drop(ROOT.resolve("inbox"), "stuck.txt", content);
        boolean triedAgain = failed.matches(20, TimeUnit.SECONDS);
        assertFalse(Files.exists(ROOT.resolve("error/stuck.txt")), "an original without its sidecar");
        assertTrue(triedAgain, "tried again while the sidecar cannot be written");
        assertArrayEquals(content, Files.readAllBytes(ROOT.resolve("inbox/stuck.txt")), "left untouched");

        Drops.clear(stuck);
        awaitFile(ROOT.resolve("error/stuck.txt.error.json"));
        awaitFile(ROOT.resolve("error/stuck.txt"));
    }

    @Test
    void anOutboxDeletedWhileRunningIsCreatedAgain() throws Exception {
        Drops.clear(ROOT.resolve("outbox"));
        Drops.drop(ROOT.resolve("inbox"), "after-delete.txt", "A document written after the outbox was deleted.");
        awaitFile(ROOT.resolve("outbox/after-delete.txt.json"));
        awaitFile(ROOT.resolve("archive/after-delete.txt"));
    }
}
