package org.summitcoverage.extract.roles;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.summitcoverage.ArticleAnalyzer;
import org.summitcoverage.model.Article;
import org.summitcoverage.model.ArticleAnalysis;
import org.summitcoverage.model.ArticleMeta;
import org.summitcoverage.model.RoleType;
import org.summitcoverage.model.Status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Every construction of {@code src/test/resources/roles/constructions.txt} through the real models: the
 * article is analysed (status `ok`, so a failure cannot pass as "no role") and yields exactly the rows given.
 */
class RoleConstructionsIT {
    private static final Path DATA = Path.of("src/test/resources/roles/constructions.txt");
    /** Roles are read only in articles about a meeting: each construction comes after this neutral line. */
    private static final String OPENING = "Le sommet s'est ouvert cette semaine.\n\n";

    record Construction(String name, String text, Set<String> rows) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> constructions() throws IOException {
        List<Arguments> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(DATA, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith("## ")) {
                continue;
            }
            String name = lines.get(i).substring(3).strip();
            String text = lines.get(i + 1).replace("\\n", "\n");
            Set<String> rows = new TreeSet<>();
            int k = i + 2;
            for (; k < lines.size() && !lines.get(k).isBlank() && !lines.get(k).startsWith("## "); k++) {
                if (!lines.get(k).equals("(none)")) {
                    rows.add(lines.get(k).strip());
                }
            }
            assertFalse(k == i + 2, DATA + ": block '" + name + "' gives no expected row nor (none)");
            out.add(Arguments.of(new Construction(name, text, rows)));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("constructions")
    void yieldsExactlyItsRows(Construction c) {
        String text = OPENING + c.text();
        ArticleAnalysis a = ArticleAnalyzer.shared().analyze(new Article(new ArticleMeta("construction",
                "construction.txt", null, null, null, null, "0", text.length()), text, false));
        assertEquals(Status.OK, a.status(), a.reason());
        Set<String> rows = new TreeSet<>();
        // a block whose rows give a party (`DELEGATION_HEAD person:x for country:TG`) also checks each delegation head's on_behalf_of
        boolean withParty = c.rows().stream().anyMatch(r -> r.contains(" for "));
        a.roles().forEach(r -> rows.add(r.role() + " " + r.entityId() + (withParty && r.role() == RoleType.DELEGATION_HEAD
                ? " for " + (r.onBehalfOf().isEmpty() ? "-" : r.onBehalfOf()) : "")));
        assertEquals(c.rows(), rows, c.text());
    }
}
