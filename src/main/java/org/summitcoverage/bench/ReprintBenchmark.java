package org.summitcoverage.bench;

import org.summitcoverage.link.ReprintIndex;
import org.summitcoverage.link.Reprints;
import org.summitcoverage.link.ShingleSketch;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * `bench --dedup N,N`: the time to find the syndicated copies of generated corpora of growing sizes
 * ({@link PerturbedCorpus}), in one JVM and one thread, so that the sizes are measured under the same load: the
 * sketches (per article) and the grouping (LSH over the whole corpus), each the median of three passes, with the
 * grouping checked against the generator's truth. Linear time shows as a constant time per article.
 */
public final class ReprintBenchmark {
    private static final int REPEATS = 3;
    private final PrintStream out;

    public ReprintBenchmark(PrintStream out) {
        this.out = out;
    }

    public int run(Path source, List<Integer> sizes) throws IOException {
        List<String> sources = CorpusGenerator.sourceTexts(source);
        out.printf(Locale.ROOT, "summit-coverage bench --dedup: %d cores, max heap %d MiB, 1 thread, load average %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, load());
        out.printf(Locale.ROOT, "corpus generated from the %d articles of %s (stories of 8-14 sentences, 4 in 10 "
                + "reprinted 1-3 times with another headline, furniture, a cut ending, 3 words changed)%n",
                sources.size(), source);
        // warm-up: the JIT compiles the sketch and the table before any size is timed
        measure(new PerturbedCorpus(sources, Math.min(20_000, sizes.get(0)), 7));
        out.println();
        out.println("| articles | sketch µs/article | grouping µs/article | total s | total µs/article "
                + "| copies found | articles wrongly grouped |");
        out.println("|---|---|---|---|---|---|---|");
        double first = 0;
        double last = 0;
        for (int size : sizes) {
            PerturbedCorpus corpus = new PerturbedCorpus(sources, size, 42);
            Result r = measure(corpus);
            double total = r.sketchSeconds + r.groupSeconds;
            double perArticle = total * 1e6 / size;
            first = first == 0 ? perArticle : first;
            last = perArticle;
            out.printf(Locale.ROOT, "| %,d | %.1f | %.1f | %.2f | %.1f | %d of %d (%.1f%%) | %d |%n", size,
                    r.sketchSeconds * 1e6 / size, r.groupSeconds * 1e6 / size, total, perArticle, r.found, r.copies,
                    100.0 * r.found / Math.max(1, r.copies), r.wrong);
        }
        out.println();
        out.printf(Locale.ROOT, "time per article, largest size / smallest: %.2f (1.00 = linear; %d× the articles)%n",
                last / first, sizes.get(sizes.size() - 1) / sizes.get(0));
        out.printf(Locale.ROOT, "load average at the end %s%n", load());
        return 0;
    }

    private record Result(double sketchSeconds, double groupSeconds, int copies, int found, int wrong) {
    }

    private static Result measure(PerturbedCorpus corpus) {
        int n = corpus.size();
        double[] sketch = new double[REPEATS];
        double[] group = new double[REPEATS];
        Reprints reprints = null;
        for (int pass = 0; pass < REPEATS; pass++) {
            ReprintIndex index = new ReprintIndex();
            long nanos = 0;
            for (int i = 0; i < n; i++) {
                String text = corpus.text(i);
                long t0 = System.nanoTime();
                index.add("a" + i, corpus.published(i), ShingleSketch.of(text));
                nanos += System.nanoTime() - t0;
            }
            sketch[pass] = nanos / 1e9;
            long t0 = System.nanoTime();
            reprints = index.reprints();
            group[pass] = (System.nanoTime() - t0) / 1e9;
        }
        Arrays.sort(sketch);
        Arrays.sort(group);
        // a copy is found when it shares its original's report; an article is wrongly grouped when its report
        // belongs to another story
        Map<Integer, Integer> original = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (!corpus.isCopy(i)) {
                original.put(corpus.storyOf(i), i);
            }
        }
        int copies = 0;
        int found = 0;
        int wrong = 0;
        for (int i = 0; i < n; i++) {
            int report = reprints.reportOf(i);
            if (corpus.storyOf(report) != corpus.storyOf(i)) {
                wrong++;
            }
            Integer o = original.get(corpus.storyOf(i));
            if (corpus.isCopy(i) && o != null) {
                copies++;
                found += reprints.reportOf(o) == report ? 1 : 0;
            }
        }
        return new Result(sketch[REPEATS / 2], group[REPEATS / 2], copies, found, wrong);
    }

    private static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
