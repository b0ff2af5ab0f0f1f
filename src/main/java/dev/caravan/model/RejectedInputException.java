package dev.caravan.model;

/** Thrown by a stage that cannot process an input; carries the reason code for the error sidecar. */
public class RejectedInputException extends RuntimeException {
    private final Reason reason;

    public RejectedInputException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
