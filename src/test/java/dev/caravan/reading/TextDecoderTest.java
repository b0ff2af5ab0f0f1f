package dev.caravan.reading;

import dev.caravan.model.Reason;
import dev.caravan.model.RejectedInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextDecoderTest {
    private final TextDecoder decoder = new TextDecoder();

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private Reason rejection(byte[] bytes) {
        return assertThrows(RejectedInputException.class, () -> decoder.decode(bytes)).reason();
    }

    @Test
    void decodesUtf8WithAndWithoutByteOrderMark() {
        byte[] text = "Ketamin wirkt schnell – 氯胺酮\n".getBytes(StandardCharsets.UTF_8);
        TextDecoder.Decoded plain = decoder.decode(text);
        TextDecoder.Decoded marked = decoder.decode(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text));
        assertEquals("Ketamin wirkt schnell – 氯胺酮\n", plain.text());
        assertEquals(plain.text(), marked.text());
        assertEquals("UTF-8", marked.charset());
    }

    @Test
    void decodesUtf16WithByteOrderMarkInBothByteOrders() {
        String text = "Кетамин и 氯胺酮 😀";
        TextDecoder.Decoded little = decoder.decode(concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
            text.getBytes(StandardCharsets.UTF_16LE)));
        TextDecoder.Decoded big = decoder.decode(concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
            text.getBytes(StandardCharsets.UTF_16BE)));
        assertEquals(text, little.text());
        assertEquals("UTF-16LE", little.charset());
        assertEquals(text, big.text());
        assertEquals("UTF-16BE", big.charset());
    }

    @Test
    void aWrongSizeGuessDecodesTheSameText() throws Exception {
        // multi-byte chars fall across every small buffer's edge; the guess is what the file had when opened
        byte[] text = "Ketamin – 氯胺酮 😀 Кетамин\n".repeat(400).getBytes(StandardCharsets.UTF_8);
        TextDecoder.Decoded exact = decoder.decode(text);
        for (long guess : new long[] {0, 100, 4095, 70_000}) {
            TextDecoder.Decoded guessed = decoder.decode(new java.io.ByteArrayInputStream(text), guess);
            assertEquals(exact, guessed, "size guessed as " + guess);
        }
        assertEquals(new String(text, StandardCharsets.UTF_8), exact.text());
    }

    @Test
    void normalisesNewlinesAndComposesUnicode() {
        String decomposed = "Cafe\u0301\r\nline two\rline three";
        assertEquals("Café\nline two\nline three",
            decoder.decode(decomposed.getBytes(StandardCharsets.UTF_8)).text());
    }

    @Test
    void rejectsEmptyAndBlankFilesWithTheirOwnReasons() {
        assertEquals(Reason.EMPTY, rejection(new byte[0]));
        assertEquals(Reason.BLANK, rejection(" \n\t\r\n  ".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void rejectsKnownBinaryFormatsAsUnsupportedMediaTypes() {
        assertEquals(Reason.UNSUPPORTED_MEDIA_TYPE, rejection("%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(Reason.UNSUPPORTED_MEDIA_TYPE, rejection(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}));
        assertEquals(Reason.UNSUPPORTED_MEDIA_TYPE, rejection(new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0}));
    }

    @Test
    void rejectsNulBytesAndControlCharacterNoiseAsBinary() {
        assertEquals(Reason.BINARY_CONTENT, rejection("text\0with a nul in the middle of a long line"
            .getBytes(StandardCharsets.UTF_8)));
        byte[] noise = new byte[400];
        Arrays.fill(noise, (byte) 'a');
        for (int i = 0; i < noise.length; i += 10) {
            noise[i] = 0x01;
        }
        assertEquals(Reason.BINARY_CONTENT, rejection(noise));
    }

    @Test
    void recognisesUtf16WithoutByteOrderMark() {
        assertEquals(Reason.UTF16_WITHOUT_BOM,
            rejection("A plain English sentence.".getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(Reason.UTF16_WITHOUT_BOM,
            rejection("A plain English sentence.".getBytes(StandardCharsets.UTF_16BE)));
    }

    @Test
    void rejectsInvalidUtf8AndSaysWhere() {
        byte[] bytes = concat("valid start ".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, 0x28},
            " more".getBytes(StandardCharsets.UTF_8));
        RejectedInputException e = assertThrows(RejectedInputException.class, () -> decoder.decode(bytes));
        assertEquals(Reason.INVALID_ENCODING, e.reason());
        assertTrue(e.getMessage().contains("byte 12"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void recognisesUtf8CutOffInsideTheLastCharacter(int kept) {
        byte[] whole = "抑郁症".getBytes(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(whole, whole.length - 3 + kept);
        assertEquals(Reason.TRUNCATED_ENCODING, rejection(cut));
    }

    @Test
    void rejectsLatin1BytesThatAreNotUtf8() {
        assertEquals(Reason.INVALID_ENCODING, rejection("Réunion à Genève".getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void keepsTabsAndFormFeedsAsText() {
        assertEquals("a\tb\fc", decoder.decode("a\tb\fc".getBytes(StandardCharsets.UTF_8)).text());
    }

    /** Texts longer than the decoder's 64 KB reading piece, so characters straddle piece boundaries. */
    private static String longText(int bytes) {
        StringBuilder text = new StringBuilder();
        String[] words = {"ketamine ", "氯胺酮 ", "Кетамин ", "😀 ", "é "};
        for (int i = 0; text.toString().getBytes(StandardCharsets.UTF_8).length < bytes; i++) {
            text.append(words[i % words.length].repeat(50)).append('\n');
        }
        return text.toString();
    }

    @Test
    void decodesCharactersThatStraddleReadingPiecesAndHashesAllBytes() throws Exception {
        String text = longText(300_000);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        TextDecoder.Decoded decoded = decoder.decode(bytes);
        assertEquals(text, decoded.text());
        assertEquals(bytes.length, decoded.sizeBytes());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)), decoded.sha256());
    }

    @Test
    void saysWhereInvalidBytesAreFarIntoALongFile() {
        byte[] start = longText(200_000).getBytes(StandardCharsets.UTF_8);
        RejectedInputException e = assertThrows(RejectedInputException.class,
            () -> decoder.decode(concat(start, new byte[] {(byte) 0xC3, 0x28}, start)));
        assertEquals(Reason.INVALID_ENCODING, e.reason());
        assertTrue(e.getMessage().contains("byte " + start.length + " "), e.getMessage());
    }

    @Test
    void recognisesALongFileCutOffInsideItsLastCharacter() {
        byte[] whole = (longText(200_000) + "抑").getBytes(StandardCharsets.UTF_8);
        assertEquals(Reason.TRUNCATED_ENCODING, rejection(Arrays.copyOf(whole, whole.length - 1)));
    }

    @Test
    void nulBytesLateInALongFileStillMakeItBinary() {
        byte[] start = longText(200_000).getBytes(StandardCharsets.UTF_8);
        assertEquals(Reason.BINARY_CONTENT, rejection(concat(start, new byte[] {0}, " tail".getBytes(StandardCharsets.UTF_8))));
    }
}
