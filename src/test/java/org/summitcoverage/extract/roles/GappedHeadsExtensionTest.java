package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** (h23-sud) Gapped parts after a delegation head each name their own state's head. */
class GappedHeadsExtensionTest {
    @Test
    void eachPronounPartLeadsItsOwnStatesDelegation() {
        HandParse p = HandParse.of("La délégation du Brésil sera conduite par Ana Soto, celle du Chili par Paul Reyes, "
                        + "et celle du Pérou par Luis Vega.")
                .entity("Brésil", "country:BR").entity("Ana Soto", "person:ana-soto")
                .entity("Chili", "country:CL").entity("Paul Reyes", "person:paul-reyes")
                .entity("Pérou", "country:PE").entity("Luis Vega", "person:luis-vega")
                .edge("délégation", "nmod:du", "Brésil").edge("conduite", "nsubj:pass", "délégation")
                .edge("conduite", "obl:agent", "Ana").edge("Ana", "flat:name", "Soto");
        assertEquals(Set.of("DELEGATION_HEAD person:ana-soto for country:BR",
                        "DELEGATION_HEAD person:paul-reyes for country:CL",
                        "DELEGATION_HEAD person:luis-vega for country:PE"),
                p.rowsOnBehalf(new GappedHeadsExtension(new DelegationLeaderReading()), "conduite"));
    }

    @Test
    void aStatePartAfterARepresentationTakesItsOwnHead() {
        // the parser hangs the second part on the first agent: without the extension Ivan Orlov would act for China
        HandParse p = HandParse.of("La Chine est représentée par Li Wen, la Russie par Ivan Orlov.")
                .entity("Chine", "country:CN").entity("Li Wen", "person:li-wen")
                .entity("Russie", "country:RU").entity("Ivan Orlov", "person:ivan-orlov")
                .edge("représentée", "nsubj:pass", "Chine").edge("représentée", "obl:agent", "Li")
                .edge("Li", "flat:name", "Wen").edge("Li", "appos", "Russie").edge("Russie", "nmod:par", "Ivan")
                .edge("Ivan", "flat:name", "Orlov");
        assertEquals(Set.of("DELEGATION_HEAD person:li-wen for country:CN", "DELEGATION_HEAD person:ivan-orlov for country:RU"),
                p.rowsOnBehalf(new GappedHeadsExtension(new RepresentationReading()), "représentée"));
    }

    @Test
    void aCommaBeforeAnotherClauseIsNoPart() {
        HandParse p = HandParse.of("La Chine est représentée par Li Wen, la Russie ayant décliné l'invitation.")
                .entity("Chine", "country:CN").entity("Li Wen", "person:li-wen").entity("Russie", "country:RU")
                .edge("représentée", "nsubj:pass", "Chine").edge("représentée", "obl:agent", "Li")
                .edge("Li", "flat:name", "Wen");
        assertEquals(Set.of("DELEGATION_HEAD person:li-wen for country:CN"),
                p.rowsOnBehalf(new GappedHeadsExtension(new RepresentationReading()), "représentée"));
    }
}
