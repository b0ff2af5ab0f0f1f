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
        forEachRun(text.toLowerCase(Locale.ROOT), action);
    }

    /**
     * Like {@link #forEach} but without words written in capitals only (two letters or more): those
     * are acronyms and names of commands ("FIFO", "GTK"), the same in every language.
     */
    static void forEachExceptAcronyms(String text, Consumer<String> action) {
        forEachRun(text, run -> {
            if (run.length() < 2 || run.chars().anyMatch(Character::isLowerCase)
                    || run.chars().noneMatch(Character::isUpperCase)) {
                action.accept(run.toLowerCase(Locale.ROOT));
            }
        });
    }

    private static void forEachRun(String text, Consumer<String> action) {
        int length = text.length();
        for (int start = 0; start < length; ) {
            int end = start;
            while (end < length && TrigramScorer.isWordChar(text.codePointAt(end))) {
                end += Character.charCount(text.codePointAt(end));
            }
            if (end > start) {
                action.accept(text.substring(start, end));
                start = end;
            } else {
                start += Character.charCount(text.codePointAt(start));
            }
        }
    }
}
