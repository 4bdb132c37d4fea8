package org.summitcoverage.extract;

import org.junit.jupiter.api.Test;
import org.summitcoverage.ArticleAnalyzer;
import org.summitcoverage.clean.FurnitureCleaner;
import org.summitcoverage.corpus.LanguageDetector;
import org.summitcoverage.dict.Dictionaries;
import org.summitcoverage.model.Article;
import org.summitcoverage.model.ArticleAnalysis;
import org.summitcoverage.model.ArticleMeta;
import org.summitcoverage.model.Status;
import org.summitcoverage.nlp.CoreNlpAnnotator;
import org.summitcoverage.nlp.FrenchModels;
import org.summitcoverage.nlp.NameTaggingGate;
import org.summitcoverage.nlp.ParseSettings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Skipping the name tagger on sentences the dictionaries fully account for, and on the words far from any
 * unknown capital, must not change what an article yields: same entities, mentions and roles as with the
 * tagger on every word.
 */
class NameTaggingGateIT {
    private static ArticleAnalyzer analyzer(NameTaggingGate gate, ParseSettings settings) {
        return new ArticleAnalyzer(new FurnitureCleaner(), LanguageDetector.shared(),
                new CoreNlpAnnotator(FrenchModels.shared(), gate, settings), Dictionaries.shared(),
                org.summitcoverage.extract.roles.RoleCueLexicon.shared(),
                org.summitcoverage.extract.roles.RoleWords.load(Dictionaries.shared()), true);
    }

    @Test
    void gatedTaggingGivesTheSameResultsOnTheEvaluationSet() throws Exception {
        ArticleAnalyzer everySentence = analyzer(NameTaggingGate.EVERY_SENTENCE, ParseSettings.DEFAULT.withNameMargin(0));
        ArticleAnalyzer gated = analyzer(new UnknownNameGate(Dictionaries.shared()), ParseSettings.DEFAULT);
        assertTrue(ParseSettings.DEFAULT.nameMargin() > 0, "the default reads the words around unknown capitals");
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/eval/corpus"))) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertTrue(files.size() >= 30);
        int roles = 0;
        for (Path f : files) {
            String raw = Files.readString(f);
            Article a = new Article(new ArticleMeta(f.getFileName().toString(), f.getFileName().toString(), null, null,
                    null, null, "", raw.length()), raw, false);
            ArticleAnalysis full = everySentence.analyze(a);
            ArticleAnalysis fast = gated.analyze(a);
            // two failed analyses would be equal too, with nothing in them
            assertEquals(Status.OK, full.status(), f + ": " + full.reason());
            assertEquals(Status.OK, fast.status(), f + ": " + fast.reason());
            assertEquals(full.entities(), fast.entities(), f.toString());
            assertEquals(full.mentions(), fast.mentions(), f.toString());
            assertEquals(full.roles(), fast.roles(), f.toString());
            roles += fast.roles().size();
        }
        assertTrue(roles > 300, "the evaluation set yields hundreds of roles, got " + roles);
    }
}
