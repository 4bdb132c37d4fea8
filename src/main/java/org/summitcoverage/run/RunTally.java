package org.summitcoverage.run;

import org.summitcoverage.link.ReprintIndex;
import org.summitcoverage.link.Reprints;
import org.summitcoverage.model.ArticleAnalysis;
import org.summitcoverage.model.Status;
import org.summitcoverage.report.CorpusContext;
import org.summitcoverage.report.CorpusStep;
import org.summitcoverage.report.CorpusSteps;
import org.summitcoverage.report.CorpusTable;
import org.summitcoverage.report.RoleEvidence;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a run keeps as articles stream through: the counters, the sketches that find syndicated copies, the
 * corpus-level steps (the roll-up, the events) and the inputs that were not analysed. The local runner adds every
 * article to one tally; the Spark job builds a tally per partition and merges them in input order, so both end with
 * the same state. At the end, {@link #conclude} finds the copies and makes the corpus tables, once.
 */
public final class RunTally implements Serializable {
    private static final long serialVersionUID = 1L;
    /** At most this many skipped or failed inputs are listed in the manifest; all are in articles.csv. */
    public static final int SKIPPED_LISTED = 100_000;

    /** An input that was not analysed, as the manifest lists it. */
    public record NotAnalysed(String articleId, String sourcePath, String status, String reason) implements Serializable {
        Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("article_id", articleId);
            m.put("source_path", sourcePath);
            m.put("status", status);
            m.put("reason", reason);
            return m;
        }
    }

    private RunCounts counts = RunCounts.ZERO;
    private final List<CorpusStep<?>> steps = new ArrayList<>(CorpusSteps.fresh());
    private final List<NotAnalysed> notAnalysed = new ArrayList<>();
    private final ReprintIndex reprintIndex = new ReprintIndex();
    private transient Reprints reprints;
    private transient List<CorpusTable> corpusTables;

    public void add(ArticleAnalysis a, boolean reused) {
        counts = counts.plus(RunCounts.of(a, reused));
        reprintIndex.add(a);
        for (CorpusStep<?> s : steps) {
            s.add(a);
        }
        if (a.status() != Status.OK && notAnalysed.size() < SKIPPED_LISTED) {
            notAnalysed.add(new NotAnalysed(a.articleId(), a.meta().sourcePath(), a.status().label(), a.reason()));
        }
    }

    /** Merges the tally of a stretch of input that comes after everything this one has seen. */
    public void absorbLater(RunTally later) {
        counts = counts.plus(later.counts);
        reprintIndex.absorbLater(later.reprintIndex);
        CorpusSteps.absorbLater(steps, later.steps);
        for (NotAnalysed n : later.notAnalysed) {
            if (notAnalysed.size() < SKIPPED_LISTED) {
                notAnalysed.add(n);
            }
        }
    }

    public RunCounts counts() {
        return counts;
    }

    /** The groups of syndicated copies of the whole corpus (computed once, after the last article). */
    public Reprints reprints() {
        if (reprints == null) {
            reprints = reprintIndex.reprints();
        }
        return reprints;
    }

    /**
     * Makes the tables of every corpus-level step, once, after the last article; {@code evidence} reads back the
     * sentences of the role assertions the steps choose.
     */
    public List<CorpusTable> conclude(RoleEvidence evidence) {
        if (corpusTables == null) {
            CorpusContext corpus = new CorpusContext(reprints(), evidence);
            List<CorpusTable> out = new ArrayList<>();
            for (CorpusStep<?> s : steps) {
                out.addAll(s.tables(corpus));
            }
            corpusTables = List.copyOf(out);
        }
        return corpusTables;
    }

    /** The tables {@link #conclude} made. */
    public List<CorpusTable> corpusTables() {
        if (corpusTables == null) {
            throw new IllegalStateException("the corpus tables are made by conclude(), after the last article");
        }
        return corpusTables;
    }

    List<Map<String, Object>> notAnalysedAsMaps() {
        List<Map<String, Object>> out = new ArrayList<>(notAnalysed.size());
        for (NotAnalysed n : notAnalysed) {
            out.add(n.asMap());
        }
        return out;
    }
}
