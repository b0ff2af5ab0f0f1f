package dev.caravan.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The hand-written seed texts under {@code dev/caravan/bench/seeds} (see the README there): sentences per
 * language and lists of journals, affiliations and headings, drawn from with a caller's seeded generator.
 */
final class SeedTexts {
    /** Every language with a sentence file; English first. */
    static final List<String> LANGUAGES = List.of("en", "zh", "de", "fr", "es", "ru", "ja", "it", "pt", "ko");

    private final Map<String, List<String>> sentencesByLanguage;
    private final List<String> journals;
    private final List<String> departments;
    private final List<String> institutions;
    private final List<String> headings;

    SeedTexts() {
        sentencesByLanguage = LANGUAGES.stream().collect(Collectors.toMap(Function.identity(), SeedTexts::lines));
        journals = lines("journals");
        departments = lines("departments");
        institutions = lines("institutions");
        headings = lines("headings");
    }

    String journal(SplittableRandom random) {
        return pick(journals, random);
    }

    String affiliation(SplittableRandom random) {
        return pick(departments, random) + ", " + pick(institutions, random);
    }

    String heading(SplittableRandom random) {
        return pick(headings, random);
    }

    /** A sentence in {@code language} with its placeholders filled. */
    String sentence(String language, SplittableRandom random) {
        return fill(pick(sentencesByLanguage.get(language), random), random);
    }

    /**
     * Filled sentences in {@code language} dealt like cards: a seeded shuffle, reshuffled when used up, so
     * consecutive sentences repeat only after the language's whole seed list has been dealt.
     */
    Supplier<String> dealer(String language, SplittableRandom random) {
        List<String> deck = new ArrayList<>(sentencesByLanguage.get(language));
        int[] dealt = {deck.size()};
        return () -> {
            if (dealt[0] == deck.size()) {
                shuffle(deck, random);
                dealt[0] = 0;
            }
            return fill(deck.get(dealt[0]++), random);
        };
    }

    /**
     * Appends sentences in {@code language} until {@code target} has grown by at least {@code bytes} UTF-8
     * bytes. Chinese and Japanese sentences end with their own full stop and take no space between them.
     */
    void appendParagraph(Utf8Text target, String language, SplittableRandom random, int bytes) {
        long goal = target.bytes() + bytes;
        String separator = language.equals("zh") || language.equals("ja") ? "" : " ";
        Supplier<String> sentences = dealer(language, random);
        target.append(sentences.get());
        while (target.bytes() < goal) {
            target.append(separator).append(sentences.get());
        }
    }

    /** Fisher-Yates with the caller's generator (Collections.shuffle would need a java.util.Random). */
    private static void shuffle(List<String> items, SplittableRandom random) {
        for (int i = items.size() - 1; i > 0; i--) {
            Collections.swap(items, i, random.nextInt(i + 1));
        }
    }

    /** Replaces the placeholders documented in the seeds README with seeded values. */
    static String fill(String template, SplittableRandom random) {
        StringBuilder out = new StringBuilder(template.length() + 16);
        int from = 0;
        int open;
        while ((open = template.indexOf('{', from)) >= 0) {
            int close = template.indexOf('}', open);
            out.append(template, from, open).append(value(template.substring(open + 1, close), random));
            from = close + 1;
        }
        return out.append(template, from, template.length()).toString();
    }

    private static String value(String placeholder, SplittableRandom random) {
        return switch (placeholder) {
            case "n" -> Integer.toString(12 + random.nextInt(470));
            case "dose" -> List.of("0.1", "0.2", "0.25", "0.5", "0.75", "1.0").get(random.nextInt(6));
            case "days" -> Integer.toString(1 + random.nextInt(28));
            case "pct" -> String.format(Locale.ROOT, "%.1f", 20 + random.nextDouble() * 65);
            case "p" -> String.format(Locale.ROOT, "0.%03d", 1 + random.nextInt(49));
            default -> throw new IllegalArgumentException("unknown placeholder {" + placeholder + "}");
        };
    }

    static <T> T pick(List<T> items, SplittableRandom random) {
        return items.get(random.nextInt(items.size()));
    }

    private static List<String> lines(String name) {
        String resource = "seeds/" + name + ".txt";
        try (InputStream in = SeedTexts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing seed resource " + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            try (Stream<String> lines = text.lines()) {
                return lines.map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
