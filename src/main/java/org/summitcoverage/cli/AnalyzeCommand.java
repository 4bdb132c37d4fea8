package org.summitcoverage.cli;

import org.summitcoverage.ArticleAnalyzer;
import org.summitcoverage.corpus.CorpusReader;
import org.summitcoverage.run.LocalRunner;
import org.summitcoverage.run.RunOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "analyze", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {"Analyses every article of CORPUS and writes the eight files of the output contract "
                + "(articles.csv, entities.csv, mentions.csv, roles.csv, summary.csv, articles.jsonl, summary.json, "
                + "manifest.json) plus report.html into --out, atomically.",
                "Exit codes: 0 complete, 1 some articles errored, 2 usage error, 3 fatal (corpus unreadable, "
                        + "output unwritable, or an empty corpus over a previous run): nothing committed, "
                        + "4 output folder locked by another run."})
public final class AnalyzeCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "CORPUS",
            description = "Folder (read recursively) of *.txt (+ .meta.json sidecar), *.html/*.htm and *.jsonl files, or one such file.")
    Path corpus;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder; created if missing, previous results replaced.")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads sharing one model set (default: number of cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-bytes", paramLabel = "BYTES", description = "Articles larger than this are skipped with a reason (default: ${DEFAULT-VALUE}).")
    long maxBytes = CorpusReader.DEFAULT_MAX_BYTES;

    @Option(names = "--since", paramLabel = "DATE", description = "Only articles published on or after DATE (ISO, e.g. 2025-02-01); undated articles are skipped and reported.")
    LocalDate since;

    @Option(names = "--until", paramLabel = "DATE", description = "Only articles published on or before DATE.")
    LocalDate until;

    @Option(names = "--compare", paramLabel = "PREVIOUS_OUTPUT", description = "A previous output folder: writes changes.csv and a `changes` section in summary.json (what was added or removed).")
    Path compare;

    @Option(names = "--incremental", description = "Reuse the previous results in --out for articles whose SHA-256 and pipeline version are unchanged.")
    boolean incremental;

    @Option(names = "--no-report", description = "Do not write report.html.")
    boolean noReport;

    @Option(names = "--fast", description = "Roles from token rules only, without the dependency parse: several times faster, lower role recall (see README).")
    boolean fast;

    @Option(names = "--allow-empty", description = "Let a corpus without any article replace the previous run in --out (refused otherwise, exit 3).")
    boolean allowEmpty;

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr (the final summary line is still printed).")
    boolean quiet;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (threads < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        if (maxBytes < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--max-bytes must be positive");
        }
        String outProblem = OutputPlace.problem(corpus, out);
        if (outProblem != null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), outProblem);
        }
        List<String> cmd = new ArrayList<>(List.of("summit-coverage", "analyze", corpus.toString(), "--out", out.toString()));
        cmd.add("--threads=" + threads);
        if (since != null) {
            cmd.add("--since=" + since);
        }
        if (until != null) {
            cmd.add("--until=" + until);
        }
        if (compare != null) {
            cmd.add("--compare=" + compare);
        }
        if (incremental) {
            cmd.add("--incremental");
        }
        if (fast) {
            cmd.add("--fast");
        }
        if (allowEmpty) {
            cmd.add("--allow-empty");
        }
        RunOptions options = new RunOptions(corpus, out, threads, quiet, maxBytes, since, until, compare, incremental,
                !noReport, fast, cmd, allowEmpty);
        return new LocalRunner(fast ? ArticleAnalyzer::sharedFast : ArticleAnalyzer::shared, System.err).run(options)
                .exitCode();
    }
}
