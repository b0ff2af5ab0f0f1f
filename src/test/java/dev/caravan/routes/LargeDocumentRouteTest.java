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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A document large enough for the helper threads (the threshold is lowered here) goes through the same route
 * as a small one and gives the same sections: the sample record repeated 300 times (1.2 MB) must give, copy
 * after copy, exactly the sections the sample alone gives, with their languages and terms. The JSON of both
 * is streamed to the outbox and valid against the schema.
 */
@CamelMainTest(mainClass = CaravanApplication.class,
    propertyPlaceholderLocations = "classpath:caravan/application.properties",
    properties = {
        "caravan.inbox=target/route-tests/large/inbox",
        "caravan.outbox=target/route-tests/large/outbox",
        "caravan.archive=target/route-tests/large/archive",
        "caravan.error=target/route-tests/large/error",
        "caravan.state=target/route-tests/large/state",
        "caravan.routes=target/route-tests/large/routes",
        "caravan.large-document.helper-threads=2",
        "caravan.large-document.parallel-chars=100000"
    })
class LargeDocumentRouteTest {
    private static final Path ROOT = Path.of("target/route-tests/large");
    private static final int COPIES = 300;

    @BeanInject
    CamelContext context;

    @BeforeAll
    static void cleanFolders() throws IOException {
        Drops.resetTestRoot(ROOT);
    }

    @Test
    void aLargeDocumentGivesTheSameSectionsAsItsPartsAlone() throws Exception {
        byte[] sample = Files.readAllBytes(Path.of("samples", "ketamine-enantiomers.txt"));
        String record = new String(sample, java.nio.charset.StandardCharsets.UTF_8).strip() + "\n\n\n";
        NotifyBuilder done = new NotifyBuilder(context).fromRoute("caravan").whenCompleted(2).create();

        Drops.drop(ROOT.resolve("inbox"), "one.txt", record);
        Drops.drop(ROOT.resolve("inbox"), "many.txt", record.repeat(COPIES));

        assertTrue(done.matches(120, TimeUnit.SECONDS), "the documents were not processed in time");
        JsonNode one = Schemas.assertValid(Schemas.DOCUMENT, ROOT.resolve("outbox/one.txt.json"));
        JsonNode many = Schemas.assertValid(Schemas.DOCUMENT, ROOT.resolve("outbox/many.txt.json"));

        int perCopy = one.get("sections").size();
        assertTrue(perCopy > 3, one.toString());
        assertEquals(perCopy * COPIES, many.get("sections").size());
        for (int copy = 0; copy < COPIES; copy++) {
            for (int i = 0; i < perCopy; i++) {
                JsonNode expected = one.get("sections").get(i);
                JsonNode actual = many.get("sections").get(copy * perCopy + i);
                String where = "copy " + copy + ", section " + i;
                assertEquals(copy * perCopy + i, actual.get("index").asInt(), where);
                for (String field : new String[] {"type", "label", "headingPath", "text", "language", "terms"}) {
                    assertEquals(expected.get(field), actual.get(field), where + ": " + field);
                }
            }
        }
        JsonNode firstTerm = one.get("terms").get(0);
        JsonNode manyFirstTerm = many.get("terms").get(0);
        assertEquals(firstTerm.get("id"), manyFirstTerm.get("id"));
        assertEquals(firstTerm.get("count").asInt() * COPIES, manyFirstTerm.get("count").asInt());
        assertEquals(one.get("languages"), many.get("languages"));
        assertFalse(Files.list(ROOT.resolve("outbox")).anyMatch(path -> path.getFileName().toString().startsWith(".")),
            "no temporary file is left in the outbox");
    }
}
