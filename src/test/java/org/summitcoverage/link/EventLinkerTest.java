package org.summitcoverage.link;

import org.junit.jupiter.api.Test;
import org.summitcoverage.model.ArticleAnalysis;
import org.summitcoverage.model.RoleType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.summitcoverage.link.InventedArticles.article;

/**
 * Linking the meetings of invented articles: names that differ but agree on kind, words, place, edition and time
 * make one event; an edition, a place or a year that differs keeps them apart.
 */
class EventLinkerTest {

    /** event id → the sorted "article:local event" links of each event. */
    private static Map<String, List<String>> link(ArticleAnalysis... articles) {
        List<EventMention> mentions = new ArrayList<>();
        ReprintIndex index = new ReprintIndex();
        for (int i = 0; i < articles.length; i++) {
            mentions.addAll(MentionReader.shared().read(articles[i], i));
            index.add(articles[i]);
        }
        EventLinker.Linked linked = EventLinker.link(mentions, index.reprints());
        Map<String, List<String>> out = new TreeMap<>();
        for (EventLinker.LinkedEvent e : linked.events()) {
            List<String> members = new ArrayList<>();
            for (int m : e.mentions()) {
                members.add(articles[mentions.get(m).ordinal()].articleId() + ":" + mentions.get(m).localName());
            }
            members.sort(null);
            out.put(e.eventId(), members);
        }
        return out;
    }

    @Test
    void twoReportsOfTwoDifferentCopsStayTwoEvents() {
        ArticleAnalysis a = article("a", "À la COP28, les délégués ont adopté un texte sur les énergies fossiles.")
                .published("2023-12-13").event("COP28").build();
        ArticleAnalysis b = article("b", "La COP29 s'est achevée à Bakou sur un accord de financement.")
                .published("2024-11-24").event("COP29").place("Bakou", "AZ").build();
        ArticleAnalysis c = article("c", "Les négociateurs de la COP29 se sont quittés dimanche.")
                .published("2024-11-25").event("COP29").build();
        ArticleAnalysis d = article("d", "La 29e Conférence des Parties a fixé un objectif de financement.")
                .published("2024-11-26").event("Conférence des Parties", "29e Conférence des Parties").build();
        ArticleAnalysis e = article("e", "La COP 28 avait promis une transition hors des énergies fossiles.")
                .published("2024-11-27").event("COP 28").build();
        assertEquals(Map.of(
                "event:cop28", List.of("a:COP28", "e:COP 28"),
                "event:cop29", List.of("b:COP29", "c:COP29", "d:Conférence des Parties")), link(a, b, c, d, e));
    }

    @Test
    void editionsKeepSummitsOfOneSeriesApartWhenPlaceAndYearAgree() {
        // the African Union meets twice a year in the same city: only the edition tells the two summits apart
        ArticleAnalysis a = article("a", "Le 30e sommet de l'Union africaine d'Addis-Abeba s'est ouvert dimanche.")
                .published("2017-01-29")
                .event("Sommet de l'Union africaine d'Addis-Abeba", "30e sommet de l'Union africaine d'Addis-Abeba").build();
        ArticleAnalysis b = article("b", "Le 31e sommet de l'UA d'Addis-Abeba s'est ouvert lundi.")
                .published("2017-07-03").event("Sommet de l'UA d'Addis-Abeba", "31e sommet de l'UA d'Addis-Abeba").build();
        ArticleAnalysis c = article("c", "Au 31e sommet de l'Union africaine, les chefs d'État ont élu leur président.")
                .published("2017-07-04").event("Sommet de l'Union africaine", "31e sommet de l'Union africaine").build();
        ArticleAnalysis d = article("d", "La XXXe session de l'Union africaine s'est tenue en janvier.")
                .published("2017-02-01").event("Session de l'Union africaine", "XXXe session de l'Union africaine").build();
        Map<String, List<String>> events = link(a, b, c, d);
        assertEquals(List.of(List.of("a:Sommet de l'Union africaine d'Addis-Abeba"),
                List.of("b:Sommet de l'UA d'Addis-Abeba", "c:Sommet de l'Union africaine"),
                List.of("d:Session de l'Union africaine")), sortedValues(events), events.toString());
    }

    @Test
    void oneSummitNamedFourWaysIsOneEventAndAnotherCityIsAnother() {
        ArticleAnalysis a = article("a", "Le Sommet pour l'action sur l'IA s'est tenu mardi à Paris.")
                .published("2025-02-11").event("Sommet pour l'action sur l'IA").place("Paris", "FR").build();
        ArticleAnalysis b = article("b", "Au AI Action Summit, les délégations ont signé une déclaration.")
                .published("2025-02-12").event("AI Action Summit").build();
        ArticleAnalysis c = article("c", "Le sommet de Paris sur l'intelligence artificielle a réuni cent pays.")
                .event("sommet de Paris sur l'intelligence artificielle").build();
        ArticleAnalysis d = article("d", "Le Sommet de Paris a fermé ses portes le 11 février 2025.")
                .event("Sommet de Paris").build();
        ArticleAnalysis e = article("e", "Le Sommet de Séoul sur l'IA a suivi celui de Bletchley.")
                .published("2024-05-22").event("Sommet de Séoul sur l'IA").build();
        Map<String, List<String>> events = link(a, b, c, d, e);
        assertEquals(Map.of(
                "event:sommet-pour-l-action-sur-l-ia", List.of("a:Sommet pour l'action sur l'IA",
                        "b:AI Action Summit", "c:sommet de Paris sur l'intelligence artificielle", "d:Sommet de Paris"),
                "event:sommet-de-seoul-sur-l-ia", List.of("e:Sommet de Séoul sur l'IA")), events);
    }

    @Test
    void aSeriesNameAloneNeedsAPlaceAnEditionOrATimeInCommon() {
        ArticleAnalysis a = article("a", "L'Assemblée générale de l'ONU a voté la résolution en 2019.")
                .event("Assemblée générale de l'ONU").build();
        ArticleAnalysis b = article("b", "L'Assemblée générale des Nations unies s'est réunie en 2023.")
                .event("Assemblée générale des Nations unies").build();
        ArticleAnalysis c = article("c", "À l'Assemblée générale de l'ONU, le vote de 2023 a surpris.")
                .event("Assemblée générale de l'ONU").build();
        ArticleAnalysis d = article("d", "L'Assemblée générale de l'ONU a siégé toute la journée.")
                .event("Assemblée générale de l'ONU").build();
        Map<String, List<String>> events = link(a, b, c, d);
        assertEquals(List.of(List.of("a:Assemblée générale de l'ONU"),
                List.of("b:Assemblée générale des Nations unies", "c:Assemblée générale de l'ONU"),
                List.of("d:Assemblée générale de l'ONU")), List.copyOf(sortedValues(events)));
    }

    @Test
    void aSummitOnlyDescribedJoinsTheEventItFitsBestAndFoundsNone() {
        ArticleAnalysis a = article("a", "Le sommet de Kigali sur la santé s'est achevé le 4 mars 2026.")
                .event("sommet de Kigali sur la santé").build();
        ArticleAnalysis b = article("b", "Le sommet de Lomé sur la santé s'est achevé le 20 juin 2026.")
                .event("sommet de Lomé sur la santé").build();
        ArticleAnalysis c = article("c", "Ce 4 mars, le sommet sur la santé a adopté sa déclaration.")
                .role(RoleType.SIGNATORY, "RW", "Rwanda", "", "Le Rwanda a signé.", 0.9).build();
        ArticleAnalysis d = article("d", "Le sommet sur la santé a adopté sa déclaration.")
                .role(RoleType.SIGNATORY, "TG", "Togo", "", "Le Togo a signé.", 0.9).build();
        ArticleAnalysis e = article("e", "Le sommet sur la pêche a adopté sa déclaration.")
                .role(RoleType.SIGNATORY, "SN", "Sénégal", "", "Le Sénégal a signé.", 0.9).build();
        assertEquals(Map.of(
                "event:sommet-de-kigali-sur-la-sante", List.of("a:sommet de Kigali sur la santé", "c:sommet sur la sante"),
                "event:sommet-de-lome-sur-la-sante", List.of("b:sommet de Lomé sur la santé")), link(a, b, c, d, e));
    }

    @Test
    void eventsThatWouldShareAnIdAreToldApartByYearAndPlace() {
        ArticleAnalysis a = article("a", "Le Sommet du G20 de Rio a adopté une déclaration.")
                .published("2024-11-19").event("Sommet du G20").place("Rio", "BR").build();
        ArticleAnalysis b = article("b", "Le Sommet du G20 de Johannesburg a adopté une déclaration.")
                .published("2025-11-23").event("Sommet du G20").place("Johannesburg", "ZA").build();
        assertEquals(List.of("event:sommet-du-g20-2024-rio", "event:sommet-du-g20-2025-johannesburg"),
                List.copyOf(link(a, b).keySet()));
    }

    private static List<List<String>> sortedValues(Map<String, List<String>> events) {
        List<List<String>> v = new ArrayList<>(events.values());
        v.sort((x, y) -> x.get(0).compareTo(y.get(0)));
        return v;
    }
}
