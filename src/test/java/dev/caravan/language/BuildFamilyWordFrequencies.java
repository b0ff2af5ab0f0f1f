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
 * Writes {@link FamilyWordFrequencies#RESOURCE} from the word counts eval/language/family-word-counts/
 * makes of LibreOffice's translations (gzipped records, {@link FamilyWordFrequencies#fromCounts} gives
 * their format).
 *
 * <p>Usage: BuildFamilyWordFrequencies COUNTS_TSV_GZ OUTPUT
 */
public final class BuildFamilyWordFrequencies {

    private BuildFamilyWordFrequencies() {
    }

    public static void main(String[] args) throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(Path.of(args[0]))), StandardCharsets.UTF_8));
             OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
            FamilyWordFrequencies.fromCounts(in.lines().map(line -> line.split("\t")).toList()).write(out);
        }
    }
}
