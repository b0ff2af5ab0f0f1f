package dev.caravan.language;

import dev.caravan.model.Document;
import dev.caravan.model.LanguageGuess;
import dev.caravan.model.LanguageShare;
import dev.caravan.model.Section;
import dev.caravan.model.SectionWork;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Processor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pipeline stage: sets the language of every section of the {@link Document} body and the document's
 * languages with the share of its letters written in each.
 */
public final class LanguageTagger implements Processor {

    private final LanguageDetector detector;
    private final SectionWork work;

    public LanguageTagger(LanguageDetector detector) {
        this(detector, SectionWork.sequential());
    }

    /** @param work runs the detection of a large document's sections on more than one thread */
    public LanguageTagger(LanguageDetector detector, SectionWork work) {
        this.detector = detector;
        this.work = work;
    }

    @Override
    public void process(Exchange exchange) throws InvalidPayloadException {
        Document document = exchange.getMessage().getMandatoryBody(Document.class);
        exchange.getMessage().setBody(tag(document));
    }

    /** The document with every section's language and the document's language shares filled in. */
    public Document tag(Document document) {
        // letters are counted beside the detection, on the same threads: counting them afterwards on the
        // worker alone made a large document wait for one core to read all its text again
        List<Counted> counted = work.map(document.sections(), section -> section.text().length(), section -> {
            Section tagged = section.withLanguage(detector.detect(section.text()));
            return new Counted(tagged, tagged.language().isUndetermined() ? 0 : ScriptCounts.letters(section.text()));
        });
        return document.withSections(counted.stream().map(Counted::section).toList()).withLanguages(shares(counted));
    }

    /** A section with its language and, when that is determined, its number of letters. */
    private record Counted(Section section, long letters) {
    }

    /**
     * Each language's share of the letters of all sections with a determined language, largest first;
     * the shares add up to 1. Letters, not chars, so digits, spaces and punctuation weigh nothing.
     */
    private static List<LanguageShare> shares(List<Counted> sections) {
        Map<String, Long> letters = new LinkedHashMap<>();
        long total = 0;
        for (Counted counted : sections) {
            LanguageGuess guess = counted.section().language();
            if (guess.isUndetermined()) {
                continue;
            }
            letters.merge(guess.code(), counted.letters(), Long::sum);
            total += counted.letters();
        }
        List<LanguageShare> shares = new ArrayList<>();
        for (Map.Entry<String, Long> entry : letters.entrySet()) {
            if (entry.getValue() > 0) {
                shares.add(new LanguageShare(entry.getKey(), (double) entry.getValue() / total));
            }
        }
        shares.sort(Comparator.comparingDouble(LanguageShare::share).reversed().thenComparing(LanguageShare::code));
        return shares;
    }
}
