package org.summitcoverage.run;

import org.junit.jupiter.api.Test;
import org.summitcoverage.model.ArticleAnalysis;
import org.summitcoverage.model.ArticleMeta;
import org.summitcoverage.model.Entity;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Role;
import org.summitcoverage.model.RoleType;
import org.summitcoverage.model.StageTimes;
import org.summitcoverage.model.Status;
import org.summitcoverage.report.CorpusTable;
import org.summitcoverage.report.RoleEvidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The tally of a run is the same whether one runner adds every article or the Spark job adds stretches of the
 * input to separate tallies and merges them in input order: counters, the copies, every corpus table and the
 * skipped list.
 */
class RunTallyTest {
    private static ArticleAnalysis article(String id, List<Entity> entities, List<Role> roles) {
        // d reprints a: the same text, so its entities count in articles but not in reports
        String text = "Une dépêche écrite pour l'article " + (id.equals("d") ? "a" : id) + " de ce test, et pour aucun autre.";
        return new ArticleAnalysis(new ArticleMeta(id, id + ".txt", null, null, null, null, "00", 10), Status.OK, "",
                "fr", text, 2, 17, entities, List.of(), roles, new StageTimes(1, 2, 3, 4, 5));
    }

    private static Entity country(String code, String name, String cc) {
        return new Entity("country:" + code, EntityType.COUNTRY, name, cc, 2, 0);
    }

    private static Role role(RoleType type, String entityId) {
        return new Role(type, entityId, EntityType.COUNTRY, "", "event:sommet", "", "a signé", 0, "phrase", 0.9);
    }

    /** Invented articles where input order matters: a late country code, a name vote, a role before its entity. */
    private static List<ArticleAnalysis> corpus() {
        return List.of(
                article("a", List.of(country("ZZ", "Zedland", ""), country("YY", "Ypsie", "YY")),
                        List.of(role(RoleType.SIGNATORY, "country:ZZ"), role(RoleType.SIGNATORY, "country:ZZ"))),
                article("b", List.of(), List.of(role(RoleType.HOST, "country:XX"))),
                ArticleAnalysis.notAnalysed(new ArticleMeta("vide", "vide.txt", null, null, null, null, null, 0),
                        Status.SKIPPED, "empty file", ""),
                article("c", List.of(country("ZZ", "Zédland", "ZZ"), country("XX", "Ixie", "XX")),
                        List.of(role(RoleType.HOST, "country:XX"), role(RoleType.CHAIR, "country:YY"))),
                article("d", List.of(country("ZZ", "Zédland", "")), List.of(role(RoleType.NON_SIGNATORY, "country:ZZ"))),
                ArticleAnalysis.notAnalysed(new ArticleMeta("cassé", "fil.jsonl:2", null, null, null, null, null, 0),
                        Status.ERROR, "malformed JSON at line 2", ""),
                article("e", List.of(country("XX", "Ixie", "")), List.of(role(RoleType.SIGNATORY, "country:YY"))));
    }

    @Test
    void oneTallyGivesTheExpectedRollupAndCounts() {
        RunTally t = new RunTally();
        for (ArticleAnalysis a : corpus()) {
            t.add(a, a.articleId().equals("c"));
        }
        assertEquals(new RunCounts(7, 5, 1, 1, 1, 6, 0, 7, 85, new StageTimes(5, 10, 15, 20, 25)), t.counts());
        assertEquals(ExitCodes.ARTICLE_ERRORS, t.counts().exitCode());
        CorpusTable summary = t.conclude(RoleEvidence.of(corpus())).get(0);
        assertEquals("summary", summary.name());
        // ZZ: 3 articles, name used by 2 of them, first non-empty code; the HOST role of b came before XX appeared
        assertEquals(List.of(
                "country:ZZ|Zédland|ZZ|3|6|1|1|0|0|0|0|2",
                "country:XX|Ixie|XX|2|4|0|0|0|1|0|0|2",
                "country:YY|Ypsie|YY|1|2|1|0|1|0|0|0|1"), lines(summary.rows()));
        assertEquals(java.util.Map.of("d", "a"), t.reprints().duplicates());
        assertEquals(List.of("summary", "events", "event_roles", "event_articles"),
                t.corpusTables().stream().map(CorpusTable::name).toList());
        assertEquals(List.of("vide: empty file", "cassé: malformed JSON at line 2"),
                t.notAnalysedAsMaps().stream().map(m -> m.get("article_id") + ": " + m.get("reason")).toList());
    }

    @Test
    void stretchesMergedInInputOrderGiveTheSameTallyWhereverTheInputIsCut() {
        List<ArticleAnalysis> all = corpus();
        RunTally whole = new RunTally();
        all.forEach(a -> whole.add(a, false));
        for (int i = 0; i <= all.size(); i++) {
            for (int j = i; j <= all.size(); j++) {
                RunTally merged = new RunTally();
                for (List<ArticleAnalysis> stretch : List.of(all.subList(0, i), all.subList(i, j), all.subList(j, all.size()))) {
                    RunTally part = new RunTally();
                    stretch.forEach(a -> part.add(a, false));
                    merged.absorbLater(part);
                }
                String cut = "cut at " + i + " and " + j;
                assertEquals(whole.counts(), merged.counts(), cut);
                List<CorpusTable> expected = whole.conclude(RoleEvidence.of(all));
                List<CorpusTable> actual = merged.conclude(RoleEvidence.of(all));
                for (int k = 0; k < expected.size(); k++) {
                    assertEquals(expected.get(k).rows(), actual.get(k).rows(), expected.get(k).name() + ", " + cut);
                }
                assertEquals(whole.reprints().duplicates(), merged.reprints().duplicates(), cut);
                assertEquals(whole.notAnalysedAsMaps(), merged.notAnalysedAsMaps(), cut);
            }
        }
    }

    private static List<String> lines(List<Map<String, Object>> rows) {
        List<String> out = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            out.add(String.join("|", r.get("entity_id").toString(), r.get("canonical_name").toString(),
                    r.get("country_code").toString(), r.get("articles").toString(), r.get("mentions").toString(),
                    r.get("signatory").toString(), r.get("non_signatory").toString(), r.get("chair").toString(),
                    r.get("host").toString(), r.get("delegation_head").toString(), r.get("participant").toString(),
                    r.get("reports").toString()));
        }
        return out;
    }
}
