package dev.caravan.output;

import dev.caravan.model.Document;
import dev.caravan.model.Headers;
import dev.caravan.model.LanguageShare;
import dev.caravan.model.Pipeline;
import dev.caravan.model.Section;
import dev.caravan.model.TermMatch;
import dev.caravan.model.TermSummary;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Last enrichment stage: sums the section terms up per concept, stamps the pipeline run, and copies the
 * figures downstream routes filter on into headers.
 */
public class DocumentSummarizer implements Processor {
    private final String version;
    private final Clock clock;

    public DocumentSummarizer(String version, Clock clock) {
        this.version = version;
        this.clock = clock;
    }

    @Override
    public void process(Exchange exchange) {
        Document document = exchange.getIn().getBody(Document.class);
        long now = clock.millis();
        long durationMs = Math.max(0, now - exchange.getClock().getCreated());
        Document finished = summarize(document)
            .withPipeline(new Pipeline(version, java.time.Instant.ofEpochMilli(now), durationMs));

        Message in = exchange.getIn();
        in.setBody(finished);
        in.setHeader(Headers.LANGUAGES,
            finished.languages().stream().map(LanguageShare::code).collect(Collectors.joining(",")));
        in.setHeader(Headers.CONCEPT_IDS,
            finished.terms().stream().map(TermSummary::id).collect(Collectors.joining(",")));
        in.setHeader(Headers.SECTIONS, finished.sections().size());
        in.setHeader(Headers.TERM_COUNT, finished.terms().stream().mapToInt(TermSummary::count).sum());
        in.setHeader(Headers.DURATION_MS, durationMs);
    }

    /** The document with its concept summary: one entry per concept, most mentioned first. */
    public static Document summarize(Document document) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (Section section : document.sections()) {
            String language = section.language() == null ? null : section.language().code();
            for (TermMatch match : section.terms()) {
                tallies.computeIfAbsent(match.conceptId(), id -> new Tally(match)).add(language);
            }
        }
        List<TermSummary> summary = new ArrayList<>();
        tallies.values().forEach(tally -> summary.add(tally.toSummary()));
        summary.sort(Comparator.comparingInt(TermSummary::count).reversed().thenComparing(TermSummary::id));
        return document.withTerms(summary);
    }

    private static final class Tally {
        private final TermMatch first;
        private final Set<String> languages = new LinkedHashSet<>();
        private int count;

        Tally(TermMatch first) {
            this.first = first;
        }

        void add(String language) {
            count++;
            if (language != null) {
                languages.add(language);
            }
        }

        TermSummary toSummary() {
            return new TermSummary(first.conceptId(), first.label(), first.category(), count, List.copyOf(languages));
        }
    }
}
