package org.summitcoverage.eval;

import org.summitcoverage.ArticleAnalyzer;
import org.summitcoverage.corpus.CorpusItem;
import org.summitcoverage.corpus.CorpusReader;
import org.summitcoverage.model.ArticleAnalysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;

/** Runs an analyzer over an evaluation corpus and scores it against its gold folder. */
public final class EvalRun {
    private EvalRun() {
    }

    public static Map<String, GoldFile> readGold(Path goldDir) throws IOException {
        Map<String, GoldFile> gold = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(goldDir)) {
            for (Path f : walk.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList()) {
                GoldFile g = GoldFile.read(f);
                String rel = goldDir.relativize(f).toString().replace('\\', '/');
                String expected = rel.substring(0, rel.length() - ".gold.json".length());
                if (!g.articleId().equals(expected)) {
                    throw new IOException(f + ": article_id '" + g.articleId() + "' does not match its file name");
                }
                gold.put(g.articleId(), g);
            }
        }
        return gold;
    }

    /** Analyses every article of the corpus on {@code threads} threads, in corpus order. */
    public static List<ArticleAnalysis> analyse(Path corpus, Function<org.summitcoverage.model.Article, ArticleAnalysis> analyzer,
                                                int threads) throws IOException {
        CorpusReader reader = new CorpusReader(corpus, CorpusReader.DEFAULT_MAX_BYTES);
        var files = reader.files();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<ArticleAnalysis>> futures = new ArrayList<>();
            Iterator<CorpusItem> it = reader.items(files);
            while (it.hasNext()) {
                CorpusItem item = it.next();
                if (item instanceof CorpusItem.Readable r) {
                    futures.add(pool.submit(() -> analyzer.apply(r.article())));
                } else if (item instanceof CorpusItem.Rejected x) {
                    futures.add(java.util.concurrent.CompletableFuture.completedFuture(
                            ArticleAnalysis.notAnalysed(x.meta(), x.status(), x.reason(), "")));
                }
            }
            List<ArticleAnalysis> out = new ArrayList<>();
            for (Future<ArticleAnalysis> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } catch (ExecutionException e) {
            throw new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    public static Scorer.Report score(List<ArticleAnalysis> analyses, Map<String, GoldFile> gold) {
        List<Predicted> predicted = new ArrayList<>();
        for (ArticleAnalysis a : analyses) {
            predicted.add(Predicted.of(a));
        }
        return new Scorer().score(predicted, gold);
    }

    /** The flat figures of a report (`COUNTRY.f1`, `SIGNATORY.precision`...), for the floor file and JSON output. */
    public static Map<String, Double> figures(Scorer.Report r) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Map<String, Scorer.Counts> table : List.of(r.entities(), r.roles())) {
            for (Map.Entry<String, Scorer.Counts> e : table.entrySet()) {
                out.put(e.getKey() + ".precision", round(e.getValue().precision()));
                out.put(e.getKey() + ".recall", round(e.getValue().recall()));
                out.put(e.getKey() + ".f1", round(e.getValue().f1()));
            }
        }
        return out;
    }

    static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }
}
