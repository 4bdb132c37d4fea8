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
}
