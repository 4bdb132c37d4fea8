package org.summitcoverage.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.summitcoverage.model.StageTimes;
import org.summitcoverage.report.CorpusTable;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * manifest.json, for both runners: what ran (tool, pipeline version, runner, command line, options), when, the
 * counts and timings from the {@link RunTally}, what the runner adds ({@code extra}: the inputs, memory, Spark
 * settings, tables...), and the inputs that were not analysed.
 */
public final class RunManifest {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final String runner;
    private final String pipelineVersion;
    private final List<String> commandLine;
    private final Map<String, Object> options;
    private final Instant startedAt = Instant.now();
    private final long startNanos = System.nanoTime();

    /** Starts the clock of a run. */
    public RunManifest(String runner, String pipelineVersion, List<String> commandLine, Map<String, Object> options) {
        this.runner = runner;
        this.pipelineVersion = pipelineVersion;
        this.commandLine = List.copyOf(commandLine);
        this.options = new LinkedHashMap<>(options);
    }

    /** Seconds since the run started. */
    public double seconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /**
     * The manifest of the finished run.
     *
     * @param phases the runner's own phase timings (listing, writing...), in milliseconds
     * @param extra  the runner's own sections, placed after the timings
     */
    public Map<String, Object> build(RunTally tally, Map<String, Object> phases, Map<String, Object> extra) {
        double seconds = seconds();
        RunCounts c = tally.counts();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tool", "summit-coverage");
        m.put("tool_version", ToolVersion.current());
        m.put("pipeline_version", pipelineVersion);
        m.put("runner", runner);
        m.put("command_line", String.join(" ", commandLine));
        m.put("options", options);
        m.put("started_at", startedAt.toString());
        m.put("finished_at", Instant.now().toString());
        Map<String, Object> counts = runTotals(tally, seconds);
        for (CorpusTable t : tally.corpusTables()) {
            counts.put(t.name() + "_rows", t.rows().size());
        }
        m.put("counts", counts);
        Map<String, Object> timings = new LinkedHashMap<>(phases);
        StageTimes t = c.times();
        timings.put("clean_ms", t.cleanNanos() / 1_000_000);
        timings.put("language_ms", t.languageNanos() / 1_000_000);
        timings.put("nlp_ms", t.nlpNanos() / 1_000_000);
        timings.put("parse_ms", t.parseNanos() / 1_000_000);
        timings.put("extract_ms", t.extractNanos() / 1_000_000);
        timings.put("wall_ms", Math.round(seconds * 1000));
        timings.put("articles_per_second", seconds > 0 ? Math.round(c.articles() / seconds * 100) / 100.0 : 0);
        timings.put("note", "stage times are summed over worker threads or tasks; wall_ms is elapsed time");
        m.put("timings", timings);
        m.putAll(extra);
        List<Map<String, Object>> skipped = tally.notAnalysedAsMaps();
        m.put("skipped_listed", skipped.size());
        m.put("skipped", skipped);
        return m;
    }

    /**
     * The run's counters (the manifest's {@code counts}, summary.json's {@code run}), with the analysed articles
     * that are copies of an earlier one ({@code duplicates}) and the distinct reports among them ({@code reports}).
     */
    public static Map<String, Object> runTotals(RunTally tally, double seconds) {
        Map<String, Object> counts = tally.counts().asMap(seconds);
        int duplicates = tally.reprints().duplicateCount();
        counts.put("duplicates", duplicates);
        counts.put("reports", tally.counts().ok() - duplicates);
        return counts;
    }

    /** The manifest as the bytes of manifest.json. */
    public static byte[] json(Map<String, Object> manifest) {
        try {
            byte[] body = JSON.writeValueAsBytes(manifest);
            byte[] out = java.util.Arrays.copyOf(body, body.length + 1);
            out[body.length] = '\n';
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a manifest is plain maps and lists", e);
        }
    }
}
