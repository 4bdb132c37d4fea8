package org.summitcoverage.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.summitcoverage.ArticleAnalyzer;
import org.summitcoverage.cli.Floors;
import org.summitcoverage.model.ArticleAnalysis;
import org.summitcoverage.model.Status;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An evaluation set scored on every build: a corpus, its gold folder pinned by a checksum list
 * ({@link GoldPin}), and its floor file. The floor file is the one {@code eval --floors} reads: any figure
 * more than {@link Floors#TOLERANCE} below its floor fails. Its optional {@code non_signatory_as_signatory_max}
 * (default 0) caps the refusals reported as signatures; raise the floors and lower the cap when the figures
 * improve, never the other way without saying why in the commit.
 */
record EvalSet(String name, Path corpus, Path gold, Path goldPin, Path floors) {
    static final String NON_SIGNATORY_CAP = "non_signatory_as_signatory_max";

    /** Checks the pin first (a changed gold file must not pass for a changed figure), then scores and checks. */
    void assertHoldsItsFloors() throws IOException {
        GoldPin.assertMatches(gold, goldPin);
        Map<String, GoldFile> goldFiles = EvalRun.readGold(gold);
        ArticleAnalyzer analyzer = ArticleAnalyzer.shared();
        List<ArticleAnalysis> analyses = EvalRun.analyse(corpus, analyzer::analyze, 2);
        assertEquals(new TreeSet<>(goldFiles.keySet()), analysedOk(analyses, goldFiles),
                name + ": every gold file must have its article in " + corpus + ", analysed with status ok");
        Scorer.Report report = EvalRun.score(analyses, goldFiles);
        System.out.println(name + " (" + corpus + "):");
        System.out.print(ReportTable.render(report));
        List<String> below = Floors.check(floors, EvalRun.figures(report));
        assertTrue(below.isEmpty(), name + ": below the floors of " + floors + ": " + below);
        int cap = new ObjectMapper().readTree(floors.toFile()).path(NON_SIGNATORY_CAP).asInt(0);
        assertTrue(report.nonSignatoryAsSignatory() <= cap, name + ": " + report.nonSignatoryAsSignatory()
                + " NON_SIGNATORY item(s) reported as SIGNATORY, at most " + cap + " allowed by " + floors);
    }

    /**
     * The gold articles analysed with status ok: a missing article or one whose analysis failed would only
     * score as misses, hidden among the others.
     */
    private static Set<String> analysedOk(List<ArticleAnalysis> analyses, Map<String, GoldFile> gold) {
        Set<String> ids = new TreeSet<>();
        for (ArticleAnalysis a : analyses) {
            if (gold.containsKey(a.articleId()) && a.status() == Status.OK) {
                ids.add(a.articleId());
            }
        }
        return ids;
    }
}
