package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** (h21-passing) Cues whose own clause asserts no role: a presence in doubt, a tribute chaired. */
class UnassertedRoleObjectTest {

    private static boolean unasserted(HandParse p, String cueWord) {
        CueSite site = p.site(p.hit(cueWord), p.hit(cueWord).role());
        return UnassertedRoleObject.unasserted(HandParse.WORDS, site.graph(), p.hit(cueWord), site.cueNode());
    }

    @Test
    void aPresenceNotYetSettledIsNoAttendance() {
        HandParse p = HandParse.of("Le sommet de Lindau s'ouvre lundi.", "En revanche, la présence du président Pablo Rojas n'est pas acquise.")
                .entity("Pablo Rojas", "person:pablo-rojas")
                .edge("ROOT", "root", "acquise").edge("acquise", "nsubj:pass", "présence").edge("acquise", "advmod", "n'")
                .edge("acquise", "aux:pass", "est").edge("acquise", "advmod", "pas").edge("présence", "nmod:de", "président")
                .edge("président", "appos", "Pablo");
        assertTrue(unasserted(p, "présence"));
    }

    @Test
    void aConfirmedPresenceStillAttends() {
        HandParse p = HandParse.of("Le sommet de Lindau s'ouvre lundi.", "La présence du président Pablo Rojas est confirmée.")
                .entity("Pablo Rojas", "person:pablo-rojas")
                .edge("ROOT", "root", "confirmée").edge("confirmée", "nsubj:pass", "présence").edge("confirmée", "aux:pass", "est")
                .edge("présence", "nmod:de", "président").edge("président", "appos", "Pablo");
        assertFalse(unasserted(p, "présence"));
    }

    @Test
    void aPresenceJudgedOrQuestionedIsNoAttendance() {
        HandParse judged = HandParse.of("Le sommet de Lindau s'ouvre lundi.", "La présence du président chilien est vitale pour le continent.")
                .entity("chilien", "country:CL")
                .edge("ROOT", "root", "vitale").edge("vitale", "nsubj", "présence").edge("vitale", "cop", "est")
                .edge("présence", "nmod:de", "président").edge("président", "amod", "chilien");
        assertTrue(unasserted(judged, "présence"));
        HandParse whether = HandParse.of("Le sommet de Lindau s'ouvre lundi.",
                        "A propos de la participation ou non du roi de Norvège, le porte-parole n'a rien dit.")
                .entity("Norvège", "country:NO")
                .edge("ROOT", "root", "dit").edge("dit", "obl:mod", "propos").edge("propos", "nmod:de", "participation")
                .edge("participation", "conj:ou", "non").edge("participation", "nmod:de", "roi").edge("roi", "nmod:de", "Norvège");
        assertTrue(unasserted(whether, "participation"));
    }

    @Test
    void aTributeChairedIsNoMeetingChaired() {
        HandParse object = HandParse.of("Le sommet de Lindau s'ouvre lundi.", "Vendredi, le président Pablo Rojas présidera l'hommage national aux victimes.")
                .entity("Pablo Rojas", "person:pablo-rojas")
                .edge("ROOT", "root", "présidera").edge("présidera", "nsubj", "président").edge("président", "appos", "Pablo")
                .edge("présidera", "obj", "hommage").edge("hommage", "amod", "national");
        assertTrue(unasserted(object, "présidera"));
        HandParse relative = HandParse.of("Le sommet de Lindau s'ouvre lundi.",
                        "Après l'hommage aux victimes des attentats qu'il présidera, Pablo Rojas partira pour Lindau.")
                .entity("Pablo Rojas", "person:pablo-rojas")
                .edge("ROOT", "root", "partira").edge("partira", "obl:mod", "hommage").edge("hommage", "nmod:à", "victimes")
                .edge("victimes", "nmod:de", "attentats").edge("attentats", "acl:relcl", "présidera")
                .edge("présidera", "obj", "qu'").edge("présidera", "nsubj", "il");
        assertTrue(unasserted(relative, "présidera"));
    }

    @Test
    void aSessionChairedKeepsItsChair() {
        HandParse p = HandParse.of("Le sommet de Lindau s'ouvre lundi.", "Le président Pablo Rojas présidera la séance d'ouverture.")
                .entity("Pablo Rojas", "person:pablo-rojas")
                .edge("ROOT", "root", "présidera").edge("présidera", "nsubj", "président").edge("président", "appos", "Pablo")
                .edge("présidera", "obj", "séance");
        assertFalse(unasserted(p, "présidera"));
    }
}
