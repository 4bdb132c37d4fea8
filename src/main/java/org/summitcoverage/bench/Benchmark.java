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
import org.summitcoverage.nlp.ParseSettings;

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
 * counts, CoreNLP's default French pipeline (a) and its whole pipeline with depparse (d) with our whole
 * per-article analysis (b), `--fast` (c) and other parse settings (v), and measure the machine's own parallel
 * capacity (m) in the same rounds (issue 19). Full runs start `analyze` in a child JVM so that its peak RSS is its own.
 */
public final class Benchmark {
    private final PrintStream out;

    public Benchmark(PrintStream out) {
        this.out = out;
    }

    /** One in-process measure: a label, its thread count, and the work on the i-th article (returns what it counted). */
    private record Measure(String label, int threads, ToLongFunction<Integer> work, boolean isLoop) {
    }

    /** The wall and summed thread-CPU seconds of each round of one measure, and what its work counted. */
    private static final class Rounds {
        final List<Double> wall = new ArrayList<>();
        final List<Double> cpu = new ArrayList<>();
        long counted;

        double medianWall() {
            return median(wall);
        }

        double medianCpu() {
            return median(cpu);
        }
    }

    /**
     * @param sample            articles for the in-process figures; 0 or less: every article of {@code source} once
     * @param rounds            rounds of the in-process figures; in each round every measure runs once, in turn
     *                          (A, B, A, B…), so that a load from other users falls on all of them alike; medians
     * @param depparseReference also time CoreNLP's whole French pipeline with its own depparse (one thread)
     * @param variants          other ways to prepare the parser's input, each timed in the same rounds as the default
     */
    public int run(Path source, int sample, List<Integer> sizes, int threads, Path work, String heap, int rounds,
                   boolean depparseReference, List<ParseSettings> variants) throws Exception {
        ParseSettings settings = ParseSettings.configured();
        out.printf(Locale.ROOT, "summit-coverage bench: %d cores, max heap %d MiB, threads %d, texts from %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, threads, source);
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
        if (depparseReference) {
            models.fullReferencePipeline();
        }
        out.printf(Locale.ROOT, "model load: NER pipeline %.1f s, parser %.1f s, dictionaries + language model %.1f s%n",
                secs(nerLoaded - t0), secs(parseLoaded - nerLoaded), secs(allLoaded - parseLoaded));

        List<String> sources = CorpusGenerator.sourceTexts(source);
        int n = sample > 0 ? sample : sources.size();
        FurnitureCleaner cleaner = new FurnitureCleaner();
        List<String> cleaned = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String raw = sources.get(i % sources.size());
            cleaned.add(cleaner.clean(raw).text());
            articles.add(new Article(new ArticleMeta("bench-" + i, "bench-" + i + ".txt", null, null, null, null,
                    "", raw.length()), raw, false));
        }
        ArticleAnalyzer analyzer = ArticleAnalyzer.shared();
        ArticleAnalyzer fastAnalyzer = ArticleAnalyzer.sharedFast();
        StageTimes[] times = {StageTimes.NONE};
        List<Measure> measures = new ArrayList<>();
        List<Measure> threaded = new ArrayList<>();
        Measure ref1 = new Measure("(a) CoreNLP tokenize,ssplit,mwt,pos,ner", 1, i -> annotateReference(models.referencePipeline(), cleaned.get(i)), false);
        Measure full1 = new Measure("(d) CoreNLP tokenize,ssplit,mwt,pos,ner,depparse", 1,
                i -> annotateReference(models.fullReferencePipeline(), cleaned.get(i)), false);
        ToLongFunction<Integer> whole = i -> {
            ArticleAnalyzer.Detailed d = analyzer.analyzeDetailed(articles.get(i));
            synchronized (times) {
                times[0] = times[0].plus(d.analysis().times());
            }
            return parsedWords(d);
        };
        Measure ours1 = new Measure("(b) whole analysis, roles included (" + settings.label() + ")", 1, whole, false);
        Measure fast1 = new Measure("(c) `--fast`: roles from token rules, no parse", 1, i -> fastAnalyzer.analyze(articles.get(i)).tokens(), false);
        ParallelCapacity loop = new ParallelCapacity(160_000);
        Measure loop1 = new Measure("(m) machine: one CPU-bound loop per thread", 1, i -> 0, true);
        measures.add(ref1);
        if (depparseReference) {
            measures.add(full1);
        }
        measures.add(ours1);
        measures.add(fast1);
        List<Measure> variantMeasures = new ArrayList<>();
        for (ParseSettings v : variants) {
            ArticleAnalyzer a = ArticleAnalyzer.withSettings(v);
            Measure m = new Measure("(v) whole analysis, " + v.label(), 1, i -> parsedWords(a.analyzeDetailed(articles.get(i))), false);
            variantMeasures.add(m);
            measures.add(m);
        }
        measures.add(loop1);
        Measure refN = null;
        Measure oursN = null;
        Measure fastN = null;
        Measure loopN = null;
        if (threads > 1) {
            refN = new Measure(ref1.label(), threads, ref1.work(), false);
            oursN = new Measure(ours1.label(), threads, whole, false);
            fastN = new Measure(fast1.label(), threads, fast1.work(), false);
            loopN = new Measure(loop1.label(), threads, i -> 0, true);
            threaded.addAll(List.of(refN, oursN, fastN, loopN));
        }
        measures.addAll(threaded);

        // warm-up, one whole pass of each: JIT and lazy caches (the parser's first-layer rows), so that the
        // measures timed first are not handicapped against the later ones
        long refTokens = 0;
        for (int i = 0; i < n; i++) {
            refTokens += annotateReference(models.referencePipeline(), cleaned.get(i));
        }
        List<java.util.Map<Integer, org.summitcoverage.nlp.ParsedSentence>> referenceParses = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            referenceParses.add(analyzer.analyzeDetailed(articles.get(i)).parses());
        }
        java.util.Map<Measure, String> agreement = new java.util.HashMap<>();
        for (Measure m : measures) {
            if (m.isLoop() || m.threads() > 1 || m == ref1 || m == ours1) {
                continue;
            }
            for (int i = 0; i < n; i++) {
                m.work().applyAsLong(i);
            }
        }
        for (int v = 0; v < variants.size(); v++) {
            ArticleAnalyzer a = ArticleAnalyzer.withSettings(variants.get(v));
            long[] same = new long[2];
            for (int i = 0; i < n; i++) {
                ParseAgreement.add(referenceParses.get(i), a.analyzeDetailed(articles.get(i)).parses(), same);
            }
            agreement.put(variantMeasures.get(v), String.format(Locale.ROOT, "%.1f%%", 100.0 * same[0] / Math.max(1, same[1])));
        }
        loop.seconds(1);

        java.util.Map<Measure, Rounds> results = new java.util.LinkedHashMap<>();
        for (int r = 0; r < rounds; r++) {
            for (Measure m : measures) {
                Rounds got = results.computeIfAbsent(m, k -> new Rounds());
                if (m == ours1) {
                    times[0] = StageTimes.NONE;
                }
                if (m.isLoop()) {
                    double wall = loop.seconds(m.threads());
                    got.wall.add(wall);
                    got.cpu.add(wall * m.threads());
                } else {
                    double[] wc = timed(m.threads(), n, m.work(), got);
                    got.wall.add(wc[0]);
                    got.cpu.add(wc[1]);
                }
            }
        }
        StageTimes lastPass = times[0];

        out.println();
        out.println("| measure (same " + n + " cleaned articles, " + refTokens + " tokens as CoreNLP counts them; median of "
                + rounds + " interleaved rounds) | threads | articles/s | tokens/s | spread of tokens/s | tokens per CPU-second | words parsed "
                + "| labelled edges as (b)'s |");
        out.println("|---|---|---|---|---|---|---|---|");
        for (java.util.Map.Entry<Measure, Rounds> e : results.entrySet()) {
            Measure m = e.getKey();
            Rounds got = e.getValue();
            if (m.isLoop()) {
                continue;
            }
            double min = Double.MAX_VALUE;
            double max = 0;
            for (double w : got.wall) {
                min = Math.min(min, refTokens / w);
                max = Math.max(max, refTokens / w);
            }
            boolean counted = m == ours1 || m == oursN || variantMeasures.contains(m);
            out.printf(Locale.ROOT, "| %s | %d | %.2f | %.0f | %.0f–%.0f | %.0f | %s | %s |%n", m.label(), m.threads(),
                    n / got.medianWall(), refTokens / got.medianWall(), min, max, refTokens / got.medianCpu(),
                    counted ? String.valueOf(got.counted / rounds) : "", agreement.getOrDefault(m, ""));
        }
        out.println();
        double a1 = results.get(ref1).medianWall();
        double b1 = results.get(ours1).medianWall();
        double c1 = results.get(fast1).medianWall();
        out.printf(Locale.ROOT, "ratio (b)/(a), 1 thread: %.2f by wall time, %.2f by CPU time (target ≥ 1.0)%n", a1 / b1,
                results.get(ref1).medianCpu() / results.get(ours1).medianCpu());
        if (depparseReference) {
            out.printf(Locale.ROOT, "ratio (b)/(d), 1 thread: %.2f by wall time, %.2f by CPU time (target ≥ 5)%n",
                    results.get(full1).medianWall() / b1, results.get(full1).medianCpu() / results.get(ours1).medianCpu());
        }
        out.printf(Locale.ROOT, "ratio (c)/(a), 1 thread: %.2f%n", a1 / c1);
        for (Measure v : variantMeasures) {
            Rounds b = results.get(ours1);
            Rounds got = results.get(v);
            out.printf(Locale.ROOT, "speed of %s: %.2f of (b), %.2f of (a) by median wall time; paired by round "
                            + "against (b): %.2f by wall time (%s), %.2f by CPU time (%s)%n",
                    v.label(), b1 / got.medianWall(), a1 / got.medianWall(), pairedRatio(b.wall, got.wall),
                    pairedSpread(b.wall, got.wall), pairedRatio(b.cpu, got.cpu), pairedSpread(b.cpu, got.cpu));
        }
        if (threads > 1) {
            double capacity = threads * results.get(loop1).medianWall() / results.get(loopN).medianWall();
            double sa = a1 / results.get(refN).medianWall();
            double sb = b1 / results.get(oursN).medianWall();
            double sc = c1 / results.get(fastN).medianWall();
            out.printf(Locale.ROOT, "machine's own capacity, %d copies of a CPU-bound loop against one: %.2f× (spread %s)%n",
                    threads, capacity, spreadOfSpeedUp(results.get(loop1), results.get(loopN), threads));
            out.printf(Locale.ROOT, "speed-up 1 → %d threads: (a) %.2f×, (b) %.2f×, (c) %.2f×; as a share of the machine's "
                            + "capacity: (a) %.0f%%, (b) %.0f%% (target ≥ 90%%), (c) %.0f%%%n", threads, sa, sb, sc,
                    100 * sa / capacity, 100 * sb / capacity, 100 * sc / capacity);
            out.printf(Locale.ROOT, "ratio (b)/(a) with %d threads: %.2f; (c)/(a): %.2f%n", threads,
                    results.get(refN).medianWall() / results.get(oursN).medianWall(),
                    results.get(refN).medianWall() / results.get(fastN).medianWall());
        }
        StageTimes t = lastPass;
        long total = t.cleanNanos() + t.languageNanos() + t.nlpNanos() + t.parseNanos() + t.extractNanos();
        out.printf(Locale.ROOT, "share of the analysis (b) (last round, 1 thread): clean %.1f%%, language %.1f%%, NER %.1f%%, "
                        + "tagging and dependency parse of cue sentences %.1f%%, entity+role rules %.1f%% (roles = parse + rules ≈ %.1f%%)%n",
                pct(t.cleanNanos(), total), pct(t.languageNanos(), total), pct(t.nlpNanos(), total),
                pct(t.parseNanos(), total), pct(t.extractNanos(), total), pct(t.parseNanos() + t.extractNanos(), total));

        sizes = sizes.stream().filter(size -> size > 0).toList();
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

    private static long annotateReference(edu.stanford.nlp.pipeline.StanfordCoreNLP pipeline, String text) {
        Annotation a = new Annotation(text);
        pipeline.annotate(a);
        return a.get(CoreAnnotations.TokensAnnotation.class).size();
    }

    /** The words the parser read in one article (after mwt): what a change to the parser's input saves. */
    private static long parsedWords(ArticleAnalyzer.Detailed d) {
        long w = 0;
        for (org.summitcoverage.nlp.ParsedSentence p : d.parses().values()) {
            w += p.nodes().size();
        }
        return w;
    }

    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    /** Wall seconds and summed thread-CPU seconds of one pass over the articles; adds what the work counted. */
    private static double[] timed(int threads, int items, ToLongFunction<Integer> work, Rounds into) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong cpuNanos = new AtomicLong();
        AtomicLong counted = new AtomicLong();
        try {
            long t0 = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < items; i++) {
                int item = i;
                futures.add(pool.submit(() -> {
                    long c0 = CPU.getCurrentThreadCpuTime();
                    counted.addAndGet(work.applyAsLong(item));
                    cpuNanos.addAndGet(CPU.getCurrentThreadCpuTime() - c0);
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            into.counted += counted.get();
            return new double[] {secs(System.nanoTime() - t0), secs(cpuNanos.get())};
        } finally {
            pool.shutdownNow();
        }
    }

    private static double median(List<Double> values) {
        List<Double> v = new ArrayList<>(values);
        v.sort(null);
        return v.isEmpty() ? Double.NaN : v.get(v.size() / 2);
    }

    /** Median over the rounds of {@code base[r] / other[r]}: a load that hits both in one round cancels out. */
    private static double pairedRatio(List<Double> base, List<Double> other) {
        List<Double> r = new ArrayList<>();
        for (int i = 0; i < Math.min(base.size(), other.size()); i++) {
            r.add(base.get(i) / other.get(i));
        }
        return median(r);
    }

    private static String pairedSpread(List<Double> base, List<Double> other) {
        double min = Double.MAX_VALUE;
        double max = 0;
        for (int i = 0; i < Math.min(base.size(), other.size()); i++) {
            min = Math.min(min, base.get(i) / other.get(i));
            max = Math.max(max, base.get(i) / other.get(i));
        }
        return String.format(Locale.ROOT, "%.2f–%.2f", min, max);
    }

    /** Lowest–highest speed-up of the loop over the rounds, each round's N copies against the same round's one. */
    private static String spreadOfSpeedUp(Rounds one, Rounds many, int threads) {
        double min = Double.MAX_VALUE;
        double max = 0;
        for (int r = 0; r < Math.min(one.wall.size(), many.wall.size()); r++) {
            double s = threads * one.wall.get(r) / many.wall.get(r);
            min = Math.min(min, s);
            max = Math.max(max, s);
        }
        return String.format(Locale.ROOT, "%.2f–%.2f×", min, max);
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
