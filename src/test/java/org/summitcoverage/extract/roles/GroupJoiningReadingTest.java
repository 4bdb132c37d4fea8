package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GroupJoiningReadingTest {
    private static final HolderReading READING = new GroupJoiningReading(new VerbReading());

    @Test
    void joiningATextSigns() {
        HandParse p = HandParse.of("Le Chili a rejoint l'appel de Lima.").entity("Chili", "country:CL")
                .edge("rejoint", "nsubj", "Chili").edge("rejoint", "obj", "appel");
        assertEquals(Set.of("SIGNATORY country:CL"), p.rows(READING, "rejoint"));
    }

    @Test
    void joiningASetOfStatesSignsNothing() {
        HandParse p = HandParse.of("Les pays opposés au pacte seront rejoints par le Laos et le Népal.")
                .entity("Laos", "country:LA").entity("Népal", "country:NP")
                .edge("rejoints", "nsubj:pass", "pays").edge("rejoints", "obl:agent", "Laos")
                .edge("Laos", "conj:et", "Népal");
        assertEquals(Set.of(), p.rows(READING, "rejoints"));
    }

    @Test
    void joiningAnotherStateSignsNothing() {
        HandParse p = HandParse.of("Le Laos rejoint le Népal parmi les opposants.").entity("Laos", "country:LA")
                .entity("Népal", "country:NP").edge("rejoint", "nsubj", "Laos").edge("rejoint", "obj", "Népal");
        assertEquals(Set.of(), p.rows(READING, "rejoint"));
    }

    @Test
    void backingAPersonSignsNothing() {
        HandParse p = HandParse.of("Le Chili a soutenu Ana Soto lors du sommet.").entity("Chili", "country:CL")
                .entity("Ana Soto", "person:ana-soto").edge("soutenu", "nsubj", "Chili").edge("soutenu", "obj", "Ana");
        assertEquals(Set.of(), p.rows(READING, "soutenu"));
    }

    @Test
    void refusingToSideWithStatesIsNoRefusalToSign() {
        HandParse p = HandParse.of("Le Chili a refusé de s'associer aux États voisins.").entity("Chili", "country:CL")
                .edge("refusé", "nsubj", "Chili").edge("refusé", "xcomp", "associer").edge("associer", "obl:à", "États");
        assertEquals(Set.of(), p.rows(READING, "refusé"));
    }

    @Test
    void joiningTheVideoCallAttendsAndSignsNothing() { // (h20-paix) `rejoindront la conversation`
        HandParse p = HandParse.of("La présidente Ana Soto rejoindra la conversation des dirigeants du sommet de Lindau.")
                .entity("Ana Soto", "person:ana-soto").edge("rejoindra", "nsubj", "présidente")
                .edge("présidente", "appos", "Ana").edge("rejoindra", "obj", "conversation");
        assertEquals(Set.of("PARTICIPANT person:ana-soto"), p.rows(READING, "rejoindra"));
    }

    @Test
    void aCliticForTheGroupNamedBeforeItSignsNothing() {
        // (h23-sud) `l'` takes up `groupe`: joining the bloc, not the summit's text
        HandParse p = HandParse.of("Le Chili siège comme membre du groupe depuis qu'il l'a rejoint l'an dernier.")
                .entity("Chili", "country:CL").tag("groupe", "NOUN").tag("membre", "NOUN")
                .edge("rejoint", "nsubj", "Chili").edge("rejoint", "obj", "l'");
        assertEquals(Set.of(), p.rows(READING, "rejoint"));
    }

    @Test
    void aCliticForATextNamedBeforeItStillSigns() {
        HandParse p = HandParse.of("Le Pérou a signé la déclaration et le Chili l'a rejointe mardi.")
                .entity("Pérou", "country:PE").entity("Chili", "country:CL").tag("déclaration", "NOUN")
                .edge("rejointe", "nsubj", "Chili").edge("rejointe", "obj", "l'");
        assertEquals(Set.of("SIGNATORY country:CL"), p.rows(READING, "rejointe"));
    }

    @Test
    void aParticipleApposedToStatesSignsNothing() {
        // (h28-asie) `A et B, rejoints par C, avaient rompu …`: C joined the states the participle is apposed to
        HandParse p = HandParse.of("Le Chili et le Pérou, rejoints par la Bolivie, avaient fermé leurs frontières.")
                .entity("Chili", "country:CL").entity("Pérou", "country:PE").entity("Bolivie", "country:BO")
                .edge("Chili", "conj:et", "Pérou").edge("Chili", "acl", "rejoints").edge("rejoints", "obl:agent", "Bolivie")
                .edge("fermé", "nsubj", "Chili");
        assertEquals(Set.of(), p.rows(READING, "rejoints"));
    }

    @Test
    void aParticipleApposedToATextStillSigns() {
        HandParse p = HandParse.of("La déclaration, rejointe par la Bolivie, a été publiée mardi.")
                .entity("Bolivie", "country:BO").tag("déclaration", "NOUN")
                .edge("déclaration", "acl", "rejointe").edge("rejointe", "obl:agent", "Bolivie")
                .edge("publiée", "nsubj:pass", "déclaration");
        assertEquals(Set.of("SIGNATORY country:BO"), p.rows(READING, "rejointe"));
    }
}
