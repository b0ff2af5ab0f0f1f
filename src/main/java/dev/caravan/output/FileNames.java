package dev.caravan.output;

import dev.caravan.model.Hashes;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.function.Predicate;

/**
 * Names for the files Caravan writes. Input names are kept readable; only what a file system or a shell
 * script chokes on is escaped, reversibly: control characters, '/' and '%' become %XX (percent-encoding
 * of their UTF-8 bytes). Names too long for the file system are shortened and keep a hash of the whole
 * name, so distinct inputs never share an output; the full original name is always in the JSON.
 */
public final class FileNames {
    /** Most Linux and macOS file systems allow 255 bytes per name. */
    static final int MAX_NAME_BYTES = 255;
    /**
     * Bytes kept free for the longest wrapper a name gets on disk: a failed original's sidecar is written as
     * {@code .<name>.error.json.tmp}, and the outbox's temporary JSON as {@code .writing-<name>.json}. Without
     * it a 255-byte input name passed the check but its temporary file could not be created.
     */
    static final int WRAPPER_BYTES = 1 + Destinations.SIDECAR_SUFFIX.length() + ".tmp".length();

    private FileNames() {
    }

    /** {@code name} with unsafe characters percent-encoded. */
    public static String escape(String name) {
        StringBuilder escaped = new StringBuilder(name.length());
        name.codePoints().forEach(c -> {
            if (c < 0x20 || c == 0x7F || c == '%' || c == '/' || (c >= 0x80 && c < 0xA0)) {
                for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
                    escaped.append('%').append(String.format("%02X", b & 0xFF));
                }
            } else {
                escaped.appendCodePoint(c);
            }
        });
        return escaped.toString();
    }

    /**
     * The escaped {@code base} followed by {@code suffix}, shortened (keeping a hash of {@code base}) when
     * the result would exceed the file system's name length.
     */
    public static String withSuffix(String base, String suffix) {
        String escaped = escape(base);
        int limit = MAX_NAME_BYTES - WRAPPER_BYTES;
        if (utf8Length(escaped + suffix) <= limit) {
            return escaped + suffix;
        }
        String marker = "~" + Hashes.sha256Hex(base.getBytes(StandardCharsets.UTF_8)).substring(0, 12);
        int budget = limit - utf8Length(marker + suffix);
        StringBuilder kept = new StringBuilder();
        int used = 0;
        for (int i = 0; i < escaped.length(); ) {
            int c = escaped.codePointAt(i);
            int bytes = utf8Length(new String(Character.toChars(c)));
            if (used + bytes > budget) {
                break;
            }
            kept.appendCodePoint(c);
            used += bytes;
            i += Character.charCount(c);
        }
        return kept + marker + suffix;
    }

    /**
     * The first of {@code dir/<name><suffix>}, {@code dir/<name>.<tag><suffix>}, {@code dir/<name>.<tag>-2<suffix>}...
     * that {@code usable} accepts. Nothing already there is ever replaced.
     */
    public static Path firstUsable(Path dir, String name, String tag, String suffix, Predicate<Path> usable) {
        Path candidate = dir.resolve(withSuffix(name, suffix));
        for (int attempt = 1; !usable.test(candidate); attempt++) {
            String variant = attempt == 1 ? tag : tag + "-" + attempt;
            candidate = dir.resolve(withSuffix(insertBeforeExtension(name, "." + variant), suffix));
        }
        return candidate;
    }

    /** Whether nothing, not even a dangling link, stands at {@code path}. */
    public static boolean isFree(Path path) {
        return !Files.exists(path, LinkOption.NOFOLLOW_LINKS);
    }

    /** {@code report.txt} and {@code .v2} give {@code report.v2.txt}; names without an extension get it appended. */
    static String insertBeforeExtension(String name, String insert) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name + insert : name.substring(0, dot) + insert + name.substring(dot);
    }

    private static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
