package org.summitcoverage.cli;

import org.summitcoverage.bench.Benchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {"Measures model load time; tokens/s and articles/s of (a) CoreNLP's default French "
                + "tokenize,ssplit,mwt,pos,ner and (b) the whole per-article analysis, on the same cleaned texts, "
                + "with 1 and N threads; the share of role extraction; then, per corpus size, a full `analyze` run "
                + "in a child JVM with its wall time, peak RSS and the time of an --incremental re-run.",
                "The corpus is generated from the evaluation articles (copies under new ids)."})
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--sample", paramLabel = "N", description = "Articles for the in-process throughput comparison (default: ${DEFAULT-VALUE}).")
    int sample = 200;

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

    @Override
    public Integer call() throws Exception {
        return new Benchmark(System.out).run(source, sample, sizes, threads, work, heap);
    }
}
