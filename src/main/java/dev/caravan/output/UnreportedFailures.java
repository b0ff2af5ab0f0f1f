package dev.caravan.output;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed inputs whose failure cannot be reported yet (the error folder is blocked), each with the fault that stops
 * it. Such an input stays in the inbox and is tried again on every poll; remembering its fault lets the log say
 * so once per input and fault, instead of once per try.
 */
final class UnreportedFailures {
    private final Map<Path, String> faultByInput = new ConcurrentHashMap<>();

    /**
     * Records that {@code input} met {@code fault}; true unless it met the same fault on its previous try. Inputs no
     * longer on disk are forgotten first: one removed by hand while blocked would otherwise stay here for good.
     */
    boolean isNew(Path input, String fault) {
        faultByInput.keySet().removeIf(blocked -> !blocked.equals(input) && Files.notExists(blocked));
        return !fault.equals(faultByInput.put(input, fault));
    }

    /** Forgets {@code input} now that its failure was reported; true if it had been blocked. */
    boolean clear(Path input) {
        return faultByInput.remove(input) != null;
    }

    /** How many inputs are remembered as blocked. */
    int size() {
        return faultByInput.size();
    }
}
