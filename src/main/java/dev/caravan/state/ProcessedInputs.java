package dev.caravan.state;

import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The once-only record: one line per processed input key ({@code name:sha256}), appended as each input
 * completes, read whole at start.
 *
 * <p>Why not Camel's {@code FileIdempotentRepository}: on every key missing from its in-memory cache — that
 * is, every new input — it scans the whole file, so the n-th input costs O(n) and a long-running daemon slows
 * to a crawl (measured: 10,000 records at 48 documents/s, most CPU in that scan). Here every key is held as a
 * 64-bit fingerprint with its line's offset (16 bytes per input), and a fingerprint match is confirmed against
 * the line on disk, so a collision can never make a new input look processed.
 */
public final class ProcessedInputs extends ServiceSupport implements IdempotentRepository {
    private static final Logger LOG = LoggerFactory.getLogger("caravan");
    private final Path file;
    private FileChannel channel;
    private long[] fingerprints = new long[1024];   // 0 marks a free slot
    private long[] offsets = new long[1024];
    private int size;

    public ProcessedInputs(Path file) {
        this.file = file;
    }

    @Override
    protected synchronized void doStart() throws IOException {
        byte[] record = readOrSetAside();
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        int lineStart = 0;
        for (int i = 0; i < record.length; i++) {
            if (record[i] == '\n') {
                if (i > lineStart) {
                    String key = new String(record, lineStart, i - lineStart, StandardCharsets.UTF_8);
                    if (find(key) < 0) {
                        insert(fingerprint(key), lineStart);
                    }
                }
                lineStart = i + 1;
            }
        }
        // a line cut short by a crash is not a record: the next append starts on a line of its own
        channel.position(record.length);
        if (lineStart < record.length) {
            channel.write(ByteBuffer.wrap(new byte[] {'\n'}));
        }
    }

    /**
     * The record's bytes, or none when there is no record yet or it is damaged (not UTF-8 text): a damaged one
     * is moved aside, kept for inspection, so the daemon starts instead of refusing to. Archived inputs are not
     * in the inbox, so nothing is processed twice; a re-dropped same input finds its JSON already in the outbox.
     */
    private byte[] readOrSetAside() throws IOException {
        if (!Files.exists(file)) {
            LOG.info("No record of processed inputs at {}: starting a new one", file.toAbsolutePath());
            return new byte[0];
        }
        byte[] record = Files.readAllBytes(file);
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(record));
            return record;
        } catch (CharacterCodingException damaged) {
            Path aside = file.resolveSibling(file.getFileName() + ".damaged-" + System.currentTimeMillis());
            Files.move(file, aside);
            LOG.warn("The record of processed inputs {} is damaged (not UTF-8 text); moved it to {} and started a"
                + " new one", file.toAbsolutePath(), aside.getFileName());
            return new byte[0];
        }
    }

    @Override
    protected synchronized void doStop() throws IOException {
        if (channel != null) {
            restoreIfDeleted();   // also when no input came after the deletion
            channel.close();
            channel = null;
        }
    }

    @Override
    public synchronized boolean add(String name) {
        String key = asLine(name);
        if (find(key) >= 0) {
            return false;
        }
        append(key);
        return true;
    }

    private void append(String key) {
        try {
            restoreIfDeleted();
            long offset = channel.size();
            channel.write(ByteBuffer.wrap((key + "\n").getBytes(StandardCharsets.UTF_8)), offset);
            insert(fingerprint(key), offset);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record a processed input in " + file, e);
        }
    }

    /**
     * The record deleted while the daemon runs (its state folder removed, say): the open channel still holds every
     * line, so they are written out again under the record's name, which is used from then on. Without this the
     * daemon would go on recording into a file no one can see, and lose the whole record at its next start. One
     * file-system look per new input.
     */
    private void restoreIfDeleted() throws IOException {
        if (Files.exists(file)) {
            return;
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        FileChannel restored = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
            StandardOpenOption.WRITE);
        long bytes = channel.size();
        for (long copied = 0; copied < bytes; ) {
            copied += channel.transferTo(copied, bytes - copied, restored);
        }
        channel.close();
        channel = restored;
        LOG.warn("The record of processed inputs {} was deleted while running; wrote it again from the open copy"
            + " ({} inputs)", file.toAbsolutePath(), size);
    }

    @Override
    public synchronized boolean contains(String name) {
        return find(asLine(name)) >= 0;
    }

    /** Rare (an exchange rolled back after its key was added): rewrites the record without the key. */
    @Override
    public synchronized boolean remove(String name) {
        String key = asLine(name);
        if (find(key) < 0) {
            return false;
        }
        List<String> kept = new ArrayList<>();
        for (int slot = 0; slot < fingerprints.length; slot++) {
            if (fingerprints[slot] != 0) {
                String stored = lineAt(offsets[slot]);
                if (!stored.equals(key)) {
                    kept.add(stored);
                }
            }
        }
        clear();
        kept.forEach(this::append);
        return true;
    }

    @Override
    public boolean confirm(String key) {
        return true;
    }

    @Override
    public synchronized void clear() {
        try {
            channel.truncate(0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + file, e);
        }
        fingerprints = new long[1024];
        offsets = new long[1024];
        size = 0;
    }

    /** A key as its record line: file names may hold newlines, which would split the line. */
    static String asLine(String key) {
        return key.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    /** The slot holding this key, or -1; a matching fingerprint counts only when the line on disk is the key. */
    private int find(String key) {
        long fingerprint = fingerprint(key);
        for (int slot = slotOf(fingerprint, fingerprints.length); fingerprints[slot] != 0; slot = next(slot)) {
            if (fingerprints[slot] == fingerprint && lineAt(offsets[slot]).equals(key)) {
                return slot;
            }
        }
        return -1;
    }

    private void insert(long fingerprint, long offset) {
        if (2 * (size + 1) > fingerprints.length) {
            grow();
        }
        int slot = slotOf(fingerprint, fingerprints.length);
        while (fingerprints[slot] != 0) {
            slot = next(slot);
        }
        fingerprints[slot] = fingerprint;
        offsets[slot] = offset;
        size++;
    }

    private void grow() {
        long[] oldFingerprints = fingerprints;
        long[] oldOffsets = offsets;
        fingerprints = new long[oldFingerprints.length * 2];
        offsets = new long[oldFingerprints.length * 2];
        size = 0;
        for (int slot = 0; slot < oldFingerprints.length; slot++) {
            if (oldFingerprints[slot] != 0) {
                insert(oldFingerprints[slot], oldOffsets[slot]);
            }
        }
    }

    private int next(int slot) {
        return (slot + 1) & (fingerprints.length - 1);
    }

    private static int slotOf(long fingerprint, int capacity) {
        return (int) (fingerprint ^ (fingerprint >>> 32)) & (capacity - 1);
    }

    /** A 64-bit FNV-1a hash of the key's characters, never 0 (0 marks a free slot). */
    static long fingerprint(String key) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            hash = (hash ^ key.charAt(i)) * 0x100000001b3L;
        }
        return hash == 0 ? 1 : hash;
    }

    /** The record's line that starts at this offset, without its newline. */
    private String lineAt(long offset) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(512);
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            long position = offset;
            while (true) {
                buffer.clear();
                int read = channel.read(buffer, position);
                if (read <= 0) {
                    break;
                }
                for (int i = 0; i < read; i++) {
                    byte b = buffer.get(i);
                    if (b == '\n') {
                        return line.toString(StandardCharsets.UTF_8);
                    }
                    line.write(b);
                }
                position += read;
            }
            return line.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
