package dev.caravan.reading;

import dev.caravan.model.Reason;
import dev.caravan.model.RejectedInputException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * Turns a file's bytes into normalised text, or rejects them with a specific reason. Accepts UTF-8 with or
 * without a byte-order mark and UTF-16 with one; never replaces a bad byte silently.
 *
 * <p>The bytes are read as a stream, a piece at a time, and hashed on the way: a large file is never held
 * as bytes and as text at once, and its text is built in one allocation from decoded pieces (which take one
 * byte per character where they are Latin-1), not grown and copied.
 */
public final class TextDecoder {

    /** The text, the charset it was decoded with, and the size and SHA-256 of the bytes. */
    public record Decoded(String text, String charset, long sizeBytes, String sha256) {
    }

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};
    private static final byte[] UTF32LE_BOM = {(byte) 0xFF, (byte) 0xFE, 0, 0};

    /** Bytes read, and characters decoded, at a time. */
    private static final int PIECE = 1 << 16;
    /** Room for every signature {@link MediaTypes} and the byte-order marks look for, and a few chars beyond. */
    private static final int SMALLEST_BUFFER = 64;
    /** Above this share of control characters, text is taken for binary data. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    /** How the leading bytes say the rest is encoded. */
    private record Encoding(Charset charset, String name, int markLength) {
    }

    public Decoded decode(byte[] bytes) {
        try {
            return decode(new ByteArrayInputStream(bytes), bytes.length);
        } catch (IOException e) {
            throw new UncheckedIOException("reading from memory cannot fail", e);
        }
    }

    /**
     * Decodes everything {@code input} holds (the caller closes it), expecting about {@code expectedBytes}
     * (a file's size when it was opened): input that small gets buffers its size, not 64 KB of bytes and
     * 128 KB of chars. A wrong guess (the file grew) costs only speed: the buffer is then refilled like the
     * full-sized one.
     */
    public Decoded decode(InputStream input, long expectedBytes) throws IOException {
        byte[] buffer = new byte[(int) Math.max(SMALLEST_BUFFER, Math.min(PIECE, expectedBytes + 1))];
        int read = input.readNBytes(buffer, 0, buffer.length);
        if (read == 0) {
            throw new RejectedInputException(Reason.EMPTY, "the file is empty (0 bytes)");
        }
        byte[] start = Arrays.copyOf(buffer, read);
        MediaTypes.binarySignature(start).ifPresent(type -> {
            throw new RejectedInputException(Reason.UNSUPPORTED_MEDIA_TYPE,
                "the file is " + type + ", which Caravan does not read; only plain text and Markdown are supported");
        });
        Encoding encoding = encodingByMark(start);
        Pass pass = new Pass(input, buffer, read, encoding);
        String text = normalise(pass.run());
        rejectControlCharacters(text);
        if (text.isBlank()) {
            throw new RejectedInputException(Reason.BLANK,
                "the file holds only white space (" + pass.size + " bytes)");
        }
        return new Decoded(text, encoding.name(), pass.size, HexFormat.of().formatHex(pass.sha256.digest()));
    }

    private static Encoding encodingByMark(byte[] start) {
        if (MediaTypes.startsWith(start, UTF32LE_BOM)) {
            throw new RejectedInputException(Reason.INVALID_ENCODING,
                "UTF-32 is not supported; save the file as UTF-8");
        }
        if (MediaTypes.startsWith(start, UTF8_BOM)) {
            return new Encoding(StandardCharsets.UTF_8, "UTF-8", UTF8_BOM.length);
        }
        if (MediaTypes.startsWith(start, UTF16LE_BOM)) {
            return new Encoding(StandardCharsets.UTF_16LE, "UTF-16LE", 2);
        }
        if (MediaTypes.startsWith(start, UTF16BE_BOM)) {
            return new Encoding(StandardCharsets.UTF_16BE, "UTF-16BE", 2);
        }
        return new Encoding(StandardCharsets.UTF_8, "UTF-8", 0);
    }

    /** One pass over the bytes: hashing, strict decoding into pieces, and NUL counting for unmarked files. */
    private static final class Pass {
        private final InputStream input;
        private final byte[] buffer;
        private final ByteBuffer in;
        private final Encoding encoding;
        private final CharsetDecoder decoder;
        private final MessageDigest sha256 = sha256();
        private final CharBuffer piece;
        private final List<String> pieces = new ArrayList<>();
        // NUL bytes only matter without a byte-order mark: in UTF-16 they sit in every other byte
        private long firstNul = -1;
        private long evenNuls;
        private long oddNuls;
        /** Offset in the file of buffer[0]. */
        private long consumed;
        private long size;
        private boolean endOfInput;

        Pass(InputStream input, byte[] buffer, int read, Encoding encoding) {
            this.input = input;
            this.buffer = buffer;
            this.encoding = encoding;
            this.in = ByteBuffer.wrap(buffer, 0, read);
            this.decoder = encoding.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
            took(0, read);
            // at most one char a byte: input that fit in the first read needs no more room than its bytes
            piece = CharBuffer.allocate(endOfInput ? read + 1 : buffer.length);
            in.position(encoding.markLength());
        }

        String run() throws IOException {
            while (true) {
                CoderResult result = decoder.decode(in, piece, endOfInput);
                if (result.isUnderflow() && endOfInput) {
                    result = decoder.flush(piece);
                }
                if (result.isOverflow()) {
                    keepPiece();
                } else if (result.isError()) {
                    throw invalid(result);
                } else if (endOfInput) {
                    keepPiece();
                    rejectNulBytes();
                    return String.join("", pieces);
                } else {
                    readMore();
                }
            }
        }

        private void keepPiece() {
            pieces.add(piece.flip().toString());
            piece.clear();
        }

        /** Keeps the bytes of a character cut by the buffer's end and appends what comes next. */
        private void readMore() throws IOException {
            consumed += in.position();
            in.compact();
            int from = in.position();
            int read = input.readNBytes(buffer, from, buffer.length - from);
            took(from, read);
            in.position(from + read).flip();
        }

        private void took(int from, int read) {
            sha256.update(buffer, from, read);
            size += read;
            endOfInput = from + read < buffer.length;
            if (encoding.markLength() == 0) {
                countNuls(from, read);
            }
        }

        private void countNuls(int from, int read) {
            for (int i = from; i < from + read; i++) {
                if (buffer[i] == 0) {
                    long offset = consumed + i;
                    if (firstNul < 0) {
                        firstNul = offset;
                    }
                    if ((offset & 1) == 0) {
                        evenNuls++;
                    } else {
                        oddNuls++;
                    }
                }
            }
        }

        /** The rejection for bytes that do not decode; NUL bytes anywhere in the file take precedence. */
        private RejectedInputException invalid(CoderResult result) throws IOException {
            int position = in.position();
            long at = consumed + position;
            byte[] rest = Arrays.copyOfRange(buffer, position, in.limit());
            while (!endOfInput) {
                in.position(in.limit());
                readMore();
            }
            rejectNulBytes();
            Charset charset = encoding.charset();
            if (endOfInput && at + rest.length == size && isIncompleteTail(rest, charset)) {
                return new RejectedInputException(Reason.TRUNCATED_ENCODING, "the file ends inside a "
                    + charset.name() + " character (last " + rest.length
                    + " byte(s) incomplete); was it cut off while being written or copied?");
            }
            return new RejectedInputException(Reason.INVALID_ENCODING, "invalid " + charset.name() + " at byte "
                + at + " (" + result.length() + " byte(s) that do not form a character)");
        }

        /** NUL never occurs in UTF-8 text; in UTF-16 without a mark it sits in every other byte. */
        private void rejectNulBytes() {
            if (firstNul < 0) {
                return;
            }
            long pairs = size / 2;
            if (pairs > 0 && Math.max(evenNuls, oddNuls) > 0.3 * pairs && Math.min(evenNuls, oddNuls) < 0.05 * pairs) {
                String order = oddNuls > evenNuls ? "little-endian" : "big-endian";
                throw new RejectedInputException(Reason.UTF16_WITHOUT_BOM,
                    "the file looks like " + order + " UTF-16 without a byte-order mark; save it as UTF-8 or with a BOM");
            }
            throw new RejectedInputException(Reason.BINARY_CONTENT,
                "the file holds NUL bytes (first at byte " + firstNul + "), so it is not text");
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Whether {@code tail}, the last bytes of the file, is the start of a character that was cut off. */
    private static boolean isIncompleteTail(byte[] tail, Charset charset) {
        if (!charset.equals(StandardCharsets.UTF_8)) {
            // UTF-16: an odd last byte, or a high surrogate with nothing after it
            return tail.length < 4;
        }
        int lead = tail[0] & 0xFF;
        int needed = lead >= 0xF0 && lead <= 0xF4 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0;
        if (needed == 0 || tail.length >= needed) {
            return false;
        }
        for (int i = 1; i < tail.length; i++) {
            if ((tail[i] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }

    /** One newline convention (\n) and composed Unicode (NFC), so offsets mean the same for every input. */
    static String normalise(String text) {
        String unified = text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
        return Normalizer.isNormalized(unified, Normalizer.Form.NFC)
            ? unified : Normalizer.normalize(unified, Normalizer.Form.NFC);
    }

    private static void rejectControlCharacters(String text) {
        long controls = text.chars().filter(TextDecoder::isStrayControl).count();
        if (controls > Math.max(2, MAX_CONTROL_SHARE * text.length())) {
            throw new RejectedInputException(Reason.BINARY_CONTENT, String.format(
                "%d control characters in %d characters: this looks like binary data, not text",
                controls, text.length()));
        }
    }

    private static boolean isStrayControl(int c) {
        return (c < 0x20 && c != '\n' && c != '\t' && c != '\f') || c == 0x7F;
    }
}
