package dev.caravan.model;

import java.util.List;

/**
 * The JSON document Caravan writes for one input. Each pipeline stage returns a new copy with its part
 * filled in; fields a stage has not reached yet are empty or null.
 */
public record Document(int schemaVersion, Source source, Citation metadata, List<LanguageShare> languages,
                       List<Section> sections, List<TermSummary> terms, List<Abbreviation> abbreviations,
                       Pipeline pipeline) {

    /** Version of the JSON layout; bumped on every change users' scripts could notice. */
    public static final int SCHEMA_VERSION = 1;

    public Document {
        languages = List.copyOf(languages);
        sections = List.copyOf(sections);
        terms = List.copyOf(terms);
        abbreviations = List.copyOf(abbreviations);
    }

    /** A document as the sectioning stage makes it. */
    public static Document of(Source source, Citation metadata, List<Section> sections) {
        return new Document(SCHEMA_VERSION, source, metadata, List.of(), sections, List.of(), List.of(), null);
    }

    public Document withSections(List<Section> newSections) {
        return new Document(schemaVersion, source, metadata, languages, newSections, terms, abbreviations, pipeline);
    }

    public Document withLanguages(List<LanguageShare> shares) {
        return new Document(schemaVersion, source, metadata, shares, sections, terms, abbreviations, pipeline);
    }

    public Document withTerms(List<TermSummary> summary) {
        return new Document(schemaVersion, source, metadata, languages, sections, summary, abbreviations, pipeline);
    }

    public Document withAbbreviations(List<Abbreviation> defined) {
        return new Document(schemaVersion, source, metadata, languages, sections, terms, defined, pipeline);
    }

    public Document withPipeline(Pipeline run) {
        return new Document(schemaVersion, source, metadata, languages, sections, terms, abbreviations, run);
    }
}
