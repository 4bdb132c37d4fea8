package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ColonListReadingTest {
    @Test
    void theListAfterTheColonHoldsTheRole() {
        HandParse p = HandParse.of("Dix pays ont adopté la déclaration : l'Australie, le Canada et le Chili.")
                .entity("Australie", "country:AU").entity("Canada", "country:CA").entity("Chili", "country:CL");
        assertEquals(Set.of("SIGNATORY country:AU", "SIGNATORY country:CA", "SIGNATORY country:CL"),
                p.rows(new ColonListReading(), "adopté"));
    }

    @Test
    void aTitledPersonIsOneItemOfAListOfStates() {
        // (h25-paix) the list goes on past the person and the body of its title
        HandParse p = HandParse.of("Dix pays ont participé au forum, dont le Chili, le Pérou, la Bolivie, le président de la "
                        + "Banque mondiale Ana Soto, la Norvège et le Japon.")
                .entity("Chili", "country:CL").entity("Pérou", "country:PE").entity("Bolivie", "country:BO")
                .entity("Banque mondiale", "org:banque-mondiale").entity("Ana Soto", "person:ana-soto")
                .entity("Norvège", "country:NO").entity("Japon", "country:JP");
        assertEquals(Set.of("PARTICIPANT country:CL", "PARTICIPANT country:PE", "PARTICIPANT country:BO",
                "PARTICIPANT person:ana-soto", "PARTICIPANT country:NO", "PARTICIPANT country:JP"),
                p.rows(new ColonListReading(), "participé"));
    }

    @Test
    void aTitledPersonAfterAShortListEndsIt() {
        // two states before the person: no long list, and the words do not say the person is one more item
        HandParse p = HandParse.of("Dix pays ont participé au forum, dont le Chili et le Pérou, le président de la "
                        + "Banque mondiale Ana Soto, la Norvège et le Japon.")
                .entity("Chili", "country:CL").entity("Pérou", "country:PE")
                .entity("Banque mondiale", "org:banque-mondiale").entity("Ana Soto", "person:ana-soto")
                .entity("Norvège", "country:NO").entity("Japon", "country:JP");
        assertEquals(Set.of("PARTICIPANT country:CL", "PARTICIPANT country:PE"), p.rows(new ColonListReading(), "participé"));
    }

    @Test
    void noColonNoList() {
        HandParse p = HandParse.of("Dix pays ont adopté la déclaration avec l'Australie.").entity("Australie", "country:AU");
        assertEquals(Set.of(), p.rows(new ColonListReading(), "adopté"));
    }

    @Test
    void aListAfterAContrastingClauseIsNotTheCues() {
        HandParse p = HandParse.of("Le pacte a été ratifié par cent pays, mais vingt autres, dont le Laos et le Népal, s'y opposent.")
                .entity("Laos", "country:LA").entity("Népal", "country:NP");
        assertEquals(Set.of(), p.rows(new ColonListReading(), "ratifié"));
    }

    @Test
    void theExamplesOfACountedSetAfterNotamment() {
        HandParse p = HandParse.of("Plus de trente pays ont signé la charte, notamment le Laos et le Népal.")
                .entity("Laos", "country:LA").entity("Népal", "country:NP");
        assertEquals(Set.of("SIGNATORY country:LA", "SIGNATORY country:NP"), p.rows(new ColonListReading(), "signé"));
    }

    @Test
    void aListOfTheCountedSetOfAnAvecPhraseIsNotTheCues() {
        HandParse p = HandParse.of("Des délégués de quarante nations ont participé au forum, avec 25 pays, dont le Pérou, "
                        + "approuvant la charte.")
                .entity("Pérou", "country:PE");
        assertEquals(Set.of(), p.rows(new ColonListReading(), "participé"));
    }

    @Test
    void aListAfterTheCuesOwnSetHoldsTheRole() {
        HandParse p = HandParse.of("Des délégués de 40 nations ont participé au forum, dont le Pérou.")
                .entity("Pérou", "country:PE");
        assertEquals(Set.of("PARTICIPANT country:PE"), p.rows(new ColonListReading(), "participé"));
    }

    @Test
    void thoseOfTheStatesAfterACountedSetThatAttends() {
        HandParse p = HandParse.of("Trois présidents ont pris la parole, ceux de la Bolivie, du Chili et du Pérou.")
                .entity("Bolivie", "country:BO").entity("Chili", "country:CL").entity("Pérou", "country:PE");
        assertEquals(Set.of("PARTICIPANT country:BO", "PARTICIPANT country:CL", "PARTICIPANT country:PE"),
                p.rows(new ColonListReading(), "pris"));
    }

    @Test
    void thoseOfTheStatesAfterASigningAreNoSafeList() {
        HandParse p = HandParse.of("Trois pays ont signé, ceux de la Bolivie et du Chili.")
                .entity("Bolivie", "country:BO").entity("Chili", "country:CL");
        assertEquals(Set.of(), p.rows(new ColonListReading(), "signé"));
    }

    @Test
    void theExamplesAfterALInstarDeOfASetThatAttends() {
        // (h18-franco) `à l'instar de`, like `comme`: examples of a set that attends
        HandParse p = HandParse.of("D'autres dirigeants participent au forum, à l'instar du président Ali Sow et de la présidente Ana Ruiz.")
                .entity("Ali Sow", "person:ali-sow").entity("Ana Ruiz", "person:ana-ruiz");
        assertEquals(Set.of("PARTICIPANT person:ali-sow", "PARTICIPANT person:ana-ruiz"), p.rows(new ColonListReading(), "participent"));
    }

    @Test
    void theExamplesAfterALInstarDeOfASigningAreNoList() {
        HandParse p = HandParse.of("Le Pérou a signé la charte, à l'instar de la Bolivie et du Chili.")
                .entity("Pérou", "country:PE").entity("Bolivie", "country:BO").entity("Chili", "country:CL");
        assertEquals(Set.of(), p.rows(new ColonListReading(), "signé"));
    }

    @Test
    void aListOfALaterCountedSetIsNotTheFirstCues() {
        // (h22-refus) `ont voté pour, et dix, parmi lesquels A, se sont abstenus`: A abstained, it did not vote for
        HandParse p = HandParse.of("Trois pays ont voté pour, et dix, parmi lesquels le Laos et le Népal, se sont abstenus.")
                .entity("Laos", "country:LA").entity("Népal", "country:NP");
        assertEquals(Set.of(), p.rows(new ColonListReading(), "voté"));
        HandParse q = HandParse.of("Cinq pays ont voté contre, et 12 autres pays, dont le Pérou, n'ont pas participé à la session.")
                .entity("Pérou", "country:PE");
        assertEquals(Set.of(), q.rows(new ColonListReading(), "voté"));
    }

    @Test
    void theListOfACountedSubjectHoldsTheCueAfterIt() {
        HandParse p = HandParse.of("Trois pays ont voté pour, et dix, parmi lesquels le Laos et le Népal, se sont abstenus.")
                .entity("Laos", "country:LA").entity("Népal", "country:NP");
        assertEquals(Set.of("NON_SIGNATORY country:LA", "NON_SIGNATORY country:NP"), p.rows(new ColonListReading(), "abstenus"));
        HandParse q = HandParse.of("Le Pérou, dont le président a parlé, s'est abstenu.").entity("Pérou", "country:PE");
        assertEquals(Set.of(), q.rows(new ColonListReading(), "abstenu")); // no count before `dont`: a relative clause
    }

    @Test
    void aListAfterAConcessiveMalgreIsNotTheCues() {
        // (h23-onu) `se sont engagés, malgré l'opposition d'une poignée de pays, dont X`: the opponents sign nothing
        HandParse p = HandParse.of("Les États se sont engagés à agir, malgré l'opposition d'une poignée de pays, dont le Laos et le Népal.")
                .entity("Laos", "country:LA").entity("Népal", "country:NP");
        assertEquals(Set.of(), p.rows(new ColonListReading(), "engagés"));
        HandParse q = HandParse.of("Les États se sont engagés à agir, une poignée de pays, dont le Laos et le Népal.")
                .entity("Laos", "country:LA").entity("Népal", "country:NP");
        assertEquals(Set.of("SIGNATORY country:LA", "SIGNATORY country:NP"), q.rows(new ColonListReading(), "engagés"));
    }

    @Test
    void theDontListOfATallysSideIsNotTheCountedSubjects() {
        // (h23-onu) `Par 142 voix pour, 10 contre dont A et B, l'assemblée a adopté le texte`: that side's, not signatories
        HandParse p = HandParse.of("Par 140 voix pour, 9 contre dont le Laos et Cuba, l'assemblée a adopté la charte.")
                .entity("Laos", "country:LA").entity("Cuba", "country:CU");
        assertEquals(Set.of(), p.rows(new ColonListReading(), "adopté"));
    }
}
