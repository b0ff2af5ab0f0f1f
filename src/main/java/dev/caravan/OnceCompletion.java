package dev.caravan;

import org.apache.camel.CamelContext;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.MainListenerSupport;
import org.apache.camel.main.MainSupport;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Ends a {@code --once} run when the inbox has given nothing new for the idle period and no input is still
 * being processed. Camel Main's own max-idle setting counts only new exchanges, so it would stop the run in
 * the middle of a large file.
 */
final class OnceCompletion extends MainListenerSupport {
    private final String idleSecondsProperty;
    private final ScheduledExecutorService checker = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "caravan-once");
        thread.setDaemon(true);
        return thread;
    });
    private volatile long lastActivity = System.currentTimeMillis();

    /** @param idleSecondsProperty the property that holds the idle period in seconds */
    OnceCompletion(String idleSecondsProperty) {
        this.idleSecondsProperty = idleSecondsProperty;
    }

    @Override
    public void afterStart(BaseMainSupport main) {
        CamelContext context = main.getCamelContext();
        long idleMillis = 1000 * Long.parseLong(context.resolvePropertyPlaceholders("{{" + idleSecondsProperty + "}}"));
        // the idle period starts now, not when this listener was made: a start-up slower than the idle period
        // (models loading on a busy machine) otherwise ended the run before the first poll's files were taken
        lastActivity = System.currentTimeMillis();
        context.getManagementStrategy().addEventNotifier(new EventNotifierSupport() {
            @Override
            public void notify(CamelEvent event) {
                lastActivity = System.currentTimeMillis();
            }

            @Override
            public boolean isEnabled(CamelEvent event) {
                return event instanceof CamelEvent.ExchangeEvent;
            }
        });
        checker.scheduleWithFixedDelay(() -> {
            boolean idle = context.getInflightRepository().size() == 0
                && System.currentTimeMillis() - lastActivity >= idleMillis;
            if (idle) {
                checker.shutdown();
                ((MainSupport) main).completed();
            }
        }, 200, 200, TimeUnit.MILLISECONDS);
    }

    @Override
    public void beforeStop(BaseMainSupport main) {
        checker.shutdownNow();
    }
}
