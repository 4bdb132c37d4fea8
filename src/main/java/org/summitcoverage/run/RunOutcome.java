package org.summitcoverage.run;

import java.util.Map;

/** What a finished run returns, in both runners: its exit code, its counters and the manifest it wrote. */
public record RunOutcome(int exitCode, RunCounts counts, double seconds, Map<String, Object> manifest) {
    /** A run that stopped before committing anything. */
    public static RunOutcome failed(int exitCode) {
        return new RunOutcome(exitCode, RunCounts.ZERO, 0, Map.of());
    }
}
