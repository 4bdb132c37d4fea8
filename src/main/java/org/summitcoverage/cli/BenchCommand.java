package org.summitcoverage.cli;

import org.summitcoverage.bench.Benchmark;
import org.summitcoverage.bench.ReprintBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {"Measures model load time; tokens/s and articles/s of (a) CoreNLP's default French "
                + "tokenize,ssplit,mwt,pos,ner, (d) the same with depparse (1 thread), (b) the whole per-article analysis, "
                + "(c) --fast and (v) each --variant, on the same cleaned texts, with 1 and N threads, in interleaved rounds; "
                + "the machine's own capacity with N threads (N copies of a CPU-bound loop against one) and the speed-ups as a "
                + "share of it; the share of role extraction; then, per corpus size, a full `analyze` run "
                + "in a child JVM with its wall time, peak RSS and the time of an --incremental re-run.",
                "The texts are those of --source (e.g. ../shared/realdev/corpus); the full-run corpora are copies of them under new ids.",
                "With --dedup, only the deduplication is measured: finding the syndicated copies of generated corpora "
                        + "of the given sizes, in one JVM and one thread (no model is loaded)."})
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--sample", paramLabel = "N", description = "Articles for the in-process throughput comparison, "
            + "cycling through --source (default: ${DEFAULT-VALUE}); 0: every article of --source once.")
    int sample = 200;

    @Option(names = "--rounds", paramLabel = "N", description = "Rounds of the in-process figures; each round runs every "
            + "measure once, in turn, and the figures are medians (default: ${DEFAULT-VALUE}).")
    int rounds = 3;

    @Option(names = "--skip-depparse-reference", description = "Skip (d), CoreNLP's whole pipeline with its "
            + "own depparse (slow: about a fifth of our speed).")
    boolean skipDepparseReference;

    @Option(names = "--variant", paramLabel = "SETTINGS", description = "Also time the whole analysis with these parse "
            + "settings, one thread, in the same rounds (repeatable): e.g. tagger=opennlp, mwt=always, scope=clause, "
            + "graph=enhanced++, or several joined by commas. The default settings are those of -Dsummit.parse "
            + "(none: mwt=needed tagger=corenlp scope=sentence graph=enhanced).")
    List<String> variants = List.of();

    @Option(names = "--sizes", split = ",", paramLabel = "N,N", description = "Corpus sizes for the full runs (default: ${DEFAULT-VALUE}); 0 to skip them.")
    List<Integer> sizes = List.of(1000);

    @Option(names = "--threads", paramLabel = "N", description = "Threads for the N-thread figures (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--source", paramLabel = "DIR", description = "Articles the corpus is generated from (default: ${DEFAULT-VALUE}).")
    Path source = Path.of("src/test/resources/eval/corpus");

    @Option(names = "--work", paramLabel = "DIR", description = "Scratch folder for generated corpora and outputs (default: a temporary folder).")
    Path work;

    @Option(names = "--heap", paramLabel = "SIZE", description = "-Xmx of the child JVMs (default: ${DEFAULT-VALUE}).")
    String heap = "3g";

    @Option(names = "--dedup", split = ",", paramLabel = "N,N", description = "Measure only the deduplication, on "
            + "generated corpora of these sizes (e.g. 12500,25000,50000,100000).")
    List<Integer> dedup;

    @Override
    public Integer call() throws Exception {
        if (dedup != null && !dedup.isEmpty()) {
            List<Integer> s = new java.util.ArrayList<>(dedup);
            s.removeIf(n -> n <= 0);
            s.sort(null);
            return new ReprintBenchmark(System.out).run(source, s);
        }
        List<org.summitcoverage.nlp.ParseSettings> v = variants.stream().map(org.summitcoverage.nlp.ParseSettings::parse).toList();
        return new Benchmark(System.out).run(source, sample, sizes, threads, work, heap, Math.max(1, rounds),
                !skipDepparseReference, v);
    }
}
