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

/** An input that needs longer than caravan.file-timeout-ms fails with reason timeout; the route goes on. */
@CamelMainTest(mainClass = CaravanApplication.class,
    propertyPlaceholderLocations = "classpath:caravan/application.properties",
    properties = {
        "caravan.inbox=target/route-tests/time-limit/inbox",
        "caravan.outbox=target/route-tests/time-limit/outbox",
        "caravan.archive=target/route-tests/time-limit/archive",
        "caravan.error=target/route-tests/time-limit/error",
        "caravan.state=target/route-tests/time-limit/state",
        "caravan.routes=target/route-tests/time-limit/routes",
        "caravan.file-timeout-ms=1"
    })
class TimeLimitRouteTest {
    private static final Path ROOT = Path.of("target/route-tests/time-limit");

    @BeanInject
    CamelContext context;

    @BeforeAll
    static void cleanFolders() throws IOException {
        Drops.resetTestRoot(ROOT);
    }

    @Test
    void aDocumentThatTakesTooLongFailsWithTimeout() throws Exception {
        NotifyBuilder failed = new NotifyBuilder(context).fromRoute("caravan").whenFailed(1).create();
        // a hundred thousand short paragraphs take far longer than a millisecond to section
        Drops.drop(ROOT.resolve("inbox"), "slow.md", "A short paragraph.\n\n".repeat(100_000));
        assertTrue(failed.matches(30, TimeUnit.SECONDS));

        Path sidecar = ROOT.resolve("error/slow.md.error.json");
        assertTrue(Drops.awaitFile(ROOT.resolve("error/slow.md")), "the original is in the error folder");
        JsonNode report = Schemas.assertValid(Schemas.ERROR, sidecar);
        assertEquals("timeout", report.get("reason").asText(), report.toString());
        assertFalse(Files.exists(ROOT.resolve("outbox/slow.md.json")));
    }
}
