package dev.caravan.sections;

/** A document would have more sections than the configured limit; the route reports it as {@link #REASON}. */
public class SectionLimitException extends RuntimeException {

    /** The reason code for failed-document reports. */
    public static final String REASON = "too-many-sections";

    private static final long serialVersionUID = 1L;

    private final int limit;

    public SectionLimitException(int limit) {
        super("document has more than " + limit + " sections (limit caravan.limits.max-sections)");
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }

    public String reason() {
        return REASON;
    }
}
