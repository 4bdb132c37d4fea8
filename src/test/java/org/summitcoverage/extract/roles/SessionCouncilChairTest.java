package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * (h22-minis) An article on a session of a ministers' council: the council's president chairs the session
 * (`MeetingTitleReading` with `SessionCouncil`).
 */
class SessionCouncilChairTest {
    private static Set<String> rows(HandParse p) {
        Set<String> out = new TreeSet<>();
        new MeetingTitleReading(HandParse.WORDS).read(p.annotated(), p.mentions(), "", 0).forEach(t -> out.add(
                t.finding().role() + " " + t.finding().mention().entityId() + " @" + t.sentenceIndex()));
        return out;
    }

    @Test
    void thePresidentOfTheCouncilWhoseSessionTheHeadlineNamesChairsIt() {
        HandParse p = HandParse.lines("Ouverture de la 12e session ordinaire du Conseil des ministres de la CEDEAO à Lomé",
                        "Les ministres sont réunis depuis lundi.",
                        "Dans son allocution, Ana Ruiz, présidente du Conseil des ministres de la CEDEAO, a salué les délégués.")
                .entity("Ana Ruiz", "person:ana-ruiz").entity("CEDEAO", "org:cedeao");
        assertEquals(Set.of("CHAIR person:ana-ruiz @2"), rows(p));
    }

    @Test
    void aCapacityBetweenDashesAndAnUnnamedMinistersState() {
        HandParse p = HandParse.lines("Session extraordinaire du Conseil exécutif de l'UA",
                        "Kofi Boateng — en sa qualité de président du Conseil exécutif — a ouvert les travaux.",
                        "Les travaux ont été ouverts par le ministre des Affaires étrangères du Ghana, en sa qualité de président en exercice du Conseil exécutif.")
                .entity("Kofi Boateng", "person:kofi-boateng").entity("Ghana", "country:GH");
        assertEquals(Set.of("CHAIR person:kofi-boateng @1", "CHAIR country:GH @2"), rows(p));
    }

    @Test
    void anotherCouncilOrAnArticleOnASummitKeepsTheCouncilAStandingBody() {
        HandParse session = HandParse.lines("Ouverture de la 12e session ordinaire du Conseil des ministres de la CEDEAO",
                        "Ana Ruiz, présidente du Conseil de sécurité, a salué les délégués.")
                .entity("Ana Ruiz", "person:ana-ruiz");
        assertEquals(Set.of(), rows(session));
        HandParse summit = HandParse.lines("Le 30e sommet de l'Union africaine s'ouvre à Addis-Abeba",
                        "Les chefs d'État sont arrivés lundi.",
                        "Ana Ruiz, présidente du Conseil exécutif, a rappelé la 40e session ordinaire du Conseil exécutif.")
                .entity("Ana Ruiz", "person:ana-ruiz");
        assertEquals(Set.of(), rows(summit));
    }
}
