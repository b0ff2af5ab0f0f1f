package dev.caravan.language;

/**
 * A bounded excerpt of a text for detection: a huge section (tens of MB) is judged on a few windows
 * spread evenly across it, so detection costs the same on 5 KB as on 50 MB.
 */
final class TextSample {

    private TextSample() {
    }

    /**
     * The text itself when it has at most {@code limit} chars, else {@code windows} pieces of
     * {@code limit / windows} chars taken at even intervals, each widened to whole words, joined by
     * spaces.
     */
    static CharSequence of(CharSequence text, int limit, int windows) {
        int length = text.length();
        if (length <= limit) {
            return text;
        }
        int width = limit / windows;
        int stride = length / windows;
        StringBuilder sample = new StringBuilder(limit + 2 * windows);
        for (int w = 0; w < windows; w++) {
            int start = wordStart(text, w * stride);
            int end = wordEnd(text, Math.min(length, start + width));
            sample.append(text, start, end).append(' ');
        }
        return sample;
    }

    /** Moves forward to the start of the next word so a window never begins mid-word. */
    private static int wordStart(CharSequence text, int index) {
        if (index == 0) {
            return 0;
        }
        int limit = Math.min(text.length(), index + 64);
        for (int i = index; i < limit; i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i + 1;
            }
        }
        return safeBoundary(text, index);
    }

    /** Extends to the end of the current word (bounded, for texts without spaces such as Chinese). */
    private static int wordEnd(CharSequence text, int index) {
        int limit = Math.min(text.length(), index + 64);
        for (int i = index; i < limit; i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return safeBoundary(text, index);
    }

    /** Never splits a surrogate pair. */
    private static int safeBoundary(CharSequence text, int index) {
        if (index > 0 && index < text.length() && Character.isLowSurrogate(text.charAt(index))) {
            return index + 1;
        }
        return index;
    }
}
