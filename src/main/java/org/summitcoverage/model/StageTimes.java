package org.summitcoverage.model;

/** Nanoseconds one article spent in each stage, summed into the manifest. */
public record StageTimes(long cleanNanos, long languageNanos, long nlpNanos, long parseNanos, long extractNanos) implements java.io.Serializable {
    public static final StageTimes NONE = new StageTimes(0, 0, 0, 0, 0);

    public StageTimes plus(StageTimes o) {
        return new StageTimes(cleanNanos + o.cleanNanos, languageNanos + o.languageNanos, nlpNanos + o.nlpNanos,
                parseNanos + o.parseNanos, extractNanos + o.extractNanos);
    }
}
