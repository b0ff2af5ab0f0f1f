package dev.caravan.language;

import java.util.Locale;
import java.util.function.Consumer;

/** The words of a text as the word evidence sees them: lower-cased runs of letters and marks. */
final class TextWords {

    private TextWords() {
    }

    /** Calls {@code action} with every word of the text, in order. */
    static void forEach(String text, Consumer<String> action) {
        // lower-cased once for the whole text: one allocation per word below instead of two
        String lower = text.toLowerCase(Locale.ROOT);
        int length = lower.length();
        for (int start = 0; start < length; ) {
            int end = start;
            while (end < length && TrigramScorer.isWordChar(lower.codePointAt(end))) {
                end += Character.charCount(lower.codePointAt(end));
            }
            if (end > start) {
                action.accept(lower.substring(start, end));
                start = end;
            } else {
                start += Character.charCount(lower.codePointAt(start));
            }
        }
    }
}
