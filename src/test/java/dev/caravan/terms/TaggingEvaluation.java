package dev.caravan.terms;

import dev.caravan.model.Document;
import dev.caravan.model.LanguageGuess;
import dev.caravan.model.Section;
import dev.caravan.model.SectionType;
import dev.caravan.model.TermMatch;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Precision and recall of the term stage (default vocabulary, abbreviations included) against the
 * hand-annotated documents in eval/terms (see its README). A mention counts when span and concept id are
 * both right (strict), or when the concept is right and the spans overlap (lenient).
 * Run: mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.caravan.terms.TaggingEvaluation
 */
public final class TaggingEvaluation {

    /** A concept mention in a document, in code points of the whole document. */
    record Mention(String doc, int start, int end, String conceptId, String text) {
        boolean overlaps(Mention other) {
            return doc.equals(other.doc) && conceptId.equals(other.conceptId) && start < other.end && other.start < end;
        }

        String key() {
            return doc + ":" + start + ":" + end + ":" + conceptId;
        }
    }

    /** Counts for one group of documents. */
    static final class Score {
        int gold;
        int predicted;
        int strict;
        int lenientPredicted;
        int lenientGold;

        String line(String name) {
            return String.format("%-8s gold %3d  predicted %3d  strict P %.3f R %.3f F1 %.3f  lenient P %.3f R %.3f F1 %.3f",
                name, gold, predicted, ratio(strict, predicted), ratio(strict, gold), f1(strict, predicted, strict, gold),
                ratio(lenientPredicted, predicted), ratio(lenientGold, gold), f1(lenientPredicted, predicted, lenientGold, gold));
        }

        private static double ratio(int part, int whole) {
            return whole == 0 ? 0 : (double) part / whole;
        }

        private static double f1(int pTrue, int pAll, int rTrue, int rAll) {
            double p = ratio(pTrue, pAll);
            double r = ratio(rTrue, rAll);
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "eval/terms");
        TermStage stage = new TermStage(new TermTagger(Vocabulary.defaults()), true);
        List<Mention> gold = readGold(folder.resolve("gold.tsv"));
        List<Mention> predicted = new ArrayList<>();
        List<Path> docs;
        try (Stream<Path> files = Files.list(folder.resolve("docs"))) {
            docs = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path doc : docs) {
            String name = doc.getFileName().toString().replace(".txt", "");
            predicted.addAll(tag(stage, name, Files.readString(doc, StandardCharsets.UTF_8)));
        }
        Map<String, Score> scores = new TreeMap<>();
        List<String> errors = new ArrayList<>();
        Set<String> goldKeys = new HashSet<>(gold.stream().map(Mention::key).toList());
        Set<String> predictedKeys = new HashSet<>(predicted.stream().map(Mention::key).toList());
        for (Mention mention : gold) {
            for (Score score : scoresFor(scores, mention.doc())) {
                score.gold++;
                score.strict += predictedKeys.contains(mention.key()) ? 1 : 0;
                score.lenientGold += predicted.stream().anyMatch(mention::overlaps) ? 1 : 0;
            }
            if (!predictedKeys.contains(mention.key())) {
                errors.add("missed  " + mention);
            }
        }
        for (Mention mention : predicted) {
            for (Score score : scoresFor(scores, mention.doc())) {
                score.predicted++;
                score.lenientPredicted += gold.stream().anyMatch(mention::overlaps) ? 1 : 0;
            }
            if (!goldKeys.contains(mention.key())) {
                errors.add("spurious " + mention);
            }
        }
        System.out.printf("%d documents, %d gold mentions%n", docs.size(), gold.size());
        scores.forEach((name, score) -> System.out.println(score.line(name)));
        errors.forEach(System.out::println);
    }

    private static List<Score> scoresFor(Map<String, Score> scores, String doc) {
        String language = doc.substring(0, doc.indexOf('-'));
        return List.of(scores.computeIfAbsent("all", k -> new Score()), scores.computeIfAbsent(language, k -> new Score()));
    }

    /** Tags a document whose paragraphs (blank-line separated) are its sections; language from the name. */
    private static List<Mention> tag(TermStage stage, String name, String text) {
        String language = name.substring(0, name.indexOf('-'));
        List<Section> sections = new ArrayList<>();
        int charStart = 0;
        for (String paragraph : text.split("\n\n", -1)) {
            int start = text.codePointCount(0, charStart);
            int end = start + paragraph.codePointCount(0, paragraph.length());
            sections.add(Section.of(sections.size(), SectionType.PARAGRAPH, null, List.of(), paragraph, start, end)
                .withLanguage(new LanguageGuess(language, 1.0)));
            charStart += paragraph.length() + 2;
        }
        Document tagged = stage.apply(Document.of(null, null, sections));
        List<Mention> mentions = new ArrayList<>();
        for (Section section : tagged.sections()) {
            for (TermMatch match : section.terms()) {
                mentions.add(new Mention(name, section.start() + match.start(), section.start() + match.end(),
                    match.conceptId(), match.text()));
            }
        }
        return mentions;
    }

    private static List<Mention> readGold(Path file) throws Exception {
        List<Mention> gold = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] columns = line.split("\t");
            gold.add(new Mention(columns[0], Integer.parseInt(columns[1]), Integer.parseInt(columns[2]), columns[3], columns[4]));
        }
        return gold;
    }
}
