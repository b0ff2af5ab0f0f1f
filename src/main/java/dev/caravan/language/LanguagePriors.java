package dev.caravan.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Log prior odds of the languages whose n-gram models are biased against a look-alike neighbour (models
 * trained on corpora of very different size score the same text unevenly). A constant per text: it
 * tips short, ambiguous lines and is negligible beside the hundreds of nats that separate languages on
 * a paragraph. Fitted on the development set, never on the test set ({@code language-priors.tsv}).
 */
final class LanguagePriors {

    private static final String RESOURCE = "language-priors.tsv";

    private LanguagePriors() {
    }

    /** Language code to log prior (nats); languages not listed have 0. */
    static Map<String, Double> load() {
        Map<String, Double> priors = new HashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(LanguagePriors.class.getResourceAsStream(RESOURCE), RESOURCE),
                StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    String[] fields = line.split("\t");
                    priors.put(fields[0], Double.parseDouble(fields[1]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return priors;
    }
}
