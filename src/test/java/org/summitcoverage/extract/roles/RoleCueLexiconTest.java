package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;
import org.summitcoverage.model.RoleType;
import org.summitcoverage.extract.HandTokens;
import org.summitcoverage.nlp.Token;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoleCueLexiconTest {
    private static List<Token> tokens(String... words) {
        return HandTokens.words(words);
    }

    @Test
    void regularVerbsAreInflectedFromTheirLemma() {
        assertTrue(RoleCueLexicon.inflect("signer").containsAll(List.of("signé", "signée", "signées", "signent", "signera", "signeront")));
        assertTrue(RoleCueLexicon.inflect("engager").contains("engageant"));
        assertEquals(List.of("rejoint"), RoleCueLexicon.inflect("rejoint"));
    }

    @Test
    void findsMultiWordCuesAndTheirRoles() {
        RoleCueLexicon lex = RoleCueLexicon.shared();
        List<RoleCueLexicon.Hit> hits = lex.find(tokens("Le", "Maroc", "a", "pris", "part", "aux", "discussions"));
        assertTrue(hits.stream().anyMatch(h -> h.role() == RoleType.PARTICIPANT && h.text().equals("pris part")));
        hits = lex.find(tokens("adoptée", "par", "tous", ",", "à", "l'", "exception", "des", "États-Unis"));
        assertTrue(hits.stream().anyMatch(h -> h.role() == RoleType.SIGNATORY && h.text().equals("adoptée")));
        assertTrue(hits.stream().anyMatch(h -> h.kind() == RoleCueLexicon.CueKind.EXCEPTION && h.first() == 4));
        hits = lex.find(tokens("Le", "sommet", ",", "coprésidé", "par", "la", "France"));
        assertTrue(hits.stream().anyMatch(h -> h.role() == RoleType.CHAIR));
    }

    @Test
    void hyphenatedCuesMatchTheirSingleTokenAndIdiomsAreNoException() {
        RoleCueLexicon lex = RoleCueLexicon.shared();
        List<RoleCueLexicon.Hit> hits = lex.find(tokens("Co-organisée", "par", "l'", "Espagne"));
        assertTrue(hits.stream().anyMatch(h -> h.role() == RoleType.HOST && h.text().equals("Co-organisée")), hits.toString());
        hits = lex.find(tokens("les", "pays", "non-signataires", "du", "traité"));
        assertTrue(hits.stream().anyMatch(h -> h.role() == RoleType.NON_SIGNATORY), hits.toString());
        hits = lex.find(tokens("membre", "à", "part", "entière", "du", "G20"));
        assertTrue(hits.stream().noneMatch(h -> h.kind() == RoleCueLexicon.CueKind.EXCEPTION), hits.toString());
        hits = lex.find(tokens("tous", "à", "part", "le", "Chili"));
        assertTrue(hits.stream().anyMatch(h -> h.kind() == RoleCueLexicon.CueKind.EXCEPTION), hits.toString());
    }

    @Test
    void theAbstainersAreNonSignatories() {
        // (h22-refus) `Parmi les abstentionnistes figurent A, B`: a status noun of refusal, like `non-signataires`
        List<RoleCueLexicon.Hit> hits = RoleCueLexicon.shared().find(tokens("Parmi", "les", "abstentionnistes", "figurent", "le", "Laos"));
        assertTrue(hits.stream().anyMatch(h -> h.role() == RoleType.NON_SIGNATORY && h.text().equals("abstentionnistes")
                && h.kind() == RoleCueLexicon.CueKind.NOUN));
    }

    @Test
    void theFutureOfIntervenirIsASpeakerButNotItsPresent() {
        // (h25-climat) `X interviendra, tout comme Y` speaks at the meeting; `Cette annonce intervient après …` happens
        for (String form : List.of("interviendra", "interviendront")) {
            List<RoleCueLexicon.Hit> hits = RoleCueLexicon.shared().find(tokens("La", "ministre", form, "au", "sommet"));
            assertTrue(hits.stream().anyMatch(h -> h.role() == RoleType.PARTICIPANT && h.text().equals(form)), form + " " + hits);
        }
        for (String form : List.of("intervient", "interviennent", "intervenait")) {
            List<RoleCueLexicon.Hit> hits = RoleCueLexicon.shared().find(tokens("Cette", "annonce", form, "après", "le", "sommet"));
            assertTrue(hits.stream().noneMatch(h -> h.text().equals(form)), form + " " + hits);
        }
    }

    @Test
    void theCommittedStatesAreListedSignatoriesUnlessCommittedToSomethingElse() {
        // (h25-climat) `Parmi les pays engagés figurent A et B`; not `parmi les pays engagés dans la lutte contre …`
        List<RoleCueLexicon.Hit> hits = RoleCueLexicon.shared().find(tokens("Parmi", "les", "pays", "engagés", "figurent", "le", "Laos"));
        assertTrue(hits.stream().anyMatch(h -> h.role() == RoleType.SIGNATORY && h.kind() == RoleCueLexicon.CueKind.LISTED), hits.toString());
        hits = RoleCueLexicon.shared().find(tokens("le", "Mali", "figure", "parmi", "les", "pays", "engagés", "dans", "la", "lutte"));
        // (the reflexive cue `engagés` still matches there: without its `se` the verb reading gives it no holder)
        assertTrue(hits.stream().noneMatch(h -> h.kind() == RoleCueLexicon.CueKind.LISTED), hits.toString());
    }

    @Test
    void anAdverbInsideAMultiWordAttendanceCueAndAnInvitationAccepted() {
        // (h28-ia) `sont ainsi sur place`, `est bien sur place`; `ont répondu favorablement à cet appel` attends
        RoleCueLexicon lex = RoleCueLexicon.shared();
        List<RoleCueLexicon.Hit> hits = lex.find(tokens("Ana", "Soto", "et", "Luis", "Mora", "sont", "ainsi", "sur", "place"));
        assertTrue(hits.stream().anyMatch(h -> h.role() == RoleType.PARTICIPANT && h.text().equals("sont ainsi sur place")), hits.toString());
        hits = lex.find(tokens("Le", "ministre", "Luis", "Mora", "est", "bien", "sur", "place"));
        assertTrue(hits.stream().anyMatch(h -> h.role() == RoleType.PARTICIPANT && h.text().equals("est bien sur place")), hits.toString());
        hits = lex.find(tokens("Dix", "dirigeants", "ont", "répondu", "favorablement", "à", "cet", "appel"));
        assertTrue(hits.stream().anyMatch(h -> h.role() == RoleType.PARTICIPANT && h.text().equals("répondu favorablement à cet appel")), hits.toString());
    }
}
