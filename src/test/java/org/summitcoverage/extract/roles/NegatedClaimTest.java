package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A cue in the completive of a negated claim of saying, knowing or certainty is not asserted (`Rien ne garantit que X
 * signera`, `Il n'est pas certain que X signe`); a denied doubt, a relative clause and a restrictive `ne … que` are.
 */
class NegatedClaimTest {

    private static boolean blocked(HandParse p, String cueWord) {
        return CueScope.blocked(p.last().tokens(), p.hit(cueWord), p.hits(), p.graph());
    }

    @Test
    void nothingGuaranteesTheSignature() {
        HandParse p = HandParse.of("Au sommet de Lindau, rien ne garantit que la Bolivie signera la déclaration.")
                .entity("Bolivie", "country:BO")
                .edge("garantit", "nsubj", "rien").edge("garantit", "advmod", "ne").edge("garantit", "ccomp", "signera")
                .edge("signera", "mark", "que").edge("signera", "nsubj", "Bolivie").edge("signera", "obj", "déclaration")
                .tag("signera", "VERB");
        assertTrue(blocked(p, "signera"));
    }

    @Test
    void aNegatedCertaintyLeavesTheSignatureOpen() {
        HandParse p = HandParse.of("Au sommet de Lindau, il n'est pas certain que le Pérou signe le texte.")
                .entity("Pérou", "country:PE")
                .edge("certain", "nsubj", "il").edge("certain", "advmod", "n'").edge("certain", "cop", "est")
                .edge("certain", "advmod", "pas").edge("certain", "ccomp", "signe").edge("signe", "mark", "que")
                .edge("signe", "nsubj", "Pérou").edge("signe", "obj", "texte").tag("signe", "VERB");
        assertTrue(blocked(p, "signe"));
    }

    @Test
    void aDeniedDoubtAssertsTheSignature() {
        HandParse p = HandParse.of("Au sommet de Lindau, personne n'ignore que le Pérou a signé le texte.")
                .entity("Pérou", "country:PE")
                .edge("ignore", "nsubj", "personne").edge("ignore", "advmod", "n'").edge("ignore", "ccomp", "signé")
                .edge("signé", "mark", "que").edge("signé", "nsubj", "Pérou").edge("signé", "aux", "a")
                .edge("signé", "obj", "texte").tag("signé", "VERB");
        assertFalse(blocked(p, "signé"));
    }

    @Test
    void aRestrictiveNeQueIsNoNegation() {
        HandParse p = HandParse.of("Au sommet de Lindau, ce n'est que mardi que le Pérou a signé le texte.")
                .entity("Pérou", "country:PE")
                .edge("mardi", "nsubj", "ce").edge("mardi", "advmod", "n'").edge("mardi", "cop", "est")
                .edge("mardi", "advmod", "que").edge("mardi", "ccomp", "signé").edge("signé", "mark", "que")
                .edge("signé", "nsubj", "Pérou").edge("signé", "aux", "a").edge("signé", "obj", "texte")
                .tag("signé", "VERB");
        assertFalse(blocked(p, "signé"));
    }

    @Test
    void aRelativeClauseUnderANegatedVerbIsAsserted() {
        HandParse p = HandParse.of("Au sommet de Lindau, le Chili n'a pas lu le texte que le Pérou a signé.")
                .entity("Chili", "country:CL").entity("Pérou", "country:PE")
                .edge("lu", "nsubj", "Chili").edge("lu", "advmod", "n'").edge("lu", "aux", "a").edge("lu", "advmod", "pas")
                .edge("lu", "obj", "texte").edge("texte", "acl:relcl", "signé").edge("signé", "obj", "que")
                .edge("signé", "nsubj", "Pérou").edge("signé", "aux", "a").tag("signé", "VERB");
        assertFalse(blocked(p, "signé"));
    }

    @Test
    void aNegatedPassiveClaimLeavesTheSignatureOpen() {
        HandParse p = HandParse.of("Au sommet de Lindau, il n'est pas prouvé que le Pérou a signé le texte.")
                .entity("Pérou", "country:PE")
                .edge("prouvé", "expl:subj", "il").edge("prouvé", "advmod", "n'").edge("prouvé", "aux:pass", "est")
                .edge("prouvé", "advmod", "pas").edge("prouvé", "csubj:pass", "signé").edge("signé", "mark", "que")
                .edge("signé", "nsubj", "Pérou").edge("signé", "aux", "a").edge("signé", "obj", "texte")
                .tag("signé", "VERB");
        assertTrue(blocked(p, "signé"));
    }
}
