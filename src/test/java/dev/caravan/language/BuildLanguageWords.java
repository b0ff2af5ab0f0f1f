package dev.caravan.language;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes {@link LanguageWords#RESOURCE} from Tesseract's word lists (eval/language/language-words/
 * prepares them and says where they come from): per language the lower-cased words made only of the
 * letters and marks {@link TextWords} cuts text into, so that every word of a text can be looked up
 * as it is. Vietnamese's list is short (about 4,000 words) because its words are syllables: it
 * is nearly complete all the same.
 *
 * <p>Usage: BuildLanguageWords WORD_LIST_DIR OUTPUT (the folder holds &lt;tesseract name&gt;.words).
 */
public final class BuildLanguageWords {

    static final int BITS_PER_WORD = 14;

    /** Caravan's code to the Tesseract lists of the language (Serbian: Latin and Cyrillic script). */
    static final Map<String, List<String>> LISTS = new LinkedHashMap<>();

    static {
        String[] pairs = {"af afr", "az aze", "bs bos", "ca cat", "cs ces", "cy cym", "da dan", "de deu",
            "en eng", "eo epo", "es spa", "et est", "eu eus", "fi fin", "fr fra", "ga gle", "hr hrv", "hu hun",
            "id ind", "is isl", "it ita", "lt lit", "lv lav", "ms msa", "nb nor", "nn nor", "nl nld", "pl pol",
            "pt por", "ro ron", "sk slk", "sl slv", "sq sqi", "sr srp_latn srp", "sv swe", "tr tur", "vi vie",
            "be bel", "bg bul", "kk kaz", "mk mkd", "mn mon", "ru rus", "uk ukr"};
        for (String pair : pairs) {
            String[] fields = pair.split(" ");
            LISTS.put(fields[0], List.of(fields).subList(1, fields.length));
        }
    }

    private BuildLanguageWords() {
    }

    public static void main(String[] args) throws IOException {
        Path lists = Path.of(args[0]);
        Map<String, Set<String>> wordsByLanguage = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> language : LISTS.entrySet()) {
            Set<String> words = new TreeSet<>();
            for (String list : language.getValue()) {
                for (String line : Files.readAllLines(lists.resolve(list + ".words"), StandardCharsets.UTF_8)) {
                    String word = line.strip().toLowerCase(Locale.ROOT);
                    if (!word.isEmpty() && word.codePoints().allMatch(TrigramScorer::isWordChar)) {
                        words.add(word);
                    }
                }
            }
            System.out.printf("%s: %,d words%n", language.getKey(), words.size());
            wordsByLanguage.put(language.getKey(), words);
        }
        try (OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
            LanguageWords.write(wordsByLanguage, BITS_PER_WORD, out);
        }
    }
}
