package org.summitcoverage.run;

import org.summitcoverage.ArticleAnalyzer;
import org.summitcoverage.corpus.CorpusFile;
import org.summitcoverage.corpus.CorpusItem;
import org.summitcoverage.corpus.CorpusListing;
import org.summitcoverage.corpus.CorpusReader;
import org.summitcoverage.model.ArticleAnalysis;
import org.summitcoverage.model.Status;
import org.summitcoverage.report.CorpusTable;
import org.summitcoverage.report.HtmlReportWriter;
import org.summitcoverage.report.OutputFolder;
import org.summitcoverage.report.ReportData;
import org.summitcoverage.report.RoleEvidence;
import org.summitcoverage.report.RunWriter;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * overlap, memory stays flat, and the output is byte-identical whatever the thread count. The rules of a run
 * (inputs, counters, roll-up, manifest) are those of the Spark job: {@link CorpusReader}, {@link RunTally},
 * {@link RunManifest}.
 */
public final class LocalRunner {
    private final Supplier<ArticleAnalyzer> analyzer;
    private final PrintStream err;

    public LocalRunner(Supplier<ArticleAnalyzer> analyzer, PrintStream err) {
        this.analyzer = analyzer;
        this.err = err;
    }

    public RunOutcome run(RunOptions o) {
        if (!Files.exists(o.corpus())) {
            err.println("summit-coverage: corpus not found: " + o.corpus());
            return RunOutcome.failed(ExitCodes.FATAL);
        }
        try (RunLock lock = RunLock.acquire(o.out())) {
            return runLocked(o);
        } catch (RunLock.HeldException e) {
            err.println("summit-coverage: " + e.getMessage());
            return RunOutcome.failed(ExitCodes.LOCKED);
        } catch (IOException e) {
            err.println("summit-coverage: fatal: " + Failures.describe(e) + "; nothing was committed");
            return RunOutcome.failed(ExitCodes.FATAL);
        }
    }

    private RunOutcome runLocked(RunOptions o) throws IOException {
        RunManifest manifest = new RunManifest("local", o.pipelineVersion(), o.commandLine(), o.manifestOptions());
        CorpusReader reader = new CorpusReader(o.corpus(), o.maxBytes());
        List<CorpusFile> files = reader.files();
        long total = reader.countItems(files);
        if (total == 0 && !o.allowEmpty() && Files.isRegularFile(o.out().resolve(OutputFolder.MANIFEST))) {
            err.println("summit-coverage: fatal: " + o.corpus() + " holds no article (" + files.size()
                    + " files, none .txt, .html, .htm or .jsonl): the previous run in " + o.out()
                    + " is kept; use --allow-empty to replace it with an empty run");
            return RunOutcome.failed(ExitCodes.FATAL);
        }
        ChangeDetector.Snapshot previous = o.compare() == null ? null : previousRun(o.compare());
        OutputFolder folder = new OutputFolder(o.out());
        RunWriter writer = new RunWriter(folder);
        RunTally tally = new RunTally();
        List<Map<String, Object>> inputs = new ArrayList<>();
        long writeNanos;
        try {
            writeNanos = analyseAll(o, reader, files, total, writer, tally, inputs);
            writer.close();
            writer.completeArticles(tally.reprints());
            List<CorpusTable> corpusTables = tally.conclude(RoleEvidence.fromRolesCsv(folder.current("roles.csv")));
            writer.writeCorpusTables(corpusTables);
            List<Map<String, Object>> changes = previous == null ? null : ChangeDetector.compare(previous, folder::current);
            Map<String, Object> phases = new LinkedHashMap<>();
            phases.put("write_ms", writeNanos / 1_000_000);
            Map<String, Object> extra = new LinkedHashMap<>();
            if (changes != null) {
                extra.put("changes", changes.size());
            }
            extra.put("memory", MemoryUse.now());
            extra.put("files", committedFiles(changes != null, o.report()));
            extra.put("inputs", inputs);
            extra.put("ignored", CorpusListing.ignored(files));
            Map<String, Object> m = manifest.build(tally, phases, extra);
            writer.finish(RunManifest.runTotals(tally, manifest.seconds()), corpusTables, changes, RunManifest.json(m));
            if (o.report()) {
                Files.writeString(folder.temp("report.html"),
                        HtmlReportWriter.render(ReportData.load(folder::current)), StandardCharsets.UTF_8);
            }
            folder.commit();
            double seconds = manifest.seconds();
            err.println(tally.counts().summaryLine(seconds, o.out().toString()));
            return new RunOutcome(tally.counts().exitCode(), tally.counts(), seconds, m);
        } catch (IOException | RuntimeException e) {
            writer.close();
            folder.abandon();
            throw e instanceof IOException io ? io : new IOException(e.toString(), e);
        }
    }

    /** The previous run of `--compare`, read before any work; a damaged one is a warning and no changes.csv. */
    private ChangeDetector.Snapshot previousRun(java.nio.file.Path dir) {
        try {
            return ChangeDetector.read(dir, err);
        } catch (IOException e) {
            err.println("summit-coverage: warning: --compare " + dir + " is not a readable run (" + e.getMessage()
                    + "); this run writes no changes.csv");
            return null;
        }
    }

    /** The files this run commits, as its manifest lists them (the next run removes only those). */
    private static List<String> committedFiles(boolean changes, boolean report) {
        List<String> files = new ArrayList<>(OutputFolder.OWNED);
        if (!changes) {
            files.remove("changes.csv");
        }
        if (!report) {
            files.remove("report.html");
        }
        return files;
    }

    /** Reads, analyses and writes every item through the bounded window; returns the nanoseconds spent writing. */
    private long analyseAll(RunOptions o, CorpusReader reader, List<CorpusFile> files, long total, RunWriter writer,
                            RunTally tally, List<Map<String, Object>> inputs) throws IOException {
        PublishedFilter dates = new PublishedFilter(o.since(), o.until());
        Progress progress = new Progress(err, o.quiet(), total);
        ExecutorService pool = Executors.newFixedThreadPool(o.threads(), r -> {
            Thread t = new Thread(r, "analyzer");
            t.setDaemon(true);
            return t;
        });
        long writeNanos = 0;
        try (IncrementalCache cache = o.incremental() ? IncrementalCache.open(o.out(), o.pipelineVersion(), err)
                : IncrementalCache.none()) {
            Deque<Pending> window = new ArrayDeque<>();
            int windowSize = Math.max(4, o.threads() * 4);
            Iterator<CorpusItem> items = reader.items(files);
            while (items.hasNext() || !window.isEmpty()) {
                if (items.hasNext() && window.size() < windowSize) {
                    window.add(submit(items.next(), dates, cache, pool));
                    continue;
                }
                Pending p = window.poll();
                ArticleAnalysis a = p.get();
                long w0 = System.nanoTime();
                writer.write(a);
                writeNanos += System.nanoTime() - w0;
                tally.add(a, p.reused());
                inputs.add(input(a));
                progress.tick();
            }
        } finally {
            pool.shutdownNow();
        }
        return writeNanos;
    }

    /** An item on its way: analysed on the pool, or already known (rejected, out of dates, reused). */
    private record Pending(CompletableFuture<ArticleAnalysis> future, boolean reused) {
        ArticleAnalysis get() throws IOException {
            try {
                return future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            } catch (ExecutionException e) {
                throw new IOException("analysis failed unexpectedly: " + e.getCause(), e.getCause());
            }
        }
    }

    private Pending submit(CorpusItem item, PublishedFilter dates, IncrementalCache cache, ExecutorService pool) {
        if (item instanceof CorpusItem.Rejected r) {
            return done(ArticleAnalysis.notAnalysed(r.meta(), r.status(), r.reason(), ""), false);
        }
        CorpusItem.Readable readable = (CorpusItem.Readable) item;
        String dateProblem = dates.rejection(readable.meta().published());
        if (dateProblem != null) {
            return done(ArticleAnalysis.notAnalysed(readable.meta(), Status.SKIPPED, dateProblem, ""), false);
        }
        ArticleAnalysis previous = cache.reuse(readable.meta());
        if (previous != null) {
            return done(previous, true);
        }
        return new Pending(CompletableFuture.supplyAsync(() -> analyzer.get().analyze(readable.article()), pool), false);
    }

    private static Pending done(ArticleAnalysis a, boolean reused) {
        return new Pending(CompletableFuture.completedFuture(a), reused);
    }

    private static Map<String, Object> input(ArticleAnalysis a) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("article_id", a.articleId());
        input.put("path", a.meta().sourcePath());
        input.put("sha256", a.meta().sha256() == null ? "" : a.meta().sha256());
        input.put("status", a.status().label());
        return input;
    }
}
