package org.summitcoverage.spark;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.SparkSession;
import org.summitcoverage.ArticleAnalyzer;
import org.summitcoverage.corpus.CorpusFile;
import org.summitcoverage.corpus.CorpusReader;
import org.summitcoverage.corpus.WorkItem;
import org.summitcoverage.model.ArticleAnalysis;
import org.summitcoverage.report.ArticleTable;
import org.summitcoverage.report.CorpusSteps;
import org.summitcoverage.run.ExitCodes;
import org.summitcoverage.cli.VersionProvider;
import org.summitcoverage.run.PipelineVersion;
import org.summitcoverage.run.RunOutcome;
import org.summitcoverage.run.RunTally;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The `analyze` command as a Spark 4 job (issue 9), for corpora that outgrow one machine:
 * <pre>spark-submit --class org.summitcoverage.spark.SparkAnalyzeJob APP.jar CORPUS --out OUT [--format csv]</pre>
 * CORPUS and OUT are any Hadoop-compatible paths. It reads the inputs of `analyze` (txt + sidecar, html,
 * jsonl) with the reader's rules, runs the very same {@link ArticleAnalyzer} in {@code mapPartitions}
 * (models loaded lazily once per executor JVM, never serialised), and writes the tables of docs/output.md
 * (articles, entities, mentions, roles, summary) and of the events (events, event_roles, event_articles) as
 * Parquet or CSV folders plus {@code manifest.json}.
 *
 * <p>Bad input is data: every file or record becomes a row, {@code skipped}/{@code error} with a reason.
 * Rows reach the output only through Spark's file commit protocol, and counts are computed from the
 * written data (never accumulators), so a retried task adds no duplicate row and no double count.
 */
@Command(name = "summit-coverage-spark", mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = VersionProvider.class,
        description = {"Analyses every article of CORPUS on Spark and writes the tables articles, entities, mentions, "
                + "roles and summary (one folder each, Parquet or CSV) and manifest.json into --out.",
                "Exit codes: 0 complete, 1 some articles errored, 2 usage error, 3 fatal."})
public final class SparkAnalyzeJob implements Callable<Integer> {
    /** Test hook: when true, the first attempt of partition 0 of every stage fails part-way (see SparkJobIT). */
    public static final String FAIL_ONCE_CONF = "spark.summitcoverage.test.failOnce";
    /** The folders the job writes: the per-article tables, then the corpus-level ones. */
    public static final List<String> TABLES = tables();

    public enum Format { parquet, csv }

    @Parameters(index = "0", paramLabel = "CORPUS",
            description = "Folder (read recursively) or file on any Hadoop file system: *.txt (+ .meta.json), *.html/*.htm, *.jsonl.")
    String corpus;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder; its tables are replaced.")
    String out;

    @Option(names = "--format", paramLabel = "FORMAT", description = "parquet (default) or csv (RFC 4180 with a header).")
    Format format = Format.parquet;

    @Option(names = "--max-bytes", paramLabel = "BYTES", description = "Articles larger than this are skipped with a reason (default: ${DEFAULT-VALUE}).")
    long maxBytes = CorpusReader.DEFAULT_MAX_BYTES;

    @Option(names = "--partitions", paramLabel = "N", description = "Analysis tasks (default: one per --articles-per-partition articles, at least 4 per core).")
    int partitions;

    @Option(names = "--articles-per-partition", paramLabel = "N", description = "Articles per analysis task when --partitions is not given (default: ${DEFAULT-VALUE}).")
    int articlesPerPartition = 20;

    @Option(names = "--rows-per-file", paramLabel = "N", description = "Target rows per output file of a table (default: ${DEFAULT-VALUE}).")
    long rowsPerFile = 1_000_000;

    @Option(names = "--fast", description = "As `analyze --fast`: roles from token rules only, without the dependency parse.")
    boolean fast;

    /** What one job is asked to do. */
    public record Options(String corpus, String out, Format format, long maxBytes, int partitions,
                          int articlesPerPartition, long rowsPerFile, boolean fast, List<String> commandLine)
            implements Serializable {
        public Options {
            if (articlesPerPartition < 1 || rowsPerFile < 1 || partitions < 0 || maxBytes < 0) {
                throw new IllegalArgumentException("--partitions, --articles-per-partition, --rows-per-file and "
                        + "--max-bytes must be positive");
            }
            commandLine = List.copyOf(commandLine);
        }

        String pipelineVersion() {
            return PipelineVersion.current() + (fast ? "+fast" : "");
        }

        Map<String, Object> manifestOptions() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("corpus", corpus);
            m.put("out", out);
            m.put("format", format.name());
            m.put("max_bytes", maxBytes);
            m.put("partitions", partitions);
            m.put("rows_per_file", rowsPerFile);
            m.put("fast", fast);
            return m;
        }

        public static Options of(String corpus, String out, Format format) {
            return new Options(corpus, out, format, CorpusReader.DEFAULT_MAX_BYTES, 0, 20, 1_000_000, false,
                    List.of("summit-coverage-spark", corpus, "--out", out, "--format", format.name()));
        }
    }

    private static List<String> tables() {
        List<String> names = new ArrayList<>();
        for (ArticleTable t : ArticleTable.values()) {
            names.add(t.tableName());
        }
        names.addAll(CorpusSteps.tableNames());
        return List.copyOf(names);
    }

    public static void main(String[] args) {
        CommandLine cl = new CommandLine(new SparkAnalyzeJob());
        cl.setExitCodeExceptionMapper(e -> ExitCodes.FATAL);
        System.exit(cl.execute(args));
    }

    @Override
    public Integer call() {
        List<String> cmd = new ArrayList<>(List.of("summit-coverage-spark", corpus, "--out", out,
                "--format", format.name(), "--max-bytes", String.valueOf(maxBytes)));
        if (partitions > 0) {
            cmd.add("--partitions=" + partitions);
        }
        cmd.add("--articles-per-partition=" + articlesPerPartition);
        cmd.add("--rows-per-file=" + rowsPerFile);
        if (fast) {
            cmd.add("--fast");
        }
        Options o = new Options(corpus, out, format, maxBytes, partitions, articlesPerPartition, rowsPerFile, fast,
                cmd);
        SparkSession spark = SparkSession.builder().appName("summit-coverage analyze").getOrCreate();
        try {
            return run(spark, o).exitCode();
        } catch (IOException e) {
            System.err.println("summit-coverage: fatal: " + e.getMessage());
            return ExitCodes.FATAL;
        } finally {
            spark.stop();
        }
    }

    /**
     * Runs the job on {@code spark} (any master), step by step; fatal problems (corpus missing, output
     * unwritable) throw.
     */
    public static RunOutcome run(SparkSession spark, Options o) throws IOException {
        SparkRun run = new SparkRun(spark, o);
        List<CorpusFile> files = run.listInputs();
        JavaRDD<WorkItem> work = run.workItems(files);
        JavaRDD<ArticleAnalysis> analysed = run.analyse(work);
        RunTally tally = run.tally(analysed);
        run.conclude(tally, analysed);
        run.writeArticleTables(analysed, tally);
        run.writeCorpusTables(tally);
        return run.finish(tally, files);
    }
}
