package dev.caravan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Validates what the tests produce against the published schemas in schema/. */
public final class Schemas {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    public static final JsonSchema DOCUMENT = load("caravan-document.schema.json");
    public static final JsonSchema ERROR = load("caravan-error.schema.json");

    private Schemas() {
    }

    private static JsonSchema load(String name) {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream in = Files.newInputStream(Path.of("schema", name))) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the file, asserts it is valid against {@code schema}, and returns it. */
    public static JsonNode assertValid(JsonSchema schema, Path json) throws IOException {
        JsonNode node = MAPPER.readTree(json.toFile());
        Set<ValidationMessage> problems = schema.validate(node);
        assertTrue(problems.isEmpty(), json + " does not match " + schema.getSchemaLocation() + ": " + problems);
        return node;
    }
}
