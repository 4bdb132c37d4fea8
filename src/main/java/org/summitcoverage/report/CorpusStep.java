package org.summitcoverage.report;

import org.summitcoverage.model.ArticleAnalysis;

import java.io.Serializable;
import java.util.List;

/**
 * A corpus-level output: state built article by article in input order, and turned into tables at the end of
 * the run. The local runner feeds one instance every article; the Spark job feeds one instance per partition
 * (a contiguous stretch of the input) and merges them in input order with {@link #absorbLater}, so a step is
 * written once and gives the same rows in both runners. Steps are listed in {@link CorpusSteps}.
 *
 * @param <S> the step's own type, which {@link #absorbLater} merges
 */
public interface CorpusStep<S extends CorpusStep<S>> extends Serializable {
    /** Takes one more article, later in the input than every article already added. */
    void add(ArticleAnalysis a);

    /** Merges in the state of a stretch of input that comes after everything this one has seen. */
    void absorbLater(S later);

    /** The names of the tables {@link #tables} gives, known before the run (the output folder owns them). */
    List<String> tableNames();

    /**
     * The step's tables, computed once the whole corpus has been added; {@code corpus} says which articles are
     * copies of which and fetches the evidence sentences the step asks for.
     */
    List<CorpusTable> tables(CorpusContext corpus);
}
