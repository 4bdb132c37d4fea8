package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;
import org.summitcoverage.model.RoleType;

import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** (h27-sante) Constructions found in health and disarmament news: invented sentences, exact rows. */
class SanteReadingsTest {

    @Test
    void theImperfectOfCompterOverAnInfinitiveIsAnIntention() {
        HandParse p = HandParse.of("Le sommet de Lindau s'ouvre lundi.", "Le Chili comptait accueillir l'année suivante un sommet sur l'eau.")
                .entity("Chili", "country:CL");
        assertTrue(CueScope.blockedByTokens(HandParse.WORDS, p.last().tokens(), p.hit("accueillir"), p.hits()));
    }

    @Test
    void theImperfectOfCompterOverAnArticleCountsANoun() {
        HandParse p = HandParse.of("Le sommet de Lindau s'ouvre lundi.", "La délégation comptait la ministre Léa Morel, présente à Lindau.")
                .entity("Léa Morel", "person:lea-morel");
        assertFalse(CueScope.blockedByTokens(HandParse.WORDS, p.last().tokens(), p.hit("présente"), p.hits()));
    }

    @Test
    void aStatesPresidencyTakenIsNoChair() {
        HandParse p = HandParse.of("C'est le troisième sommet depuis la prise de fonctions de Paul Marchand à la présidence canadienne.")
                .entity("Paul Marchand", "person:paul-marchand").entity("canadienne", "country:CA")
                .edge("présidence", "amod", "canadienne");
        assertEquals(Set.of(), p.rows(new PresidencyReading(), "présidence"));
    }

    @Test
    void aDemonymPresidencyWithoutAnOfficeTakenStillChairs() {
        HandParse p = HandParse.of("Le sommet s'est tenu à Lima, la présidence canadienne ayant cédé sa place.")
                .entity("canadienne", "country:CA").edge("présidence", "amod", "canadienne");
        assertEquals(Set.of("CHAIR country:CA"), p.rows(new PresidencyReading(), "présidence"));
    }

    private static Set<String> titleRows(HandParse p, String mainEvent) {
        Set<String> out = new TreeSet<>();
        new MeetingTitleReading(HandParse.WORDS).read(p.annotated(), p.mentions(), mainEvent, 0).forEach(t -> out.add(
                t.finding().role() + " " + t.finding().mention().entityId() + " @" + t.sentenceIndex()));
        return out;
    }

    @Test
    void electedToChairTheAssemblyThatIsTheArticlesMeeting() {
        HandParse p = HandParse.of("La 80e Assemblée mondiale de la santé s'est ouverte lundi.",
                        "La ministre ghanéenne Abena Owusu a été élue présidente de l'assemblée.")
                .entity("Abena Owusu", "person:abena-owusu");
        assertEquals(Set.of("CHAIR person:abena-owusu @1"), titleRows(p, "event:assemblee-mondiale-de-la-sante"));
    }

    @Test
    void theAssemblyOfAnArticleOnAnotherMeetingIsABody() {
        HandParse p = HandParse.of("Le sommet de Lindau s'est ouvert lundi.",
                        "La ministre ghanéenne Abena Owusu a été élue présidente de l'assemblée.")
                .entity("Abena Owusu", "person:abena-owusu");
        assertEquals(Set.of(), titleRows(p, "event:sommet-de-lindau"));
    }

    private static boolean organisesOtherThings(HandParse p) {
        return CueScope.organisesOtherMeetings(HandParse.WORDS, p.graph(), p.site(p.hit("organisé"), RoleType.HOST).cueNode());
    }

    @Test
    void anIndefiniteObjectThatIsNoMeetingIsOrganisedBesideTheSummit() {
        HandParse p = HandParse.of("L'ONG Oxfam avait organisé une marche devant le consulat pendant le sommet.")
                .entity("Oxfam", "org:oxfam")
                .edge("organisé", "nsubj", "Oxfam").edge("organisé", "aux", "avait").edge("organisé", "obj", "marche")
                .edge("marche", "det", "une").tag("organisé", "VERB").tag("marche", "NOUN");
        assertTrue(organisesOtherThings(p));
    }

    @Test
    void anIndefiniteMeetingOrADefiniteObjectMayBeTheSummit() {
        HandParse meeting = HandParse.of("Le Kenya a organisé un sommet sur l'eau.")
                .entity("Kenya", "country:KE")
                .edge("organisé", "nsubj", "Kenya").edge("organisé", "aux", "a").edge("organisé", "obj", "sommet")
                .edge("sommet", "det", "un").tag("organisé", "VERB").tag("sommet", "NOUN");
        assertFalse(organisesOtherThings(meeting));
        HandParse definite = HandParse.of("Le Kenya a organisé cette manifestation internationale.")
                .entity("Kenya", "country:KE")
                .edge("organisé", "nsubj", "Kenya").edge("organisé", "aux", "a").edge("organisé", "obj", "manifestation")
                .edge("manifestation", "det", "cette").tag("organisé", "VERB").tag("manifestation", "NOUN");
        assertFalse(organisesOtherThings(definite));
    }

    @Test
    void anIndefiniteAdjectiveTheParserMakesAnAmodStillCountsMeetingsOfTheirOwn() {
        HandParse p = HandParse.of("L'ONG Oxfam a organisé différents événements de sensibilisation.")
                .entity("Oxfam", "org:oxfam")
                .edge("organisé", "nsubj", "Oxfam").edge("organisé", "aux", "a").edge("organisé", "obj", "événements")
                .edge("événements", "amod", "différents").tag("organisé", "VERB").tag("événements", "NOUN");
        assertTrue(organisesOtherThings(p));
    }

    @Test
    void theBodyClosingATitleAfterAPersonIsNotTheSubject() {
        HandParse p = HandParse.of("Ce jour-là Kofi Mensah président de la République du Ghana et président en exercice de la CEDEAO a prononcé une allocution.")
                .entity("Kofi Mensah", "person:kofi-mensah").entity("Ghana", "country:GH").entity("CEDEAO", "org:cedeao");
        assertEquals(Set.of("PARTICIPANT person:kofi-mensah"), p.rows(new TokenFallbackReading(), "prononcé"));
    }

    @Test
    void anUntitledBodyBeforeTheVerbStillHoldsTheRole() {
        HandParse p = HandParse.of("Après Kofi Mensah, la délégation de la CEDEAO a pris la parole.")
                .entity("Kofi Mensah", "person:kofi-mensah").entity("CEDEAO", "org:cedeao");
        assertEquals(Set.of("PARTICIPANT org:cedeao"), p.rows(new TokenFallbackReading(), "pris"));
    }

    @Test
    void aFrontedParticipleOverAStateBeforeAPlaceNamesTheStatesHead() {
        HandParse p = HandParse.of("Représentant l'Uruguay à ce sommet, le ministre Carlos Ribeiro a plaidé pour un fonds commun.")
                .entity("Uruguay", "country:UY").entity("Carlos Ribeiro", "person:carlos-ribeiro");
        assertEquals(Set.of("DELEGATION_HEAD person:carlos-ribeiro for country:UY"), p.rowsOnBehalf(new RepresentativeReading(), "Représentant"));
    }

    @Test
    void aFrontedParticipleWithAClauseBeforeItsCommaNamesNoOne() {
        HandParse p = HandParse.of("Représentant l'Uruguay depuis que le ministre est tombé malade, le député Carlos Ribeiro a plaidé.")
                .entity("Uruguay", "country:UY").entity("Carlos Ribeiro", "person:carlos-ribeiro");
        assertEquals(Set.of(), p.rowsOnBehalf(new RepresentativeReading(), "Représentant"));
    }
}
