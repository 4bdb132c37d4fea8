package org.summitcoverage.spark;

import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.summitcoverage.ArticleAnalyzer;
import org.summitcoverage.corpus.CorpusItem;
import org.summitcoverage.corpus.DuplicateIds;
import org.summitcoverage.corpus.InputRules;
import org.summitcoverage.corpus.InputSource;
import org.summitcoverage.corpus.WorkItem;
import org.summitcoverage.model.ArticleAnalysis;
import scala.Tuple2;

import java.util.Iterator;
import java.util.Map;

/**
 * The analysis of one partition, on the executor: each item decoded with the corpus rules, renamed when the
 * driver found its id taken, then the shared analyzer (built once per JVM by its static holder). Lazy, one
 * article at a time, so memory does not grow with the partition.
 */
final class Analyse implements FlatMapFunction<Iterator<Tuple2<Long, WorkItem>>, ArticleAnalysis> {
    private static final long serialVersionUID = 1L;
    private final InputSource source;
    private final Broadcast<Map<Long, DuplicateIds.Renamed>> renames;
    private final long maxBytes;
    private final boolean fast;
    private final FailOnce failOnce;

    Analyse(InputSource source, Broadcast<Map<Long, DuplicateIds.Renamed>> renames, long maxBytes, boolean fast,
            FailOnce failOnce) {
        this.source = source;
        this.renames = renames;
        this.maxBytes = maxBytes;
        this.fast = fast;
        this.failOnce = failOnce;
    }

    @Override
    public Iterator<ArticleAnalysis> call(Iterator<Tuple2<Long, WorkItem>> it) {
        InputRules rules = new InputRules(maxBytes);
        Map<Long, DuplicateIds.Renamed> dup = renames.value();
        boolean armed = failOnce.armed();
        ArticleAnalyzer analyzer = fast ? ArticleAnalyzer.sharedFast() : ArticleAnalyzer.shared();
        return new Iterator<>() {
            int done;

            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public ArticleAnalysis next() {
                failOnce.check(armed, done++);
                WorkItem w = it.next()._2();
                CorpusItem item = rules.decode(w, source);
                DuplicateIds.Renamed renamed = dup.get(w.ordinal());
                if (renamed != null) {
                    item = renamed.applyTo(item);
                }
                if (item instanceof CorpusItem.Rejected r) {
                    return ArticleAnalysis.notAnalysed(r.meta(), r.status(), r.reason(), "");
                }
                return analyzer.analyze(((CorpusItem.Readable) item).article());
            }
        };
    }
}
