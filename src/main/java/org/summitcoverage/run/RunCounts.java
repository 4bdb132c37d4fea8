package org.summitcoverage.run;

import org.summitcoverage.model.ArticleAnalysis;
import org.summitcoverage.model.StageTimes;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The counters of a run, summed article by article, then across threads or Spark partitions with
 * {@link #plus}. Both runners print, return and record them in the manifest through this record.
 */
public record RunCounts(long articles, long ok, long skipped, long errors, long reused, long entities,
                        long mentions, long roles, long tokens, StageTimes times) implements Serializable {
    public static final RunCounts ZERO = new RunCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, StageTimes.NONE);

    /** One article's contribution; {@code reused} when an incremental run took it from the previous run. */
    public static RunCounts of(ArticleAnalysis a, boolean reused) {
        return new RunCounts(1, a.status() == org.summitcoverage.model.Status.OK ? 1 : 0,
                a.status() == org.summitcoverage.model.Status.SKIPPED ? 1 : 0,
                a.status() == org.summitcoverage.model.Status.ERROR ? 1 : 0, reused ? 1 : 0, a.entities().size(),
                a.mentions().size(), a.roles().size(), a.tokens(), a.times());
    }

    public RunCounts plus(RunCounts o) {
        return new RunCounts(articles + o.articles, ok + o.ok, skipped + o.skipped, errors + o.errors,
                reused + o.reused, entities + o.entities, mentions + o.mentions, roles + o.roles, tokens + o.tokens,
                times.plus(o.times));
    }

    /** 1 when some article failed, else 0: the run itself completed either way. */
    public int exitCode() {
        return errors > 0 ? ExitCodes.ARTICLE_ERRORS : ExitCodes.OK;
    }

    /** The `counts` of the manifest and the `run` of summary.json. */
    public Map<String, Object> asMap(double seconds) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("articles", articles);
        m.put("ok", ok);
        m.put("skipped", skipped);
        m.put("error", errors);
        m.put("reused", reused);
        m.put("entities", entities);
        m.put("mentions", mentions);
        m.put("roles", roles);
        m.put("tokens", tokens);
        m.put("seconds", Math.round(seconds * 1000) / 1000.0);
        return m;
    }

    /** The one line both runners print on stderr at the end. */
    public String summaryLine(double seconds, String out) {
        return String.format(Locale.ROOT, "summit-coverage: %d articles: %d ok, %d skipped, %d error%s in %s (%.2f articles/s) -> %s",
                articles, ok, skipped, errors, reused > 0 ? " (" + reused + " reused from the previous run)" : "",
                Progress.formatDuration(seconds), seconds > 0 ? articles / seconds : 0.0, out);
    }
}
