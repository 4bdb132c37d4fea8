package org.summitcoverage.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.summitcoverage.corpus.CorpusFile;
import org.summitcoverage.corpus.CorpusListing;
import org.summitcoverage.corpus.DuplicateIds;
import org.summitcoverage.corpus.InputRules;
import org.summitcoverage.corpus.JsonLines;
import org.summitcoverage.corpus.WorkItem;
import org.summitcoverage.model.ArticleAnalysis;
import org.summitcoverage.report.ArticleTable;
import org.summitcoverage.report.CorpusTable;
import org.summitcoverage.report.RoleEvidence;
import org.summitcoverage.run.RunCounts;
import org.summitcoverage.run.RunManifest;
import org.summitcoverage.run.RunOutcome;
import org.summitcoverage.run.RunTally;
import scala.Tuple2;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The steps of one Spark run and the state they share (the session, the output folder, the broadcasts and the
 * clock); {@link SparkAnalyzeJob#run} calls them in order. The rules each step applies are the local runner's:
 * {@link org.summitcoverage.corpus.CorpusListing}, {@link InputRules}, {@link DuplicateIds}, {@link RunTally},
 * {@link RunManifest}; only the plumbing is Spark's.
 */
final class SparkRun {
    private final SparkSession spark;
    private final JavaSparkContext jsc;
    private final SparkAnalyzeJob.Options o;
    private final Configuration hadoop;
    private final HadoopSource source;
    private final Path outDir;
    private final FileSystem outFs;
    private final boolean failOnce;
    private final RunManifest manifest;
    private final Map<String, Object> phases = new LinkedHashMap<>();
    private final Map<String, Object> writeMs = new LinkedHashMap<>();
    private final Map<String, Object> tables = new LinkedHashMap<>();
    private final List<Broadcast<?>> broadcasts = new ArrayList<>();
    private final List<JavaRDD<?>> cached = new ArrayList<>();
    private OrdinalPartitioner partitioner;
    private long lap = System.nanoTime();

    SparkRun(SparkSession spark, SparkAnalyzeJob.Options o) throws IOException {
        this.spark = spark;
        this.jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        this.o = o;
        this.hadoop = spark.sparkContext().hadoopConfiguration();
        this.source = new HadoopSource(hadoop);
        this.outDir = new Path(o.out());
        this.outFs = outDir.getFileSystem(hadoop);
        this.failOnce = Boolean.parseBoolean(spark.conf().get(SparkAnalyzeJob.FAIL_ONCE_CONF, "false"));
        this.manifest = new RunManifest("spark", o.pipelineVersion(), o.commandLine(), o.manifestOptions());
        // A folder whose manifest is missing is incomplete: drop the old one before anything else changes.
        outFs.delete(manifestPath(), false);
    }

    /** The corpus files, listed on the driver in reading order. */
    List<CorpusFile> listInputs() throws IOException {
        try {
            List<CorpusFile> files = InputListing.list(hadoop, o.corpus());
            phase("list_ms");
            return files;
        } catch (FileNotFoundException e) {
            throw new IOException("corpus not found: " + o.corpus(), e);
        }
    }

    /**
     * The work items: one per file, one per JSON Lines record (read on the executors). Their ids are collected
     * for the duplicate rule, applied on the driver in reading order and broadcast as renames.
     */
    JavaRDD<WorkItem> workItems(List<CorpusFile> files) {
        List<WorkItem> wholeFiles = new ArrayList<>();
        List<CorpusFile> jsonFiles = new ArrayList<>();
        for (CorpusFile f : files) {
            if (f.readsAsRecords()) {
                jsonFiles.add(f);
            } else if (f.isInput()) {
                wholeFiles.add(WorkItem.wholeFile(f));
            }
        }
        HadoopSource src = source;
        JavaRDD<WorkItem> records = jsc.parallelize(jsonFiles, slices(jsonFiles.size()))
                .flatMap(f -> JsonLines.items(f, src)).persist(StorageLevel.MEMORY_AND_DISK_SER());
        cached.add(records);
        JavaRDD<WorkItem> work = jsc.parallelize(wholeFiles, slices(wholeFiles.size())).union(records);
        long maxBytes = o.maxBytes();
        List<Tuple2<Long, String[]>> ids = work.mapPartitions((FlatMapFunction<Iterator<WorkItem>, Tuple2<Long, String[]>>) it -> {
            InputRules rules = new InputRules(maxBytes);
            List<Tuple2<Long, String[]>> out = new ArrayList<>();
            it.forEachRemaining(w -> out.add(new Tuple2<>(w.ordinal(), new String[]{rules.articleId(w), w.sourcePath()})));
            return out.iterator();
        }).collect();
        List<Tuple2<Long, String[]>> sorted = new ArrayList<>(ids);
        sorted.sort(Comparator.comparingLong(Tuple2::_1));
        DuplicateIds duplicates = new DuplicateIds();
        HashMap<Long, DuplicateIds.Renamed> renames = new HashMap<>();
        long[] ordinals = new long[sorted.size()];
        for (int i = 0; i < ordinals.length; i++) {
            Tuple2<Long, String[]> t = sorted.get(i);
            ordinals[i] = t._1();
            DuplicateIds.Renamed r = duplicates.check(t._2()[0], t._2()[1]);
            if (r != null) {
                renames.put(t._1(), r);
            }
        }
        broadcasts.add(jsc.broadcast(renames));
        int tasks = o.partitions() > 0 ? o.partitions()
                : (int) Math.max(Math.ceil(ordinals.length / (double) o.articlesPerPartition()), 4L * jsc.defaultParallelism());
        partitioner = OrdinalPartitioner.balanced(ordinals, tasks);
        phase("ids_ms");
        return work;
    }

    /**
     * The analysis: one shuffle of small work items into balanced partitions of consecutive items, then the
     * shared per-article function; the analyses are cached for the tally and the tables.
     */
    @SuppressWarnings("unchecked")
    JavaRDD<ArticleAnalysis> analyse(JavaRDD<WorkItem> work) {
        Broadcast<Map<Long, DuplicateIds.Renamed>> renames = (Broadcast<Map<Long, DuplicateIds.Renamed>>) broadcasts.get(0);
        JavaRDD<ArticleAnalysis> analysed = work.mapToPair(w -> new Tuple2<>(w.ordinal(), w))
                .repartitionAndSortWithinPartitions(partitioner)
                .mapPartitions(new Analyse(source, renames, o.maxBytes(), o.fast(), new FailOnce(failOnce, "analysis")))
                .persist(StorageLevel.MEMORY_AND_DISK());
        cached.add(analysed);
        return analysed;
    }

    /** The run's tally: one per partition (a stretch of consecutive items), merged in input order on the driver. */
    RunTally tally(JavaRDD<ArticleAnalysis> analysed) {
        List<Tuple2<Integer, RunTally>> parts = new ArrayList<>(analysed.mapPartitionsWithIndex((i, it) -> {
            RunTally t = new RunTally();
            it.forEachRemaining(a -> t.add(a, false));
            return List.of(new Tuple2<>(i, t)).iterator();
        }, true).collect());
        parts.sort(Comparator.comparingInt(Tuple2::_1));
        RunTally all = new RunTally();
        for (Tuple2<Integer, RunTally> p : parts) {
            all.absorbLater(p._2());
        }
        cached.get(0).unpersist(false);
        phase("analysis_ms");
        return all;
    }

    /**
     * The corpus-level tables, made on the driver from the merged tally; the evidence sentences they name are read
     * back from the cached analyses (one filtered pass over them).
     */
    void conclude(RunTally tally, JavaRDD<ArticleAnalysis> analysed) {
        tally.conclude(wanted -> {
            Broadcast<HashSet<RoleEvidence.RoleRef>> refs = jsc.broadcast(new HashSet<>(wanted));
            List<Tuple2<RoleEvidence.RoleRef, String>> found = analysed.flatMap(a -> {
                List<Tuple2<RoleEvidence.RoleRef, String>> out = new ArrayList<>();
                for (int k = 0; k < a.roles().size(); k++) {
                    RoleEvidence.RoleRef ref = new RoleEvidence.RoleRef(a.articleId(), k);
                    if (refs.value().contains(ref)) {
                        out.add(new Tuple2<>(ref, a.roles().get(k).evidence()));
                    }
                }
                return out.iterator();
            }).collect();
            refs.destroy();
            Map<RoleEvidence.RoleRef, String> out = new HashMap<>();
            found.forEach(t -> out.put(t._1(), t._2()));
            return out;
        });
        phase("corpus_ms");
    }

    /**
     * One folder per {@link ArticleTable}, each through Spark's commit protocol; articles → {@code duplicate_of}
     * comes from the tally's groups of copies, broadcast as the copies' ids (the articles that have a value).
     */
    void writeArticleTables(JavaRDD<ArticleAnalysis> analysed, RunTally tally) {
        RunCounts counts = tally.counts();
        Broadcast<HashMap<String, String>> duplicates = jsc.broadcast(new HashMap<>(tally.reprints().duplicates()));
        broadcasts.add(duplicates);
        for (ArticleTable t : ArticleTable.values()) {
            TableRows rows = new TableRows(t, new FailOnce(failOnce, "table " + t.tableName()), csv(), duplicates);
            long n = switch (t) {
                case ARTICLES -> counts.articles();
                case ENTITIES -> counts.entities();
                case MENTIONS -> counts.mentions();
                case ROLES -> counts.roles();
            };
            write(spark.createDataFrame(analysed.mapPartitions(rows), rows.schema()), t.tableName(), n,
                    partitioner.numPartitions());
        }
    }

    /** One folder per corpus-level table, a single file in the order the step gives. */
    void writeCorpusTables(RunTally tally) {
        for (CorpusTable t : tally.corpusTables()) {
            StructType schema = SparkTables.schema(t.columns());
            List<Row> rows = new ArrayList<>(t.rows().size());
            t.rows().forEach(r -> rows.add(SparkTables.row(r, schema, csv())));
            write(spark.createDataFrame(rows, schema), t.name(), rows.size(), 1);
        }
    }

    /** Writes manifest.json last, releases the caches and broadcasts, and prints the summary line. */
    RunOutcome finish(RunTally tally, List<CorpusFile> files) throws IOException {
        phases.put("write_ms", writeMs);
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("spark", sparkInfo());
        extra.put("tables", tables);
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("files", files.size());
        inputs.put("sidecars", files.stream().filter(CorpusFile::isSidecar).count());
        inputs.put("jsonl_files", files.stream().filter(CorpusFile::isJsonLines).count());
        inputs.put("bytes", files.stream().mapToLong(CorpusFile::size).sum());
        inputs.put("note", "one row per input in the articles table, with source_path, sha256, status and reason");
        extra.put("inputs", inputs);
        extra.put("ignored", CorpusListing.ignored(files));
        Map<String, Object> m = manifest.build(tally, phases, extra);
        Path tmp = new Path(outDir, ".manifest.json." + java.util.UUID.randomUUID() + ".tmp");
        try (OutputStream os = outFs.create(tmp, false)) {
            os.write(RunManifest.json(m));
        }
        if (!outFs.rename(tmp, manifestPath())) {
            throw new IOException("cannot write " + manifestPath());
        }
        cached.forEach(r -> r.unpersist(false));
        broadcasts.forEach(Broadcast::destroy);
        double seconds = manifest.seconds();
        System.err.println(tally.counts().summaryLine(seconds, o.out()));
        return new RunOutcome(tally.counts().exitCode(), tally.counts(), seconds, m);
    }

    private void write(Dataset<Row> df, String table, long rows, int maxFiles) {
        long w0 = System.nanoTime();
        int filesWanted = (int) Math.max(1, Math.min(maxFiles, (rows + o.rowsPerFile() - 1) / o.rowsPerFile()));
        DataFrameWriter<Row> w = df.coalesce(filesWanted).write().mode(SaveMode.Overwrite);
        if (o.format() == SparkAnalyzeJob.Format.csv) {
            // RFC 4180 as in the local CSVs: "" doubles a quote, nothing for an empty value, no trimming.
            w = w.format("csv").option("header", "true").option("quote", "\"").option("escape", "\"")
                    .option("emptyValue", "").option("nullValue", "").option("ignoreLeadingWhiteSpace", "false")
                    .option("ignoreTrailingWhiteSpace", "false").option("lineSep", "\n").option("encoding", "UTF-8");
        } else {
            w = w.format("parquet");
        }
        w.save(new Path(outDir, table).toString());
        writeMs.put(table + "_ms", (System.nanoTime() - w0) / 1_000_000);
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("path", table + "/");
        t.put("format", o.format().name());
        t.put("rows", rows);
        t.put("files", filesWanted);
        tables.put(table, t);
    }

    private Map<String, Object> sparkInfo() {
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
        s.put("partitions", partitioner.numPartitions());
        return s;
    }

    private boolean csv() {
        return o.format() == SparkAnalyzeJob.Format.csv;
    }

    private int slices(int items) {
        return Math.max(1, Math.min(items, jsc.defaultParallelism()));
    }

    private Path manifestPath() {
        return new Path(outDir, "manifest.json");
    }

    private void phase(String name) {
        long now = System.nanoTime();
        phases.put(name, (now - lap) / 1_000_000);
        lap = now;
    }
}
