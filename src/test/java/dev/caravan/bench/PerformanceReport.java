package dev.caravan.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/** Turns run results into the console summary and docs/PERFORMANCE.md, with a PASS/FAIL line per target. */
final class PerformanceReport {
    static final double MIN_RECORDS_RATIO = 0.7;
    static final double MIN_LARGE_MB_PER_SECOND = 10;
    static final double MAX_P50_MILLIS = 250;
    static final double MAX_P99_MILLIS = 1000;
    static final double MAX_READY_MILLIS = 3000;
    private static final String BASELINE = "baseline";

    /** One target: {@code pass} is null when the run did not measure it. */
    record Verdict(String target, String measured, Boolean pass) {
        String label() {
            return pass == null ? "N/A " : pass ? "PASS" : "FAIL";
        }
    }

    private final EndToEndDriver.Options options;
    /** Every launch, in run order. */
    private final List<RunResult> results;
    /** Per scenario and daemon, the median run by throughput (the only run when not repeated). */
    private final List<RunResult> medians;
    /** For medians of several runs: the range of throughput they came from. */
    private final Map<RunResult, String> spreads = new IdentityHashMap<>();
    private final String candidate;
    private final Instant finished = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final String loadAtStart;

    PerformanceReport(EndToEndDriver.Options options, List<RunResult> results, String loadAtStart) {
        this.options = options;
        this.results = results;
        this.loadAtStart = loadAtStart;
        this.medians = medians(results);
        // targets are judged on the candidate; with no candidate, on the baseline itself
        this.candidate = results.stream().map(RunResult::system).filter(system -> !system.equals(BASELINE))
            .findFirst().orElse(BASELINE);
    }

    static String oneLine(RunResult r) {
        if (r.problem() != null && Double.isNaN(r.readyMillis())) {
            return "FAILED: " + r.problem();
        }
        String measured = r.isPaced()
            ? String.format(Locale.ROOT, "%d docs at %.1f/s: p50 %s p95 %s p99 %s ms", r.files(), r.offeredRate(),
                millis(r.p50Millis()), millis(r.p95Millis()), millis(r.p99Millis()))
            : String.format(Locale.ROOT, "%d files %.1f MB in %.2f s: %.1f docs/s %.2f MB/s", r.files(), r.bytes() / 1e6,
                r.seconds(), r.docsPerSecond(), r.megabytesPerSecond());
        return String.format(Locale.ROOT, "%s; ready %.0f ms, peak RSS %.0f MB, CPU %.1f s%s", measured, r.readyMillis(),
            r.peakRssMegabytes(), r.cpuSeconds(), notes(r).isEmpty() ? "" : "; " + notes(r));
    }

    private List<RunResult> medians(List<RunResult> all) {
        Map<String, List<RunResult>> byDaemon = new LinkedHashMap<>();
        all.forEach(r -> byDaemon.computeIfAbsent(r.scenario() + "/" + r.system(), key -> new ArrayList<>()).add(r));
        List<RunResult> chosen = new ArrayList<>();
        for (List<RunResult> runs : byDaemon.values()) {
            List<RunResult> measured = runs.stream().filter(r -> r.problem() == null)
                .sorted(Comparator.comparingDouble(RunResult::docsPerSecond)).toList();
            if (runs.size() == 1 || measured.isEmpty()) {
                chosen.add(runs.get(0));
                continue;
            }
            RunResult median = measured.get((measured.size() - 1) / 2);
            chosen.add(median);
            spreads.put(median, String.format(Locale.ROOT, "median of %d runs (%.1f-%.1f docs/s)", measured.size(),
                measured.get(0).docsPerSecond(), measured.get(measured.size() - 1).docsPerSecond())
                + (measured.size() < runs.size() ? "; " + (runs.size() - measured.size()) + " runs failed" : ""));
        }
        return chosen;
    }

    List<Verdict> verdicts() {
        List<Verdict> verdicts = new ArrayList<>();
        Optional<RunResult> records = find("records", candidate);
        Optional<RunResult> baselineRecords = find("records", BASELINE);
        String ratioTarget = String.format(Locale.ROOT, "4 KB records: documents/s >= %.1f x baseline", MIN_RECORDS_RATIO);
        if (baselineRecords.isPresent() && baselineRecords.get().problem() != null) {
            verdicts.add(new Verdict(ratioTarget, "no yardstick: the baseline run failed (" + baselineRecords.get().problem() + ")", null));
        } else if (records.isPresent() && baselineRecords.isPresent() && !candidate.equals(BASELINE)) {
            double ratio = records.get().docsPerSecond() / baselineRecords.get().docsPerSecond();
            verdicts.add(new Verdict(ratioTarget, String.format(Locale.ROOT, "%.2f x (%.0f vs %.0f docs/s)%s", ratio,
                records.get().docsPerSecond(), baselineRecords.get().docsPerSecond(), caveat(records.get())),
                records.get().complete() && ratio >= MIN_RECORDS_RATIO));
        } else {
            verdicts.add(new Verdict(ratioTarget, "not measured (needs the records scenario and a candidate)", null));
        }

        String largeTarget = String.format(Locale.ROOT, "large files: >= %.0f MB/s with -Xmx512m", MIN_LARGE_MB_PER_SECOND);
        verdicts.add(find("large", candidate).map(r -> {
            double fileMegabytes = r.bytes() / 1e6 / r.files();
            String context = (fileMegabytes < 45 ? String.format(Locale.ROOT, "; files of %.0f MB, not 50", fileMegabytes) : "")
                + (options.jvmFlags.contains("-Xmx512m") ? "" : "; JVM flags " + options.jvmFlags + ", not -Xmx512m");
            return new Verdict(largeTarget, String.format(Locale.ROOT, "%.1f MB/s%s%s", r.megabytesPerSecond(), context,
                caveat(r)), r.complete() && r.megabytesPerSecond() >= MIN_LARGE_MB_PER_SECOND);
        }).orElse(new Verdict(largeTarget, "not measured", null)));

        Optional<RunResult> paced = find("latency", candidate);
        String rate = paced.map(r -> r.offeredRate() < 49 || r.offeredRate() > 51
            ? String.format(Locale.ROOT, "; offered %.1f docs/s, not 50", r.offeredRate()) : "").orElse("");
        String p50Target = String.format(Locale.ROOT, "latency at 50 docs/s: p50 <= %.0f ms", MAX_P50_MILLIS);
        String p99Target = String.format(Locale.ROOT, "latency at 50 docs/s: p99 <= %.0f ms", MAX_P99_MILLIS);
        // documents without JSON already count as infinitely late; a run that broke fails outright
        verdicts.add(paced.map(r -> new Verdict(p50Target, millis(r.p50Millis()) + " ms" + rate + caveat(r),
            r.problem() == null && r.p50Millis() <= MAX_P50_MILLIS)).orElse(new Verdict(p50Target, "not measured", null)));
        verdicts.add(paced.map(r -> new Verdict(p99Target, millis(r.p99Millis()) + " ms" + rate + caveat(r),
            r.problem() == null && r.p99Millis() <= MAX_P99_MILLIS)).orElse(new Verdict(p99Target, "not measured", null)));

        double[] ready = readyMillis(candidate);
        double[] baselineReady = readyMillis(BASELINE);
        // the baseline's start-up on the same machine at the same time tells how much is load, not Caravan
        String context = candidate.equals(BASELINE) || baselineReady.length == 0 ? ""
            : String.format(Locale.ROOT, " (baseline: %.2f s median)", EndToEndDriver.percentile(baselineReady, 0.5) / 1000);
        String readyTarget = String.format(Locale.ROOT, "launch to ready <= %.0f s (median of launches)", MAX_READY_MILLIS / 1000);
        long launches = results.stream().filter(r -> r.system().equals(candidate)).count();
        verdicts.add(launches == 0 ? new Verdict(readyTarget, "not measured", null)
            : ready.length == 0 ? new Verdict(readyTarget, "none of " + launches + " launches became ready", false)
            : new Verdict(readyTarget, String.format(Locale.ROOT, "%.2f s median, %.2f s max over %d launches%s",
                EndToEndDriver.percentile(ready, 0.5) / 1000, ready[ready.length - 1] / 1000, ready.length, context),
                EndToEndDriver.percentile(ready, 0.5) <= MAX_READY_MILLIS));
        return verdicts;
    }

    /** Launch-to-ready of every launch of {@code system}, sorted. */
    private double[] readyMillis(String system) {
        return results.stream().filter(r -> r.system().equals(system))
            .mapToDouble(RunResult::readyMillis).filter(ms -> !Double.isNaN(ms)).sorted().toArray();
    }

    String console() {
        StringBuilder out = new StringBuilder("Targets, judged on '" + candidate + "':\n");
        for (Verdict verdict : verdicts()) {
            out.append(String.format(Locale.ROOT, "  [%s] %-52s %s%n", verdict.label(), verdict.target(), verdict.measured()));
        }
        for (RunResult r : medians) {
            ratio(r).ifPresent(ratio -> out.append(String.format(Locale.ROOT, "  %s %s: %.2f x baseline throughput%n",
                r.scenario(), r.system(), ratio)));
        }
        return out.toString();
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Caravan performance\n\n")
            .append("Generated by `bench/run.sh` at ").append(finished).append(". Targets are judged on `")
            .append(candidate).append("`")
            .append(candidate.equals("stand-in") ? " (the baseline standing in for Caravan, to check the harness)" : "")
            .append(candidate.equals(BASELINE) ? " (no candidate ran)" : "").append(".\n\n");

        md.append("## Targets\n\n| Result | Target | Measured |\n|---|---|---|\n");
        for (Verdict verdict : verdicts()) {
            md.append("| ").append(verdict.label().trim()).append(" | ").append(verdict.target()).append(" | ")
                .append(verdict.measured()).append(" |\n");
        }

        md.append("\n## Machine\n\n").append(machine()).append('\n');

        List<RunResult> bulk = medians.stream().filter(r -> !r.isPaced()).toList();
        if (!bulk.isEmpty()) {
            md.append("## Bulk drop: all files at once, first drop to last JSON\n\n")
                .append("| Scenario | System | Files | MB | Seconds | Docs/s | MB/s | x baseline | Ready ms | Peak RSS MB | CPU s | Notes |\n")
                .append("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|\n");
            for (RunResult r : bulk) {
                md.append(String.format(Locale.ROOT, "| %s | %s | %d | %.1f | %s | %s | %s | %s | %s | %s | %s | %s |%n",
                    r.scenario(), r.system(), r.files(), r.bytes() / 1e6, number(r.seconds(), 2),
                    number(r.docsPerSecond(), 1), number(r.megabytesPerSecond(), 2), ratio(r).map(x -> number(x, 2)).orElse(""),
                    number(r.readyMillis(), 0), number(r.peakRssMegabytes(), 0), number(r.cpuSeconds(), 1),
                    String.join("; ", Stream.of(spreads.get(r), notes(r)).filter(n -> n != null && !n.isEmpty()).toList())));
            }
            md.append('\n');
        }
        List<RunResult> paced = medians.stream().filter(RunResult::isPaced).toList();
        if (!paced.isEmpty()) {
            md.append(String.format(Locale.ROOT, "## Paced drop: drop-to-JSON latency (4 KB records, %.0f s warm-up not counted)%n%n",
                    options.warmUpSeconds))
                .append("| System | Offered docs/s | Docs measured | p50 ms | p95 ms | p99 ms | Ready ms | Peak RSS MB | CPU s | Notes |\n")
                .append("|---|--:|--:|--:|--:|--:|--:|--:|--:|---|\n");
            for (RunResult r : paced) {
                md.append(String.format(Locale.ROOT, "| %s | %s | %d | %s | %s | %s | %s | %s | %s | %s |%n",
                    r.system(), number(r.offeredRate(), 1), r.files(), millis(r.p50Millis()), millis(r.p95Millis()),
                    millis(r.p99Millis()), number(r.readyMillis(), 0), number(r.peakRssMegabytes(), 0),
                    number(r.cpuSeconds(), 1), notes(r)));
            }
            md.append('\n');
        }
        md.append(jmhSection());
        md.append("## Corpora\n\n").append(corpora()).append('\n');
        md.append("""
            ## How it is measured

            - Each daemon runs as its own process (`java <JVM flags> ...`) on fresh inbox/outbox/error/archive
              folders, once per scenario. *Ready* is launch to the first log line with `Caravan ready` (or
              `Baseline ready`).
            - Every input is first written into the inbox under a hidden name (`.<name>.dropping`), then renamed:
              the rename is the drop instant. Arrival is the rename of `<outbox>/<name>.json`, seen through
              inotify (Java WatchService).
            - Bulk: all files renamed at once; throughput runs from the first rename to the last JSON.
            - Warm (`records-warm`, `large-warm`...): the same daemon first gets the whole corpus under other
              names, unmeasured, and its JSON is deleted once all of it is out; then the corpus is dropped and
              measured as above. That is the throughput of a daemon that has been running for a while, its code
              compiled by the JIT; a fresh daemon's (the plain scenario) includes that compiling. The targets
              are judged on the plain scenarios.
            - Paced: one rename every 1/rate s on a fixed schedule; a document without JSON when the wait ends
              counts as infinitely late. Percentiles are nearest-rank.
            - Peak RSS is the process's `VmHWM` from `/proc/<pid>/status` (whole life, start-up included); CPU is
              user+system time from `/proc/<pid>/stat` between the first drop and the end of the wait.
            - The baseline (`dev.caravan.bench.BaselineApplication`) is a plain Camel Main route on the same Camel
              version: inbox file to `{"fileName", "text"}` JSON with Jackson, no enrichment, polling every
              100 ms with the `changed` read lock (minimum age 100 ms, no marker files).
            - The machine is shared with other jobs: compare figures from the same run, not across runs.

            """);
        md.append("## How to rerun\n\n```\n").append(options.rerun).append("\n```\n\n")
            .append("`bench/run.sh --help` lists the options (corpus sizes, scenarios, JVM flags, baseline-only mode).\n");
        return md.toString();
    }

    private Optional<RunResult> find(String scenario, String system) {
        return medians.stream().filter(r -> r.scenario().equals(scenario) && r.system().equals(system)).findFirst();
    }

    private Optional<Double> ratio(RunResult r) {
        if (r.isPaced() || r.system().equals(BASELINE) || r.problem() != null) {
            return Optional.empty();
        }
        return find(r.scenario(), BASELINE).filter(base -> base.problem() == null)
            .map(base -> r.docsPerSecond() / base.docsPerSecond());
    }

    private static String caveat(RunResult r) {
        return r.complete() ? "" : " (incomplete: " + notes(r) + ")";
    }

    static String notes(RunResult r) {
        List<String> notes = new ArrayList<>();
        if (r.failed() > 0) {
            notes.add(r.failed() + " to error folder");
        }
        if (r.missing() > 0) {
            notes.add(r.missing() + " without result");
        }
        if (r.invalidJson() > 0) {
            notes.add(r.invalidJson() + " sampled outputs not a JSON object");
        }
        if (r.problem() != null) {
            notes.add(r.problem());
        }
        return String.join("; ", notes);
    }

    private static String millis(double value) {
        return Double.isInfinite(value) ? "inf" : number(value, 0);
    }

    /** A table cell: a dash where the run measured nothing. */
    private static String number(double value, int decimals) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private String machine() {
        String cpu = procLine("/proc/cpuinfo", "model name").map(line -> line.substring(line.indexOf(':') + 1).trim())
            .orElse("unknown");
        String memory = procLine("/proc/meminfo", "MemTotal").map(line -> String.format(Locale.ROOT, "%.1f GB",
            Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0)).orElse("unknown");
        return "| | |\n|---|---|\n"
            + "| CPUs (nproc) | " + Runtime.getRuntime().availableProcessors() + " |\n"
            + "| CPU model | " + cpu + " |\n"
            + "| Memory | " + memory + " |\n"
            + "| Load average (1/5/15 min) at start; at end | " + loadAtStart + "; " + loadAverage() + " |\n"
            + "| Java | " + System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version") + " |\n"
            + "| Camel | " + camelVersion() + " |\n"
            + "| JVM flags (both daemons) | `" + String.join(" ", options.jvmFlags) + "` |\n"
            + (options.caravanFlags.isEmpty() ? "" : "| Caravan-only flags | `" + String.join(" ", options.caravanFlags) + "` |\n");
    }

    private static String camelVersion() {
        try (InputStream in = org.apache.camel.CamelContext.class
            .getResourceAsStream("/META-INF/maven/org.apache.camel/camel-api/pom.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException | NullPointerException e) {
            return "unknown";
        }
    }

    private String corpora() {
        StringBuilder out = new StringBuilder("| Folder | Files | MB | Generated with |\n|---|--:|--:|---|\n");
        for (String kind : EndToEndDriver.BULK_SCENARIOS) {
            Path folder = options.corpus.resolve(kind);
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                List<Path> visible = files.filter(f -> !f.getFileName().toString().startsWith(".")).toList();
                long bytes = 0;
                for (Path file : visible) {
                    bytes += Files.size(file);
                }
                String stamp = read(folder.resolve(CorpusGenerator.STAMP)).map(String::trim).orElse("?");
                out.append(String.format(Locale.ROOT, "| %s | %d | %.1f | `CorpusGenerator %s` |%n", kind, visible.size(),
                    bytes / 1e6, stamp));
            } catch (IOException e) {
                out.append("| ").append(kind).append(" | unreadable: ").append(e.getMessage()).append(" | | |\n");
            }
        }
        return out.append("\nArguments: kind, count, seed, bytes per file. Texts are recombined from hand-written ")
            .append("seed sentences in ten languages (`src/test/resources/dev/caravan/bench/seeds`).\n").toString();
    }

    private String jmhSection() {
        if (options.jmh == null || !Files.exists(options.jmh)) {
            return "";
        }
        StringBuilder out = new StringBuilder("## Stage benchmarks (JMH, one stage alone)\n\n")
            .append("| Benchmark | Parameters | Mode | Score | Error (99.9%) | Unit |\n|---|---|---|--:|--:|---|\n");
        try {
            for (JsonNode run : new ObjectMapper().readTree(options.jmh.toFile())) {
                String name = run.path("benchmark").asText();
                JsonNode params = run.path("params");
                List<String> pairs = new ArrayList<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = params.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> param = it.next();
                    pairs.add(param.getKey() + "=" + param.getValue().asText());
                }
                JsonNode metric = run.path("primaryMetric");
                out.append(String.format(Locale.ROOT, "| %s | %s | %s | %.3f | %.3f | %s |%n",
                    name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1), String.join(", ", pairs),
                    run.path("mode").asText(), metric.path("score").asDouble(), metric.path("scoreError").asDouble(),
                    metric.path("scoreUnit").asText()));
            }
        } catch (IOException e) {
            out.append("JMH results unreadable: ").append(e.getMessage()).append('\n');
        }
        return out.append('\n').toString();
    }

    /** The 1, 5 and 15 minute load averages: other jobs on a shared machine skew every figure. */
    static String loadAverage() {
        return read(Path.of("/proc/loadavg")).map(text -> String.join(" ", List.of(text.trim().split(" ")).subList(0, 3)))
            .orElse("unknown");
    }

    private static Optional<String> procLine(String file, String prefix) {
        return read(Path.of(file)).flatMap(text -> text.lines().filter(line -> line.startsWith(prefix)).findFirst());
    }

    private static Optional<String> read(Path file) {
        try {
            return Optional.of(Files.readString(file));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
