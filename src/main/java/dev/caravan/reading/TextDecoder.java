package dev.caravan.reading;

import dev.caravan.model.Reason;
import dev.caravan.model.RejectedInputException;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Turns a file's bytes into normalised text, or rejects them with a specific reason. Accepts UTF-8 with or
 * without a byte-order mark and UTF-16 with one; never replaces a bad byte silently.
 */
public final class TextDecoder {

    /** The text and the charset it was decoded with. */
    public record Decoded(String text, String charset) {
    }

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};
    private static final byte[] UTF32LE_BOM = {(byte) 0xFF, (byte) 0xFE, 0, 0};

    /** Above this share of control characters, text is taken for binary data. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    public Decoded decode(byte[] bytes) {
        if (bytes.length == 0) {
            throw new RejectedInputException(Reason.EMPTY, "the file is empty (0 bytes)");
        }
        MediaTypes.binarySignature(bytes).ifPresent(type -> {
            throw new RejectedInputException(Reason.UNSUPPORTED_MEDIA_TYPE,
                "the file is " + type + ", which Caravan does not read; only plain text and Markdown are supported");
        });
        Decoded decoded = decodeByMark(bytes);
        String text = normalise(decoded.text());
        rejectControlCharacters(text);
        if (text.isBlank()) {
            throw new RejectedInputException(Reason.BLANK,
                "the file holds only white space (" + bytes.length + " bytes)");
        }
        return new Decoded(text, decoded.charset());
    }

    private static Decoded decodeByMark(byte[] bytes) {
        if (MediaTypes.startsWith(bytes, UTF32LE_BOM)) {
            throw new RejectedInputException(Reason.INVALID_ENCODING,
                "UTF-32 is not supported; save the file as UTF-8");
        }
        if (MediaTypes.startsWith(bytes, UTF8_BOM)) {
            return new Decoded(strictDecode(bytes, UTF8_BOM.length, StandardCharsets.UTF_8), "UTF-8");
        }
        if (MediaTypes.startsWith(bytes, UTF16LE_BOM)) {
            return new Decoded(strictDecode(bytes, 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        if (MediaTypes.startsWith(bytes, UTF16BE_BOM)) {
            return new Decoded(strictDecode(bytes, 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        rejectNulBytes(bytes);
        return new Decoded(strictDecode(bytes, 0, StandardCharsets.UTF_8), "UTF-8");
    }

    /** NUL never occurs in UTF-8 text; in UTF-16 without a mark it sits in every other byte. */
    private static void rejectNulBytes(byte[] bytes) {
        int firstNul = -1;
        int evenNuls = 0;
        int oddNuls = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                if (firstNul < 0) {
                    firstNul = i;
                }
                if ((i & 1) == 0) {
                    evenNuls++;
                } else {
                    oddNuls++;
                }
            }
        }
        if (firstNul < 0) {
            return;
        }
        int pairs = bytes.length / 2;
        if (pairs > 0 && Math.max(evenNuls, oddNuls) > 0.3 * pairs && Math.min(evenNuls, oddNuls) < 0.05 * pairs) {
            String order = oddNuls > evenNuls ? "little-endian" : "big-endian";
            throw new RejectedInputException(Reason.UTF16_WITHOUT_BOM,
                "the file looks like " + order + " UTF-16 without a byte-order mark; save it as UTF-8 or with a BOM");
        }
        throw new RejectedInputException(Reason.BINARY_CONTENT,
            "the file holds NUL bytes (first at byte " + firstNul + "), so it is not text");
    }

    private static String strictDecode(byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16,
            (long) (in.remaining() * (double) decoder.maxCharsPerByte()) + 1));
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int position = in.position();
            if (isIncompleteTail(bytes, position, charset)) {
                throw new RejectedInputException(Reason.TRUNCATED_ENCODING, "the file ends inside a "
                    + charset.name() + " character (last " + (bytes.length - position)
                    + " byte(s) incomplete); was it cut off while being written or copied?");
            }
            throw new RejectedInputException(Reason.INVALID_ENCODING, "invalid " + charset.name() + " at byte "
                + position + " (" + result.length() + " byte(s) that do not form a character)");
        }
        return out.flip().toString();
    }

    /** Whether the bytes from {@code position} to the end are the start of a character that was cut off. */
    private static boolean isIncompleteTail(byte[] bytes, int position, Charset charset) {
        int tail = bytes.length - position;
        if (!charset.equals(StandardCharsets.UTF_8)) {
            // UTF-16: an odd last byte, or a high surrogate with nothing after it
            return tail < 4;
        }
        int lead = bytes[position] & 0xFF;
        int needed = lead >= 0xF0 && lead <= 0xF4 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0;
        if (needed == 0 || tail >= needed) {
            return false;
        }
        for (int i = position + 1; i < bytes.length; i++) {
            if ((bytes[i] & 0xC0) != 0x80) {
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
