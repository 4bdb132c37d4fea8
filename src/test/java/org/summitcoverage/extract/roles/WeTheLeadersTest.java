package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** (h27-arabe) A first-person declaration: `Nous, chefs d'État de A et de B, nous sommes réunis à X`. */
class WeTheLeadersTest {
    private static final HolderReading READING = new WeTheLeaders(new VerbReading());

    @Test
    void theStatesOfTheSpeakersAttend() {
        HandParse p = HandParse.of("Nous, chefs d'État et de gouvernement du Chili, du Pérou et de l'Équateur, nous sommes rencontrés le 3 mai à Cuenca pour le sommet andin.")
                .entity("Chili", "country:CL").entity("Pérou", "country:PE").entity("Équateur", "country:EC")
                .entity("Cuenca", "location:cuenca")
                .edge("rencontrés", "obl:mod", "Nous").edge("Nous", "conj:et", "chefs").edge("chefs", "nmod:de", "Chili")
                .edge("rencontrés", "obl:mod", "Pérou").edge("rencontrés", "obl:mod", "Équateur")
                .edge("rencontrés", "nsubj", "nous").edge("rencontrés", "aux", "sommes").edge("rencontrés", "obl:à", "Cuenca")
                .tag("rencontrés", "VERB");
        assertEquals(Set.of("PARTICIPANT country:CL", "PARTICIPANT country:PE", "PARTICIPANT country:EC"),
                p.rows(READING, "rencontrés"));
    }

    @Test
    void aThirdPersonSubjectIsReadAsUsual() {
        HandParse p = HandParse.of("Les dirigeants se sont rencontrés à Cuenca, au Pérou, pour le sommet andin.")
                .entity("Cuenca", "location:cuenca").entity("Pérou", "country:PE")
                .edge("rencontrés", "nsubj", "dirigeants").edge("rencontrés", "aux", "sont").edge("rencontrés", "expl:pv", "se")
                .edge("rencontrés", "obl:à", "Cuenca").tag("rencontrés", "VERB");
        assertEquals(Set.of(), p.rows(READING, "rencontrés"));
    }
}
