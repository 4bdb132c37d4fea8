package org.summitcoverage.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Builds a benchmark corpus of any size from the evaluation articles: copies under new ids, spread
 * over sub-folders of 1,000 files as a real archive would be.
 */
public final class CorpusGenerator {
    private CorpusGenerator() {
    }

    public static List<String> sourceTexts(Path evalCorpus) throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(evalCorpus)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        if (texts.isEmpty()) {
            throw new IOException("no .txt article in " + evalCorpus);
        }
        return texts;
    }

    public static Path generate(List<String> sources, int articles, Path dir) throws IOException {
        Files.createDirectories(dir);
        for (int i = 0; i < articles; i++) {
            Path sub = dir.resolve(String.format(Locale.ROOT, "part-%03d", i / 1000));
            Files.createDirectories(sub);
            String text = sources.get(i % sources.size());
            Files.writeString(sub.resolve(String.format(Locale.ROOT, "article-%06d.txt", i)), text, StandardCharsets.UTF_8);
        }
        return dir;
    }
}
