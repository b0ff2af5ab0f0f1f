package dev.caravan.sections;

import dev.caravan.model.Reason;
import dev.caravan.model.RejectedInputException;

/** A document would have more sections than the configured limit. */
public class SectionLimitException extends RejectedInputException {

    private static final long serialVersionUID = 1L;

    private final int limit;

    public SectionLimitException(int limit) {
        super(Reason.TOO_MANY_SECTIONS, "the document has more than " + limit
            + " sections; the limit (caravan.max-sections) is " + limit);
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }
}
