package dev.caravan.routes;

import dev.caravan.model.Reason;
import dev.caravan.model.RejectedInputException;
import org.apache.camel.AsyncCallback;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.NamedNode;
import org.apache.camel.Processor;
import org.apache.camel.spi.InterceptStrategy;
import org.apache.camel.support.processor.DelegateAsyncProcessor;
import org.apache.camel.support.processor.DelegateSyncProcessor;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Turns an {@link OutOfMemoryError} in a step into a failed input. Camel does not catch errors, so without
 * this the exchange would be lost half-way: the file would stay in the inbox and the worker would never
 * report back. What the step allocated is garbage once the error unwinds it, so the daemon goes on.
 *
 * <p>A plain processor step reports back to Camel before an error leaves it, after which the route would go on
 * with the next step; its error is therefore caught inside it and thrown as an exception. Camel may run the
 * following steps inside an asynchronous step's call, so an error can surface through the wrappers of
 * steps that already finished; only the step that had not yet reported back fails the exchange, and each
 * step reports back exactly once.
 */
public class MemoryGuard implements InterceptStrategy {

    @Override
    public Processor wrapProcessorInInterceptors(CamelContext context, NamedNode definition, Processor target,
                                                 Processor nextTarget) {
        if (target instanceof DelegateSyncProcessor synchronous) {
            // it reports back before an error leaves the processor, so the error must be caught inside it
            Processor stage = synchronous.getProcessor();
            return new DelegateSyncProcessor(exchange -> {
                try {
                    stage.process(exchange);
                } catch (OutOfMemoryError e) {
                    throw outOfMemory();
                }
            });
        }
        return new DelegateAsyncProcessor(target) {
            @Override
            public boolean process(Exchange exchange, AsyncCallback callback) {
                AtomicBoolean reported = new AtomicBoolean();
                AsyncCallback once = doneSync -> {
                    if (reported.compareAndSet(false, true)) {
                        callback.done(doneSync);
                    }
                };
                try {
                    return super.process(exchange, once);
                } catch (OutOfMemoryError e) {
                    if (reported.compareAndSet(false, true)) {
                        exchange.setException(outOfMemory());
                        callback.done(true);
                    }
                    return true;
                }
            }
        };
    }

    private static RejectedInputException outOfMemory() {
        return new RejectedInputException(Reason.OUT_OF_MEMORY,
            "the document needs more memory than the Java heap has left (raise -Xmx, or lower"
                + " caravan.max-file-bytes so such files are refused up front)");
    }
}
