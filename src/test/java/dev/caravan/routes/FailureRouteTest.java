package dev.caravan.routes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.caravan.CaravanApplication;
import dev.caravan.Drops;
import dev.caravan.Schemas;
import org.apache.camel.BeanInject;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.test.main.junit5.CamelMainTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One test per reason an input can fail for: the original lands unchanged in the error folder beside a
 * valid sidecar, nothing reaches the outbox, and the route keeps consuming.
 */
@CamelMainTest(mainClass = CaravanApplication.class,
    propertyPlaceholderLocations = "classpath:caravan/application.properties",
    properties = {
        "caravan.inbox=target/route-tests/failures/inbox",
        "caravan.outbox=target/route-tests/failures/outbox",
        "caravan.archive=target/route-tests/failures/archive",
        "caravan.error=target/route-tests/failures/error",
        "caravan.state=target/route-tests/failures/state",
        "caravan.routes=target/route-tests/failures/routes",
        "caravan.max-file-bytes=65536",
        "caravan.max-sections=20",
        "caravan.retry.delay-ms=10"
    })
class FailureRouteTest {
    private static final Path ROOT = Path.of("target/route-tests/failures");

    @BeanInject
    CamelContext context;

    @BeforeAll
    static void cleanFolders() throws IOException {
        Drops.resetTestRoot(ROOT);
    }

    /** Drops the file, waits for its failure, and checks the error folder; returns the sidecar. */
    private JsonNode assertFailsWith(String reason, String name, byte[] content) throws Exception {
        NotifyBuilder failed = new NotifyBuilder(context).fromRoute("caravan").whenFailed(1).create();
        Drops.drop(ROOT.resolve("inbox"), name, content);
        assertTrue(failed.matches(20, TimeUnit.SECONDS), name + " did not fail in time");

        Path original = ROOT.resolve("error").resolve(name);
        assertTrue(Drops.awaitFile(original), name + " did not reach the error folder");
        assertArrayEquals(content, Files.readAllBytes(original), "the original is kept byte for byte");
        JsonNode sidecar = Schemas.assertValid(Schemas.ERROR, ROOT.resolve("error").resolve(name + ".error.json"));
        assertEquals(reason, sidecar.get("reason").asText(), sidecar.toString());
        assertEquals(name, sidecar.get("fileName").asText());
        assertFalse(Files.exists(ROOT.resolve("outbox").resolve(name + ".json")), "nothing goes to the outbox");
        assertFalse(Files.exists(ROOT.resolve("inbox").resolve(name)), "the inbox is emptied");
        return sidecar;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void empty() throws Exception {
        assertFailsWith("empty", "empty.txt", new byte[0]);
    }

    @Test
    void blank() throws Exception {
        assertFailsWith("blank", "blank.txt", utf8("  \n\n\t  \n"));
    }

    @Test
    void tooLarge() throws Exception {
        byte[] content = new byte[70_000];
        Arrays.fill(content, (byte) 'a');
        assertFailsWith("too-large", "large.txt", content);
    }

    @Test
    void unsupportedMediaType() throws Exception {
        assertFailsWith("unsupported-media-type", "paper.pdf", utf8("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\n"));
    }

    @Test
    void binaryContent() throws Exception {
        assertFailsWith("binary-content", "nul.txt", utf8("looks like text\0but holds a NUL byte"));
    }

    @Test
    void utf16WithoutByteOrderMark() throws Exception {
        assertFailsWith("utf16-without-bom", "utf16.txt", "Plain words in UTF-16".getBytes(StandardCharsets.UTF_16LE));
    }

    @Test
    void invalidEncoding() throws Exception {
        assertFailsWith("invalid-encoding", "latin1.txt", "Café crème".getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void truncatedEncoding() throws Exception {
        byte[] whole = utf8("抑郁症研究");
        assertFailsWith("truncated-encoding", "cut.txt", Arrays.copyOf(whole, whole.length - 1));
    }

    @Test
    void tooManySections() throws Exception {
        assertFailsWith("too-many-sections", "many.md", utf8("Paragraph of text.\n\n".repeat(25)));
    }

    @Test
    void outputFailedAfterRetriesWhenTheOutboxIsNotAFolder() throws Exception {
        Files.createDirectories(ROOT);
        Path outbox = ROOT.resolve("outbox");
        Drops.clear(outbox);
        Files.writeString(outbox, "a file where the outbox folder should be");
        try {
            JsonNode sidecar = assertFailsWith("output-failed", "unlucky.txt", utf8("A perfectly good document."));
            assertEquals(4, sidecar.get("attempts").asInt(), "three retries after the first attempt");
        } finally {
            Files.delete(outbox);
        }
    }

    @Test
    void theRouteKeepsWorkingAfterAFailure() throws Exception {
        assertFailsWith("empty", "first-empty.txt", new byte[0]);
        NotifyBuilder done = new NotifyBuilder(context).fromRoute("caravan").whenCompleted(1).create();
        Drops.drop(ROOT.resolve("inbox"), "fine.txt", utf8("A document that is fine."));
        assertTrue(done.matches(20, TimeUnit.SECONDS));
        assertTrue(Files.exists(ROOT.resolve("outbox/fine.txt.json")));
        assertEquals(List.of(), SampleRecordRouteTest.listNames(ROOT.resolve("inbox")).stream()
            .filter(name -> !name.startsWith(".")).toList());
    }
}
