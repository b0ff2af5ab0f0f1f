package dev.caravan.bench;

/** A text under construction that knows its UTF-8 size, so generators can aim at a byte budget. */
final class Utf8Text {
    private final StringBuilder text = new StringBuilder();
    private long bytes;

    Utf8Text append(CharSequence part) {
        text.append(part);
        bytes += utf8Length(part);
        return this;
    }

    Utf8Text line(CharSequence part) {
        return append(part).append("\n");
    }

    long bytes() {
        return bytes;
    }

    int length() {
        return text.length();
    }

    /** Removes everything, keeping the buffer, for writers that stream many pieces. */
    void clear() {
        text.setLength(0);
        bytes = 0;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    static long utf8Length(CharSequence part) {
        long count = 0;
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c < 0x80) {
                count += 1;
            } else if (c < 0x800) {
                count += 2;
            } else if (Character.isHighSurrogate(c)) {
                count += 4;
                i++;
            } else {
                count += 3;
            }
        }
        return count;
    }
}
