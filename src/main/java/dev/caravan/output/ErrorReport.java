package dev.caravan.output;

import dev.caravan.model.Reason;

import java.time.Instant;

/**
 * The sidecar written next to a failed original in the error folder, as {@code <name>.error.json}.
 *
 * @param attempts how many times Caravan tried before giving up (more than 1 after transient I/O errors)
 */
public record ErrorReport(String fileName, Reason reason, String message, Instant failedAt, int attempts) {
}
