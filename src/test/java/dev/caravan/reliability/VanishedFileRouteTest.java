package dev.caravan.reliability;

import dev.caravan.CaravanApplication;
import dev.caravan.Drops;
import dev.caravan.StderrCapture;
import dev.caravan.output.RunStatistics;
import org.apache.camel.BeanInject;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.AdviceWithRouteBuilder;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.test.main.junit5.AdviceRouteMapping;
import org.apache.camel.test.main.junit5.CamelMainTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A file deleted after the consumer took it and before it was read: the deletion is made at exactly that step,
 * so the race is the same on every run.
 */
@CamelMainTest(mainClass = CaravanApplication.class,
    propertyPlaceholderLocations = "classpath:caravan/application.properties",
    properties = {
        "caravan.inbox=target/route-tests/vanished/inbox",
        "caravan.outbox=target/route-tests/vanished/outbox",
        "caravan.archive=target/route-tests/vanished/archive",
        "caravan.error=target/route-tests/vanished/error",
        "caravan.state=target/route-tests/vanished/state",
        "caravan.routes=target/route-tests/vanished/routes",
        "caravan.retry.delay-ms=10"
    },
    advices = @AdviceRouteMapping(route = "caravan", advice = VanishedFileRouteTest.DeletedBeforeReading.class))
class VanishedFileRouteTest {
    private static final Path ROOT = Path.of("target/route-tests/vanished");

    @BeanInject
    CamelContext context;

    /** Deletes inputs named {@code vanishing*} just before the reading step. */
    public static class DeletedBeforeReading extends AdviceWithRouteBuilder {
        @Override
        public void configure() {
            weaveByToString(".*documentReader.*").before().process(exchange -> {
                File file = exchange.getIn().getBody(File.class);
                if (file.getName().startsWith("vanishing")) {
                    Files.delete(file.toPath());
                }
            });
        }
    }

    @BeforeAll
    static void cleanFolders() throws IOException {
        Drops.resetTestRoot(ROOT);
    }

    @Test
    void aFileDeletedBeforeReadingIsSimplyNotProcessed() throws Exception {
        NotifyBuilder done = new NotifyBuilder(context).fromRoute("caravan").whenDone(2).create();
        try (StderrCapture log = new StderrCapture()) {
            Drops.drop(ROOT.resolve("inbox"), "vanishing.txt", "Deleted by its writer before Caravan could read it.");
            Drops.drop(ROOT.resolve("inbox"), "stays.txt", "A note on lithium that stays.");
            assertTrue(done.matches(30, TimeUnit.SECONDS));
            assertEquals(1, log.linesContaining(
                "WARN caravan - vanishing.txt: deleted from the inbox before it could be read; nothing to process"),
                log::text);
        }
        assertEquals(List.of("stays.txt.json"), Drops.visible(ROOT.resolve("outbox")));
        assertEquals(List.of("stays.txt"), Drops.visible(ROOT.resolve("archive")));
        assertEquals(List.of(), Drops.visible(ROOT.resolve("error")), "nothing to report beside a file that is gone");
        assertEquals(List.of(), Drops.visible(ROOT.resolve("inbox")));
        RunStatistics statistics = context.getRegistry().lookupByNameAndType("runStatistics", RunStatistics.class);
        assertEquals(0, statistics.failedCount(), "not a failure: there was no input left to fail");
    }
}
