package dev.caravan.model;

/** Camel message headers Caravan sets; downstream routes can rely on the public ones. */
public final class Headers {
    /** Public: the input's file name as dropped. */
    public static final String FILE_NAME = "CaravanFileName";
    /** Public: hex SHA-256 of the input's bytes. */
    public static final String SHA256 = "CaravanSha256";
    /** Public: the languages of the document, comma-separated, largest share first. */
    public static final String LANGUAGES = "CaravanLanguages";
    /** Public: the concept ids the document mentions, comma-separated, most frequent first. */
    public static final String CONCEPT_IDS = "CaravanConceptIds";
    /** Public: number of sections. */
    public static final String SECTIONS = "CaravanSections";
    /** Public: number of term mentions. */
    public static final String TERM_COUNT = "CaravanTermCount";
    /** Public: milliseconds from pick-up to the finished document. */
    public static final String DURATION_MS = "CaravanDurationMs";
    /** Public: absolute path of the JSON written to the outbox. */
    public static final String OUTPUT_FILE = "CaravanOutputFile";

    /** Internal: the outbox file name chosen for this input's JSON. */
    public static final String OUTPUT_NAME = "CaravanOutputName";
    /** Internal: where the consumer moves the original after success. */
    public static final String ARCHIVE_PATH = "CaravanArchivePath";
    /** Internal: where the consumer moves the original after failure. */
    public static final String ERROR_PATH = "CaravanErrorPath";

    /** Internal exchange property: the per-file time limit ran out while this input was processed. */
    public static final String TIMED_OUT = "CaravanTimedOut";

    private Headers() {
    }
}
