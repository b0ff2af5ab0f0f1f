package dev.caravan.output;

import dev.caravan.model.Headers;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DestinationsTest {
    private static final String SHA_A = "a".repeat(64);
    private static final String SHA_B = "b".repeat(64);
    private final CamelContext context = new DefaultCamelContext();

    @TempDir
    Path root;

    private Destinations destinations() {
        return new Destinations(root.resolve("outbox"), root.resolve("archive"), root.resolve("error"));
    }

    private Exchange exchangeFor(String name, String sha256) {
        Exchange exchange = new DefaultExchange(context);
        exchange.getIn().setHeader(Exchange.FILE_NAME_ONLY, name);
        exchange.getIn().setHeader(Headers.SHA256, sha256);
        return exchange;
    }

    private String plannedOutput(String name, String sha256) {
        Exchange exchange = exchangeFor(name, sha256);
        destinations().planOutput(exchange);
        return exchange.getIn().getHeader(Headers.OUTPUT_NAME, String.class);
    }

    private void writeJson(String name, String sha256) throws IOException {
        Files.createDirectories(root.resolve("outbox"));
        Files.writeString(root.resolve("outbox").resolve(name),
            "{\"schemaVersion\":1,\"source\":{\"fileName\":\"x\",\"sha256\":\"" + sha256 + "\"},\"sections\":[]}");
    }

    @Test
    void firstVersionKeepsItsNameAndANewVersionIsTaggedWithItsHash() throws IOException {
        assertEquals("report.txt.json", plannedOutput("report.txt", SHA_A));
        writeJson("report.txt.json", SHA_A);
        assertEquals("report.bbbbbbbbbbbb.txt.json", plannedOutput("report.txt", SHA_B));
    }

    @Test
    void sameContentAgainFindsItsExistingJson() throws IOException {
        writeJson("report.txt.json", SHA_A);
        writeJson("report.bbbbbbbbbbbb.txt.json", SHA_B);
        assertEquals("report.txt.json", plannedOutput("report.txt", SHA_A));
        assertEquals("report.bbbbbbbbbbbb.txt.json", plannedOutput("report.txt", SHA_B));
    }

    @Test
    void anUnreadableJsonIsNeverTakenForTheSameContent() throws IOException {
        Files.createDirectories(root.resolve("outbox"));
        Files.writeString(root.resolve("outbox/report.txt.json"), "{ not json");
        assertEquals("report.aaaaaaaaaaaa.txt.json", plannedOutput("report.txt", SHA_A));
    }

    @Test
    void anOrphanSidecarOfTheSameInputIsReusedButNeverAnotherInputs() throws IOException {
        Files.createDirectories(root.resolve("error"));
        // a crash came after this sidecar was written and before report.txt was moved beside it
        Files.writeString(root.resolve("error/report.txt.error.json"), "{\"fileName\":\"report.txt\",\"reason\":\"empty\"}");
        assertEquals(root.resolve("error/report.txt"), destinations().planError(exchangeFor("report.txt", SHA_A)));

        Files.writeString(root.resolve("error/other.txt.error.json"), "{\"fileName\":\"something else\"}");
        assertEquals(root.resolve("error/other.aaaaaaaaaaaa.txt"), destinations().planError(exchangeFor("other.txt", SHA_A)));
    }

    @Test
    void archiveAndErrorNamesAvoidExistingFilesAndSidecars() throws IOException {
        Files.createDirectories(root.resolve("archive"));
        Files.writeString(root.resolve("archive/report.txt"), "older version");
        Exchange exchange = exchangeFor("report.txt", SHA_A);
        destinations().planArchive(exchange);
        assertEquals(root.resolve("archive/report.aaaaaaaaaaaa.txt").toString(),
            exchange.getIn().getHeader(Headers.ARCHIVE_PATH));

        Files.createDirectories(root.resolve("error"));
        Files.writeString(root.resolve("error/report.txt.error.json"), "{}");
        assertEquals(root.resolve("error/report.aaaaaaaaaaaa.txt"), destinations().planError(exchange));
    }
}
