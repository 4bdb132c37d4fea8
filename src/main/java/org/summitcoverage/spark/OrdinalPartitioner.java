package org.summitcoverage.spark;

import org.apache.spark.Partitioner;

import java.util.Arrays;

/**
 * Sends work items to analysis partitions by contiguous ranges of their input ordinal, with the same
 * number of items in each (the driver knows every ordinal). Deterministic, so a retried task gets exactly
 * the same items, and the output files keep the input order.
 */
final class OrdinalPartitioner extends Partitioner {
    private static final long serialVersionUID = 1L;
    /** Inclusive upper ordinal of each partition but the last. */
    private final long[] upper;

    OrdinalPartitioner(long[] upper) {
        this.upper = upper.clone();
    }

    /** Bounds cutting {@code sortedOrdinals} into {@code partitions} ranges of (nearly) equal count. */
    static OrdinalPartitioner balanced(long[] sortedOrdinals, int partitions) {
        int n = sortedOrdinals.length;
        int p = Math.max(1, Math.min(partitions, Math.max(1, n)));
        long[] upper = new long[p - 1];
        for (int i = 0; i < p - 1; i++) {
            int last = (int) ((long) (i + 1) * n / p) - 1;
            upper[i] = sortedOrdinals[Math.max(0, last)];
        }
        return new OrdinalPartitioner(upper);
    }

    @Override
    public int numPartitions() {
        return upper.length + 1;
    }

    @Override
    public int getPartition(Object key) {
        long k = (Long) key;
        int i = Arrays.binarySearch(upper, k);
        return i >= 0 ? i : -i - 1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OrdinalPartitioner other && Arrays.equals(upper, other.upper);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(upper);
    }
}
