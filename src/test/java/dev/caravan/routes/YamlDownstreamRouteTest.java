package dev.caravan.routes;

import dev.caravan.CaravanApplication;
import dev.caravan.Drops;
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

import static org.apache.camel.builder.Builder.body;
import static org.apache.camel.builder.Builder.header;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The example YAML route shipped in routes/ receives every finished document when it is configured downstream. */
@CamelMainTest(mainClass = CaravanApplication.class,
    propertyPlaceholderLocations = "classpath:caravan/application.properties",
    properties = {
        "caravan.inbox=target/route-tests/yaml/inbox",
        "caravan.outbox=target/route-tests/yaml/outbox",
        "caravan.archive=target/route-tests/yaml/archive",
        "caravan.error=target/route-tests/yaml/error",
        "caravan.state=target/route-tests/yaml/state",
        "caravan.routes=routes",
        "caravan.downstream=direct:documents"
    })
class YamlDownstreamRouteTest {
    private static final Path ROOT = Path.of("target/route-tests/yaml");

    @BeanInject
    CamelContext context;

    @BeforeAll
    static void cleanFolders() throws IOException {
        Drops.clear(ROOT);
    }

    @Test
    void theExampleRouteReceivesEachDocumentAsJsonWithItsHeaders() throws Exception {
        NotifyBuilder received = new NotifyBuilder(context).fromCurrentRoute("documents-log")
            .filter(org.apache.camel.support.builder.PredicateBuilder.and(
                body().contains("\"schemaVersion\""), header("CaravanFileName").isNotNull()))
            .whenCompleted(2).create();

        for (String sample : new String[] {"ketamine-enantiomers.txt", "lithium-clinic-notes.md"}) {
            Drops.drop(ROOT.resolve("inbox"), sample, Files.readAllBytes(Path.of("samples", sample)));
        }
        assertTrue(received.matches(20, TimeUnit.SECONDS), "the YAML route did not receive both documents");
    }
}
