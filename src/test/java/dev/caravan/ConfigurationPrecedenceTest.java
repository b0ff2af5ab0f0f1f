package dev.caravan;

import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Built-in defaults, then the user's file, then command-line flags: later ones win. */
class ConfigurationPrecedenceTest {
    private Main main;

    @TempDir
    Path work;

    @AfterEach
    void stop() throws Exception {
        if (main != null) {
            main.stop();
        }
    }

    private String resolve(CommandLineOptions options, String key) throws Exception {
        main = CaravanCommand.createMain(options);
        // keep the folders Caravan creates at start-up out of the project
        main.addOverrideProperty("caravan.state", work.resolve("state").toString());
        main.addOverrideProperty("caravan.routes", work.resolve("routes").toString());
        main.init();
        return main.getCamelContext().resolvePropertyPlaceholders("{{" + key + "}}");
    }

    @Test
    void builtInDefaultsApplyWithoutAnyFile() throws Exception {
        assertEquals("67108864", resolve(CommandLineOptions.parse(List.of()), "caravan.max-file-bytes"));
    }

    @Test
    void theConfigFileOverridesDefaultsAndFlagsOverrideTheFile(@TempDir Path dir) throws Exception {
        Path config = Files.writeString(dir.resolve("custom.properties"),
            "caravan.inbox=from-file\ncaravan.max-file-bytes=1000\n");
        CommandLineOptions options = CommandLineOptions.parse(
            List.of("--config", config.toString(), "--inbox", "from-flag"));
        assertEquals("from-flag", resolve(options, "caravan.inbox"));
        main.stop();
        assertEquals("1000", resolve(options, "caravan.max-file-bytes"));
    }
}
