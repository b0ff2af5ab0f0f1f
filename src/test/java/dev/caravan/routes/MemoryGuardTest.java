package dev.caravan.routes;

import dev.caravan.model.Reason;
import dev.caravan.output.FailureReporter;
import dev.caravan.model.RejectedInputException;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** An OutOfMemoryError in a step fails the exchange there: no later step runs on a half-made body. */
class MemoryGuardTest {

    /** A bean step, like the route's Destinations and OutboxWriter. */
    public static class HungryBean {
        public void eat(Exchange exchange) {
            throw new OutOfMemoryError("Java heap space");
        }
    }

    @Test
    void aBeanStepThatRunsOutOfMemoryStopsTheRouteAndFailsTheExchange() throws Exception {
        List<String> ran = new ArrayList<>();
        try (CamelContext context = new DefaultCamelContext()) {
            // a lambda, not a RouteBuilder subclass: Caravan's route scan covers this package
            RouteBuilder.addRoutes(context, routes -> {
                routes.getContext().getCamelContextExtension().addInterceptStrategy(new MemoryGuard());
                routes.from("direct:in")
                    .bean(new HungryBean(), "eat")
                    .process(exchange -> ran.add("after"));
            });
            context.start();
            Exchange result = context.createProducerTemplate().send("direct:in", exchange -> { });

            assertEquals(List.of(), ran);
            // Camel wraps a bean's error itself; the failure reporter still reads it as out-of-memory
            assertEquals(Reason.OUT_OF_MEMORY, FailureReporter.classify(result.getException()));
        }
    }

    @Test
    void aStepThatRunsOutOfMemoryStopsTheRouteAndFailsTheExchange() throws Exception {
        List<String> ran = new ArrayList<>();
        List<Throwable> reported = new ArrayList<>();
        try (CamelContext context = new DefaultCamelContext()) {
            RouteBuilder.addRoutes(context, routes -> {
                routes.getContext().getCamelContextExtension().addInterceptStrategy(new MemoryGuard());
                routes.onException(Exception.class).process(exchange ->
                    reported.add(exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class)));
                routes.from("direct:in")
                    .process(exchange -> ran.add("first"))
                    .process(exchange -> {
                        ran.add("hungry");
                        throw new OutOfMemoryError("Java heap space");
                    })
                    .process(exchange -> ran.add("after"));
            });
            context.start();
            Exchange result = context.createProducerTemplate().send("direct:in", exchange -> { });

            assertEquals(List.of("first", "hungry"), ran);
            RejectedInputException failure = assertInstanceOf(RejectedInputException.class, result.getException());
            assertEquals(Reason.OUT_OF_MEMORY, failure.reason());
            assertEquals(1, reported.size(), "the route's failure handling ran once");
        }
    }
}
