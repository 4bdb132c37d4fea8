package org.summitcoverage.eval;

import org.junit.jupiter.api.Test;
import org.summitcoverage.ArticleAnalyzer;
import org.summitcoverage.cli.Floors;
import org.summitcoverage.model.ArticleAnalysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ratchet: the evaluation set is scored on every build, and any figure more than 0.02 below the
 * floor recorded in {@code src/test/resources/eval/floors.json} fails it.
 */
class EvalFloorIT {
    static final Path CORPUS = Path.of("src/test/resources/eval/corpus");
    static final Path GOLD = Path.of("src/test/resources/eval/gold");
    static final Path FLOORS = Path.of("src/test/resources/eval/floors.json");

    @Test
    void noFigureDropsBelowItsFloor() throws IOException {
        Map<String, GoldFile> gold = EvalRun.readGold(GOLD);
        assertTrue(gold.size() >= 30, "the evaluation set has " + gold.size() + " gold files");
        assertFloors(CORPUS, gold, FLOORS);
    }

    /** The bundled demo corpus has gold files too, written apart from the evaluation set: a second, held-out check. */
    @Test
    void bundledCorpusHoldsItsFloorsToo() throws IOException {
        Map<String, GoldFile> gold = EvalRun.readGold(Path.of("src/test/resources/corpus-gold"));
        assertEquals(10, gold.size());
        assertFloors(Path.of("corpus"), gold, Path.of("src/test/resources/corpus-gold/floors.json"));
    }

    private static void assertFloors(Path corpus, Map<String, GoldFile> gold, Path floors) throws IOException {
        ArticleAnalyzer analyzer = ArticleAnalyzer.shared();
        List<ArticleAnalysis> analyses = EvalRun.analyse(corpus, analyzer::analyze, 2);
        Scorer.Report report = EvalRun.score(analyses, gold);
        System.out.print(ReportTable.render(report));
        List<String> below = Floors.check(floors, EvalRun.figures(report));
        assertTrue(below.isEmpty(), "below the recorded floors: " + below);
        assertEquals(0, report.nonSignatoryAsSignatory(), "a NON_SIGNATORY item was reported as SIGNATORY");
    }
}
