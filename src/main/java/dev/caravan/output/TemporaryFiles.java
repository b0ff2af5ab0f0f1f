package dev.caravan.output;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The hidden names Caravan writes under before renaming: a JSON in progress in the outbox, a sidecar in
 * progress in the error folder. A crash can leave them behind; nothing else writes them, so at start-up
 * (before the route runs) every one left is garbage. One daemon per set of folders is assumed.
 */
public final class TemporaryFiles {
    /** Prefix of a JSON being written in the outbox (the file producer's tempPrefix). */
    public static final String OUTBOX_PREFIX = ".writing-";
    private static final Logger LOG = LoggerFactory.getLogger("caravan");

    private TemporaryFiles() {
    }

    /** The hidden name an error sidecar is written under before it is renamed to {@code sidecar}. */
    static Path forSidecar(Path sidecar) {
        return sidecar.resolveSibling("." + sidecar.getFileName() + ".tmp");
    }

    /** Deletes what crashed runs left half-written in the outbox and the error folder; returns how many. */
    public static int sweep(Path outbox, Path error) throws IOException {
        int removed = sweep(outbox, OUTBOX_PREFIX + "*") + sweep(error, ".*" + Destinations.SIDECAR_SUFFIX + ".tmp");
        if (removed > 0) {
            LOG.info("Removed {} half-written file(s) left by an earlier run in {} and {}", removed, outbox, error);
        }
        return removed;
    }

    private static int sweep(Path folder, String glob) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        int removed = 0;
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder, glob)) {
            for (Path leftover : leftovers) {
                if (Files.isRegularFile(leftover, LinkOption.NOFOLLOW_LINKS) && Files.deleteIfExists(leftover)) {
                    removed++;
                }
            }
        }
        return removed;
    }
}
