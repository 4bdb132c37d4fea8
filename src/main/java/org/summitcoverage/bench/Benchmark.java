package org.summitcoverage.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import org.summitcoverage.ArticleAnalyzer;
import org.summitcoverage.clean.FurnitureCleaner;
import org.summitcoverage.corpus.LanguageDetector;
import org.summitcoverage.dict.Dictionaries;
import org.summitcoverage.extract.roles.RoleCueLexicon;
import org.summitcoverage.model.Article;
import org.summitcoverage.model.ArticleAnalysis;
import org.summitcoverage.model.ArticleMeta;
import org.summitcoverage.model.StageTimes;
import org.summitcoverage.nlp.FrenchModels;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;

/**
 * The `bench` command's measurements. In-process figures compare, on the same cleaned texts and thread
 * counts, CoreNLP's default French pipeline (a) with our whole per-article analysis (b). Full runs
 * start `analyze` in a child JVM so that its peak RSS is its own.
 */
public final class Benchmark {
    private final PrintStream out;

    public Benchmark(PrintStream out) {
        this.out = out;
    }

    public int run(Path source, int sample, List<Integer> sizes, int threads, Path work, String heap) throws Exception {
        out.printf(Locale.ROOT, "summit-coverage bench: %d cores, max heap %d MiB, threads %d%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, threads);
        long t0 = System.nanoTime();
        FrenchModels models = FrenchModels.shared();
        long nerLoaded = System.nanoTime();
        models.taggingPipeline();
        models.dependencyParsing();
        long parseLoaded = System.nanoTime();
        Dictionaries.shared();
        RoleCueLexicon.shared();
        LanguageDetector.shared();
        long allLoaded = System.nanoTime();
        models.referencePipeline();
        out.printf(Locale.ROOT, "model load: NER pipeline %.1f s, parser %.1f s, dictionaries + language model %.1f s%n",
                secs(nerLoaded - t0), secs(parseLoaded - nerLoaded), secs(allLoaded - parseLoaded));

        List<String> sources = CorpusGenerator.sourceTexts(source);
        FurnitureCleaner cleaner = new FurnitureCleaner();
        List<String> cleaned = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < sample; i++) {
            String raw = sources.get(i % sources.size());
            cleaned.add(cleaner.clean(raw).text());
            articles.add(new Article(new ArticleMeta("bench-" + i, "bench-" + i + ".txt", null, null, null, null,
                    "", raw.length()), raw, false));
        }
        ArticleAnalyzer analyzer = ArticleAnalyzer.shared();
        // warm-up, one whole pass of each: JIT and lazy caches (the parser's first-layer rows), so that the
        // 1-thread passes, measured first, are not handicapped against the N-thread ones
        for (int i = 0; i < sample; i++) {
            annotateReference(models, cleaned.get(i));
            analyzer.analyze(articles.get(i));
            ArticleAnalyzer.sharedFast().analyze(articles.get(i));
        }
        out.println();
        out.println("| measure (same " + sample + " cleaned articles, median of " + REPEATS + " passes) | threads | articles/s | tokens/s |");
        out.println("|---|---|---|---|");
        double[] ref = new double[2];
        double[] ours = new double[2];
        double[] fast = new double[2];
        AtomicLong tokens = new AtomicLong();
        StageTimes[] times = {StageTimes.NONE};
        int[] counts = {1, threads};
        for (int k = 0; k < counts.length; k++) {
            int n = counts[k];
            tokens.set(0);
            double s = medianTime(n, cleaned, text -> {
                long t = annotateReference(models, text);
                tokens.addAndGet(t);
                return t;
            });
            long refTokens = tokens.get() / REPEATS;
            ref[k] = sample / s;
            out.printf(Locale.ROOT, "| (a) CoreNLP tokenize,ssplit,mwt,pos,ner | %d | %.2f | %.0f |%n", n, sample / s, refTokens / s);
            tokens.set(0);
            times[0] = StageTimes.NONE;
            double s2 = medianTime(n, articles, a -> {
                ArticleAnalysis r = analyzer.analyze(a);
                synchronized (times) {
                    times[0] = times[0].plus(r.times());
                }
                tokens.addAndGet(r.tokens());
                return r.tokens();
            });
            ours[k] = sample / s2;
            out.printf(Locale.ROOT, "| (b) whole analysis, roles included | %d | %.2f | %.0f |%n", n, sample / s2, refTokens / s2);
            ArticleAnalyzer fastAnalyzer = ArticleAnalyzer.sharedFast();
            double s3 = medianTime(n, articles, a -> fastAnalyzer.analyze(a).tokens());
            fast[k] = sample / s3;
            out.printf(Locale.ROOT, "| (c) `--fast`: roles from token rules, no parse | %d | %.2f | %.0f |%n", n, sample / s3,
                    refTokens / s3);
            if (threads == 1) {
                ref[1] = ref[0];
                ours[1] = ours[0];
                fast[1] = fast[0];
                break;
            }
        }
        out.println();
        out.printf(Locale.ROOT, "ratio (b)/(a): %.2f with 1 thread, %.2f with %d threads%n", ours[0] / ref[0],
                ours[1] / ref[1], threads);
        out.printf(Locale.ROOT, "ratio (c)/(a): %.2f with 1 thread, %.2f with %d threads%n", fast[0] / ref[0],
                fast[1] / ref[1], threads);
        out.printf(Locale.ROOT, "speed-up 1 → %d threads: (a) %.2f×, (b) %.2f×, (c) %.2f×%n", threads, ref[1] / ref[0],
                ours[1] / ours[0], fast[1] / fast[0]);
        StageTimes t = times[0];
        long total = t.cleanNanos() + t.languageNanos() + t.nlpNanos() + t.parseNanos() + t.extractNanos();
        out.printf(Locale.ROOT, "share of the analysis (last pass): clean %.1f%%, language %.1f%%, NER %.1f%%, "
                        + "dependency parse of cue sentences %.1f%%, entity+role rules %.1f%% (roles = parse + rules ≈ %.1f%%)%n",
                pct(t.cleanNanos(), total), pct(t.languageNanos(), total), pct(t.nlpNanos(), total),
                pct(t.parseNanos(), total), pct(t.extractNanos(), total), pct(t.parseNanos() + t.extractNanos(), total));

        sizes = sizes.stream().filter(n -> n > 0).toList();
        if (!sizes.isEmpty()) {
            Path dir = work != null ? work : Files.createTempDirectory("summit-bench");
            out.println();
            out.println("| corpus | threads | wall | articles/s | peak RSS | live heap at end | incremental re-run |");
            out.println("|---|---|---|---|---|---|---|");
            for (int size : sizes) {
                Path corpus = CorpusGenerator.generate(sources, size, dir.resolve("corpus-" + size));
                Path outDir = dir.resolve("out-" + size);
                ChildRun first = ChildRun.analyze(corpus, outDir, threads, heap, false);
                long live = new com.fasterxml.jackson.databind.ObjectMapper().readTree(outDir.resolve("manifest.json")
                        .toFile()).path("memory").path("live_heap_at_end_mb").asLong(-1);
                ChildRun again = ChildRun.analyze(corpus, outDir, threads, heap, true);
                out.printf(Locale.ROOT, "| %d articles | %d | %.1f s | %.2f | %d MiB | %d MiB | %.1f s (%.1f%%) |%n", size,
                        threads, first.seconds(), size / first.seconds(), first.peakRssKib() >> 10, live,
                        again.seconds(), 100 * again.seconds() / first.seconds());
            }
        }
        return 0;
    }

    private static long annotateReference(FrenchModels models, String text) {
        Annotation a = new Annotation(text);
        models.referencePipeline().annotate(a);
        return a.get(CoreAnnotations.TokensAnnotation.class).size();
    }

    /** Each in-process figure is the median of this many passes: one pass of a few seconds is noisy. */
    private static final int REPEATS = 3;

    private static <T> double medianTime(int threads, List<T> items, ToLongFunction<T> work) throws Exception {
        double[] t = new double[REPEATS];
        for (int i = 0; i < REPEATS; i++) {
            t[i] = timed(threads, items, work);
        }
        java.util.Arrays.sort(t);
        return t[REPEATS / 2];
    }

    private static <T> double timed(int threads, List<T> items, ToLongFunction<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long t0 = System.nanoTime();
            List<Future<Long>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(pool.submit(() -> work.applyAsLong(item)));
            }
            for (Future<Long> f : futures) {
                f.get();
            }
            return secs(System.nanoTime() - t0);
        } finally {
            pool.shutdownNow();
        }
    }

    private static double secs(long nanos) {
        return nanos / 1e9;
    }

    private static double pct(long part, long total) {
        return total == 0 ? 0 : 100.0 * part / total;
    }

    /** One `analyze` run in a child JVM, with its wall time and peak RSS. */
    record ChildRun(double seconds, long peakRssKib) {
        static ChildRun analyze(Path corpus, Path out, int threads, String heap, boolean incremental)
                throws IOException, InterruptedException {
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx" + heap, "-cp", System.getProperty("java.class.path"), "org.summitcoverage.cli.Main", "analyze",
                    corpus.toString(), "--out", out.toString(), "--threads", String.valueOf(threads), "--quiet",
                    "--no-report"));
            if (incremental) {
                cmd.add("--incremental");
            }
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            long peak = 0;
            while (p.isAlive()) {
                peak = Math.max(peak, MemoryProbe.peakRssKib(p.pid()));
                Thread.sleep(200);
            }
            double s = (System.nanoTime() - t0) / 1e9;
            if (p.exitValue() > 1) {
                throw new IOException("analyze failed with exit code " + p.exitValue() + ": " + cmd);
            }
            return new ChildRun(s, peak);
        }
    }
}
