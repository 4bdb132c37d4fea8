package org.summitcoverage.run;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** What one `analyze` run is asked to do. */
public record RunOptions(Path corpus, Path out, int threads, boolean quiet, long maxBytes, LocalDate since,
                         LocalDate until, Path compare, boolean incremental, boolean report, boolean fast,
                         List<String> commandLine) {
    public RunOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        commandLine = List.copyOf(commandLine);
    }

    /** What produced the results: incremental runs reuse only results of the same pipeline and mode. */
    public String pipelineVersion() {
        return PipelineVersion.current() + (fast ? "+fast" : "");
    }
}
