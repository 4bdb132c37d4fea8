package org.summitcoverage.run;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** What one `analyze` run is asked to do. */
public record RunOptions(Path corpus, Path out, int threads, boolean quiet, long maxBytes, LocalDate since,
                         LocalDate until, Path compare, boolean incremental, boolean report, boolean fast,
                         List<String> commandLine, boolean allowEmpty) {
    public RunOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        commandLine = List.copyOf(commandLine);
    }

    /** Options of a run that refuses to replace a previous run with an empty one. */
    public RunOptions(Path corpus, Path out, int threads, boolean quiet, long maxBytes, LocalDate since,
                      LocalDate until, Path compare, boolean incremental, boolean report, boolean fast,
                      List<String> commandLine) {
        this(corpus, out, threads, quiet, maxBytes, since, until, compare, incremental, report, fast, commandLine,
                false);
    }

    /** The options as the manifest records them. */
    public java.util.Map<String, Object> manifestOptions() {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("corpus", corpus.toString());
        m.put("out", out.toString());
        m.put("threads", threads);
        m.put("max_bytes", maxBytes);
        m.put("since", since == null ? "" : since.toString());
        m.put("until", until == null ? "" : until.toString());
        m.put("compare", compare == null ? "" : compare.toString());
        m.put("incremental", incremental);
        m.put("fast", fast);
        m.put("quiet", quiet);
        m.put("allow_empty", allowEmpty);
        return m;
    }

    /** What produced the results: incremental runs reuse only results of the same pipeline and mode. */
    public String pipelineVersion() {
        return PipelineVersion.current() + (fast ? "+fast" : "");
    }
}
