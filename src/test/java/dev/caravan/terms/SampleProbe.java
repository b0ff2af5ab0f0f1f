package dev.caravan.terms;

import java.nio.file.Files;
import java.nio.file.Path;

/** Prints what the tagger finds in a text file, one line per match (a tool for looking, not a test). */
public final class SampleProbe {
    public static void main(String[] args) throws Exception {
        TermTagger tagger = new TermTagger(Vocabulary.defaults());
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            System.out.println("== " + line.substring(0, Math.min(60, line.length())));
            tagger.tag(line).forEach(m -> System.out.println("  " + m));
        }
    }
}
