package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;
import org.summitcoverage.model.RoleType;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A sentence without a verb of its own takes up the signing act the previous sentence told. */
class EllipticSigningReadingTest {
    private static final EllipticSigningReading READING = new EllipticSigningReading(HandParse.WORDS);

    private static Set<String> rows(HandParse p, RoleType previous) {
        return HandParse.rows(READING.read(p.last().tokens(), p.mentions(), previous, "paraphé"));
    }

    @Test
    void theProVerbFaireNegatedRefusesTheActToldBefore() {
        HandParse p = HandParse.of("Le Chili et la Bolivie ne l'ont pas fait.")
                .entity("Chili", "country:CL").entity("Bolivie", "country:BO");
        assertEquals(Set.of("NON_SIGNATORY country:CL", "NON_SIGNATORY country:BO"), rows(p, RoleType.SIGNATORY));
    }

    @Test
    void theProVerbFaireWithAlsoRepeatsTheAct() {
        HandParse p = HandParse.of("L'Équateur l'a fait aussi.").entity("Équateur", "country:EC");
        assertEquals(Set.of("SIGNATORY country:EC"), rows(p, RoleType.SIGNATORY));
    }

    @Test
    void faireWithAnObjectOfItsOwnTakesUpNothing() {
        // `l'` opens the object of faire here, not a pro-form standing for the signature
        HandParse p = HandParse.of("Le Canada a fait l'impasse sur la déclaration.").entity("Canada", "country:CA");
        assertEquals(Set.of(), rows(p, RoleType.SIGNATORY));
    }

    @Test
    void faireToutAutantRepeatsTheAct() {
        HandParse p = HandParse.of("Le Paraguay en a fait tout autant.").entity("Paraguay", "country:PY");
        assertEquals(Set.of("SIGNATORY country:PY"), rows(p, RoleType.SIGNATORY));
    }
    @Test
    void aRestrictiveWordMayOpenTheSentenceBeforeItsHolders() {
        // (h28-afrique) `Seule la Bolivie ne l'a pas fait.` after a signature: the restrictive word is no other word
        HandParse p = HandParse.of("Seule la Bolivie ne l'a pas encore fait.").entity("Bolivie", "country:BO");
        assertEquals(Set.of("NON_SIGNATORY country:BO"), rows(p, RoleType.SIGNATORY));
        HandParse q = HandParse.of("Seuls le Pérou et le Chili l'ont fait.").entity("Pérou", "country:PE")
                .entity("Chili", "country:CL");
        assertEquals(Set.of("SIGNATORY country:PE", "SIGNATORY country:CL"), rows(q, RoleType.SIGNATORY));
    }

    @Test
    void aRestrictiveWordAfterTheHoldersIsStillAnOtherWord() {
        HandParse p = HandParse.of("La Bolivie seule ne l'a pas fait aujourd'hui à Lima devant tous les autres pays.")
                .entity("Bolivie", "country:BO");
        assertEquals(Set.of(), rows(p, RoleType.SIGNATORY));
    }
}
