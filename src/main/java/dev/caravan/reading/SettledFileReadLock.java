package dev.caravan.reading;

import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileEndpoint;
import org.apache.camel.component.file.GenericFileExclusiveReadLockStrategy;
import org.apache.camel.component.file.GenericFileOperations;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.util.Map;

/**
 * Decides when a file in the inbox is complete, without blocking the poll.
 *
 * <p>A file is ready when either
 * <ul>
 *   <li>it was renamed (or moved in) after its last write: its inode change time is later than its
 *       modification time. Writers that write a temporary name and rename (rsync, most upload tools, the
 *       recommended way to drop files) are therefore picked up on the next poll; or</li>
 *   <li>it has not been modified for the settle period: covers a plain {@code cp} or an editor saving in place.
 *       A writer that pauses longer than the settle period mid-file can still be read early; such writers
 *       should write under a temporary name ({@code .*}, {@code *.tmp}, {@code *.part}) and rename.</li>
 * </ul>
 * A file that is not ready is skipped for this poll and looked at again on the next one. Symbolic links and
 * anything that is not a regular file are never ready, so a link cannot lead Caravan outside the inbox.
 */
public class SettledFileReadLock implements GenericFileExclusiveReadLockStrategy<File> {
    /** What {@link #isReady} reads of a file, in one call. */
    private static final String STATUS = "unix:isRegularFile,lastModifiedTime,ctime";
    private final long settleMillis;
    private final Clock clock;

    public SettledFileReadLock(long settleMillis, Clock clock) {
        this.settleMillis = settleMillis;
        this.clock = clock;
    }

    @Override
    public boolean acquireExclusiveReadLock(GenericFileOperations<File> operations, GenericFile<File> file,
                                            Exchange exchange) {
        return isReady(file.getFile().toPath());
    }

    /** Whether the file at {@code path} is complete by the rules above. */
    public boolean isReady(Path path) {
        try {
            // one stat for all three: asked separately they cost three, and the JIT compiled their inlined
            // attribute lookups into one of the larger methods of a cold run
            Map<String, Object> attributes = Files.readAttributes(path, STATUS, LinkOption.NOFOLLOW_LINKS);
            if (!Boolean.TRUE.equals(attributes.get("isRegularFile"))) {
                return false;
            }
            FileTime modified = (FileTime) attributes.get("lastModifiedTime");
            FileTime changed = (FileTime) attributes.get("ctime");
            boolean renamedAfterWriting = changed.compareTo(modified) > 0;
            boolean quiet = clock.millis() - modified.toMillis() >= settleMillis;
            return renamedAfterWriting || quiet;
        } catch (IOException | UnsupportedOperationException e) {
            // gone or unreadable since the listing: the next poll decides again
            return false;
        }
    }

    @Override
    public void prepareOnStartup(GenericFileOperations<File> operations, GenericFileEndpoint<File> endpoint) {
        // nothing is left behind by this strategy: it takes no lock files
    }

    @Override
    public void releaseExclusiveReadLockOnAbort(GenericFileOperations<File> operations, GenericFile<File> file,
                                                Exchange exchange) {
        // no lock is held
    }

    @Override
    public void releaseExclusiveReadLockOnRollback(GenericFileOperations<File> operations, GenericFile<File> file,
                                                   Exchange exchange) {
        // no lock is held
    }

    @Override
    public void releaseExclusiveReadLockOnCommit(GenericFileOperations<File> operations, GenericFile<File> file,
                                                 Exchange exchange) {
        // no lock is held
    }

    @Override
    public void setTimeout(long timeout) {
        // never waits: a file that is not ready is retried on the next poll
    }

    @Override
    public void setCheckInterval(long checkInterval) {
        // the poll delay is the check interval
    }

    @Override
    public void setReadLockLoggingLevel(LoggingLevel readLockLoggingLevel) {
        // logs nothing
    }

    @Override
    public void setMarkerFiler(boolean markerFile) {
        // takes no marker files
    }

    @Override
    public void setDeleteOrphanLockFiles(boolean deleteOrphanLockFiles) {
        // takes no lock files
    }
}
