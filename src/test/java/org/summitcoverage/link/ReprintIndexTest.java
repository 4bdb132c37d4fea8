package org.summitcoverage.link;

import org.junit.jupiter.api.Test;
import org.summitcoverage.model.ArticleAnalysis;
import org.summitcoverage.model.ArticleMeta;
import org.summitcoverage.model.Status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.summitcoverage.link.InventedArticles.article;

/** Syndicated copies of an invented dispatch are one report; other articles on the same summit are not copies. */
class ReprintIndexTest {
    private static final String DISPATCH = "Les ministres de l'Environnement de quatorze pays riverains du lac Tchad "
            + "se sont retrouvés jeudi à N'Djamena pour adopter un plan commun contre l'assèchement du lac. Le texte "
            + "prévoit la création d'un fonds régional alimenté par les États membres et par des bailleurs "
            + "internationaux, ainsi qu'un réseau de stations de mesure du niveau des eaux. Le Niger et le Cameroun "
            + "ont signé le plan dès l'ouverture de la séance, tandis que le Nigeria a demandé un délai pour consulter "
            + "son parlement. La prochaine réunion est prévue à Maiduguri au printemps, a indiqué la présidence "
            + "tchadienne dans un communiqué publié dans la soirée.";
    private static final String OTHER = "Réunis jeudi à N'Djamena, les pays riverains du lac Tchad ont surtout parlé "
            + "d'argent : le fonds régional reste à financer et le Nigeria hésite encore. Pour les pêcheurs de la rive "
            + "nord, interrogés par notre correspondant, le plan arrive tard, et les stations de mesure ne remplaceront "
            + "pas les pluies qui manquent depuis trois saisons. Le Cameroun promet pourtant de verser sa part avant "
            + "la fin de l'année.";

    private static ArticleAnalysis text(String id, String published, String text) {
        return article(id, text).published(published).build();
    }

    @Test
    void threeReprintsOfOneDispatchFormOneReportDatedByItsEarliestCopy() {
        List<ArticleAnalysis> corpus = List.of(
                // a copy under another headline, published later than the agency's
                text("journal-a", "2026-03-06", "Lac Tchad : un plan commun contre l'assèchement\n" + DISPATCH),
                text("agence", "2026-03-05", DISPATCH),
                text("reportage", "2026-03-05", OTHER),
                // a copy with furniture around it
                text("journal-b", "2026-03-07", "Accueil > Afrique > Environnement\n" + DISPATCH
                        + "\nLire aussi : les pêcheurs du lac face à la sécheresse\nPartager sur Facebook"),
                // a copy whose last sentence was cut
                text("journal-c", "", DISPATCH.substring(0, DISPATCH.indexOf(" La prochaine réunion"))),
                ArticleAnalysis.notAnalysed(new ArticleMeta("vide", "vide.txt", null, null, null, null, null, 0),
                        Status.SKIPPED, "empty file", ""));
        ReprintIndex index = new ReprintIndex();
        corpus.forEach(index::add);
        Reprints r = index.reprints();
        List<String> duplicateOf = new ArrayList<>();
        for (int i = 0; i < r.size(); i++) {
            duplicateOf.add(r.articleId(i) + "→" + r.duplicateOf(i));
        }
        assertEquals(List.of("journal-a→agence", "agence→", "reportage→", "journal-b→agence", "journal-c→agence",
                "vide→"), duplicateOf);
        assertEquals(Map.of("journal-a", "agence", "journal-b", "agence", "journal-c", "agence"), r.duplicates());
        assertEquals(3, r.duplicateCount());
        assertEquals(2, r.reports(new int[]{0, 1, 2, 3, 4}, 5), "the dispatch and the reportage");
    }

    @Test
    void stretchesMergedInInputOrderFindTheSameCopies() {
        List<ArticleAnalysis> corpus = List.of(text("a", "", DISPATCH), text("b", "", OTHER),
                text("c", "", "Titre\n" + DISPATCH), text("d", "", OTHER + " Fin."));
        ReprintIndex whole = new ReprintIndex();
        corpus.forEach(whole::add);
        ReprintIndex first = new ReprintIndex();
        ReprintIndex second = new ReprintIndex();
        corpus.subList(0, 3).forEach(first::add);
        corpus.subList(3, 4).forEach(second::add);
        first.absorbLater(second);
        assertEquals(whole.reprints().duplicates(), first.reprints().duplicates());
        assertEquals(Map.of("c", "a", "d", "b"), first.reprints().duplicates());
    }

    @Test
    void sketchesOfRewrittenTextsAgreeLittleAndOfCopiesMuch() {
        char[] a = ShingleSketch.of(DISPATCH).values();
        char[] copy = ShingleSketch.of("Titre\n" + DISPATCH).values();
        char[] other = ShingleSketch.of(OTHER).values();
        assertEquals(true, ShingleSketch.agreeing(a, 0, copy, 0) >= 40, "a copy under a headline");
        assertEquals(true, ShingleSketch.agreeing(a, 0, other, 0) <= 4, "another article on the same meeting");
    }
}
