package org.summitcoverage.report;

import org.junit.jupiter.api.Test;
import org.summitcoverage.link.ReprintIndex;
import org.summitcoverage.model.ArticleAnalysis;
import org.summitcoverage.model.RoleType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.summitcoverage.link.InventedArticles.article;

/**
 * events.csv, event_roles.csv and event_articles.csv of invented articles: a reprint counts as an article but not
 * as a report, and reports that disagree on whether a country signed are flagged on both rows.
 */
class EventTablesTest {
    private static final String SIGNED = "Le sommet de Dakar sur la pêche s'est achevé mardi. La Gambie a signé la "
            + "charte sur les quotas, la Mauritanie aussi, après deux jours de discussions entre les ministres des "
            + "pêches de la sous-région, réunis à l'hôtel des Almadies autour d'un texte préparé depuis un an.";

    private static List<ArticleAnalysis> corpus() {
        ArticleAnalysis dispatch = article("depeche", SIGNED).published("2026-05-10").event("sommet de Dakar sur la pêche")
                .role(RoleType.SIGNATORY, "GM", "Gambie", "sommet de Dakar sur la pêche", "La Gambie a signé la charte sur les quotas, la Mauritanie aussi.", 0.9)
                .role(RoleType.SIGNATORY, "MR", "Mauritanie", "sommet de Dakar sur la pêche", "La Gambie a signé la charte sur les quotas, la Mauritanie aussi.", 0.8)
                .build();
        ArticleAnalysis reprint = article("reprise", "Pêche : une charte signée à Dakar\n" + SIGNED)
                .published("2026-05-11").event("sommet de Dakar sur la pêche")
                .role(RoleType.SIGNATORY, "GM", "Gambie", "sommet de Dakar sur la pêche", "La Gambie a signé la charte sur les quotas, la Mauritanie aussi.", 0.9)
                .role(RoleType.SIGNATORY, "MR", "Mauritanie", "sommet de Dakar sur la pêche", "La Gambie a signé la charte sur les quotas, la Mauritanie aussi.", 0.8)
                .build();
        ArticleAnalysis denial = article("dementi", "Au Sommet de Dakar sur la pêche, la Gambie a finalement refusé de "
                + "signer la charte, comme la Guinée. Son ministre a quitté la salle avant la clôture.")
                .published("2026-05-12").event("Sommet de Dakar sur la pêche")
                .role(RoleType.NON_SIGNATORY, "GM", "Gambie", "Sommet de Dakar sur la pêche", "Au Sommet de Dakar sur la pêche, la Gambie a finalement refusé de signer la charte, comme la Guinée.", 0.85)
                .role(RoleType.NON_SIGNATORY, "GM", "Gambie", "Sommet de Dakar sur la pêche", "Son ministre a quitté la salle avant la clôture.", 0.6)
                .role(RoleType.NON_SIGNATORY, "GN", "Guinée", "Sommet de Dakar sur la pêche", "Au Sommet de Dakar sur la pêche, la Gambie a finalement refusé de signer la charte, comme la Guinée.", 0.85)
                .build();
        ArticleAnalysis banjul = article("banjul", "Un an plus tard, le sommet de Banjul sur la pêche a vu la Gambie signer "
                + "un nouveau protocole.").published("2027-05-20").event("sommet de Banjul sur la pêche")
                .role(RoleType.SIGNATORY, "GM", "Gambie", "sommet de Banjul sur la pêche", "Un an plus tard, le sommet de Banjul sur la pêche a vu la Gambie signer un nouveau protocole.", 0.7)
                .build();
        ArticleAnalysis unrelated = article("sans-sommet", "La Gambie a signé un accord commercial avec le Sénégal.")
                .role(RoleType.SIGNATORY, "GM", "Gambie", "", "La Gambie a signé un accord commercial avec le Sénégal.", 0.7)
                .build();
        return List.of(dispatch, reprint, denial, banjul, unrelated);
    }

    private static Map<String, CorpusTable> tables(List<ArticleAnalysis> corpus, List<List<ArticleAnalysis>> stretches) {
        ReprintIndex index = new ReprintIndex();
        corpus.forEach(index::add);
        EventTables step = new EventTables();
        for (List<ArticleAnalysis> stretch : stretches) {
            EventTables part = new EventTables();
            stretch.forEach(part::add);
            step.absorbLater(part);
        }
        Map<String, CorpusTable> out = new java.util.LinkedHashMap<>();
        for (CorpusTable t : step.tables(new CorpusContext(index.reprints(), RoleEvidence.of(corpus)))) {
            out.put(t.name(), t);
        }
        return out;
    }

    private static List<String> lines(CorpusTable t) {
        List<String> out = new ArrayList<>();
        for (Map<String, Object> r : t.rows()) {
            List<String> v = new ArrayList<>();
            t.columns().forEach(c -> v.add(String.valueOf(r.get(c))));
            out.add(String.join("|", v));
        }
        return out;
    }

    @Test
    void aSignatoryRefusalDisagreementIsFlaggedAndAReprintIsNoSecondReport() {
        List<ArticleAnalysis> corpus = corpus();
        Map<String, CorpusTable> t = tables(corpus, List.of(corpus));
        String dakar = "event:sommet-de-dakar-sur-la-peche";
        String banjul = "event:sommet-de-banjul-sur-la-peche";
        assertEquals(List.of(
                dakar + "|sommet de Dakar sur la pêche|sommet de Dakar sur la pêche | Sommet de Dakar sur la pêche|Dakar|SN|2026-05-10|3|2",
                banjul + "|sommet de Banjul sur la pêche|sommet de Banjul sur la pêche|Banjul|GM|2027-05-20|1|1"),
                lines(t.get("events")));
        assertEquals(List.of(
                dakar + "|SIGNATORY|country:GM|COUNTRY|Gambie|1|2|2026-05-10|depeche|La Gambie a signé la charte sur les quotas, la Mauritanie aussi.|NON_SIGNATORY",
                dakar + "|SIGNATORY|country:MR|COUNTRY|Mauritanie|1|2|2026-05-10|depeche|La Gambie a signé la charte sur les quotas, la Mauritanie aussi.|",
                dakar + "|NON_SIGNATORY|country:GM|COUNTRY|Gambie|1|1|2026-05-12|dementi|Au Sommet de Dakar sur la pêche, la Gambie a finalement refusé de signer la charte, comme la Guinée.|SIGNATORY",
                dakar + "|NON_SIGNATORY|country:GN|COUNTRY|Guinée|1|1|2026-05-12|dementi|Au Sommet de Dakar sur la pêche, la Gambie a finalement refusé de signer la charte, comme la Guinée.|",
                banjul + "|SIGNATORY|country:GM|COUNTRY|Gambie|1|1|2027-05-20|banjul|Un an plus tard, le sommet de Banjul sur la pêche a vu la Gambie signer un nouveau protocole.|",
                "|SIGNATORY|country:GM|COUNTRY|Gambie|1|1||sans-sommet|La Gambie a signé un accord commercial avec le Sénégal.|"),
                lines(t.get("event_roles")));
        assertEquals(List.of(
                dakar + "|depeche|event:sommet-de-dakar-sur-la-peche|sommet de Dakar sur la pêche",
                dakar + "|reprise|event:sommet-de-dakar-sur-la-peche|sommet de Dakar sur la pêche",
                dakar + "|dementi|event:sommet-de-dakar-sur-la-peche|Sommet de Dakar sur la pêche",
                banjul + "|banjul|event:sommet-de-banjul-sur-la-peche|sommet de Banjul sur la pêche"),
                lines(t.get("event_articles")));
    }

    @Test
    void stretchesMergedInInputOrderGiveTheSameTables() {
        List<ArticleAnalysis> corpus = corpus();
        Map<String, CorpusTable> whole = tables(corpus, List.of(corpus));
        for (int cut = 0; cut <= corpus.size(); cut++) {
            Map<String, CorpusTable> merged = tables(corpus, List.of(corpus.subList(0, cut), corpus.subList(cut, corpus.size())));
            for (String name : whole.keySet()) {
                assertEquals(lines(whole.get(name)), lines(merged.get(name)), name + " cut at " + cut);
            }
        }
    }
}
