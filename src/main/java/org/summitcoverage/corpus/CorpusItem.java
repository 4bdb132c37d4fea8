package org.summitcoverage.corpus;

import org.summitcoverage.model.Article;
import org.summitcoverage.model.ArticleMeta;
import org.summitcoverage.model.Status;

/** What the corpus reader yields: an article to analyse, or an input it could not turn into one. */
public sealed interface CorpusItem {
    ArticleMeta meta();

    record Readable(Article article) implements CorpusItem {
        @Override
        public ArticleMeta meta() {
            return article.meta();
        }
    }

    record Rejected(ArticleMeta meta, Status status, String reason) implements CorpusItem {
    }
}
