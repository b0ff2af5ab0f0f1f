package dev.caravan.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The yardstick for Caravan's throughput: a plain Camel Main route that moves each inbox file to the outbox
 * as {@code {"fileName": ..., "text": ...}} and does nothing else. Same Camel version, same JVM, same
 * file layout and names ({@code <outbox>/<input>.json} written under a dot-name then renamed, originals
 * moved to the archive, failures to the error folder), so the gap to Caravan is the price of its stages.
 *
 * <pre>java [JVM flags] -cp TEST_CLASSPATH dev.caravan.bench.BaselineApplication
 *     --inbox DIR --outbox DIR --error DIR --archive DIR</pre>
 * Logs {@value #READY} when its route has started. The consumer options default to
 * {@value #DEFAULT_CONSUMER_OPTIONS} and can be replaced with {@code -Dbaseline.consumerOptions=...}.
 */
public final class BaselineApplication {
    static final String READY = "Baseline ready";

    /**
     * Poll every 100 ms, as Caravan does. Caravan's read lock is its own (it takes a file that was renamed
     * after writing, or has been quiet for a while, without blocking the poll); the nearest built-in is
     * {@code changed} with a minimum age: a file older than 100 ms is taken at once, a fresher one costs one
     * 100 ms check. No marker files, as Caravan writes none.
     */
    static final String DEFAULT_CONSUMER_OPTIONS =
        "delay=100&readLock=changed&readLockMinAge=100&readLockCheckInterval=100&readLockMarkerFile=false";

    private static final Logger LOG = LoggerFactory.getLogger(BaselineApplication.class);
    private static final List<String> FOLDERS = List.of("inbox", "outbox", "error", "archive");

    private BaselineApplication() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, Path> folders = parseFolders(args);
        String options = System.getProperty("baseline.consumerOptions", DEFAULT_CONSUMER_OPTIONS);
        Main main = new Main();
        // only the route below: no application.properties or route files from the classpath (it holds Caravan's)
        main.setDefaultPropertyPlaceholderLocation("false");
        main.configure().setRoutesCollectorEnabled(false);
        main.configure().addRoutesBuilder(new WrapAsJsonRoute(folders, options));
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void afterStart(BaseMainSupport started) {
                LOG.info(READY + ": {} -> {} ({})", folders.get("inbox"), folders.get("outbox"), options);
            }
        });
        main.run();
    }

    static Map<String, Path> parseFolders(String[] args) {
        Map<String, Path> folders = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            String name = args[i].startsWith("--") ? args[i].substring(2) : "";
            if (!FOLDERS.contains(name) || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --inbox/--outbox/--error/--archive DIR, got " + args[i]);
            }
            folders.put(name, Path.of(args[i + 1]).toAbsolutePath());
        }
        if (!folders.keySet().containsAll(FOLDERS)) {
            throw new IllegalArgumentException("all of --inbox, --outbox, --error and --archive are required");
        }
        return folders;
    }

    /** Reads the whole file as UTF-8 and writes it back wrapped in a two-field JSON object. */
    static final class WrapAsJsonRoute extends RouteBuilder {
        private final Map<String, Path> folders;
        private final String consumerOptions;
        private final ObjectMapper mapper = new ObjectMapper();

        WrapAsJsonRoute(Map<String, Path> folders, String consumerOptions) {
            this.folders = folders;
            this.consumerOptions = consumerOptions;
        }

        @Override
        public void configure() {
            from("file:" + folders.get("inbox") + "?" + consumerOptions
                + "&move=" + folders.get("archive") + "&moveFailed=" + folders.get("error"))
                .routeId("baseline")
                .process(this::wrap)
                .to("file:" + folders.get("outbox") + "?tempPrefix=.");
        }

        private void wrap(Exchange exchange) throws Exception {
            Message message = exchange.getMessage();
            String fileName = message.getHeader(Exchange.FILE_NAME_ONLY, String.class);
            String text = new String(message.getBody(byte[].class), StandardCharsets.UTF_8);
            Map<String, String> json = new LinkedHashMap<>();
            json.put("fileName", fileName);
            json.put("text", text);
            message.setBody(mapper.writeValueAsBytes(json));
            message.setHeader(Exchange.FILE_NAME, fileName + ".json");
        }
    }
}
