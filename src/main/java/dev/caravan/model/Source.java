package dev.caravan.model;

import java.time.Instant;

/** Where a document came from and how its bytes were decoded. */
public record Source(String fileName, long sizeBytes, String sha256, String mediaType, String charset,
                     Instant receivedAt) {
}
