package dev.caravan.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one JSON mapping of Caravan's records: ISO-8601 instants, compact (indenting doubles the size of
 * term-rich documents and the memory to write them; {@code jq .} shows a file indented).
 */
public final class DocumentJson {
    private DocumentJson() {
    }

    public static ObjectMapper mapper() {
        return new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }
}
