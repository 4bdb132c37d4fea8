package org.summitcoverage.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.summitcoverage.ArticleAnalyzer;
import org.summitcoverage.eval.EvalRun;
import org.summitcoverage.eval.GoldFile;
import org.summitcoverage.eval.RawNerBaseline;
import org.summitcoverage.eval.ReportTable;
import org.summitcoverage.eval.Scorer;
import org.summitcoverage.model.ArticleAnalysis;
import org.summitcoverage.nlp.CoreNlpAnnotator;
import org.summitcoverage.nlp.FrenchModels;
import org.summitcoverage.nlp.NameTaggingGate;
import org.summitcoverage.run.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "eval", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {"Runs the analyzer on an evaluation corpus and prints precision, recall, F1 and tp/fp/fn per "
                + "entity type and per role, micro-averaged, matched as docs/output.md § Gold files says.",
                "Exit codes: 0 done, 2 usage error, 3 unreadable corpus or gold, 5 a figure below its floor (--floors)."})
public final class EvalCommand implements Callable<Integer> {
    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "The evaluation corpus (same inputs as analyze).")
    Path corpus;

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder of <article_id>.gold.json files mirroring the corpus.")
    Path gold;

    @Option(names = "--out", paramLabel = "FILE.json", description = "Also write the figures, counts and errors as JSON.")
    Path out;

    @Option(names = "--errors", description = "List every false positive and false negative with its article and evidence sentence.")
    boolean errors;

    @Option(names = "--floors", paramLabel = "FILE.json", description = "Fail (exit 5) if any figure is more than 0.02 below the floor recorded in FILE.")
    Path floors;

    @Option(names = "--ner-only", description = "Score the raw CoreNLP NER spans alone (no dictionaries, rules or roles): the baseline.")
    boolean nerOnly;

    @Option(names = "--fast", description = "Score `analyze --fast` (roles without the dependency parse).")
    boolean fast;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() {
        try {
            Map<String, GoldFile> goldFiles = EvalRun.readGold(gold);
            List<ArticleAnalysis> analyses;
            if (nerOnly) {
                RawNerBaseline baseline = new RawNerBaseline(new CoreNlpAnnotator(FrenchModels.shared(), NameTaggingGate.EVERY_SENTENCE));
                analyses = EvalRun.analyse(corpus, baseline::analyze, threads);
            } else {
                ArticleAnalyzer analyzer = fast ? ArticleAnalyzer.sharedFast() : ArticleAnalyzer.shared();
                analyses = EvalRun.analyse(corpus, analyzer::analyze, threads);
            }
            Scorer.Report report = EvalRun.score(analyses, goldFiles);
            System.out.print(ReportTable.render(report));
            if (errors) {
                System.out.println();
                for (Scorer.Error e : report.errors()) {
                    System.out.printf(Locale.ROOT, "%s %-14s %-40s %s%n", e.kind(), e.category(), e.articleId(), e.item());
                    if (!e.evidence().isBlank()) {
                        System.out.println("      « " + e.evidence().replace('\n', ' ') + " »");
                    }
                }
            }
            if (out != null) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("articles", report.articles());
                json.put("figures", EvalRun.figures(report));
                json.put("non_signatory_as_signatory", report.nonSignatoryAsSignatory());
                json.put("errors", report.errors());
                new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(out.toFile(), json);
            }
            if (floors != null) {
                List<String> below = Floors.check(floors, EvalRun.figures(report));
                for (String b : below) {
                    System.err.println("below floor: " + b);
                }
                return below.isEmpty() ? ExitCodes.OK : ExitCodes.BELOW_FLOOR;
            }
            return ExitCodes.OK;
        } catch (IOException e) {
            System.err.println("summit-coverage eval: " + e.getMessage());
            return ExitCodes.FATAL;
        }
    }
}
