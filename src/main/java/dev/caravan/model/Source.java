package dev.caravan.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.time.Instant;

/** Where a document came from and how its bytes were decoded. */
public record Source(String fileName, long sizeBytes, String sha256, String mediaType, String charset,
                     Instant receivedAt) {
    public static final String MARKDOWN = "text/markdown";
    public static final String PLAIN_TEXT = "text/plain";

    /** Whether the document is read as Markdown rather than plain text. */
    @JsonIgnore
    public boolean isMarkdown() {
        return MARKDOWN.equals(mediaType);
    }
}
