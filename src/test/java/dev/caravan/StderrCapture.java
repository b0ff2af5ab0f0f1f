package dev.caravan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Copies what is written to {@code System.err} while it is open, where slf4j-simple writes the log of an in-process
 * Camel context (it looks the stream up on every line), and still passes it through.
 */
public final class StderrCapture implements AutoCloseable {
    private final PrintStream original = System.err;
    private final ByteArrayOutputStream copy = new ByteArrayOutputStream();

    public StderrCapture() {
        System.setErr(new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                original.write(b);
                copy.write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                original.write(bytes, offset, length);
                copy.write(bytes, offset, length);
            }
        }, true, StandardCharsets.UTF_8));
    }

    /** What was written so far. */
    public String text() {
        return copy.toString(StandardCharsets.UTF_8);
    }

    /** How many lines written so far contain {@code fragment}. */
    public long linesContaining(String fragment) {
        return text().lines().filter(line -> line.contains(fragment)).count();
    }

    @Override
    public void close() throws IOException {
        System.setErr(original);
    }
}
