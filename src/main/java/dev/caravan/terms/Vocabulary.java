package dev.caravan.terms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The concepts the tagger knows, merged by id from one or more vocabulary files. Immutable. */
public final class Vocabulary {

    /** The psychopharmacology and neuroscience vocabulary shipped with Caravan. */
    public static final String DEFAULT_LOCATION = "classpath:vocabulary/caravan-neuro.tsv";

    private static final String CLASSPATH = "classpath:";

    private final Map<String, Concept> concepts;

    private Vocabulary(Map<String, Concept> concepts) {
        this.concepts = concepts;
    }

    /** A vocabulary of the given concepts; entries with the same id are merged in order. */
    public static Vocabulary of(Collection<Concept> concepts) {
        Map<String, Concept> merged = new LinkedHashMap<>();
        for (Concept concept : concepts) {
            merged.merge(concept.id(), concept, Concept::mergedWith);
        }
        // insertion order is kept: when two concepts share a synonym, the one loaded first wins
        return new Vocabulary(java.util.Collections.unmodifiableMap(merged));
    }

    /** The shipped default vocabulary alone. */
    public static Vocabulary defaults() {
        return load(List.of(DEFAULT_LOCATION));
    }

    /**
     * Loads and merges vocabulary files in order; later files add synonyms to concepts with the same id and
     * may replace their label and category.
     *
     * @param locations file paths, or {@code classpath:}-prefixed resources; the format follows the file
     *                  name: {@code .tsv} Caravan, {@code .jsonl} scispaCy, {@code .rdf}/{@code .xml} SKOS
     */
    public static Vocabulary load(List<String> locations) {
        List<Concept> all = new java.util.ArrayList<>();
        for (String location : locations) {
            String trimmed = location.strip();
            if (!trimmed.isEmpty()) {
                all.addAll(read(trimmed));
            }
        }
        return of(all);
    }

    /** Like {@link #load} for files. */
    public static Vocabulary loadFiles(List<Path> files) {
        return load(files.stream().map(Path::toString).toList());
    }

    private static List<Concept> read(String location) {
        VocabularyFormat format = VocabularyFormat.forName(location);
        try (InputStream in = open(location)) {
            return format.read(in, location);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read vocabulary " + location, e);
        }
    }

    private static InputStream open(String location) throws IOException {
        if (location.startsWith(CLASSPATH)) {
            String resource = location.substring(CLASSPATH.length()).replaceFirst("^/", "");
            InputStream in = Vocabulary.class.getClassLoader().getResourceAsStream(resource);
            if (in == null) {
                throw new IOException("No such resource on the class path: " + resource);
            }
            return in;
        }
        return Files.newInputStream(Path.of(location));
    }

    public Concept concept(String id) {
        return concepts.get(id);
    }

    public Collection<Concept> concepts() {
        return concepts.values();
    }

    public int size() {
        return concepts.size();
    }

    /** Number of synonyms over all concepts. */
    public int synonymCount() {
        return concepts.values().stream().mapToInt(c -> c.synonyms().size()).sum();
    }
}
