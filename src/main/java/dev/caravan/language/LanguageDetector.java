package dev.caravan.language;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import dev.caravan.model.LanguageGuess;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

/**
 * Tells the language of a piece of text. Built once and shared: it is thread-safe.
 *
 * <p>It decides in steps, each dearer than the one before and used only where the cheaper one cannot
 * tell. First by Unicode script, letter by letter: a script only one candidate uses (Greek, Hebrew,
 * Thai, Georgian, Hangul, Kana...) settles the question at once; Kana means Japanese, Hangul Korean,
 * Han alone Chinese, and CJK characters outweigh embedded Latin terms. Text in a script several
 * candidates share (Latin, Cyrillic, Arabic, Devanagari) is scored against the character models that
 * ship with Lingua, restricted to that script's candidates ({@link TrigramScorer}: trigrams, plus
 * quadrigrams for text under 120 chars, all loaded before the detector exists: the same text always
 * gets the same answer). When the best guess belongs to a family of look-alike languages (hi/mr,
 * nb/nn/da, ms/id, hr/bs/sr/sl, mk/sr/bg/ru...) the family's function words, endings and spellings
 * ({@link FamilyWords}) and, in short text, the words its members' spelling dictionaries do not
 * share ({@link DictionaryWords}) choose among its members. In short Latin-script text every language
 * also gains from its own commonest function words ({@code function-words.tsv}): n-grams score "a" or
 * "on" by letter frequency, alike in most languages, yet in a line of a few words such words tell the
 * language best ("A note on lithium." is English). Then, in short text, the family of the best guess
 * so far weighs how often each member uses the words in translated software messages
 * ({@link FamilyWordFrequencies}): where every word is valid in two members, their rates still differ.
 * Last, in short text every candidate with a word list ({@link LanguageWords}) loses for each word its
 * list lacks and another's knows: the words of a line tell Latvian from Slovene or Danish from Bokmål
 * where their letters look alike. Latin-script Serbian, which Lingua has no model for, borrows the
 * Bosnian/Croatian n-gram score and needs Serbian cues to win. Optionally, configured families are
 * judged again by Lingua's own high-accuracy detector, built on first use (about 18 MB per language).
 *
 * <p>The confidence of an n-gram answer is a softmax over the candidates' log-likelihoods, damped so
 * that it reads nearer a probability; short lines are still surer than right: on the held-out
 * evaluation set those reported at 0.9–0.99 are right 91% of the time, at 0.7–0.9 67%, at 0.5–0.7
 * 52% (see {@link #EVIDENCE_WEIGHT}).
 *
 * <p>Text with more digits and punctuation than letters (citation lines, identifiers) is {@code und}
 * unless written in a script of its own: n-grams of scattered abbreviations prove nothing.
 */
public final class LanguageDetector {

    /** Languages detected when the configuration names none: Europe's, the Middle East's and Asia's major ones. */
    public static final Set<String> DEFAULT_CANDIDATES = Collections.unmodifiableSet(new TreeSet<>(Set.of(
            "af", "ar", "az", "be", "bg", "bn", "bs", "ca", "cs", "cy", "da", "de", "el", "en", "eo", "es",
            "et", "eu", "fa", "fi", "fr", "ga", "gu", "he", "hi", "hr", "hu", "hy", "id", "is", "it", "ja",
            "ka", "kk", "ko", "lt", "lv", "mk", "mn", "mr", "ms", "nb", "nl", "nn", "pa", "pl", "pt", "ro",
            "ru", "sk", "sl", "sq", "sr", "sv", "ta", "te", "th", "tr", "uk", "ur", "vi", "zh",
            "kn", "ml", "si", "km", "lo", "my", "am")));

    /**
     * Look-alike languages refined by Lingua's high-accuracy models when no configuration names others:
     * none, since {@link FamilyWords} tells Hindi from Marathi better (12+21 errors against 46+21 on
     * the evaluation set) without 36 MB of models.
     */
    public static final List<Set<String>> DEFAULT_REFINED_FAMILIES = List.of();

    /** Scripts that only one language in our tables is written in. */
    private static final Map<UnicodeScript, String> SCRIPT_LANGUAGES = scriptLanguages();

    /** Fewer letters than this say too little to tell a language. */
    static final int MIN_LETTERS = 3;
    /** Detection looks at most at this many chars of a text, in windows spread across it. */
    static final int SAMPLE_CHARS = 480;
    static final int SAMPLE_WINDOWS = 3;
    /** Below this length every letter counts: quadrigrams and refinement apply (Lingua's own limit too). */
    private static final int HIGH_ACCURACY_MAX_CHARS = 120;
    /**
     * The n-grams of a text overlap and the models share their errors, so the plain Bayes posterior
     * (weight 1) says 0.99 where the answer is right far less often. Damping the log-likelihood
     * differences makes the confidence of short text nearer a calibrated probability
     * (eval/language/RESULTS.md shows accuracy per confidence band). Refitted on dev.tsv after the word
     * evidence of look-alike families, which widens their differences: 0.5 put short lines right 88% of
     * the time at a mean confidence of 0.95, 0.45 / 0.4 / 0.35 89% / 92% / 95%; lower would take clear
     * two-word English headings ("Statistical analysis") under 0.7, so 0.45. Long text still reaches 1:
     * its differences run into the hundreds.
     */
    static final double EVIDENCE_WEIGHT = 0.45;
    /** How far behind its stand-in Latin-script Serbian starts: less than one word of evidence. */
    private static final double STAND_IN_PENALTY = 3.0;

    private final Set<String> candidates;
    private final FamilyWords familyWords = FamilyWords.load("family-words.tsv");
    /** Every Latin-script language's commonest function words: what decides a line of a few words. */
    private final FamilyWords functionWords = FamilyWords.load("function-words.tsv");
    private final DictionaryWords dictionaryWords;
    private final FamilyWordFrequencies wordFrequencies;
    private final LanguageWords languageWords;
    private final Map<UnicodeScript, TrigramScorer> scorers = new EnumMap<>(UnicodeScript.class);
    /** The same scorers with quadrigrams, for text shorter than {@link #HIGH_ACCURACY_MAX_CHARS}. */
    private final Map<UnicodeScript, TrigramScorer> shortTextScorers = new EnumMap<>(UnicodeScript.class);
    private final Map<Language, LazyNgramDetector> refinements = new EnumMap<>(Language.class);
    /** Latin-script Serbian and the languages whose n-gram score it borrows, see {@link #latinSerbianStandIn}. */
    private final int[] latinSerbian;
    /** Scripts whose candidates all form one refined family: their high-accuracy models are the fallback. */
    private final Map<UnicodeScript, LazyNgramDetector> scriptFallbacks = new EnumMap<>(UnicodeScript.class);

    private LanguageDetector(Set<String> candidates, List<Set<String>> refinedFamilies, boolean shortTextQuadrigrams) {
        this.candidates = candidates;
        // the word resources are bulk reads of a few MB each (30-70 ms in all): read beside the n-gram models,
        // and in place before the detector is
        CompletableFuture<DictionaryWords> dictionaryLoad =
                CompletableFuture.supplyAsync(DictionaryWords::load, inBackground("caravan-language-dictionary"));
        CompletableFuture<FamilyWordFrequencies> frequencyLoad = CompletableFuture.supplyAsync(
                FamilyWordFrequencies::load, inBackground("caravan-language-word-frequencies"));
        CompletableFuture<LanguageWords> wordListLoad =
                CompletableFuture.supplyAsync(LanguageWords::load, inBackground("caravan-language-word-lists"));
        Map<UnicodeScript, List<Language>> languagesByScript = ngramLanguagesByScript(candidates);
        languagesByScript.forEach((script, languages) -> scorers.put(script, TrigramScorer.load(languages)));
        latinSerbian = latinSerbianStandIn(scorers.get(UnicodeScript.LATIN));
        if (shortTextQuadrigrams) {
            // before the detector is used: a short line must not get a trigram answer now and another later
            scorers.forEach((script, scorer) -> shortTextScorers.put(script, scorer.withQuadrigrams()));
        }
        for (Set<String> family : refinedFamilies) {
            List<Language> members = family.stream().filter(candidates::contains)
                    .filter(code -> !SCRIPT_LANGUAGES.containsValue(code)).map(LanguageDetector::linguaLanguage)
                    .toList();
            if (members.size() > 1) {
                LazyNgramDetector refinement = new LazyNgramDetector(members);
                members.forEach(member -> refinements.put(member, refinement));
            }
        }
        languagesByScript.forEach((script, languages) -> {
            LazyNgramDetector refinement = refinements.get(languages.get(0));
            if (refinement != null && languages.stream().allMatch(l -> refinements.get(l) == refinement)) {
                scriptFallbacks.put(script, refinement);
            }
        });
        dictionaryWords = dictionaryLoad.join();
        wordFrequencies = frequencyLoad.join();
        languageWords = wordListLoad.join();
    }

    /** Runs each task in a daemon thread of its own: loading models must not keep the JVM alive. */
    private static Executor inBackground(String threadName) {
        return task -> {
            Thread thread = new Thread(task, threadName);
            thread.setDaemon(true);
            thread.start();
        };
    }

    /** The default candidates and refined families, quadrigrams for short text. */
    public static LanguageDetector createDefault() {
        return create(Set.of());
    }

    /** A detector choosing among the given codes (empty: the default set), with the default refinements. */
    public static LanguageDetector create(Set<String> candidateCodes) {
        return create(candidateCodes, DEFAULT_REFINED_FAMILIES, true);
    }

    /**
     * A detector choosing among the given ISO 639-1 codes (an empty set means {@link #DEFAULT_CANDIDATES});
     * short text whose best guess lies in one of {@code refinedFamilies} is judged again with that
     * family's high-accuracy models; with {@code shortTextQuadrigrams} short text is also scored with
     * four-letter n-grams (about 100 MB more heap for the default languages).
     *
     * @throws IllegalArgumentException for a code this detector cannot detect (see {@link #supportedCodes()})
     */
    public static LanguageDetector create(Set<String> candidateCodes, List<Set<String>> refinedFamilies,
                                          boolean shortTextQuadrigrams) {
        Set<String> codes = candidateCodes.isEmpty() ? DEFAULT_CANDIDATES : normalized(candidateCodes);
        List<Set<String>> families = refinedFamilies.stream().map(LanguageDetector::normalized).toList();
        Set<String> unknown = new TreeSet<>(codes);
        families.forEach(unknown::addAll);
        unknown.removeAll(supportedCodes());
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("language codes not supported: " + unknown
                    + "; supported: " + supportedCodes());
        }
        return new LanguageDetector(Collections.unmodifiableSet(codes), families, shortTextQuadrigrams);
    }

    /**
     * Families as configuration writes them: families separated by {@code ;}, members by {@code +},
     * for example {@code hi+mr; hr+sr+bs}. Blank means none.
     */
    public static List<Set<String>> parseFamilies(String spec) {
        List<Set<String>> families = new ArrayList<>();
        for (String family : spec.split(";")) {
            Set<String> members = new TreeSet<>();
            for (String member : family.split("\\+")) {
                if (!member.isBlank()) {
                    members.add(member.trim().toLowerCase(Locale.ROOT));
                }
            }
            if (!members.isEmpty()) {
                families.add(members);
            }
        }
        return families;
    }

    /** Codes as configuration writes them: comma-separated, blank means the default set. */
    public static Set<String> parseCodes(String csv) {
        Set<String> codes = new TreeSet<>();
        for (String code : csv.split(",")) {
            if (!code.isBlank()) {
                codes.add(code.trim().toLowerCase(Locale.ROOT));
            }
        }
        return codes;
    }

    private static Set<String> normalized(Set<String> codes) {
        return codes.stream().map(c -> c.trim().toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Every code {@link #create} accepts. */
    public static Set<String> supportedCodes() {
        Set<String> codes = new TreeSet<>(SCRIPT_LANGUAGES.values());
        for (Language language : Language.values()) {
            if (language != Language.UNKNOWN) {
                codes.add(codeOf(language));
            }
        }
        return codes;
    }

    /** The languages this detector chooses among. */
    public Set<String> candidates() {
        return candidates;
    }

    /** The language of the text, or {@code und} when it has too few letters or none of the candidates fits. */
    public LanguageGuess detect(CharSequence text) {
        CharSequence sample = TextSample.of(text, SAMPLE_CHARS, SAMPLE_WINDOWS);
        ScriptCounts scripts = ScriptCounts.of(sample);
        if (scripts.total() < MIN_LETTERS) {
            return LanguageGuess.undetermined();
        }
        UnicodeScript script = scripts.dominant();
        if (script == UnicodeScript.HAN) {
            return chooseCandidate(cjkLanguage(scripts), (double) scripts.cjk() / scripts.total());
        }
        String onlyLanguage = SCRIPT_LANGUAGES.get(script);
        if (onlyLanguage != null) {
            return chooseCandidate(onlyLanguage, (double) scripts.of(script) / scripts.total());
        }
        TrigramScorer scorer = scorers.get(script);
        if (scorer == null || 2 * scripts.lettersAndMarks() < scripts.visible()) {
            return LanguageGuess.undetermined();
        }
        TrigramScorer shortTextScorer = shortTextScorers.get(script);
        if (shortTextScorer != null && sample.length() < HIGH_ACCURACY_MAX_CHARS) {
            scorer = shortTextScorer;
        }
        return byNgrams(scorer, script, sample.toString());
    }

    private LanguageGuess chooseCandidate(String code, double confidence) {
        return candidates.contains(code) ? new LanguageGuess(code, round(confidence)) : LanguageGuess.undetermined();
    }

    /** Kana only occurs in Japanese and Hangul only in Korean; Han characters alone are Chinese. */
    private static String cjkLanguage(ScriptCounts scripts) {
        int hangul = scripts.of(UnicodeScript.HANGUL);
        int kana = scripts.of(UnicodeScript.HIRAGANA) + scripts.of(UnicodeScript.KATAKANA);
        if (hangul > 0 && hangul >= kana) {
            return "ko";
        }
        return kana > 0 ? "ja" : "zh";
    }

    /**
     * The best candidate of the text's script by the n-gram scorer; its confidence is a softmax over the
     * candidates' log-likelihoods damped by {@link #EVIDENCE_WEIGHT} (see there). Short text whose
     * best guess has a refined family is judged again by Lingua's high-accuracy models of that family.
     * Text the scorer finds nothing to score in (no word of the script) falls back to those models
     * where the script's candidates form one family, else is undetermined.
     */
    private LanguageGuess byNgrams(TrigramScorer scorer, UnicodeScript script, String text) {
        double[] sums = scorer.score(text);
        int languages = scorer.size();
        if (sums[languages] == 0) {
            LazyNgramDetector fallback = scriptFallbacks.get(script);
            return fallback == null ? LanguageGuess.undetermined() : byLingua(fallback, text);
        }
        if (script == UnicodeScript.LATIN && latinSerbian[0] >= 0) {
            sums[latinSerbian[0]] = Math.max(sums[latinSerbian[1]], sums[latinSerbian[2]]) - STAND_IN_PENALTY;
        }
        int best = argmax(sums, languages);
        boolean evidenceAdded = familyWords.addEvidence(text, scorer, sums, best);
        // their weights were chosen on short lines and grow with the number of words: longer text goes without
        if (text.length() < HIGH_ACCURACY_MAX_CHARS) {
            evidenceAdded |= dictionaryWords.addEvidence(text, scorer, sums, best);
            evidenceAdded |= functionWords.addEvidence(text, scorer, sums, best);
            // the family of the best guess after the cues: they may have moved it into a family or out
            evidenceAdded |= wordFrequencies.addEvidence(text, scorer, sums, argmax(sums, languages));
            // last: between the two that all other evidence left closest
            evidenceAdded |= languageWords.addEvidence(text, scorer, sums);
        }
        if (evidenceAdded) {
            best = argmax(sums, languages);
        }
        double odds = 0;
        for (int l = 0; l < languages; l++) {
            odds += Math.exp(EVIDENCE_WEIGHT * (sums[l] - sums[best]));
        }
        LanguageGuess guess = new LanguageGuess(codeOf(scorer.language(best)), round(1.0 / odds));
        LazyNgramDetector refinement = refinements.get(scorer.language(best));
        if (refinement != null && text.length() < HIGH_ACCURACY_MAX_CHARS) {
            LanguageGuess refined = byLingua(refinement, text);
            // where both agree our calibrated confidence stands; Lingua's own values hardly separate clear cases
            if (!refined.isUndetermined() && !refined.code().equals(guess.code())) {
                return refined;
            }
        }
        return guess;
    }

    /**
     * Lingua models Serbian in Cyrillic only, so Latin-script Serbian would never win on n-grams. It
     * borrows the better score of the closest Latin standards (Bosnian and Croatian) less
     * {@link #STAND_IN_PENALTY}: the n-grams cannot tell them apart, and only Serbian word evidence
     * (ekavian spellings, its own vocabulary) makes it win. Indexes in the Latin scorer: Serbian's and
     * its stand-ins'; all -1 unless Serbian and at least one stand-in compete (one alone fills both).
     */
    private static int[] latinSerbianStandIn(TrigramScorer latin) {
        int serbian = -1;
        int bosnian = -1;
        int croatian = -1;
        for (int l = 0; latin != null && l < latin.size(); l++) {
            switch (latin.code(l)) {
                case "sr" -> serbian = l;
                case "bs" -> bosnian = l;
                case "hr" -> croatian = l;
                default -> { }
            }
        }
        if (serbian < 0 || bosnian < 0 && croatian < 0) {
            return new int[] {-1, -1, -1};
        }
        return new int[] {serbian, bosnian < 0 ? croatian : bosnian, croatian < 0 ? bosnian : croatian};
    }

    private static int argmax(double[] sums, int languages) {
        int best = 0;
        for (int l = 1; l < languages; l++) {
            if (sums[l] > sums[best]) {
                best = l;
            }
        }
        return best;
    }

    /**
     * Lingua's confidence values are relative (the best is 1.0, a tie gives the runner-up 1.0 too):
     * normalised to add up to 1 they read as probabilities, a tie of two being 0.5 each.
     */
    private static LanguageGuess byLingua(LazyNgramDetector lingua, String text) {
        List<Map.Entry<Language, Double>> ranking = ranking(lingua.get(), text);
        if (ranking.isEmpty()) {
            return LanguageGuess.undetermined();
        }
        double total = ranking.stream().mapToDouble(Map.Entry::getValue).sum();
        return new LanguageGuess(codeOf(ranking.get(0).getKey()), round(ranking.get(0).getValue() / total));
    }

    /** Languages best first; empty when Lingua cannot tell. */
    private static List<Map.Entry<Language, Double>> ranking(
            com.github.pemistahl.lingua.api.LanguageDetector ngrams, String text) {
        List<Map.Entry<Language, Double>> ranking = new ArrayList<>(
                ngrams.computeLanguageConfidenceValues(text).entrySet());
        if (ranking.isEmpty() || ranking.get(0).getKey() == Language.UNKNOWN) {
            return List.of();
        }
        return ranking;
    }

    /** The languages each n-gram scorer of the default candidates holds, one list per shared script. */
    static Collection<List<Language>> defaultNgramLanguageSets() {
        return ngramLanguagesByScript(DEFAULT_CANDIDATES).values();
    }

    /** Candidates Lingua knows, grouped by the shared scripts they are written in. */
    private static Map<UnicodeScript, List<Language>> ngramLanguagesByScript(Set<String> codes) {
        Map<UnicodeScript, List<Language>> byScript = new EnumMap<>(UnicodeScript.class);
        for (String code : codes) {
            if (SCRIPT_LANGUAGES.containsValue(code)) {
                continue;
            }
            Language language = linguaLanguage(code);
            for (UnicodeScript script : sharedScriptsOf(code)) {
                byScript.computeIfAbsent(script, s -> new ArrayList<>()).add(language);
            }
        }
        return byScript;
    }

    /** The scripts shared by several languages that this language is written in. */
    private static Set<UnicodeScript> sharedScriptsOf(String code) {
        return switch (code) {
            case "be", "bg", "kk", "mk", "mn", "ru", "uk" -> Set.of(UnicodeScript.CYRILLIC);
            case "sr" -> Set.of(UnicodeScript.CYRILLIC, UnicodeScript.LATIN);
            case "ar", "fa", "ur" -> Set.of(UnicodeScript.ARABIC);
            case "hi", "mr" -> Set.of(UnicodeScript.DEVANAGARI);
            default -> Set.of(UnicodeScript.LATIN);
        };
    }

    private static Language linguaLanguage(String code) {
        return Language.getByIsoCode639_1(IsoCode639_1.valueOf(code.toUpperCase(Locale.ROOT)));
    }

    static String codeOf(Language language) {
        return language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    }

    private static double round(double confidence) {
        return Math.round(confidence * 1000) / 1000.0;
    }

    private static Map<UnicodeScript, String> scriptLanguages() {
        Map<UnicodeScript, String> map = new LinkedHashMap<>();
        map.put(UnicodeScript.GREEK, "el");
        map.put(UnicodeScript.HEBREW, "he");
        map.put(UnicodeScript.THAI, "th");
        map.put(UnicodeScript.GEORGIAN, "ka");
        map.put(UnicodeScript.ARMENIAN, "hy");
        map.put(UnicodeScript.BENGALI, "bn");
        map.put(UnicodeScript.GUJARATI, "gu");
        map.put(UnicodeScript.GURMUKHI, "pa");
        map.put(UnicodeScript.TAMIL, "ta");
        map.put(UnicodeScript.TELUGU, "te");
        map.put(UnicodeScript.KANNADA, "kn");
        map.put(UnicodeScript.MALAYALAM, "ml");
        map.put(UnicodeScript.SINHALA, "si");
        map.put(UnicodeScript.KHMER, "km");
        map.put(UnicodeScript.LAO, "lo");
        map.put(UnicodeScript.MYANMAR, "my");
        map.put(UnicodeScript.ETHIOPIC, "am");
        map.put(UnicodeScript.HANGUL, "ko");
        map.put(UnicodeScript.HIRAGANA, "ja");
        map.put(UnicodeScript.KATAKANA, "ja");
        map.put(UnicodeScript.HAN, "zh");
        return Collections.unmodifiableMap(map);
    }

    /** A high-accuracy detector for a few languages, built (and its models loaded) when first needed. */
    private static final class LazyNgramDetector {
        private final Language[] languages;
        private volatile com.github.pemistahl.lingua.api.LanguageDetector detector;

        LazyNgramDetector(List<Language> languages) {
            this.languages = languages.toArray(Language[]::new);
        }

        com.github.pemistahl.lingua.api.LanguageDetector get() {
            var built = detector;
            if (built == null) {
                synchronized (this) {
                    built = detector;
                    if (built == null) {
                        built = LanguageDetectorBuilder.fromLanguages(languages).build();
                        detector = built;
                    }
                }
            }
            return built;
        }
    }
}
