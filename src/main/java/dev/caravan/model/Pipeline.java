package dev.caravan.model;

import java.time.Instant;

/** Which Caravan made a document, when, and how long it took. */
public record Pipeline(String version, Instant processedAt, long durationMs) {
}
