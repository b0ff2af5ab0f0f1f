package dev.caravan.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs the baseline and Caravan (the candidate) as separate processes on the same corpora with the same JVM
 * flags, and measures, per launch, launch-to-ready time, then either
 * <ul>
 *   <li>a bulk drop: every corpus file at once; documents/s and MB/s from the first drop to the last JSON (a
 *       {@value #WARM} scenario first drops the whole corpus once under other names, unmeasured, so the measured
 *       pass meets a daemon whose code the JIT has compiled: the steady state of a long-running daemon); or</li>
 *   <li>a paced drop: one document every 1/rate s; drop-to-JSON latency percentiles, after a warm-up whose
 *       documents are not counted;</li>
 * </ul>
 * plus the daemon's peak RSS (VmHWM) and CPU seconds. Each launch gets fresh folders. A file is "dropped"
 * when it is renamed into the inbox from a hidden name it was fully written under beforehand, so the
 * copying is not timed. Run {@code bench/run.sh} rather than this class directly; options are listed in
 * {@link Options#USAGE}.
 */
public final class EndToEndDriver {
    static final String CARAVAN_READY = "Caravan ready";
    /** The one scenario that drops at a fixed rate (from the records corpus) instead of all at once. */
    static final String PACED_SCENARIO = "latency";
    /** Suffix of a bulk scenario measured on a warm daemon: {@code records-warm} drops the records twice. */
    static final String WARM = "-warm";
    /** Bulk scenarios, each named after its corpus. */
    static final List<String> BULK_SCENARIOS = List.of("records", "reports", "large", "mixed");
    private static final String WARM_UP_PREFIX = "warm-up-";
    /** Reads outputs of any size: Jackson's default 20 M-character string limit would reject a 50 MB text. */
    private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build()).build())
        .enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final int JSON_SAMPLE = 20;
    private static final int NAMING_GRACE_SECONDS = 10;

    /** How to start one daemon on a set of folders. */
    record DaemonSpec(String name, String readyMarker, List<String> commandPrefix, boolean takesStateFolder) {
        List<String> command(Folders folders) {
            List<String> command = new ArrayList<>(commandPrefix);
            command.addAll(List.of("--inbox", folders.inbox().toString(), "--outbox", folders.outbox().toString(),
                "--error", folders.error().toString(), "--archive", folders.archive().toString()));
            if (takesStateFolder) {
                command.addAll(List.of("--state", folders.state().toString()));
            }
            return command;
        }
    }

    record Folders(Path root, Path inbox, Path outbox, Path error, Path archive, Path state) {
        static Folders fresh(Path where) throws IOException {
            Path root = where.toAbsolutePath();
            deleteTree(root);
            Folders folders = new Folders(root, root.resolve("inbox"), root.resolve("outbox"), root.resolve("error"),
                root.resolve("archive"), root.resolve("state"));
            for (Path folder : List.of(folders.inbox, folders.outbox, folders.error, folders.archive, folders.state)) {
                Files.createDirectories(folder);
            }
            return folders;
        }
    }

    private final Options options;

    private EndToEndDriver(Options options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        String loadAtStart = PerformanceReport.loadAverage();
        List<RunResult> results = new EndToEndDriver(options).runAll();
        PerformanceReport report = new PerformanceReport(options, results, loadAtStart);
        System.out.println();
        System.out.print(report.console());
        Files.createDirectories(options.work);
        JSON.writeValue(options.work.resolve("e2e-results.json").toFile(), results);
        if (options.report != null) {
            Files.createDirectories(options.report.toAbsolutePath().getParent());
            Files.writeString(options.report, report.markdown());
            System.out.println("wrote " + options.report);
        }
        System.exit(results.stream().allMatch(result -> result.problem() == null) ? 0 : 1);
    }

    List<DaemonSpec> daemons() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> baselinePrefix = new ArrayList<>(List.of(java));
        baselinePrefix.addAll(options.jvmFlags);
        baselinePrefix.addAll(List.of("-cp", baselineClassPath(), BaselineApplication.class.getName()));
        DaemonSpec baseline = new DaemonSpec("baseline", BaselineApplication.READY, baselinePrefix, false);
        List<DaemonSpec> daemons = new ArrayList<>(List.of(baseline));
        switch (options.candidate) {
            case "caravan" -> {
                List<String> prefix = new ArrayList<>(List.of(java));
                prefix.addAll(options.jvmFlags);
                prefix.addAll(options.caravanFlags);
                prefix.addAll(List.of("-jar", options.caravanJar.toString()));
                daemons.add(new DaemonSpec("caravan", CARAVAN_READY, prefix, true));
            }
            // the whole harness, ratios and targets included, exercised before Caravan exists
            case "baseline" -> daemons.add(new DaemonSpec("stand-in", BaselineApplication.READY, baselinePrefix, false));
            case "none" -> { }
            default -> throw new IllegalArgumentException("--candidate caravan|baseline|none");
        }
        return daemons;
    }

    /**
     * This JVM's class path (test scope) without Caravan's own classes: the baseline must not depend on or pick
     * up anything of Caravan's.
     */
    private static String baselineClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(entry -> !Path.of(entry).normalize().endsWith(Path.of("target", "classes")))
            .collect(Collectors.joining(File.pathSeparator));
    }

    List<RunResult> runAll() throws Exception {
        List<DaemonSpec> daemons = daemons();
        List<RunResult> results = new ArrayList<>();
        for (String scenario : options.scenarios) {
            boolean paced = scenario.equals(PACED_SCENARIO);
            List<Path> corpus = corpusFiles(paced ? "records" : corpusOf(scenario));
            int rounds = paced ? 1 : options.repeat;
            for (int round = 0; round < rounds; round++) {
                // alternate who goes first, so slow phases of a shared machine fall on both sides
                List<DaemonSpec> order = new ArrayList<>(daemons);
                if (round % 2 == 1) {
                    Collections.reverse(order);
                }
                for (DaemonSpec daemon : order) {
                    System.out.printf(Locale.ROOT, "%-8s %-9s ... ", scenario, daemon.name());
                    System.out.flush();
                    settleDisk();
                    RunResult result = paced ? paced(daemon, corpus) : bulk(daemon, scenario, corpus);
                    results.add(result);
                    System.out.println(PerformanceReport.oneLine(result));
                }
            }
        }
        return results;
    }

    /**
     * Flushes what earlier runs wrote and deleted, so their write-back does not land in the next run's
     * measurement (it would favour whichever daemon runs first).
     */
    private static void settleDisk() throws IOException, InterruptedException {
        new ProcessBuilder("sync").inheritIO().start().waitFor();
        Thread.sleep(500);
    }

    private List<Path> corpusFiles(String kind) throws IOException {
        Path folder = options.corpus.resolve(kind);
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("no corpus at " + folder + ": generate it first (bench/run.sh does)");
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> list = files.filter(file -> !file.getFileName().toString().startsWith("."))
                .sorted().toList();
            if (list.isEmpty()) {
                throw new IllegalStateException("empty corpus " + folder);
            }
            return list;
        }
    }

    /** The corpus a scenario drops: its own name, without {@value #WARM}. */
    static String corpusOf(String scenario) {
        return scenario.endsWith(WARM) ? scenario.substring(0, scenario.length() - WARM.length()) : scenario;
    }

    private RunResult bulk(DaemonSpec spec, String scenario, List<Path> corpus) throws Exception {
        Map<String, Path> inputs = named(corpus, "");
        long bytes = totalBytes(inputs.values());
        Folders folders = Folders.fresh(options.work.resolve("runs").resolve(spec.name() + "-" + scenario));
        try (LaunchedDaemon daemon = LaunchedDaemon.start(spec.command(folders), spec.readyMarker(), logFile(spec, scenario))) {
            if (!daemon.awaitReady(options.readyTimeoutSeconds)) {
                return RunResult.broken(scenario, spec.name(), inputs.size(), bytes, notReady(spec, scenario, daemon));
            }
            String warmUpProblem = scenario.endsWith(WARM) ? warmUp(daemon, folders, named(corpus, WARM_UP_PREFIX)) : null;
            if (warmUpProblem != null) {
                return RunResult.broken(scenario, spec.name(), inputs.size(), bytes, "warm-up pass: " + warmUpProblem);
            }
            try (ArrivalWatcher watcher = new ArrivalWatcher(folders.outbox(), folders.error(), inputs.keySet())) {
                List<Path> hidden = writeHidden(inputs, folders.inbox());
                double cpuBefore = daemon.cpuSeconds();
                long firstDrop = System.nanoTime();
                for (Path file : hidden) {
                    drop(file);
                }
                String problem = awaitSettled(watcher, inputs.size(), daemon,
                    System.nanoTime() + TimeUnit.SECONDS.toNanos(options.timeoutSeconds));
                double cpu = daemon.cpuSeconds() - cpuBefore;
                double seconds = watcher.outputs() == 0 ? Double.NaN : (watcher.lastOutputNanos() - firstDrop) / 1e9;
                int missing = inputs.size() - watcher.settled();
                return new RunResult(scenario, spec.name(), inputs.size(), bytes, daemon.launchToReadyMillis(), seconds,
                    watcher.outputs(), watcher.failures(), missing, invalidJson(folders.outbox(), inputs.keySet()),
                    watcher.outputs() / seconds, bytes / 1e6 / seconds, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    daemon.peakRssKb() / 1024.0, cpu, problem);
            }
        } finally {
            deleteTree(folders.root());
        }
    }

    /** The corpus files under their own names with a prefix, in corpus order. */
    private static Map<String, Path> named(List<Path> corpus, String prefix) {
        Map<String, Path> inputs = new LinkedHashMap<>();
        corpus.forEach(file -> inputs.put(prefix + file.getFileName(), file));
        return inputs;
    }

    /**
     * Drops the corpus once under other names and waits until all of it has a result; returns why it did not,
     * or null. Its JSON is deleted and the disk settled again, so the measured pass starts as a cold one does.
     */
    private String warmUp(LaunchedDaemon daemon, Folders folders, Map<String, Path> inputs) throws Exception {
        try (ArrivalWatcher watcher = new ArrivalWatcher(folders.outbox(), folders.error(), inputs.keySet())) {
            for (Path file : writeHidden(inputs, folders.inbox())) {
                drop(file);
            }
            String problem = awaitSettled(watcher, inputs.size(), daemon,
                System.nanoTime() + TimeUnit.SECONDS.toNanos(options.timeoutSeconds));
            if (problem == null && (watcher.settled() < inputs.size() || watcher.failures() > 0)) {
                problem = watcher.outputs() + " of " + inputs.size() + " inputs gave JSON";
            }
            if (problem != null) {
                return problem;
            }
        }
        for (String name : inputs.keySet()) {
            Files.deleteIfExists(folders.outbox().resolve(name + ".json"));
        }
        settleDisk();
        return null;
    }

    private RunResult paced(DaemonSpec spec, List<Path> corpus) throws Exception {
        String scenario = PACED_SCENARIO;
        int warmUp = (int) Math.round(options.rate * options.warmUpSeconds);
        int measured = (int) Math.round(options.rate * options.durationSeconds);
        Map<String, Path> inputs = new LinkedHashMap<>();
        for (int i = 0; i < warmUp + measured; i++) {
            Path source = corpus.get(i % corpus.size());
            inputs.put(String.format(Locale.ROOT, "paced-%05d-%s", i, source.getFileName()), source);
        }
        long bytes = totalBytes(inputs.values());
        Folders folders = Folders.fresh(options.work.resolve("runs").resolve(spec.name() + "-" + scenario));
        try (LaunchedDaemon daemon = LaunchedDaemon.start(spec.command(folders), spec.readyMarker(), logFile(spec, scenario))) {
            if (!daemon.awaitReady(options.readyTimeoutSeconds)) {
                return RunResult.broken(scenario, spec.name(), measured, bytes, notReady(spec, scenario, daemon));
            }
            try (ArrivalWatcher watcher = new ArrivalWatcher(folders.outbox(), folders.error(), inputs.keySet())) {
                List<Path> hidden = writeHidden(inputs, folders.inbox());
                long[] dropped = new long[hidden.size()];
                long period = Math.round(1e9 / options.rate);
                double cpuBefore = daemon.cpuSeconds();
                long start = System.nanoTime();
                for (int i = 0; i < hidden.size(); i++) {
                    // a fixed schedule, not "sleep after each drop": a slow drop must not lower the offered rate
                    long due = start + i * period;
                    for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                        LockSupport.parkNanos(wait);
                    }
                    drop(hidden.get(i));
                    dropped[i] = System.nanoTime();
                }
                String problem = awaitSettled(watcher, inputs.size(), daemon,
                    System.nanoTime() + TimeUnit.SECONDS.toNanos(options.drainSeconds));
                double cpu = daemon.cpuSeconds() - cpuBefore;
                List<String> names = List.copyOf(inputs.keySet());
                double[] latencies = new double[measured];
                int missing = 0;
                for (int i = warmUp; i < names.size(); i++) {
                    Long arrived = watcher.outputNanos(names.get(i));
                    // a document without JSON counts as infinitely late, so it can only push percentiles up
                    latencies[i - warmUp] = arrived == null ? Double.POSITIVE_INFINITY : (arrived - dropped[i]) / 1e6;
                    missing += arrived == null ? 1 : 0;
                }
                Arrays.sort(latencies);
                double dropSeconds = (dropped[dropped.length - 1] - dropped[warmUp]) / 1e9;
                return new RunResult(scenario, spec.name(), measured, bytes, daemon.launchToReadyMillis(), dropSeconds,
                    watcher.outputs(), watcher.failures(), missing, invalidJson(folders.outbox(), inputs.keySet()),
                    Double.NaN, Double.NaN, (measured - 1) / dropSeconds, percentile(latencies, 0.50),
                    percentile(latencies, 0.95), percentile(latencies, 0.99), daemon.peakRssKb() / 1024.0, cpu,
                    problem);
            }
        } finally {
            deleteTree(folders.root());
        }
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double fraction) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(fraction * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    /** Copies every input into the inbox under a dot-name, which file consumers skip; returns those paths. */
    private static List<Path> writeHidden(Map<String, Path> inputs, Path inbox) throws IOException {
        List<Path> hidden = new ArrayList<>(inputs.size());
        for (Map.Entry<String, Path> input : inputs.entrySet()) {
            Path target = inbox.resolve("." + input.getKey() + ".dropping");
            Files.copy(input.getValue(), target);
            hidden.add(target);
        }
        return hidden;
    }

    /** The rename that makes a fully written file visible under its real name. */
    private static void drop(Path hidden) throws IOException {
        String name = hidden.getFileName().toString();
        String visible = name.substring(1, name.length() - ".dropping".length());
        Files.move(hidden, hidden.resolveSibling(visible), StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Waits until every input has a result, the daemon dies or the deadline passes. Gives up early when, after
     * {@value #NAMING_GRACE_SECONDS} s, the outbox holds only files under other names than {@code <input>.json}:
     * the wait would otherwise last the whole timeout. Returns why it gave up early, or null.
     */
    private static String awaitSettled(ArrivalWatcher watcher, int expected, LaunchedDaemon daemon, long deadline) {
        long namingCheck = System.nanoTime() + TimeUnit.SECONDS.toNanos(NAMING_GRACE_SECONDS);
        while (watcher.settled() < expected && daemon.isAlive() && System.nanoTime() < deadline) {
            if (watcher.settled() == 0 && !watcher.strangers().isEmpty() && System.nanoTime() > namingCheck) {
                return "no output named <input>.json, but " + watcher.strangers().size() + " others, e.g. "
                    + watcher.strangers().iterator().next();
            }
            daemon.peakRssKb();
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
        daemon.peakRssKb();
        return daemon.isAlive() ? null : "daemon exited during the run";
    }

    /** Parses a few outputs (after timing, so it costs the daemon nothing): each must be one JSON object. */
    private static int invalidJson(Path outbox, Set<String> inputs) {
        int invalid = 0;
        int step = Math.max(1, inputs.size() / JSON_SAMPLE);
        List<String> names = List.copyOf(inputs);
        for (int i = 0; i < names.size(); i += step) {
            Path output = outbox.resolve(names.get(i) + ".json");
            if (!Files.exists(output)) {
                continue;
            }
            // streamed, not read into a tree: a 50 MB text would need several times that in heap
            try (JsonParser parser = JSON.createParser(output.toFile())) {
                boolean object = parser.nextToken() == JsonToken.START_OBJECT;
                parser.skipChildren();
                invalid += object && parser.nextToken() == null ? 0 : 1;
            } catch (IOException e) {
                invalid++;
            }
        }
        return invalid;
    }

    private String notReady(DaemonSpec spec, String scenario, LaunchedDaemon daemon) {
        String what = daemon.isAlive() ? "no '" + spec.readyMarker() + "' within " + options.readyTimeoutSeconds + " s"
            : "exited before logging '" + spec.readyMarker() + "'";
        return what + "; see " + logFile(spec, scenario);
    }

    private Path logFile(DaemonSpec spec, String scenario) {
        return options.work.resolve("logs").resolve(spec.name() + "-" + scenario + ".log");
    }

    private static long totalBytes(Iterable<Path> files) throws IOException {
        long total = 0;
        for (Path file : files) {
            total += Files.size(file);
        }
        return total;
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Command-line options; every one has a default, so run.sh passes only what it changes. */
    static final class Options {
        static final String USAGE = """
            EndToEndDriver [options]
              --corpus DIR           folder with records/ reports/ large/ mixed/ (default target/bench/corpus)
              --work DIR             run folders, logs and e2e-results.json (default target/bench)
              --jvm "FLAGS"          JVM flags for both daemons (default -Xmx512m)
              --caravan-jar FILE     default target/caravan.jar
              --caravan-flags "F"    extra flags for Caravan only, e.g. -Dcaravan.threads=2 (default none)
              --candidate NAME       caravan | baseline (the baseline stands in) | none (default caravan)
              --scenarios LIST       comma-separated from records,reports,large,mixed,latency, and any bulk one
                                     with -warm (records-warm: measured on a daemon that ran the corpus once)
                                     (default records,records-warm,reports,large,large-warm,mixed,latency)
              --rate N               paced drop rate, documents/s (default 50)
              --duration S           paced seconds measured (default 30)
              --warm-up S            paced seconds dropped first and not measured (default 5)
              --repeat N             runs per daemon of each bulk scenario, order alternating; the report
                                     shows the median run (default 1)
              --timeout S            longest wait for a bulk drop to finish (default 600)
              --drain S              longest wait after the last paced drop (default 30)
              --ready-timeout S      longest wait for the ready line (default 60)
              --report FILE          write the Markdown report there (default: none)
              --jmh FILE             JMH JSON results to include in the report
              --rerun "COMMAND"      the command line to print in the report's rerun section
            """;

        Path corpus = Path.of("target/bench/corpus");
        Path work = Path.of("target/bench");
        List<String> jvmFlags = List.of("-Xmx512m");
        Path caravanJar = Path.of("target/caravan.jar");
        List<String> caravanFlags = List.of();
        String candidate = "caravan";
        Set<String> scenarios = new LinkedHashSet<>(
            List.of("records", "records-warm", "reports", "large", "large-warm", "mixed", "latency"));
        double rate = 50;
        double durationSeconds = 30;
        double warmUpSeconds = 5;
        int repeat = 1;
        long timeoutSeconds = 600;
        long drainSeconds = 30;
        long readyTimeoutSeconds = 60;
        Path report;
        Path jmh;
        String rerun = "bench/run.sh";

        static Options parse(String[] args) {
            Options options = new Options();
            for (int i = 0; i < args.length; i += 2) {
                if (i + 1 >= args.length) {
                    throw usage("missing value for " + args[i]);
                }
                String value = args[i + 1];
                switch (args[i]) {
                    case "--corpus" -> options.corpus = Path.of(value);
                    case "--work" -> options.work = Path.of(value);
                    case "--jvm" -> options.jvmFlags = words(value);
                    case "--caravan-jar" -> options.caravanJar = Path.of(value);
                    case "--caravan-flags" -> options.caravanFlags = words(value);
                    case "--candidate" -> options.candidate = value;
                    case "--scenarios" -> options.scenarios = new LinkedHashSet<>(words(value.replace(',', ' ')));
                    case "--rate" -> options.rate = Double.parseDouble(value);
                    case "--duration" -> options.durationSeconds = Double.parseDouble(value);
                    case "--warm-up" -> options.warmUpSeconds = Double.parseDouble(value);
                    case "--repeat" -> options.repeat = Integer.parseInt(value);
                    case "--timeout" -> options.timeoutSeconds = Long.parseLong(value);
                    case "--drain" -> options.drainSeconds = Long.parseLong(value);
                    case "--ready-timeout" -> options.readyTimeoutSeconds = Long.parseLong(value);
                    case "--report" -> options.report = Path.of(value);
                    case "--jmh" -> options.jmh = Path.of(value);
                    case "--rerun" -> options.rerun = value;
                    default -> throw usage("unknown option " + args[i]);
                }
            }
            if (!options.scenarios.stream().allMatch(s -> s.equals(PACED_SCENARIO) || BULK_SCENARIOS.contains(corpusOf(s)))) {
                throw usage("unknown scenario in " + options.scenarios);
            }
            return options;
        }

        private static List<String> words(String value) {
            return value.isBlank() ? List.of() : List.of(value.trim().split("\\s+"));
        }

        private static IllegalArgumentException usage(String problem) {
            return new IllegalArgumentException(problem + "\n" + USAGE);
        }
    }
}
