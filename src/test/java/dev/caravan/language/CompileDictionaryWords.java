package dev.caravan.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Writes {@link DictionaryWords#RESOURCE} from the word records eval/language/dictionary-words/ builds
 * (gzipped, {@link DictionaryWords#fromRecords} gives their format): the families' hashed, sorted words,
 * ready to be read in bulk.
 *
 * <p>Usage: CompileDictionaryWords RECORDS_TSV_GZ OUTPUT
 */
public final class CompileDictionaryWords {

    private CompileDictionaryWords() {
    }

    public static void main(String[] args) throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(Path.of(args[0]))), StandardCharsets.UTF_8));
             OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
            DictionaryWords.fromRecords(in.lines().filter(line -> !line.startsWith("#") && !line.isBlank())
                    .map(line -> line.split("\t")).toList()).write(out);
        }
    }
}
