package dev.caravan.terms;

import dev.caravan.model.Abbreviation;
import dev.caravan.model.Document;
import dev.caravan.model.Section;
import dev.caravan.model.SectionWork;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Processor;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

/**
 * The term stage: tags every section with vocabulary concepts, collects the abbreviations the document
 * defines (later uses of a short form carry its long form's concept) and links sections that translate an
 * earlier section. Body: {@link Document} in, {@link Document} out. Thread-safe.
 */
public final class TermStage implements Processor {

    /** Rank of short forms the document defines: they beat a vocabulary term of the same span. */
    private static final int DEFINED_IN_DOCUMENT = 0;
    /**
     * Documents with this much text keep one copy of each matched surface form: a 50 MB file repeats the same
     * few hundred a million times. A smaller one has too few repeats for the map to pay for itself.
     */
    private static final long SHARED_FORMS_CHARS = 1 << 20;

    private final TermTagger tagger;
    private final TranslationLinker linker;
    private final SectionWork work;

    /**
     * @param tagger           built once from the vocabulary
     * @param linkTranslations whether to set {@code translationOf} on sections that translate earlier ones
     */
    public TermStage(TermTagger tagger, boolean linkTranslations) {
        this(tagger, linkTranslations, SectionWork.sequential());
    }

    /** @param work runs the tagging of a large document's sections on more than one thread */
    public TermStage(TermTagger tagger, boolean linkTranslations, SectionWork work) {
        this.tagger = tagger;
        this.linker = linkTranslations ? new TranslationLinker(3, 0.5, 0.5) : null;
        this.work = work;
    }

    @Override
    public void process(Exchange exchange) throws InvalidPayloadException {
        exchange.getMessage().setBody(apply(exchange.getMessage().getMandatoryBody(Document.class)));
    }

    /** The document with terms, abbreviations and translation links. */
    public Document apply(Document document) {
        List<Section> sections = document.sections();
        // an array, so the second pass can drop each section's candidates once it has used them: a 50 MB
        // file has more than a million, about 50 MB of heap
        Found[] found = work.map(sections, TermStage::length, section -> {
            List<Candidate> candidates = tagger.candidates(section.text());
            return new Found(candidates, AbbreviationFinder.find(section.text(), TermTagger.longestFirst(candidates)));
        }).toArray(Found[]::new);
        Map<String, Definition> firstDefinitions = new LinkedHashMap<>();
        for (int position = 0; position < sections.size(); position++) {
            for (AbbreviationFinder.Definition definition : found[position].definitions()) {
                firstDefinitions.putIfAbsent(definition.shortForm(),
                    new Definition(definition, sections.get(position).index(), position));
            }
        }
        List<Definition> definitions = List.copyOf(firstDefinitions.values());
        TermTagger shortForms = shortFormTagger(definitions);
        Map<Concept, Definition> earliest = earliestByConcept(definitions);
        // no short form is defined before the first definition's section
        int firstUse = definitions.isEmpty() ? sections.size() : definitions.get(0).position();
        long chars = sections.stream().mapToLong(TermStage::length).sum();
        UnaryOperator<String> surfaceForm = chars >= SHARED_FORMS_CHARS ? sharedCopies(new ConcurrentHashMap<>())
            : UnaryOperator.identity();
        // work.map below sums the same section lengths, so helps(chars) says whether helper threads will share
        // these numbers; plain maps are safe only when it is false
        TranslationLinker.ItemNumbers evidenceItems = new TranslationLinker.ItemNumbers(work.helps(chars));
        List<Integer> positions = IntStream.range(0, sections.size()).boxed().toList();
        List<Tagged> tagged = work.map(positions, position -> length(sections.get(position)), position -> {
            Section section = sections.get(position);
            List<Candidate> candidates = new ArrayList<>(found[position].candidates());
            found[position] = null; // each position is tagged exactly once
            if (shortForms != null && position >= firstUse) {
                for (Candidate use : shortForms.candidates(section.text())) {
                    if (isAfterDefinition(use, position, earliest)) {
                        candidates.add(use);
                    }
                }
            }
            Section withTerms = section.withTerms(
                TermTagger.toMatches(section.text(), TermTagger.longestFirst(candidates), surfaceForm));
            // the evidence reads the whole text: gathered here, on every thread, the linker only compares it
            return new Tagged(withTerms, linker == null ? null : TranslationLinker.evidenceOf(withTerms, evidenceItems));
        });
        List<Section> withTerms = tagged.stream().map(Tagged::section).toList();
        List<Section> result = linker == null ? withTerms
            : linker.link(withTerms, tagged.stream().map(Tagged::evidence).toList(), evidenceItems);
        return document.withSections(result).withAbbreviations(definitions.stream().map(Definition::toModel).toList());
    }

    /** Each string as the first equal one it was given. */
    private static UnaryOperator<String> sharedCopies(Map<String, String> kept) {
        return form -> {
            String first = kept.get(form);
            return first != null ? first : kept.computeIfAbsent(form, f -> f);
        };
    }

    private static int length(Section section) {
        return section.text().length();
    }

    /** What the first pass finds in one section: vocabulary candidates and abbreviation definitions. */
    private record Found(List<Candidate> candidates, List<AbbreviationFinder.Definition> definitions) {
    }

    /** A section with its terms and, when translations are linked, its evidence of being one. */
    private record Tagged(Section section, TranslationLinker.Evidence evidence) {
    }

    /** A definition with the section it stands in. */
    private record Definition(AbbreviationFinder.Definition found, int sectionIndex, int position) {
        Abbreviation toModel() {
            Concept concept = found.concept();
            return new Abbreviation(found.shortForm(), found.longForm(), concept == null ? null : concept.id(), sectionIndex);
        }
    }

    /** Matches the defined short forms in their own letter case, singular or plural. */
    private TermTagger shortFormTagger(List<Definition> definitions) {
        List<TermTagger.Term> terms = new ArrayList<>();
        for (Definition definition : definitions) {
            Concept concept = definition.found().concept();
            if (concept != null) {
                terms.add(new TermTagger.Term(definition.found().shortForm(), concept, true));
                String shortForm = definition.found().shortForm();
                // "NMDARs" defines NMDAR as well
                if (shortForm.length() > 2 && shortForm.endsWith("s") && Character.isUpperCase(shortForm.charAt(shortForm.length() - 2))) {
                    terms.add(new TermTagger.Term(shortForm.substring(0, shortForm.length() - 1), concept, true));
                }
            }
        }
        return terms.isEmpty() ? null : new TermTagger(terms, DEFINED_IN_DOCUMENT);
    }

    /** Each concept's first definition in the document: the one that decides where its short forms count. */
    private static Map<Concept, Definition> earliestByConcept(List<Definition> definitions) {
        // identity: concepts are shared instances, and comparing whole records is slow
        Map<Concept, Definition> earliest = new IdentityHashMap<>();
        for (Definition definition : definitions) {
            Concept concept = definition.found().concept();
            if (concept != null) {
                earliest.merge(concept, definition, (first, other) -> isBefore(other, first) ? other : first);
            }
        }
        return earliest;
    }

    private static boolean isBefore(Definition a, Definition b) {
        return a.position() < b.position()
            || (a.position() == b.position() && a.found().shortStart() < b.found().shortStart());
    }

    /**
     * A short form carries its definition's concept from the definition on, not before it. One lookup per
     * use, so a document defining and using thousands of abbreviations stays linear.
     */
    private static boolean isAfterDefinition(Candidate use, int position, Map<Concept, Definition> earliest) {
        Definition first = earliest.get(use.concept());
        return first != null && (first.position() < position
            || (first.position() == position && use.charStart() >= first.found().shortStart()));
    }
}
