package org.summitcoverage.run;

import org.summitcoverage.ArticleAnalyzer;
import org.summitcoverage.corpus.CorpusItem;
import org.summitcoverage.corpus.CorpusReader;
import org.summitcoverage.model.ArticleAnalysis;
import org.summitcoverage.model.StageTimes;
import org.summitcoverage.model.Status;
import org.summitcoverage.report.HtmlReportWriter;
import org.summitcoverage.report.OutputFolder;
import org.summitcoverage.report.RunWriter;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The local runner: reads the corpus lazily, analyses articles on N threads sharing one model set, and
 * writes results in input order through a bounded window of futures, so reading, analysing and writing
 * overlap, memory stays flat, and the output is byte-identical whatever the thread count.
 */
public final class LocalRunner {
    public static final String TOOL_VERSION = "0.1.0";
    private final Supplier<ArticleAnalyzer> analyzer;
    private final PrintStream err;

    public LocalRunner(Supplier<ArticleAnalyzer> analyzer, PrintStream err) {
        this.analyzer = analyzer;
        this.err = err;
    }

    /** The counts of a finished run. */
    public record Outcome(int exitCode, long articles, long ok, long skipped, long errors, long reused, double seconds) {
    }

    public Outcome run(RunOptions o) {
        if (!Files.exists(o.corpus())) {
            err.println("summit-coverage: corpus not found: " + o.corpus());
            return new Outcome(ExitCodes.FATAL, 0, 0, 0, 0, 0, 0);
        }
        try (RunLock lock = RunLock.acquire(o.out())) {
            return runLocked(o);
        } catch (RunLock.HeldException e) {
            err.println("summit-coverage: " + e.getMessage());
            return new Outcome(ExitCodes.LOCKED, 0, 0, 0, 0, 0, 0);
        } catch (IOException e) {
            err.println("summit-coverage: fatal: " + e.getMessage());
            return new Outcome(ExitCodes.FATAL, 0, 0, 0, 0, 0, 0);
        }
    }

    private Outcome runLocked(RunOptions o) throws IOException {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        CorpusReader reader = new CorpusReader(o.corpus(), o.maxBytes());
        List<Path> files = reader.files();
        long total = reader.countItems(files);
        PublishedFilter dates = new PublishedFilter(o.since(), o.until());
        IncrementalCache cache = o.incremental() ? IncrementalCache.open(o.out(), o.pipelineVersion())
                : IncrementalCache.none();
        OutputFolder folder = new OutputFolder(o.out());
        RunWriter writer = new RunWriter(folder);
        Progress progress = new Progress(err, o.quiet(), total);
        ExecutorService pool = Executors.newFixedThreadPool(o.threads(), r -> {
            Thread t = new Thread(r, "analyzer");
            t.setDaemon(true);
            return t;
        });
        Counts counts = new Counts();
        List<Map<String, Object>> inputs = new ArrayList<>();
        List<Map<String, Object>> skipped = new ArrayList<>();
        long writeNanos = 0;
        try {
            Deque<CompletableFuture<ArticleAnalysis>> window = new ArrayDeque<>();
            int windowSize = Math.max(4, o.threads() * 4);
            Iterator<CorpusItem> items = reader.items(files);
            while (items.hasNext()) {
                CorpusItem item = items.next();
                window.add(submit(item, dates, cache, pool, counts));
                while (window.size() >= windowSize) {
                    writeNanos += drainOne(window, writer, progress, counts, inputs, skipped);
                }
            }
            while (!window.isEmpty()) {
                writeNanos += drainOne(window, writer, progress, counts, inputs, skipped);
            }
        } catch (IOException | RuntimeException e) {
            writer.close();
            folder.abandon();
            throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
        } finally {
            pool.shutdownNow();
            cache.close();
        }
        writer.close();
        List<Map<String, Object>> changes = null;
        if (o.compare() != null) {
            changes = ChangeDetector.compare(o.compare(), folder.dir().resolve(".entities.csv.tmp"),
                    folder.dir().resolve(".roles.csv.tmp"));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        Map<String, Object> totals = counts.asMap(seconds);
        Map<String, Object> manifest = manifest(o, started, Instant.now(), totals, inputs, skipped, counts, writeNanos,
                seconds, changes == null ? null : changes.size());
        writer.finish(totals, changes, manifest);
        folder.commit();
        if (o.report()) {
            HtmlReportWriter.write(folder.dir(), folder.dir().resolve("report.html"));
        }
        int exit = counts.errors > 0 ? ExitCodes.ARTICLE_ERRORS : ExitCodes.OK;
        err.printf(java.util.Locale.ROOT, "summit-coverage: %d articles: %d ok, %d skipped, %d error%s in %s -> %s%n",
                counts.articles, counts.ok, counts.skipped, counts.errors,
                counts.reused > 0 ? " (" + counts.reused + " reused from the previous run)" : "",
                Progress.formatDuration(seconds), o.out());
        return new Outcome(exit, counts.articles, counts.ok, counts.skipped, counts.errors, counts.reused, seconds);
    }

    private CompletableFuture<ArticleAnalysis> submit(CorpusItem item, PublishedFilter dates, IncrementalCache cache,
                                                      ExecutorService pool, Counts counts) {
        if (item instanceof CorpusItem.Rejected r) {
            return CompletableFuture.completedFuture(ArticleAnalysis.notAnalysed(r.meta(), r.status(), r.reason(), ""));
        }
        CorpusItem.Readable readable = (CorpusItem.Readable) item;
        String dateProblem = dates.rejection(readable.meta().published());
        if (dateProblem != null) {
            return CompletableFuture.completedFuture(
                    ArticleAnalysis.notAnalysed(readable.meta(), Status.SKIPPED, dateProblem, ""));
        }
        ArticleAnalysis previous = cache.reuse(readable.meta());
        if (previous != null) {
            counts.reused++;
            return CompletableFuture.completedFuture(previous);
        }
        return CompletableFuture.supplyAsync(() -> analyzer.get().analyze(readable.article()), pool);
    }

    private long drainOne(Deque<CompletableFuture<ArticleAnalysis>> window, RunWriter writer, Progress progress,
                          Counts counts, List<Map<String, Object>> inputs, List<Map<String, Object>> skipped)
            throws IOException {
        ArticleAnalysis a;
        try {
            a = window.poll().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("analysis failed unexpectedly: " + e.getCause(), e.getCause());
        }
        long w0 = System.nanoTime();
        writer.write(a);
        counts.add(a);
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("article_id", a.articleId());
        input.put("path", a.meta().sourcePath());
        input.put("sha256", a.meta().sha256() == null ? "" : a.meta().sha256());
        input.put("status", a.status().label());
        inputs.add(input);
        if (a.status() != Status.OK) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("article_id", a.articleId());
            s.put("source_path", a.meta().sourcePath());
            s.put("status", a.status().label());
            s.put("reason", a.reason());
            skipped.add(s);
        }
        progress.tick();
        return System.nanoTime() - w0;
    }

    private static final class Counts {
        long articles;
        long ok;
        long skipped;
        long errors;
        long reused;
        long entities;
        long roles;
        long tokens;
        StageTimes times = StageTimes.NONE;

        void add(ArticleAnalysis a) {
            articles++;
            switch (a.status()) {
                case OK -> ok++;
                case SKIPPED -> skipped++;
                case ERROR -> errors++;
            }
            entities += a.entities().size();
            roles += a.roles().size();
            tokens += a.tokens();
            times = times.plus(a.times());
        }

        Map<String, Object> asMap(double seconds) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("articles", articles);
            m.put("ok", ok);
            m.put("skipped", skipped);
            m.put("error", errors);
            m.put("reused", reused);
            m.put("entities", entities);
            m.put("roles", roles);
            m.put("tokens", tokens);
            m.put("seconds", Math.round(seconds * 1000) / 1000.0);
            return m;
        }
    }

    private static Map<String, Object> manifest(RunOptions o, Instant started, Instant finished,
                                                Map<String, Object> totals, List<Map<String, Object>> inputs,
                                                List<Map<String, Object>> skipped, Counts counts, long writeNanos,
                                                double seconds, Integer changes) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tool", "summit-coverage");
        m.put("tool_version", TOOL_VERSION);
        m.put("pipeline_version", o.pipelineVersion());
        m.put("command_line", String.join(" ", o.commandLine()));
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("corpus", o.corpus().toString());
        options.put("out", o.out().toString());
        options.put("threads", o.threads());
        options.put("max_bytes", o.maxBytes());
        options.put("since", o.since() == null ? "" : o.since().toString());
        options.put("until", o.until() == null ? "" : o.until().toString());
        options.put("compare", o.compare() == null ? "" : o.compare().toString());
        options.put("incremental", o.incremental());
        options.put("fast", o.fast());
        options.put("quiet", o.quiet());
        m.put("options", options);
        m.put("started_at", started.toString());
        m.put("finished_at", finished.toString());
        m.put("counts", totals);
        if (changes != null) {
            m.put("changes", changes);
        }
        Map<String, Object> timings = new LinkedHashMap<>();
        StageTimes t = counts.times;
        timings.put("clean_ms", t.cleanNanos() / 1_000_000);
        timings.put("language_ms", t.languageNanos() / 1_000_000);
        timings.put("nlp_ms", t.nlpNanos() / 1_000_000);
        timings.put("parse_ms", t.parseNanos() / 1_000_000);
        timings.put("extract_ms", t.extractNanos() / 1_000_000);
        timings.put("write_ms", writeNanos / 1_000_000);
        timings.put("wall_ms", Math.round(seconds * 1000));
        timings.put("note", "stage times are summed over worker threads; wall_ms is elapsed time");
        m.put("timings", timings);
        m.put("memory", MemoryUse.now());
        m.put("inputs", inputs);
        m.put("skipped", skipped);
        return m;
    }
}
