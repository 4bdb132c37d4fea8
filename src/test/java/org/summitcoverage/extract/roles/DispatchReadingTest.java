package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DispatchReadingTest {
    private final DispatchReading reading = new DispatchReading();

    @Test
    void thePersonSentLeadsTheSendersDelegation() {
        HandParse p = HandParse.of("Le Ghana a dépêché son ministre Kofi Mensah au forum.")
                .entity("Ghana", "country:GH").entity("Kofi Mensah", "person:kofi-mensah")
                .edge("dépêché", "nsubj", "Ghana").edge("dépêché", "obj", "ministre")
                .edge("ministre", "appos", "Kofi").edge("Kofi", "flat:name", "Mensah");
        assertEquals(Set.of("DELEGATION_HEAD person:kofi-mensah for country:GH"), p.rowsOnBehalf(reading, "dépêché"));
    }

    @Test
    void sendingADelegationOrAMessageNamesNoHead() {
        HandParse p = HandParse.of("Le Ghana a envoyé un message au forum.")
                .entity("Ghana", "country:GH")
                .edge("envoyé", "nsubj", "Ghana").edge("envoyé", "obj", "message");
        assertEquals(Set.of(), p.rowsOnBehalf(reading, "envoyé"));
    }

    @Test
    void aGappedSecondClauseNamesItsOwnSender() {
        HandParse p = HandParse.of("Le Ghana a dépêché son ministre Kofi Mensah, et le Togo, sa vice-présidente Ama Kodjo.")
                .entity("Ghana", "country:GH").entity("Togo", "country:TG")
                .entity("Kofi Mensah", "person:kofi-mensah").entity("Ama Kodjo", "person:ama-kodjo")
                .edge("dépêché", "nsubj", "Ghana").edge("dépêché", "obj", "ministre").edge("dépêché", "obj", "vice-présidente")
                .edge("ministre", "appos", "Kofi").edge("Kofi", "flat:name", "Mensah")
                .edge("vice-présidente", "appos", "Ama").edge("Ama", "flat:name", "Kodjo");
        assertEquals(Set.of("DELEGATION_HEAD person:kofi-mensah for country:GH", "DELEGATION_HEAD person:ama-kodjo for country:TG"),
                p.rowsOnBehalf(reading, "dépêché"));
    }

    // (h19-host) a sender that names no one it sends still attends: a delegation, or a title with an article
    @Test
    void sendingAnUnnamedDelegationOrTitleIsAttending() {
        HandParse delegation = HandParse.of("Le Ghana enverra une délégation ministérielle au forum.")
                .entity("Ghana", "country:GH")
                .edge("enverra", "nsubj", "Ghana").edge("enverra", "obj", "délégation").edge("délégation", "det", "une")
                .edge("délégation", "amod", "ministérielle").edge("enverra", "obl:à", "forum");
        assertEquals(Set.of("PARTICIPANT country:GH"), delegation.rows(reading, "enverra"));
        HandParse title = HandParse.of("Le Chili enverra la vice-ministre de la Coopération.")
                .entity("Chili", "country:CL")
                .edge("enverra", "nsubj", "Chili").edge("enverra", "obj", "vice-ministre").edge("vice-ministre", "det", "la")
                .edge("vice-ministre", "nmod:de", "Coopération");
        assertEquals(Set.of("PARTICIPANT country:CL"), title.rows(reading, "enverra"));
    }

    @Test
    void aDelegationSentToAPlaceOfItsOwnIsNoAttendance() {
        HandParse p = HandParse.of("Le Ghana enverra une délégation à Kigali.")
                .entity("Ghana", "country:GH").entity("Kigali", "location:kigali")
                .edge("enverra", "nsubj", "Ghana").edge("enverra", "obj", "délégation").edge("délégation", "det", "une")
                .edge("enverra", "obl:à", "Kigali");
        assertEquals(Set.of(), p.rows(reading, "enverra"));
    }

    @Test
    void membersOfACountedGroupSentAttendWithoutLeadingIt() {
        // (h27-ocean) `a envoyé quatre personnes, dont A et B`: A and B belong to the group, no head is named
        HandParse p = HandParse.of("Le gouvernement chilien a envoyé quatre personnes, dont Ana Soto et Pablo Vera.")
                .entity("chilien", "country:CL").entity("Ana Soto", "person:ana-soto").entity("Pablo Vera", "person:pablo-vera")
                .edge("envoyé", "nsubj", "gouvernement").edge("gouvernement", "amod", "chilien").edge("envoyé", "obj", "personnes")
                .edge("personnes", "nummod", "quatre").edge("personnes", "appos", "Ana").edge("Ana", "nmod", "dont")
                .edge("Ana", "flat:name", "Soto").edge("Ana", "conj:et", "Pablo").edge("Pablo", "flat:name", "Vera");
        assertEquals(Set.of("PARTICIPANT person:ana-soto", "PARTICIPANT person:pablo-vera"), p.rows(reading, "envoyé"));
    }
}
