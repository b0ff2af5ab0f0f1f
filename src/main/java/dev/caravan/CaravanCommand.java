package dev.caravan;

import dev.caravan.output.RunStatistics;
import dev.caravan.routes.IngestRoute;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** Runs Caravan from the command line: reads the flags, starts Camel Main, and reports how the run went. */
public final class CaravanCommand {
    private static final Logger LOG = LoggerFactory.getLogger("caravan");
    /** Built-in defaults, packaged from the application.properties at the top of the project. */
    static final String DEFAULTS = "classpath:caravan/application.properties";
    /** Seconds without a new input after which a {@code --once} run ends. */
    static final String ONCE_IDLE_SECONDS = "caravan.once.idle-seconds";

    /** Folder of the YAML routes loaded at start-up. */
    static final String ROUTES_FOLDER = "caravan.routes";

    private final PrintStream out;
    private final PrintStream err;

    public CaravanCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Runs until stopped (or, with {@code --once}, until the inbox is done); returns the exit code. */
    public int run(String... args) throws Exception {
        CommandLineOptions options;
        try {
            options = CommandLineOptions.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            err.println("caravan: " + e.getMessage());
            return 2;
        }
        if (options.help()) {
            out.print(CommandLineOptions.USAGE);
            return 0;
        }
        if (options.version()) {
            out.println("caravan " + CaravanApplication.version());
            return 0;
        }
        if (options.configFile() != null && !Files.isReadable(Path.of(options.configFile()))) {
            err.println("caravan: cannot read configuration file " + options.configFile());
            return 2;
        }

        long heap = Runtime.getRuntime().maxMemory();
        if (heap < CaravanConfiguration.MIN_HEAP_BYTES) {
            // refused before any input is touched: the models would not fit, and every input taken meanwhile
            // would end in the error folder
            err.printf("caravan: a heap of %d MB is too small: the language models and the vocabulary need about"
                + " 200 MB; run with -Xmx256m or more%n", heap >> 20);
            return 2;
        }
        Main main = createMain(options);
        AtomicReference<RunStatistics> statistics = new AtomicReference<>();
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void beforeStop(BaseMainSupport stopping) {
                statistics.set(stopping.getCamelContext().getRegistry()
                    .lookupByNameAndType("runStatistics", RunStatistics.class));
            }
        });
        stopGracefullyOn(main, "TERM");
        stopGracefullyOn(main, "INT");
        try {
            main.run();
        } catch (Exception e) {
            // without this the JVM would stay up on Camel's non-daemon threads after a failed start
            LOG.error("Caravan could not start: {}", e.getMessage(), e);
            return 1;
        }

        RunStatistics finished = statistics.get();
        if (options.once() && finished != null) {
            out.println(finished.summary());
            return finished.failedCount() > 0 ? 1 : 0;
        }
        return main.getExitCode();
    }

    static Main createMain(CommandLineOptions options) {
        // named rather than found by scanning the main class's package: Camel Main processes a scanned
        // configuration class twice, which built every stage (language models, vocabulary) twice
        Main main = new Main();
        CaravanConfiguration configuration = new CaravanConfiguration();
        main.configure().addConfiguration(configuration);
        main.configure().addRoutesBuilder(new IngestRoute());
        String userConfig = options.configFile() != null
            ? "file:" + options.configFile() : "file:application.properties;optional=true";
        // the first location that has a key wins: the user's file, then the built-in defaults
        main.setPropertyPlaceholderLocations(userConfig + "," + DEFAULTS);
        options.overrides().forEach(main::addOverrideProperty);
        if (options.once()) {
            main.addMainListener(new OnceCompletion(ONCE_IDLE_SECONDS));
        }
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void beforeConfigure(BaseMainSupport configuring) {
                createRoutesFolder(configuring);
            }

            @Override
            public void afterStart(BaseMainSupport started) {
                // the models are built while Camel starts the route; ready means they are in place too
                configuration.awaitModels();
                String inbox = started.getCamelContext().resolvePropertyPlaceholders("{{caravan.inbox}}");
                LOG.info("Caravan ready: watching {}", Path.of(inbox).toAbsolutePath());
            }
        });
        return main;
    }

    /**
     * Camel fails on a routes pattern whose folder is missing; an empty folder simply holds no routes, so the
     * jar runs from any working directory.
     */
    private static void createRoutesFolder(BaseMainSupport main) {
        String folder = main.getCamelContext().resolvePropertyPlaceholders("{{" + ROUTES_FOLDER + "}}");
        try {
            Files.createDirectories(Path.of(folder));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot create the routes folder " + folder, e);
        }
    }

    /** Lets SIGTERM and Ctrl-C finish the files in progress and exit with 0 instead of 143. */
    private static void stopGracefullyOn(Main main, String signal) {
        Signal.handle(new Signal(signal), received -> main.completed());
    }
}
