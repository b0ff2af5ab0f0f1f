package dev.caravan.language;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Measures language detectors on eval/language/dataset.tsv: accuracy (exact, and with look-alike
 * languages merged), heap kept by the detector, start-up time and single-thread speed. One candidate
 * per JVM so heap figures do not mix; eval/language/run-eval.sh runs them all and writes RESULTS.md.
 *
 * <p>Usage: {@code LanguageEvaluation <candidate> <dataset.tsv> <results-table.md> [errors.md [errors.tsv]]}
 * (errors.tsv lists every wrong answer as kind, gold, predicted, text: the material of the label audit) where
 * candidate is one of caravan, caravan-families, caravan-plain, lingua-low, lingua-high, optimaize, opennlp.
 */
public final class LanguageEvaluation {

    /** Languages counted as one answer in the merged score: near-identical written standards. */
    private static final List<Set<String>> MERGED = List.of(Set.of("hr", "sr", "bs"), Set.of("nb", "nn", "no"),
            Set.of("ms", "id"));

    /** Refinement families for the memory-hungrier configuration that is also measured. */
    private static final List<Set<String>> WIDE_FAMILIES = List.of(Set.of("hi", "mr"), Set.of("hr", "sr", "bs"),
            Set.of("nb", "nn", "da"), Set.of("ms", "id"), Set.of("cs", "sk"));

    record Sample(String lang, String kind, String text) {
    }

    public static void main(String[] args) throws Exception {
        String candidate = args[0];
        List<Sample> samples = load(Path.of(args[1]));
        Set<String> languages = samples.stream().map(Sample::lang).collect(Collectors.toCollection(TreeSet::new));

        long heapBefore = usedHeap();
        long startNanos = System.nanoTime();
        long startCpu = cpuNanos();
        Function<String, String> detector = build(candidate, languages);
        LanguageDetector caravan = caravanDetectors.get(candidate);
        double buildSeconds = (System.nanoTime() - startNanos) / 1e9;
        String first = detector.apply("The patients were randomly assigned to two groups.");
        double startupSeconds = (System.nanoTime() - startNanos) / 1e9;
        double startupCpuSeconds = (cpuNanos() - startCpu) / 1e9;

        // first pass loads whatever the detector loads lazily, and warms the JIT; the second is timed
        long firstPassNanos = System.nanoTime();
        samples.forEach(s -> detector.apply(s.text()));
        double firstPassSeconds = (System.nanoTime() - firstPassNanos) / 1e9;
        long heapMb = Math.max(0, usedHeap() - heapBefore) / (1024 * 1024);

        List<Sample> shorts = samples.stream().filter(s -> s.kind().equals("short")).toList();
        List<Sample> paragraphs = samples.stream().filter(s -> s.kind().equals("paragraph")).toList();
        Score shortScore = score(detector, shorts);
        Score paragraphScore = score(detector, paragraphs);
        long paragraphChars = paragraphs.stream().mapToLong(s -> s.text().length()).sum();

        String row = String.format(Locale.ROOT,
                "| %s | %.2f%% | %.2f%% | %.2f%% | %.2f%% | %d MB | %.2f s | %.2f s (%.2f s CPU) | %.1f s "
                        + "| %,.0f (%,.0f) | %,.0f (%,.0f) |%n",
                candidate, shortScore.exact(), shortScore.merged(), paragraphScore.exact(), paragraphScore.merged(),
                heapMb, buildSeconds, startupSeconds, startupCpuSeconds, firstPassSeconds,
                shorts.size() / shortScore.seconds(), shorts.size() / shortScore.cpuSeconds(),
                paragraphChars / paragraphScore.seconds(), paragraphChars / paragraphScore.cpuSeconds());
        System.out.print(row + "(first answer: " + first + ")\n");
        Files.writeString(Path.of(args[2]), row, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        if (args.length > 3) {
            Files.writeString(Path.of(args[3]), errorReport(candidate, shortScore, paragraphScore),
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        if (caravan != null && args.length > 3) {
            Files.writeString(Path.of(args[3]), reliability(candidate, caravan, shorts),
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        if (args.length > 4) {
            StringBuilder tsv = new StringBuilder("kind\tgold\tpredicted\ttext\n");
            for (Sample sample : samples) {
                String answer = detector.apply(sample.text());
                if (!answer.equals(sample.lang())) {
                    tsv.append(sample.kind()).append('\t').append(sample.lang()).append('\t').append(answer)
                            .append('\t').append(sample.text()).append('\n');
                }
            }
            Files.writeString(Path.of(args[4]), tsv);
        }
    }

    record Score(double exact, double merged, double seconds, double cpuSeconds, Map<String, Integer> confusions) {
    }

    private static Score score(Function<String, String> detector, List<Sample> samples) {
        int exact = 0;
        int merged = 0;
        Map<String, Integer> confusions = new HashMap<>();
        String[] answers = new String[samples.size()];
        long start = System.nanoTime();
        long startCpu = cpuNanos();
        for (int i = 0; i < samples.size(); i++) {
            answers[i] = detector.apply(samples.get(i).text());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (cpuNanos() - startCpu) / 1e9;
        for (int i = 0; i < samples.size(); i++) {
            String expected = samples.get(i).lang();
            if (expected.equals(answers[i])) {
                exact++;
                merged++;
            } else {
                if (sameGroup(expected, answers[i])) {
                    merged++;
                }
                confusions.merge(expected + "->" + answers[i], 1, Integer::sum);
            }
        }
        return new Score(100.0 * exact / samples.size(), 100.0 * merged / samples.size(), seconds, cpuSeconds,
                confusions);
    }

    /** Accuracy of the short-line answers per band of the reported confidence: calibrated means alike. */
    private static String reliability(String candidate, LanguageDetector detector, List<Sample> shorts) {
        double[] bands = {0, 0.5, 0.7, 0.9, 0.99, 1.01};
        int[] count = new int[bands.length - 1];
        int[] right = new int[bands.length - 1];
        double[] sum = new double[bands.length - 1];
        for (Sample sample : shorts) {
            var guess = detector.detect(sample.text());
            int band = 0;
            while (guess.confidence() >= bands[band + 1]) {
                band++;
            }
            count[band]++;
            sum[band] += guess.confidence();
            right[band] += guess.code().equals(sample.lang()) ? 1 : 0;
        }
        StringBuilder table = new StringBuilder("\n" + candidate + " short lines by confidence: ");
        for (int b = 0; b < count.length; b++) {
            if (count[b] > 0) {
                table.append(String.format(Locale.ROOT, "[%.2f, %.2f): %d lines, mean confidence %.3f, exact %.1f%%; ",
                        bands[b], Math.min(1, bands[b + 1]), count[b], sum[b] / count[b], 100.0 * right[b] / count[b]));
            }
        }
        return table.append('\n').toString();
    }

    private static boolean sameGroup(String a, String b) {
        return MERGED.stream().anyMatch(group -> group.contains(a) && group.contains(b));
    }

    private static String errorReport(String candidate, Score shorts, Score paragraphs) {
        return "\n### " + candidate + ": most frequent errors\n\nshort lines: " + top(shorts.confusions())
                + "\n\nparagraphs: " + top(paragraphs.confusions()) + "\n";
    }

    private static String top(Map<String, Integer> confusions) {
        return confusions.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(25).map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    /** Caravan's detectors by candidate name, to read their confidences. */
    private static final Map<String, LanguageDetector> caravanDetectors = new HashMap<>();

    private static Function<String, String> build(String candidate, Set<String> languages) throws IOException {
        return switch (candidate) {
            case "caravan" -> caravan(candidate, LanguageDetector.create(languages));
            case "caravan-families" -> caravan(candidate, LanguageDetector.create(languages, WIDE_FAMILIES, true));
            case "caravan-plain" -> caravan(candidate, LanguageDetector.create(languages, List.of(), false));
            case "lingua-low" -> lingua(languages, true);
            case "lingua-high" -> lingua(languages, false);
            case "optimaize" -> optimaize(languages);
            case "opennlp" -> opennlp();
            default -> throw new IllegalArgumentException("unknown candidate " + candidate);
        };
    }

    private static Function<String, String> caravan(String candidate, LanguageDetector detector) {
        caravanDetectors.put(candidate, detector);
        return text -> detector.detect(text).code();
    }

    private static Function<String, String> lingua(Set<String> languages, boolean lowAccuracy) {
        Language[] chosen = languages.stream()
                .map(code -> Language.getByIsoCode639_1(IsoCode639_1.valueOf(code.toUpperCase(Locale.ROOT))))
                .toArray(Language[]::new);
        var builder = LanguageDetectorBuilder.fromLanguages(chosen);
        var detector = (lowAccuracy ? builder.withLowAccuracyMode() : builder).build();
        return text -> {
            Language language = detector.detectLanguageOf(text);
            return language == Language.UNKNOWN ? "und" : LanguageDetector.codeOf(language);
        };
    }

    /** Optimaize's built-in profiles of the evaluated languages it has (it lacks some: they count as errors). */
    private static Function<String, String> optimaize(Set<String> languages) throws IOException {
        List<LanguageProfile> profiles = new ArrayList<>();
        for (LanguageProfile profile : new LanguageProfileReader().readAllBuiltIn()) {
            if (languages.contains(optimaizeCode(profile.getLocale()))) {
                profiles.add(profile);
            }
        }
        var detector = com.optimaize.langdetect.LanguageDetectorBuilder.create(NgramExtractors.standard())
                .withProfiles(profiles).build();
        return text -> detector.detect(text).transform(LanguageEvaluation::optimaizeCode).or("und");
    }

    private static String optimaizeCode(LdLocale locale) {
        String code = locale.getLanguage();
        return code.equals("no") ? "nb" : code;
    }

    /** OpenNLP's 103-language model answers ISO 639-3 codes; it cannot be restricted to candidates. */
    private static Function<String, String> opennlp() throws IOException {
        LanguageDetectorModel model;
        try (InputStream in = LanguageEvaluation.class.getResourceAsStream("/langdetect-183.bin")) {
            model = new LanguageDetectorModel(in);
        }
        LanguageDetectorME detector = new LanguageDetectorME(model);
        Map<String, String> toTwoLetter = new HashMap<>(Map.of("cmn", "zh", "pes", "fa", "zsm", "ms", "ekk", "et",
                "lvs", "lv", "arb", "ar", "azj", "az", "khk", "mn", "als", "sq", "nob", "nb"));
        for (String code : Locale.getISOLanguages()) {
            toTwoLetter.putIfAbsent(Locale.forLanguageTag(code).getISO3Language(), code);
        }
        return text -> {
            String code = detector.predictLanguage(text).getLang();
            return toTwoLetter.getOrDefault(code, code);
        };
    }

    private static List<Sample> load(Path dataset) throws IOException {
        List<Sample> samples = new ArrayList<>();
        for (String line : Files.readAllLines(dataset)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] fields = line.split("\t", 3);
            samples.add(new Sample(fields[0], fields[1], fields[2]));
        }
        return samples;
    }

    /** CPU time of the whole process (all its threads, GC included): fair on a machine shared with others. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private LanguageEvaluation() {
    }
}
