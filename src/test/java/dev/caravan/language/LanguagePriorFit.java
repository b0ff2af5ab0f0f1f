package dev.caravan.language;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Fits the log priors of {@code language-priors.tsv} on the development set (eval/language/dev.tsv,
 * never the test set): coordinate ascent on short-line accuracy, one language of a look-alike family at
 * a time over a grid of values, the smaller prior winning ties. Prints the file's lines.
 *
 * <p>Usage: {@code LanguagePriorFit <dev.tsv>} (see eval/language/fit-priors.sh).
 */
public final class LanguagePriorFit {

    /** Members of the look-alike families: the only languages given a prior. */
    private static final List<String> FITTED = List.of("hr", "bs", "sr", "sl", "nb", "nn", "da", "sv", "ms", "id",
            "hi", "mr", "mk", "bg", "ru", "af", "nl", "es", "pt", "ca", "cs", "sk");
    private static final double[] GRID = {-2, -1.5, -1, -0.5, -0.25, 0, 0.25, 0.5, 1, 1.5, 2};
    private static final int SWEEPS = 2;
    /** Right answers a nat of prior must win: guards against priors that fit a handful of dev lines. */
    private static final double PRICE_PER_NAT = 1.0;

    public static void main(String[] args) throws Exception {
        List<String[]> lines = Files.readAllLines(Path.of(args[0])).stream()
                .filter(l -> !l.startsWith("#")).map(l -> l.split("\t", 3))
                .filter(f -> f[1].equals("short")).toList();
        Set<String> languages = lines.stream().map(f -> f[0]).collect(Collectors.toCollection(TreeSet::new));
        LanguageDetector detector = LanguageDetector.create(languages);
        detector.fullyLoaded().join();
        Map<String, Double> priors = new TreeMap<>();
        FITTED.forEach(code -> priors.put(code, 0.0));
        double best = objective(detector, priors, lines);
        System.err.printf(Locale.ROOT, "start: %.0f right%n", best);
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            for (String code : FITTED) {
                double kept = priors.get(code);
                for (double value : GRID) {
                    priors.put(code, value);
                    double score = objective(detector, priors, lines);
                    if (score > best) {
                        best = score;
                        kept = value;
                    }
                }
                priors.put(code, kept);
                System.err.printf(Locale.ROOT, "sweep %d %s=%.2f: %.2f%n", sweep, code, kept, best);
            }
        }
        priors.forEach((code, value) -> {
            if (value != 0) {
                System.out.printf(Locale.ROOT, "%s\t%.2f%n", code, value);
            }
        });
    }

    /** Right answers, less {@link #PRICE_PER_NAT} per nat of prior: a prior must earn its keep on several lines. */
    private static double objective(LanguageDetector detector, Map<String, Double> priors, List<String[]> lines) {
        detector.usePriors(priors);
        int right = 0;
        for (String[] line : lines) {
            if (detector.detect(line[2]).code().equals(line[0])) {
                right++;
            }
        }
        return right - PRICE_PER_NAT * priors.values().stream().mapToDouble(Math::abs).sum();
    }
}
