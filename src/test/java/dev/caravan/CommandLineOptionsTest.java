package dev.caravan;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommandLineOptionsTest {
    @Test
    void folderFlagsBecomePropertyOverridesInBothSpellings() {
        CommandLineOptions options = CommandLineOptions.parse(
            List.of("--once", "--inbox", "in box", "--outbox=out", "--config", "my.properties"));
        assertTrue(options.once());
        assertEquals("my.properties", options.configFile());
        assertEquals(Map.of("caravan.inbox", "in box", "caravan.outbox", "out"), options.overrides());
    }

    @Test
    void refusesUnknownFlagsAndMissingValues() {
        assertThrows(IllegalArgumentException.class, () -> CommandLineOptions.parse(List.of("--inbx", "x")));
        assertThrows(IllegalArgumentException.class, () -> CommandLineOptions.parse(List.of("--inbox")));
        assertThrows(IllegalArgumentException.class, () -> CommandLineOptions.parse(List.of("--key=value")));
    }
}
