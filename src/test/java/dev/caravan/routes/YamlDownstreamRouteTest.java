package dev.caravan.routes;

import dev.caravan.CaravanApplication;
import dev.caravan.Drops;
import dev.caravan.model.Headers;
import org.apache.camel.EndpointInject;
import org.apache.camel.builder.AdviceWithRouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.main.junit5.AdviceRouteMapping;
import org.apache.camel.test.main.junit5.CamelMainTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
    },
    advices = @AdviceRouteMapping(route = "documents-log", advice = YamlDownstreamRouteTest.RecordDeliveries.class))
class YamlDownstreamRouteTest {
    private static final Path ROOT = Path.of("target/route-tests/yaml");

    @EndpointInject("mock:delivered")
    MockEndpoint delivered;

    /** Records what the YAML route received, after its own steps ran. */
    static class RecordDeliveries extends AdviceWithRouteBuilder {
        @Override
        public void configure() {
            weaveAddLast().to("mock:delivered");
        }
    }

    @BeforeAll
    static void cleanFolders() throws IOException {
        Drops.clear(ROOT);
    }

    @Test
    void theExampleRouteReceivesEachDocumentWithItsHeaders() throws Exception {
        delivered.expectedMessageCount(2);
        delivered.expectedHeaderValuesReceivedInAnyOrder(Headers.FILE_NAME,
            "ketamine-enantiomers.txt", "lithium-clinic-notes.md");
        delivered.message(0).body(String.class).contains("\"schemaVersion\"");

        for (String sample : new String[] {"ketamine-enantiomers.txt", "lithium-clinic-notes.md"}) {
            Drops.drop(ROOT.resolve("inbox"), sample, Files.readAllBytes(Path.of("samples", sample)));
        }
        delivered.assertIsSatisfied(20_000);
    }
}
