package dev.caravan;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parsed command line. Folder flags become property overrides, so they win over application.properties,
 * environment variables and -D system properties alike.
 */
record CommandLineOptions(boolean once, boolean help, boolean version, String configFile,
                          Map<String, String> overrides) {

    /** Folder flags and the property each one sets. */
    static final Map<String, String> FOLDER_FLAGS = Map.of(
        "--inbox", "caravan.inbox",
        "--outbox", "caravan.outbox",
        "--error", "caravan.error",
        "--archive", "caravan.archive",
        "--state", "caravan.state");

    static final String USAGE = """
        Usage: java -jar caravan.jar [options]

        Watches an inbox folder and writes one JSON document per input to an outbox.
        Runs as a daemon until SIGTERM or Ctrl-C, finishing the files in progress.

        Options:
          --once            process what is in the inbox, print a summary and exit
                            (exit code 1 if any file failed)
          --inbox DIR       folder to watch                (caravan.inbox, default inbox)
          --outbox DIR      folder for JSON documents      (caravan.outbox, default outbox)
          --error DIR       folder for failed inputs       (caravan.error, default error)
          --archive DIR     folder for processed originals (caravan.archive, default archive)
          --state DIR       folder for Caravan's own state (caravan.state, default state)
          --config FILE     properties file to use instead of ./application.properties
          --version         print the version and exit
          --help            print this help and exit

        Any setting of application.properties can also be given as -Dkey=value before -jar,
        or as an environment variable (caravan.max-file-bytes -> CARAVAN_MAX_FILE_BYTES).
        """;

    static CommandLineOptions parse(List<String> args) {
        boolean once = false;
        boolean help = false;
        boolean version = false;
        String config = null;
        Map<String, String> overrides = new LinkedHashMap<>();
        Deque<String> remaining = new ArrayDeque<>(args);
        while (!remaining.isEmpty()) {
            String arg = remaining.pop();
            int equals = arg.indexOf('=');
            String flag = equals > 0 ? arg.substring(0, equals) : arg;
            String inlineValue = equals > 0 ? arg.substring(equals + 1) : null;
            switch (flag) {
                case "--once" -> once = true;
                case "--help", "-h" -> help = true;
                case "--version" -> version = true;
                case "--config" -> config = value(flag, inlineValue, remaining);
                default -> {
                    String property = FOLDER_FLAGS.get(flag);
                    if (property == null) {
                        throw new IllegalArgumentException("unknown option: " + arg + " (see --help)");
                    }
                    overrides.put(property, value(flag, inlineValue, remaining));
                }
            }
        }
        return new CommandLineOptions(once, help, version, config, overrides);
    }

    /** The flag's value: after '=' in the same argument, or the next argument. */
    private static String value(String flag, String inlineValue, Deque<String> remaining) {
        if (inlineValue != null) {
            return inlineValue;
        }
        if (remaining.isEmpty()) {
            throw new IllegalArgumentException(flag + " needs a value (see --help)");
        }
        return remaining.pop();
    }
}
