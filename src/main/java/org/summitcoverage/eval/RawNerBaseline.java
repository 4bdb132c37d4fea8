package org.summitcoverage.eval;

import org.summitcoverage.clean.FurnitureCleaner;
import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.model.Article;
import org.summitcoverage.model.ArticleAnalysis;
import org.summitcoverage.model.Entity;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.model.Status;
import org.summitcoverage.nlp.AnnotatedText;
import org.summitcoverage.nlp.Annotator;
import org.summitcoverage.nlp.Sentence;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The raw statistical tagger alone, for the README's "before" column: every PER/ORG/LOC/MISC span as
 * PERSON/ORGANIZATION/LOCATION/EVENT, named by its text; no dictionaries, no rules, no roles. Same
 * furniture cleaning, so the comparison isolates the extraction.
 */
public final class RawNerBaseline {
    private final FurnitureCleaner cleaner = new FurnitureCleaner();
    private final Annotator annotator;

    public RawNerBaseline(Annotator annotator) {
        this.annotator = annotator;
    }

    public ArticleAnalysis analyze(Article article) {
        String text = cleaner.clean(article.rawText()).text();
        AnnotatedText doc = annotator.annotate(text);
        List<Mention> mentions = new ArrayList<>();
        Map<String, Entity> entities = new LinkedHashMap<>();
        for (Sentence s : doc.sentences()) {
            List<Token> toks = s.tokens();
            int i = 0;
            while (i < toks.size()) {
                String label = toks.get(i).ner();
                if (label.isEmpty()) {
                    i++;
                    continue;
                }
                int end = i + 1;
                while (end < toks.size() && toks.get(end).ner().equals(label)) {
                    end++;
                }
                EntityType type = switch (label) {
                    case "PER", "I-PER" -> EntityType.PERSON;
                    case "ORG", "I-ORG" -> EntityType.ORGANIZATION;
                    case "LOC", "I-LOC" -> EntityType.LOCATION;
                    default -> EntityType.EVENT;
                };
                int start = toks.get(i).start();
                int stop = toks.get(end - 1).end();
                String surface = text.substring(start, stop);
                String id = type.idPrefix() + ":" + TextFolding.slug(surface);
                if (!TextFolding.slug(surface).isEmpty()) {
                    mentions.add(new Mention(id, type, surface, s.index(), start, stop, label, "ner"));
                    entities.merge(id, new Entity(id, type, surface, "", 1, start),
                            (a, b) -> new Entity(a.entityId(), a.type(), a.canonicalName(), "", a.mentions() + 1, a.firstStart()));
                }
                i = end;
            }
        }
        return new ArticleAnalysis(article.meta(), Status.OK, "", "fra", text, doc.sentences().size(), doc.tokenCount(),
                new ArrayList<>(entities.values()), mentions, List.of(), null);
    }
}
