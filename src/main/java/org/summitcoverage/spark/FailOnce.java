package org.summitcoverage.spark;

import org.apache.spark.TaskContext;

/**
 * The test hook of {@link SparkAnalyzeJob#FAIL_ONCE_CONF}: the first attempt of partition 0 of a stage fails
 * after its first element, so that SparkJobIT sees every stage retried and still gets the local run's rows.
 */
final class FailOnce implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final boolean enabled;
    private final String stage;

    FailOnce(boolean enabled, String stage) {
        this.enabled = enabled;
        this.stage = stage;
    }

    /** Whether the current task attempt is the one to fail. */
    boolean armed() {
        TaskContext ctx = TaskContext.get();
        return enabled && ctx != null && ctx.attemptNumber() == 0 && ctx.partitionId() == 0;
    }

    /** Throws when {@code armed} and {@code done} elements were already produced. */
    void check(boolean armed, int done) {
        if (armed && done == 1) {
            throw new IllegalStateException("injected failure (" + SparkAnalyzeJob.FAIL_ONCE_CONF + "), " + stage);
        }
    }
}
