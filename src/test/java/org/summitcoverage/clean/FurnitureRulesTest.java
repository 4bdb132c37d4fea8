package org.summitcoverage.clean;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

class FurnitureRulesTest {
    /** The one alternation per kind must say what the patterns tried one by one say, on every line of the test articles. */
    @Test
    void joinedPatternsAgreeWithThePatternsOneByOne() throws IOException {
        FurnitureRules rules = FurnitureRules.defaults();
        assertNotNull(rules.joinedHeadings);
        assertNotNull(rules.joinedDropLines);
        List<String> lines = new ArrayList<>(List.of("Lire aussi : Le Mali", "Partager sur Facebook", "Publicité", "x",
                "Par Maria Dupont et Peter Smith", "(Avec AFP)", "Accueil > Monde > Afrique", ""));
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/eval/corpus"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    lines.add(line.strip());
                }
            }
        }
        for (String line : lines) {
            assertEquals(oneByOne(rules.headings, line), rules.isHeading(line), line);
            assertEquals(oneByOne(rules.dropLines, line), rules.isDropLine(line), line);
        }
    }

    private static boolean oneByOne(List<Pattern> patterns, String line) {
        return patterns.stream().anyMatch(p -> p.matcher(line).matches());
    }
}
