package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DelegationLeaderReadingTest {
    private static Set<String> heads(HandParse p, String cue) {
        return p.rowsOnBehalf(new DelegationLeaderReading(), cue);
    }

    private static HandParse chileanDelegation() {
        return HandParse.of("La délégation chilienne, conduite par Ana Soto, a quitté la salle.")
                .entity("chilienne", "country:CL").entity("Ana Soto", "person:ana-soto");
    }

    @Test
    void theParAgentOfTheParticipleOnTheDelegation() {
        HandParse p = chileanDelegation().edge("délégation", "amod", "chilienne").edge("délégation", "acl", "conduite")
                .edge("conduite", "obl:agent", "Ana").edge("Ana", "flat:name", "Soto");
        assertEquals(Set.of("DELEGATION_HEAD person:ana-soto for country:CL"), heads(p, "conduite"));
    }

    @Test
    void withoutAParseTheWordsAfterPar() {
        assertEquals(Set.of("DELEGATION_HEAD person:ana-soto for country:CL"), heads(chileanDelegation(), "conduite"));
    }

    @Test
    void theFocusOfACleftSentence() {
        HandParse p = HandParse.of("C'est la ministre Ana Soto qui conduisait la délégation chilienne.")
                .entity("Ana Soto", "person:ana-soto").entity("chilienne", "country:CL")
                .edge("conduisait", "nsubj", "qui").edge("conduisait", "obj", "délégation").edge("délégation", "amod", "chilienne");
        assertEquals(Set.of("DELEGATION_HEAD person:ana-soto for country:CL"), heads(p, "conduisait"));
    }

    @Test
    void aParticipleOnAnythingButADelegationLeadsNothing() {
        HandParse p = HandParse.of("La réforme, conduite par Ana Soto, a été adoptée.")
                .entity("Ana Soto", "person:ana-soto")
                .edge("réforme", "acl", "conduite").edge("conduite", "obl:agent", "Ana");
        assertEquals(Set.of(), heads(p, "conduite"));
    }

    @Test
    void aPronounForOneOfTheDelegationsTheSentenceNames() {
        // (h23-sud) the parser hangs the participle on the pronoun's owner
        HandParse p = HandParse.of("Le forum a réuni vingt délégations dont celle du Chili conduite par Ana Soto.")
                .entity("Chili", "country:CL").entity("Ana Soto", "person:ana-soto")
                .edge("celle", "nmod:du", "Chili").edge("Chili", "acl", "conduite")
                .edge("conduite", "obl:agent", "Ana").edge("Ana", "flat:name", "Soto");
        assertEquals(Set.of("DELEGATION_HEAD person:ana-soto for country:CL"), heads(p, "conduite"));
    }

    @Test
    void aPronounWithNoDelegationBeforeItLeadsNothing() {
        HandParse p = HandParse.of("Le forum a adopté vingt réformes dont celle du Chili conduite par Ana Soto.")
                .entity("Chili", "country:CL").entity("Ana Soto", "person:ana-soto")
                .edge("celle", "nmod:du", "Chili").edge("Chili", "acl", "conduite")
                .edge("conduite", "obl:agent", "Ana").edge("Ana", "flat:name", "Soto");
        assertEquals(Set.of(), heads(p, "conduite"));
    }

    @Test
    void theNameAfterALongTitlesFirstCommaLeadsTheDelegation() {
        // (h28-ia) the parser hangs the name as the last conjunct of the title's `chargée de` complement, further than
        // the plain window after the title; the person right after the title's first comma is its person
        HandParse p = HandParse.of("La délégation, conduite par la ministre déléguée chargée de l'Économie numérique et de la "
                        + "Modernisation de l'État, Amina Traoré, a signé.")
                .entity("Amina Traoré", "person:amina-traore")
                .edge("signé", "nsubj", "délégation").edge("délégation", "acl", "conduite").edge("conduite", "obl:agent", "ministre")
                .edge("ministre", "acl", "déléguée").edge("déléguée", "xcomp", "chargée").edge("chargée", "obl:arg", "Économie")
                .edge("Économie", "conj:et", "Modernisation").edge("Économie", "conj:et", "Amina").edge("Amina", "flat:name", "Traoré");
        assertEquals(Set.of("DELEGATION_HEAD person:amina-traore"), p.rows(new DelegationLeaderReading(), "conduite"));
    }

    @Test
    void pastTheWindowOnlyThePersonRightAfterTheTitlesFirstComma() {
        HandParse p = HandParse.of("La délégation, conduite par la ministre déléguée chargée de l'Économie numérique et de la "
                        + "Modernisation de l'État, selon Amina Traoré, a signé.")
                .entity("Amina Traoré", "person:amina-traore")
                .edge("signé", "nsubj", "délégation").edge("délégation", "acl", "conduite").edge("conduite", "obl:agent", "ministre")
                .edge("ministre", "acl", "déléguée").edge("déléguée", "xcomp", "chargée").edge("chargée", "obl:arg", "Économie")
                .edge("Économie", "conj:et", "Modernisation");
        assertEquals(Set.of(), p.rows(new DelegationLeaderReading(), "conduite"));
    }
}
