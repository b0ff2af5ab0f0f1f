package dev.caravan.reading;

import dev.caravan.model.Source;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Media types Caravan accepts, and signatures of formats it recognises but does not read. */
final class MediaTypes {
    /** File name endings of Markdown; any other file that decodes as text is plain text. */
    private static final List<String> MARKDOWN_ENDINGS = List.of(".md", ".markdown", ".mdown", ".mkd", ".mdx");

    private record Signature(byte[] magic, String mediaType) {
    }

    // leading bytes of common binary formats people drop by mistake
    private static final Signature[] SIGNATURES = {
        new Signature(new byte[] {'%', 'P', 'D', 'F', '-'}, "application/pdf"),
        new Signature(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "image/png"),
        new Signature(new byte[] {'P', 'K', 3, 4}, "application/zip"),
        new Signature(new byte[] {'P', 'K', 5, 6}, "application/zip"),
        new Signature(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "image/jpeg"),
        new Signature(new byte[] {'G', 'I', 'F', '8'}, "image/gif"),
        new Signature(new byte[] {0x1F, (byte) 0x8B}, "application/gzip"),
        new Signature(new byte[] {0x7F, 'E', 'L', 'F'}, "application/x-elf"),
        new Signature(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}, "application/x-ole-storage"),
        new Signature(new byte[] {'{', '\\', 'r', 't', 'f'}, "application/rtf"),
    };

    private MediaTypes() {
    }

    /** The non-text format the bytes start with, if any. */
    static Optional<String> binarySignature(byte[] bytes) {
        for (Signature signature : SIGNATURES) {
            if (startsWith(bytes, signature.magic())) {
                return Optional.of(signature.mediaType());
            }
        }
        return Optional.empty();
    }

    /** Markdown by extension; anything else that decodes as text, files without an extension too, is plain text. */
    static String textType(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return MARKDOWN_ENDINGS.stream().anyMatch(lower::endsWith) ? Source.MARKDOWN : Source.PLAIN_TEXT;
    }

    static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
