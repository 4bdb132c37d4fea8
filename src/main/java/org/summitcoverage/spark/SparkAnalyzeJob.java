package org.summitcoverage.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.summitcoverage.ArticleAnalyzer;
import org.summitcoverage.corpus.CorpusItem;
import org.summitcoverage.corpus.CorpusReader;
import org.summitcoverage.model.ArticleAnalysis;
import org.summitcoverage.model.ArticleMeta;
import org.summitcoverage.model.RoleType;
import org.summitcoverage.model.Status;
import org.summitcoverage.report.Columns;
import org.summitcoverage.run.ExitCodes;
import org.summitcoverage.run.LocalRunner;
import org.summitcoverage.run.PipelineVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import scala.Tuple2;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.negate;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

/**
 * The `analyze` command as a Spark 4 job (issue 9), for corpora that outgrow one machine:
 * <pre>spark-submit --class org.summitcoverage.spark.SparkAnalyzeJob APP.jar CORPUS --out OUT [--format csv]</pre>
 * CORPUS and OUT are any Hadoop-compatible paths. It reads the inputs of `analyze` (txt + sidecar, html,
 * jsonl) with the reader's rules, runs the very same {@link ArticleAnalyzer} in {@code mapPartitions}
 * (models loaded lazily once per executor JVM, never serialised), and writes the tables of SCHEMA.md
 * (articles, entities, mentions, roles, summary) as Parquet or CSV folders plus {@code manifest.json}.
 *
 * <p>Bad input is data: every file or record becomes a row, {@code skipped}/{@code error} with a reason.
 * Rows reach the output only through Spark's file commit protocol, and counts are computed from the
 * written data (never accumulators), so a retried task adds no duplicate row and no double count.
 */
@Command(name = "summit-coverage-spark", mixinStandardHelpOptions = true, sortOptions = false,
        version = "summit-coverage " + LocalRunner.TOOL_VERSION,
        description = {"Analyses every article of CORPUS on Spark and writes the tables articles, entities, mentions, "
                + "roles and summary (one folder each, Parquet or CSV) and manifest.json into --out.",
                "Exit codes: 0 complete, 1 some articles errored, 2 usage error, 3 fatal."})
public final class SparkAnalyzeJob implements Callable<Integer> {
    /** Test hook: when true, the first attempt of partition 0 of every stage fails part-way (see SparkJobIT). */
    public static final String FAIL_ONCE_CONF = "spark.summitcoverage.test.failOnce";
    public static final List<String> TABLES = List.of("articles", "entities", "mentions", "roles", "summary");
    /** At most this many skipped inputs are listed in the manifest; all of them are in the articles table. */
    static final int MANIFEST_SKIPPED_LIMIT = 100_000;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

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

        public static Options of(String corpus, String out, Format format) {
            return new Options(corpus, out, format, CorpusReader.DEFAULT_MAX_BYTES, 0, 20, 1_000_000, false,
                    List.of("summit-coverage-spark", corpus, "--out", out, "--format", format.name()));
        }
    }

    /** The counts of a finished job, and the manifest it wrote. */
    public record Outcome(int exitCode, long articles, long ok, long skipped, long errors, double seconds,
                          Map<String, Object> manifest) {
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

    /** Runs the job on {@code spark} (any master); fatal problems (corpus missing, output unwritable) throw. */
    public static Outcome run(SparkSession spark, Options o) throws IOException {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        Path outDir = new Path(o.out());
        FileSystem outFs = outDir.getFileSystem(hadoop);
        Path manifestPath = new Path(outDir, "manifest.json");
        // A folder whose manifest is missing is incomplete: drop the old one before anything else changes.
        outFs.delete(manifestPath, false);
        boolean failOnce = Boolean.parseBoolean(spark.conf().get(FAIL_ONCE_CONF, "false"));

        List<InputFile> files;
        try {
            files = InputListing.list(hadoop, o.corpus());
        } catch (FileNotFoundException e) {
            throw new IOException("corpus not found: " + o.corpus(), e);
        }
        List<InputFile> wholeFiles = new ArrayList<>();
        List<InputFile> jsonFiles = new ArrayList<>();
        for (InputFile f : files) {
            if (f.isSidecar()) {
                continue;
            }
            (f.isJsonLines() ? jsonFiles : wholeFiles).add(f);
        }
        long tListed = System.nanoTime();

        Broadcast<Map<String, String>> conf = jsc.broadcast(HadoopConf.toMap(hadoop));
        int parallelism = jsc.defaultParallelism();
        long maxBytes = o.maxBytes();

        // Identities first (paths for files, the `id` field for JSON Lines records), for the duplicate rule.
        List<Duplicates.IdEntry> ids = new ArrayList<>();
        for (InputFile f : wholeFiles) {
            ids.add(new Duplicates.IdEntry(WorkItem.ordinal(f.index(), 0), f.articleId(), f.relative()));
        }
        JavaRDD<WorkItem> jsonLines = null;
        if (!jsonFiles.isEmpty()) {
            jsonLines = jsc.parallelize(jsonFiles, Math.max(1, Math.min(jsonFiles.size(), parallelism)))
                    .flatMap(f -> InputDecoder.jsonLines(f, InputDecoder.hadoop(HadoopConf.fromMap(conf.value()))))
                    .persist(StorageLevel.MEMORY_AND_DISK_SER());
            ids.addAll(jsonLines.mapPartitions((FlatMapFunction<Iterator<WorkItem>, Duplicates.IdEntry>) it -> {
                InputDecoder decoder = new InputDecoder(maxBytes);
                List<Duplicates.IdEntry> out = new ArrayList<>();
                while (it.hasNext()) {
                    WorkItem w = it.next();
                    out.add(new Duplicates.IdEntry(w.ordinal(), decoder.jsonLineId(w), w.sourcePath()));
                }
                return out.iterator();
            }).collect());
        }
        ids.sort(Comparator.comparingLong(Duplicates.IdEntry::ordinal));
        Broadcast<Map<Long, String[]>> renames = jsc.broadcast(new HashMap<>(Duplicates.resolve(ids)));
        long[] ordinals = ids.stream().mapToLong(Duplicates.IdEntry::ordinal).toArray();
        int items = ordinals.length;
        int tasks = o.partitions() > 0 ? o.partitions()
                : (int) Math.max(Math.ceil(items / (double) o.articlesPerPartition()), 4L * parallelism);
        OrdinalPartitioner partitioner = OrdinalPartitioner.balanced(ordinals, tasks);
        long tIds = System.nanoTime();

        // The analysis: one shuffle of small work items (paths, or JSON Lines records) into balanced,
        // ordinal-ordered partitions, then the shared per-article function in mapPartitions.
        List<WorkItem> fileWork = wholeFiles.stream().map(WorkItem::wholeFile).toList();
        JavaRDD<WorkItem> work = jsc.parallelize(fileWork, Math.max(1, Math.min(fileWork.size(), parallelism)));
        if (jsonLines != null) {
            work = work.union(jsonLines);
        }
        JavaRDD<ArticleRows> analysed = work
                .mapToPair(w -> new Tuple2<>(w.ordinal(), w))
                .repartitionAndSortWithinPartitions(partitioner)
                .mapPartitions(new Analyse(conf, renames, maxBytes, o.fast(), failOnce))
                .persist(StorageLevel.MEMORY_AND_DISK());

        StructType articleSchema = SparkTables.withLongs(SparkTables.ARTICLES, SparkTables.ORDINAL, "_mentions",
                "_clean_ns", "_language_ns", "_nlp_ns", "_parse_ns", "_extract_ns");
        Dataset<Row> articles = spark.createDataFrame(
                analysed.mapPartitions(new TableRows(TableRows.ARTICLES, failOnce)), articleSchema);
        Dataset<Row> entities = spark.createDataFrame(
                analysed.mapPartitions(new TableRows(TableRows.ENTITIES, failOnce)),
                SparkTables.withLongs(SparkTables.ENTITIES, SparkTables.ORDINAL));
        Dataset<Row> mentions = spark.createDataFrame(
                analysed.mapPartitions(new TableRows(TableRows.MENTIONS, failOnce)), SparkTables.MENTIONS);
        Dataset<Row> roles = spark.createDataFrame(
                analysed.mapPartitions(new TableRows(TableRows.ROLES, failOnce)),
                SparkTables.withLongs(SparkTables.ROLES, SparkTables.ORDINAL));

        // First action: analyses every article (with full parallelism) into the cache, and counts.
        Row c = articles.agg(count(lit(1)),
                sum(when(col("status").equalTo(Status.OK.label()), 1).otherwise(0)),
                sum(when(col("status").equalTo(Status.SKIPPED.label()), 1).otherwise(0)),
                sum(when(col("status").equalTo(Status.ERROR.label()), 1).otherwise(0)),
                sum("entities"), sum("_mentions"), sum("roles"), sum("tokens"), sum("chars"),
                sum("_clean_ns"), sum("_language_ns"), sum("_nlp_ns"), sum("_parse_ns"), sum("_extract_ns"))
                .first();
        long[] n = new long[c.length()];
        for (int i = 0; i < n.length; i++) {
            n[i] = c.isNullAt(i) ? 0 : ((Number) c.get(i)).longValue();
        }
        if (jsonLines != null) {
            jsonLines.unpersist(false);
        }
        long tAnalysed = System.nanoTime();
        List<Map<String, Object>> skipped = new ArrayList<>();
        for (Row r : articles.filter(col("status").notEqual(Status.OK.label())).orderBy(SparkTables.ORDINAL)
                .limit(MANIFEST_SKIPPED_LIMIT).select("article_id", "source_path", "status", "reason")
                .collectAsList()) {
            Map<String, Object> s = new LinkedHashMap<>();
            for (String f : List.of("article_id", "source_path", "status", "reason")) {
                s.put(f, r.getAs(f));
            }
            skipped.add(s);
        }

        // The tables, each through Spark's commit protocol (a failed task attempt leaves nothing behind).
        int maxFiles = partitioner.numPartitions();
        Map<String, Object> writeMs = new LinkedHashMap<>();
        Map<String, Object> tables = new LinkedHashMap<>();
        write(articles.select(columns(Columns.ARTICLES)), o, outDir, "articles", n[0], maxFiles, writeMs, tables);
        write(entities.select(columns(Columns.ENTITIES)), o, outDir, "entities", n[4], maxFiles, writeMs, tables);
        write(mentions.select(columns(Columns.MENTIONS)), o, outDir, "mentions", n[5], maxFiles, writeMs, tables);
        write(roles.select(columns(Columns.ROLES)), o, outDir, "roles", n[6], maxFiles, writeMs, tables);
        long s0 = System.nanoTime();
        // The roll-up's shuffles are small: unless the session says otherwise, size them by the data
        // rather than Spark's fixed default of 200 (hundreds of near-empty tasks per stage).
        String shuffleKey = "spark.sql.shuffle.partitions";
        boolean ownShuffle = !spark.conf().contains(shuffleKey);
        if (ownShuffle) {
            spark.conf().set(shuffleKey, String.valueOf(Math.max(parallelism,
                    Math.min(200, (n[4] + 249_999) / 250_000))));
        }
        long summaryRows;
        // The roll-up reads only the few columns it needs, from small columnar caches.
        Dataset<Row> entityKeys = entities.select("entity_id", "type", "canonical_name", "country_code", "mentions",
                SparkTables.ORDINAL).persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> roleKeys = roles.select(SparkTables.ORDINAL, "role", "entity_id")
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> summary = summary(entityKeys, roleKeys).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            summaryRows = summary.count();
            writeMs.put("summary_compute_ms", (System.nanoTime() - s0) / 1_000_000);
            write(summary.repartition(1).sortWithinPartitions(col("articles").desc(), col("mentions").desc(),
                    col("entity_id").asc()), o, outDir, "summary", summaryRows, 1, writeMs, tables);
        } finally {
            if (ownShuffle) {
                spark.conf().unset(shuffleKey);
            }
            summary.unpersist(false);
            entityKeys.unpersist(false);
            roleKeys.unpersist(false);
            analysed.unpersist(false);
        }
        conf.destroy();
        renames.destroy();

        double seconds = (System.nanoTime() - t0) / 1e9;
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("articles", n[0]);
        counts.put("ok", n[1]);
        counts.put("skipped", n[2]);
        counts.put("error", n[3]);
        counts.put("entities", n[4]);
        counts.put("mentions", n[5]);
        counts.put("roles", n[6]);
        counts.put("tokens", n[7]);
        counts.put("summary_entities", summaryRows);
        counts.put("seconds", Math.round(seconds * 1000) / 1000.0);
        Map<String, Object> timings = new LinkedHashMap<>();
        timings.put("list_ms", (tListed - t0) / 1_000_000);
        timings.put("ids_ms", (tIds - tListed) / 1_000_000);
        timings.put("analysis_ms", (tAnalysed - tIds) / 1_000_000);
        timings.put("write_ms", writeMs);
        timings.put("clean_ms", n[9] / 1_000_000);
        timings.put("language_ms", n[10] / 1_000_000);
        timings.put("nlp_ms", n[11] / 1_000_000);
        timings.put("parse_ms", n[12] / 1_000_000);
        timings.put("extract_ms", n[13] / 1_000_000);
        timings.put("wall_ms", Math.round(seconds * 1000));
        timings.put("articles_per_second", seconds > 0 ? Math.round(n[0] / seconds * 100) / 100.0 : 0);
        timings.put("note", "stage times are summed over all tasks; wall_ms is elapsed time on the driver");

        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tool", "summit-coverage");
        m.put("tool_version", LocalRunner.TOOL_VERSION);
        m.put("pipeline_version", PipelineVersion.current() + (o.fast() ? "+fast" : ""));
        m.put("runner", "spark");
        m.put("command_line", String.join(" ", o.commandLine()));
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("corpus", o.corpus());
        options.put("out", o.out());
        options.put("format", o.format().name());
        options.put("max_bytes", o.maxBytes());
        options.put("partitions", partitioner.numPartitions());
        options.put("rows_per_file", o.rowsPerFile());
        options.put("fast", o.fast());
        m.put("options", options);
        m.put("spark", sparkInfo(spark, jsc));
        m.put("started_at", started.toString());
        m.put("finished_at", Instant.now().toString());
        m.put("counts", counts);
        m.put("timings", timings);
        m.put("tables", tables);
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("files", files.size());
        inputs.put("sidecars", files.stream().filter(InputFile::isSidecar).count());
        inputs.put("jsonl_files", jsonFiles.size());
        inputs.put("bytes", files.stream().mapToLong(InputFile::size).sum());
        inputs.put("note", "one row per input in the articles table, with source_path, sha256, status and reason");
        m.put("inputs", inputs);
        m.put("skipped_listed", skipped.size());
        m.put("skipped", skipped);
        writeManifest(outFs, outDir, manifestPath, m);

        int exit = n[3] > 0 ? ExitCodes.ARTICLE_ERRORS : ExitCodes.OK;
        System.err.printf(Locale.ROOT,
                "summit-coverage: %d articles: %d ok, %d skipped, %d error in %.1f s (%.2f articles/s) -> %s%n",
                n[0], n[1], n[2], n[3], seconds, seconds > 0 ? n[0] / seconds : 0.0, o.out());
        return new Outcome(exit, n[0], n[1], n[2], n[3], seconds, m);
    }

    /**
     * summary.csv of the local run, computed with Spark aggregations and the rules of CorpusRollup: per
     * entity, the articles and mentions; the type and the country code as the input order gives them; the
     * canonical name most articles use (ties to the smallest); per role, the articles asserting it, once per
     * article, counted from the first article where the entity appears.
     */
    static Dataset<Row> summary(Dataset<Row> entities, Dataset<Row> roles) {
        String ord = SparkTables.ORDINAL;
        Column known = col("country_code").notEqual("");
        // Level 1, per (entity, name): how many articles use the name, and partial aggregates.
        Dataset<Row> byName = entities.groupBy("entity_id", "canonical_name").agg(
                count(lit(1)).as("_n"),
                sum("mentions").as("_m"),
                min(ord).as("_first"),
                max(ord).as("_last"),
                max_by(col("type"), col(ord)).as("_type"),
                min(when(known, col(ord))).as("_cc_ord"),
                min_by(col("country_code"), when(known, col(ord))).as("_cc"));
        // Level 2, per entity.
        Dataset<Row> base = byName.groupBy("entity_id").agg(
                max_by(col("_type"), col("_last")).as("type"),
                min_by(col("canonical_name"), struct(negate(col("_n")), col("canonical_name"))).as("canonical_name"),
                coalesce(min_by(col("_cc"), col("_cc_ord")), lit("")).as("country_code"),
                sum("_n").cast("int").as("articles"),
                sum("_m").cast("int").as("mentions"),
                min("_first").as("_first"));
        List<Column> perRole = new ArrayList<>();
        for (RoleType r : RoleType.values()) {
            perRole.add(countDistinct(when(col("role").equalTo(r.name()), col(ord))).cast("int").as(r.name()));
        }
        Dataset<Row> roleCounts = roles.join(base.select("entity_id", "_first"), "entity_id")
                .filter(col(ord).geq(col("_first")))
                .groupBy("entity_id").agg(perRole.get(0), perRole.subList(1, perRole.size()).toArray(new Column[0]));
        Dataset<Row> all = base.join(roleCounts, "entity_id", "left");
        List<Column> select = new ArrayList<>();
        for (String c : Columns.SUMMARY) {
            RoleType role = roleOf(c);
            if (role != null) {
                select.add(coalesce(col(role.name()), lit(0)).as(c));
            } else if (List.of(all.columns()).contains(c)) {
                select.add(col(c));
            } else {
                select.add(lit("").as(c));
            }
        }
        return all.select(select.toArray(new Column[0]));
    }

    private static RoleType roleOf(String column) {
        for (RoleType r : RoleType.values()) {
            if (r.name().toLowerCase(Locale.ROOT).equals(column)) {
                return r;
            }
        }
        return null;
    }

    private static Column[] columns(List<String> names) {
        return names.stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
    }

    private static void write(Dataset<Row> df, Options o, Path outDir, String table, long rows, int maxFiles,
                              Map<String, Object> writeMs, Map<String, Object> tables) {
        long w0 = System.nanoTime();
        int filesWanted = (int) Math.max(1, Math.min(maxFiles, (rows + o.rowsPerFile() - 1) / o.rowsPerFile()));
        DataFrameWriter<Row> w = df.coalesce(filesWanted).write().mode(SaveMode.Overwrite);
        if (o.format() == Format.csv) {
            // RFC 4180 as in the local CSVs: "" doubles a quote, nothing for an empty value, no trimming.
            w = w.format("csv").option("header", "true").option("quote", "\"").option("escape", "\"")
                    .option("emptyValue", "").option("nullValue", "").option("ignoreLeadingWhiteSpace", "false")
                    .option("ignoreTrailingWhiteSpace", "false").option("lineSep", "\n").option("encoding", "UTF-8");
        } else {
            w = w.format("parquet");
        }
        String path = new Path(outDir, table).toString();
        w.save(path);
        writeMs.put(table + "_ms", (System.nanoTime() - w0) / 1_000_000);
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("path", table + "/");
        t.put("format", o.format().name());
        t.put("rows", rows);
        t.put("files", filesWanted);
        tables.put(table, t);
    }

    private static Map<String, Object> sparkInfo(SparkSession spark, JavaSparkContext jsc) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("version", spark.version());
        s.put("master", jsc.master());
        s.put("application_id", jsc.sc().applicationId());
        s.put("default_parallelism", jsc.defaultParallelism());
        s.put("executors", jsc.sc().statusTracker().getExecutorInfos().length);
        for (String k : List.of("spark.executor.memory", "spark.executor.cores", "spark.executor.instances",
                "spark.driver.memory", "spark.task.maxFailures")) {
            s.put(k, jsc.getConf().get(k, ""));
        }
        return s;
    }

    private static void writeManifest(FileSystem fs, Path outDir, Path manifest, Map<String, Object> m)
            throws IOException {
        Path tmp = new Path(outDir, ".manifest.json.tmp");
        try (OutputStream os = fs.create(tmp, true)) {
            os.write(JSON.writeValueAsBytes(m));
            os.write('\n');
        }
        fs.delete(manifest, false);
        if (!fs.rename(tmp, manifest)) {
            throw new IOException("cannot write " + manifest);
        }
    }

    /**
     * The analysis of one partition, on the executor: decode each item with the reader's rules, apply the
     * duplicate rule, and run the shared analyzer (built once per JVM by its static holder). Lazy, one
     * article at a time, so memory does not grow with the partition.
     */
    static final class Analyse implements FlatMapFunction<Iterator<Tuple2<Long, WorkItem>>, ArticleRows> {
        private static final long serialVersionUID = 1L;
        private final Broadcast<Map<String, String>> conf;
        private final Broadcast<Map<Long, String[]>> renames;
        private final long maxBytes;
        private final boolean fast;
        private final boolean failOnce;

        Analyse(Broadcast<Map<String, String>> conf, Broadcast<Map<Long, String[]>> renames, long maxBytes,
                boolean fast, boolean failOnce) {
            this.conf = conf;
            this.renames = renames;
            this.maxBytes = maxBytes;
            this.fast = fast;
            this.failOnce = failOnce;
        }

        @Override
        public Iterator<ArticleRows> call(Iterator<Tuple2<Long, WorkItem>> it) {
            InputDecoder decoder = new InputDecoder(maxBytes);
            InputDecoder.FileSystemSource files = InputDecoder.hadoop(HadoopConf.fromMap(conf.value()));
            Map<Long, String[]> dup = renames.value();
            boolean inject = failOnce && firstAttemptOfFirstPartition();
            // The static holders build the models once per executor JVM, on first use; nothing is serialised.
            ArticleAnalyzer analyzer = fast ? ArticleAnalyzer.sharedFast() : ArticleAnalyzer.shared();
            return new Iterator<>() {
                int done;

                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public ArticleRows next() {
                    if (inject && done == 1) {
                        throw new IllegalStateException("injected failure (" + FAIL_ONCE_CONF + "), analysis");
                    }
                    done++;
                    WorkItem w = it.next()._2();
                    return ArticleRows.of(w.ordinal(), analyse(w, analyzer, decoder, files, dup));
                }
            };
        }

        private static ArticleAnalysis analyse(WorkItem w, ArticleAnalyzer analyzer, InputDecoder decoder,
                                               InputDecoder.FileSystemSource files, Map<Long, String[]> dup) {
            CorpusItem item;
            try {
                item = decoder.decode(w, files);
            } catch (RuntimeException e) {
                // Whatever a file system or a parser throws for one input stays with that input.
                String id = w.lineNumber() > 0 ? w.file().articleId() + "#" + w.lineNumber() : w.file().articleId();
                item = new CorpusItem.Rejected(new ArticleMeta(id, w.sourcePath(), null, null, null, null, null, 0),
                        Status.ERROR, "unreadable: " + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : " " + e.getMessage()));
            }
            String[] renamed = dup.get(w.ordinal());
            if (renamed != null) {
                item = new CorpusItem.Rejected(item.meta().withArticleId(renamed[0]), Status.SKIPPED, renamed[1]);
            }
            if (item instanceof CorpusItem.Rejected r) {
                return ArticleAnalysis.notAnalysed(r.meta(), r.status(), r.reason(), "");
            }
            return analyzer.analyze(((CorpusItem.Readable) item).article());
        }
    }

    /** The rows of one table from the cached per-article rows, plus the hidden columns the job needs. */
    static final class TableRows implements FlatMapFunction<Iterator<ArticleRows>, Row> {
        private static final long serialVersionUID = 1L;
        static final int ARTICLES = 0;
        static final int ENTITIES = 1;
        static final int MENTIONS = 2;
        static final int ROLES = 3;
        private final int table;
        private final boolean failOnce;

        TableRows(int table, boolean failOnce) {
            this.table = table;
            this.failOnce = failOnce;
        }

        @Override
        public Iterator<Row> call(Iterator<ArticleRows> it) {
            boolean inject = failOnce && firstAttemptOfFirstPartition();
            List<Row> buffer = new ArrayList<>();
            return new Iterator<>() {
                int index;
                int emitted;

                @Override
                public boolean hasNext() {
                    while (index >= buffer.size()) {
                        if (!it.hasNext()) {
                            return false;
                        }
                        buffer.clear();
                        index = 0;
                        fill(it.next(), buffer);
                    }
                    return true;
                }

                @Override
                public Row next() {
                    if (!hasNext()) {
                        throw new java.util.NoSuchElementException();
                    }
                    if (inject && emitted == 1) {
                        throw new IllegalStateException("injected failure (" + FAIL_ONCE_CONF + "), table " + table);
                    }
                    emitted++;
                    return buffer.get(index++);
                }
            };
        }

        private void fill(ArticleRows r, List<Row> buffer) {
            switch (table) {
                case ARTICLES -> buffer.add(SparkTables.row(r.article, r.ordinal, (long) r.mentions.size(),
                        r.nanos[0], r.nanos[1], r.nanos[2], r.nanos[3], r.nanos[4]));
                case ENTITIES -> r.entities.forEach(v -> buffer.add(SparkTables.row(v, r.ordinal)));
                case MENTIONS -> r.mentions.forEach(v -> buffer.add(SparkTables.row(v)));
                default -> r.roles.forEach(v -> buffer.add(SparkTables.row(v, r.ordinal)));
            }
        }
    }

    private static boolean firstAttemptOfFirstPartition() {
        TaskContext ctx = TaskContext.get();
        return ctx != null && ctx.attemptNumber() == 0 && ctx.partitionId() == 0;
    }

    /** The Hadoop configuration of the driver (credentials, file system settings) carried to the executors. */
    static final class HadoopConf {
        private HadoopConf() {
        }

        static Map<String, String> toMap(Configuration c) {
            Map<String, String> m = new HashMap<>();
            for (Map.Entry<String, String> e : c) {
                m.put(e.getKey(), e.getValue());
            }
            return Collections.unmodifiableMap(m);
        }

        static Configuration fromMap(Map<String, String> m) {
            Configuration c = new Configuration(false);
            m.forEach(c::set);
            return c;
        }
    }
}
