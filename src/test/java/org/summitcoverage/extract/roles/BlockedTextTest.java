package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * (h25-europe) `bloquer` the summit's text or its adoption, or `s'opposer à` it, is a veto: a refusal; blocking or
 * opposing anything else refuses no text.
 */
class BlockedTextTest {
    private static final HolderReading READING = new RefusedActReading(new VerbReading());

    @Test
    void blockingTheConclusionsRefusesThem() {
        HandParse p = HandParse.of("La Lettonie a bloqué les conclusions du sommet.").entity("Lettonie", "country:LV")
                .edge("bloqué", "nsubj", "Lettonie").edge("bloqué", "obj", "conclusions").edge("conclusions", "nmod:du", "sommet");
        assertEquals(Set.of("NON_SIGNATORY country:LV"), p.rows(READING, "bloqué"));
    }

    @Test
    void blockingTheAdoptionOfTheDeclarationRefusesIt() {
        HandParse p = HandParse.of("Malte bloque l'adoption de la déclaration finale.").entity("Malte", "country:MT")
                .edge("bloque", "nsubj", "Malte").edge("bloque", "obj", "adoption").edge("adoption", "nmod:de", "déclaration");
        assertEquals(Set.of("NON_SIGNATORY country:MT"), p.rows(READING, "bloque"));
    }

    @Test
    void blockingAidOrAnAccessionRefusesNoText() {
        HandParse aid = HandParse.of("La Lettonie bloque l'aide au Portugal.").entity("Lettonie", "country:LV")
                .entity("Portugal", "country:PT").edge("bloque", "nsubj", "Lettonie").edge("bloque", "obj", "aide")
                .edge("aide", "nmod:au", "Portugal");
        assertEquals(Set.of(), aid.rows(READING, "bloque"));
        HandParse accession = HandParse.of("Malte bloque l'adhésion de la Norvège.").entity("Malte", "country:MT")
                .entity("Norvège", "country:NO").edge("bloque", "nsubj", "Malte").edge("bloque", "obj", "adhésion")
                .edge("adhésion", "nmod:de", "Norvège");
        assertEquals(Set.of(), accession.rows(READING, "bloque"));
    }

    @Test
    void blockingAnyTextAtAllIsNoVetoOfThisOne() {
        HandParse p = HandParse.of("Malte bloquait tout accord.").entity("Malte", "country:MT")
                .edge("bloquait", "nsubj", "Malte").edge("bloquait", "obj", "accord").edge("accord", "det", "tout");
        assertEquals(Set.of(), p.rows(READING, "bloquait"));
    }
    @Test
    void opposingTheConclusionsRefusesThem() {
        HandParse p = HandParse.of("La Lettonie s'est opposée aux conclusions du sommet.").entity("Lettonie", "country:LV")
                .edge("opposée", "nsubj", "Lettonie").edge("opposée", "expl:pv", "s'").edge("opposée", "obl:aux", "conclusions");
        assertEquals(Set.of("NON_SIGNATORY country:LV"), p.rows(READING, "opposée", org.summitcoverage.model.RoleType.NON_SIGNATORY));
    }

    @Test
    void opposingStatesOrAnAccessionRefusesNoText() {
        HandParse states = HandParse.of("La Lettonie s'est opposée aux autres États membres.").entity("Lettonie", "country:LV")
                .edge("opposée", "nsubj", "Lettonie").edge("opposée", "expl:pv", "s'").edge("opposée", "obl:aux", "États");
        assertEquals(Set.of(), states.rows(READING, "opposée", org.summitcoverage.model.RoleType.NON_SIGNATORY));
        HandParse accession = HandParse.of("Malte s'oppose à l'adhésion de la Norvège.").entity("Malte", "country:MT")
                .entity("Norvège", "country:NO").edge("oppose", "nsubj", "Malte").edge("oppose", "expl:pv", "s'")
                .edge("oppose", "obl:à", "adhésion").edge("adhésion", "nmod:de", "Norvège");
        assertEquals(Set.of(), accession.rows(READING, "oppose", org.summitcoverage.model.RoleType.NON_SIGNATORY));
    }
    @Test
    void aGerundOfSupportIsASignatureCueWhoseSubjectIsTheClauses() {
        // (h25-europe) `En ne soutenant pas les conclusions, X s'est isolée`: the gerund is a form of `soutenir` too;
        // its holder is the subject of the clause it hangs on (its negation makes the row a refusal upstream)
        HandParse p = HandParse.of("En ne soutenant pas les conclusions, la Lettonie s'est isolée.").entity("Lettonie", "country:LV")
                .edge("isolée", "nsubj", "Lettonie").edge("isolée", "advcl", "soutenant").edge("soutenant", "mark", "En")
                .edge("soutenant", "obj", "conclusions").tag("soutenant", "VERB");
        assertEquals(org.summitcoverage.model.RoleType.SIGNATORY, p.hit("soutenant").role());
        assertEquals(Set.of("NON_SIGNATORY country:LV"),
                p.rows(new VerbReading(), "soutenant", org.summitcoverage.model.RoleType.NON_SIGNATORY));
    }
}
