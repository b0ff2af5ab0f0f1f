package dev.caravan.routes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.caravan.CaravanApplication;
import dev.caravan.Drops;
import dev.caravan.Schemas;
import dev.caravan.model.Headers;
import org.apache.camel.BeanInject;
import org.apache.camel.CamelContext;
import org.apache.camel.EndpointInject;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.main.junit5.CamelMainTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole route on the sample PubMed record: sections, metadata, languages, shared concepts, the
 * translation link, outbox, archive and downstream.
 */
@CamelMainTest(mainClass = CaravanApplication.class,
    propertyPlaceholderLocations = "classpath:caravan/application.properties",
    properties = {
        "caravan.inbox=target/route-tests/sample/inbox",
        "caravan.outbox=target/route-tests/sample/outbox",
        "caravan.archive=target/route-tests/sample/archive",
        "caravan.error=target/route-tests/sample/error",
        "caravan.state=target/route-tests/sample/state",
        "caravan.routes=target/route-tests/sample/routes",
        "caravan.downstream=mock:documents"
    })
class SampleRecordRouteTest {
    private static final Path ROOT = Path.of("target/route-tests/sample");
    private static final String SAMPLE = "ketamine-enantiomers.txt";

    @BeanInject
    CamelContext context;

    @EndpointInject("mock:documents")
    MockEndpoint documents;

    @BeforeAll
    static void cleanFolders() throws IOException {
        Drops.resetTestRoot(ROOT);
    }

    @Test
    void theSampleRecordBecomesOneValidJsonWithItsSectionsAndCitation() throws Exception {
        documents.expectedMessageCount(1);
        documents.expectedHeaderReceived(Headers.FILE_NAME, SAMPLE);
        NotifyBuilder done = new NotifyBuilder(context).fromRoute("caravan").whenCompleted(1).create();

        Drops.drop(ROOT.resolve("inbox"), SAMPLE, Files.readAllBytes(Path.of("samples", SAMPLE)));

        assertTrue(done.matches(20, TimeUnit.SECONDS), "the sample was not processed in time");
        documents.assertIsSatisfied();
        JsonNode json = Schemas.assertValid(Schemas.DOCUMENT, ROOT.resolve("outbox/" + SAMPLE + ".json"));

        List<String> types = new ArrayList<>();
        json.get("sections").forEach(section -> types.add(section.get("type").asText()));
        assertEquals(List.of("affiliation", "affiliation", "citation", "abstract", "abstract"), types);

        JsonNode metadata = json.get("metadata");
        assertEquals("10.1177/0269881120959644", metadata.get("doi").asText());
        assertEquals("J Psychopharmacol", metadata.get("journal").asText());
        assertEquals(2021, metadata.get("year").asInt());
        assertEquals("Feb", metadata.get("month").asText());
        assertEquals("35", metadata.get("volume").asText());
        assertEquals("2", metadata.get("issue").asText());
        assertEquals("109-123", metadata.get("pages").asText());
        assertEquals("2020 Nov 6", metadata.get("epubDate").asText());

        List<String> languages = new ArrayList<>();
        json.get("sections").forEach(section -> languages.add(section.get("language").get("code").asText()));
        assertEquals(List.of("en", "en", "und", "en", "zh"), languages);
        assertEquals(3, json.get("sections").get(4).get("translationOf").asInt(), "the Chinese abstract translates the English one");

        // the two abstracts share their concepts under one id, whatever the language
        Set<String> english = conceptIds(json.get("sections").get(3));
        Set<String> chinese = conceptIds(json.get("sections").get(4));
        Set<String> shared = new TreeSet<>(english);
        shared.retainAll(chinese);
        assertTrue(shared.containsAll(Set.of("D007649", "D016194", "D019208", "D038362")), shared.toString());
        assertTrue(shared.size() >= 0.8 * chinese.size(), "most concepts of the translation are shared: " + shared);
        json.get("terms").forEach(term -> {
            if (shared.contains(term.get("id").asText())) {
                assertEquals("[\"en\",\"zh\"]", term.get("languages").toString(), term.toString());
            }
        });

        JsonNode source = json.get("source");
        assertEquals(SAMPLE, source.get("fileName").asText());
        assertEquals(Files.size(Path.of("samples", SAMPLE)), source.get("sizeBytes").asLong());
        assertEquals("UTF-8", source.get("charset").asText());

        // the NotifyBuilder also counts the copy handed downstream, which can complete before the input's own
        // exchange has moved the original
        assertTrue(Drops.awaitFile(ROOT.resolve("archive/" + SAMPLE)), "the original is archived");
        assertFalse(Files.exists(ROOT.resolve("inbox/" + SAMPLE)), "the inbox is emptied");
        assertEquals(List.of(), listNames(ROOT.resolve("error")));
    }

    private static Set<String> conceptIds(JsonNode section) {
        Set<String> ids = new TreeSet<>();
        section.get("terms").forEach(term -> ids.add(term.get("conceptId").asText()));
        return ids;
    }

    static List<String> listNames(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (var files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
