package org.summitcoverage.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What the machine itself gives with N threads: N copies of one CPU-bound loop against one copy, timed in the
 * same run as the pipeline. Two virtual CPUs are often two hyper-threads of one core, or share a host with
 * other guests, and then no work runs twice as fast on two threads; the pipeline's speed-up is judged against
 * this, not against N. The loop is the parser's kind of work: float multiply-adds over a table that stays in
 * the core's caches (64 KiB), so it measures the cores, not the memory bus.
 */
public final class ParallelCapacity {
    private static final int SIZE = 16 * 1024;
    private final float[] table = new float[SIZE];
    private final int passes;

    /** @param passes passes over the table per copy (16,384 multiply-adds each; four chains, not vectorised by C2) */
    public ParallelCapacity(int passes) {
        this.passes = passes;
        for (int i = 0; i < SIZE; i++) {
            table[i] = (i % 97) / 97f;
        }
    }

    /** Seconds for {@code copies} copies of the loop run at once, one per thread. */
    public double seconds(int copies) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(copies);
        try {
            long t0 = System.nanoTime();
            List<Future<Float>> futures = new ArrayList<>();
            for (int c = 0; c < copies; c++) {
                futures.add(pool.submit(this::loop));
            }
            float sink = 0;
            for (Future<Float> f : futures) {
                sink += f.get();
            }
            double s = (System.nanoTime() - t0) / 1e9;
            if (Float.isNaN(sink)) {
                throw new IllegalStateException("unreachable: keeps the loop's result alive");
            }
            return s;
        } finally {
            pool.shutdownNow();
        }
    }

    private float loop() {
        float a0 = 0, a1 = 0, a2 = 0, a3 = 0;
        for (int p = 0; p < passes; p++) {
            float w = 1f + p * 1e-7f;
            for (int i = 0; i < SIZE; i += 4) {
                a0 += table[i] * w;
                a1 += table[i + 1] * w;
                a2 += table[i + 2] * w;
                a3 += table[i + 3] * w;
            }
        }
        return a0 + a1 + a2 + a3;
    }
}
