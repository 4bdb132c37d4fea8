package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AgentReadingTest {
    private final AgentReading reading = new AgentReading();

    @Test
    void coordinatedParAgentsOfAParticiple() {
        HandParse p = HandParse.of("La réunion, coprésidée par le Ghana et la Suède, s'est ouverte.")
                .entity("Ghana", "country:GH").entity("Suède", "country:SE")
                .edge("réunion", "acl", "coprésidée").edge("coprésidée", "obl:agent", "Ghana")
                .edge("Ghana", "conj:et", "Suède").edge("coprésidée", "obl:agent", "Suède");
        assertEquals(Set.of("CHAIR country:GH", "CHAIR country:SE"), p.rows(reading, "coprésidée"));
    }

    @Test
    void aCoChairNamedWithAvecSharesTheChair() {
        HandParse p = HandParse.of("Le Ghana a coprésidé le forum avec la Suède.")
                .entity("Ghana", "country:GH").entity("Suède", "country:SE")
                .edge("coprésidé", "nsubj", "Ghana").edge("coprésidé", "obl:avec", "Suède");
        assertEquals(Set.of("CHAIR country:SE"), p.rows(reading, "coprésidé"));
    }

    @Test
    void whenTheParseHangsAvecElsewhereThePersonAfterTheTitleIsThePartner() {
        HandParse p = HandParse.of("Le Ghana a coprésidé le forum avec le président de la Commission, Jean Dupuis.")
                .entity("Ghana", "country:GH").entity("Commission", "org:commission-europeenne")
                .entity("Jean Dupuis", "person:jean-dupuis")
                .edge("coprésidé", "nsubj", "Ghana").edge("forum", "nmod:avec", "président");
        assertEquals(Set.of("CHAIR person:jean-dupuis"), p.rows(reading, "coprésidé"));
    }

    @Test
    void aPartnerNamedAfterTheObjectsComplements() {
        HandParse p = HandParse.of("Le Ghana coprésidera mardi une réunion de la « table des partenaires » avec le ministre suédois Lars Berg.")
                .entity("Ghana", "country:GH").entity("suédois", "country:SE").entity("Lars Berg", "person:lars-berg")
                .edge("coprésidera", "nsubj", "Ghana").edge("coprésidera", "obl:mod", "ministre");
        assertEquals(Set.of("CHAIR person:lars-berg"), p.rows(reading, "coprésidera"));
    }

    @Test
    void aPartnerIsNoSignatory() {
        HandParse p = HandParse.of("Le Ghana a signé le texte avec la Suède.")
                .entity("Ghana", "country:GH").entity("Suède", "country:SE")
                .edge("signé", "nsubj", "Ghana").edge("signé", "obl:avec", "Suède");
        assertEquals(Set.of(), p.rows(reading, "signé"));
    }

    @Test
    void onesCounterpartAfterACommaIsTheCoChair() {
        // (h21-bilat) adverbials between commas before `avec son homologue`, which the parse hangs as obl:mod
        HandParse p = HandParse.of("Le président Kofi Addaba a présidé, ce dimanche à Accra, avec son homologue péruvien, Pablo Rojas, la cérémonie.")
                .entity("Kofi Addaba", "person:kofi-addaba").entity("Accra", "location:accra")
                .entity("péruvien", "country:PE").entity("Pablo Rojas", "person:pablo-rojas")
                .edge("présidé", "nsubj", "président").edge("président", "appos", "Kofi").edge("présidé", "obl:mod", "homologue")
                .edge("homologue", "appos", "Pablo").edge("homologue", "amod", "péruvien");
        assertEquals(Set.of("CHAIR person:pablo-rojas"), p.rows(reading, "présidé"));
    }

    @Test
    void anythingElseWithAvecAfterACommaIsNoCoChair() {
        HandParse p = HandParse.of("Le président Kofi Addaba a présidé la séance, avec la participation du ministre Pablo Rojas.")
                .entity("Kofi Addaba", "person:kofi-addaba").entity("Pablo Rojas", "person:pablo-rojas")
                .edge("présidé", "nsubj", "président").edge("président", "appos", "Kofi").edge("présidé", "obl:mod", "participation")
                .edge("participation", "nmod:de", "ministre").edge("ministre", "appos", "Pablo");
        assertEquals(Set.of(), p.rows(reading, "présidé"));
    }

    @Test
    void thosePresentBesideTheChairCoChairNothing() {
        // (h22-afr) `présidée par X avec à ses côtés Y et Z`: company kept, no partner in the chair
        HandParse p = HandParse.of("La cérémonie a été présidée par Kofi Addaba avec à ses côtés ses homologues Pablo Rojas et Ana Ruiz.")
                .entity("Kofi Addaba", "person:kofi-addaba").entity("Pablo Rojas", "person:pablo-rojas")
                .entity("Ana Ruiz", "person:ana-ruiz")
                .edge("présidée", "obl:agent", "Kofi").edge("Kofi", "flat:name", "Addaba");
        assertEquals(Set.of("CHAIR person:kofi-addaba"), p.rows(reading, "présidée"));
    }

    @Test
    void aParPhraseOfMannerIsNoAgent() {
        // (h23-onu) `adopté par consensus, … avant le coup de marteau du président, X`: how the text was adopted, no signatory
        HandParse p = HandParse.of("Le texte a été adopté par consensus, avant le coup de marteau du président, Kofi Addaba.")
                .entity("Kofi Addaba", "person:kofi-addaba")
                .edge("adopté", "obl:agent", "consensus").edge("consensus", "nmod", "coup").edge("coup", "nmod:de", "président")
                .edge("président", "appos", "Kofi").edge("Kofi", "flat:name", "Addaba");
        assertEquals(Set.of(), p.rows(reading, "adopté"));
        HandParse q = HandParse.of("Le texte a été adopté par le président Kofi Addaba.")
                .entity("Kofi Addaba", "person:kofi-addaba")
                .edge("adopté", "obl:agent", "président").edge("président", "appos", "Kofi").edge("Kofi", "flat:name", "Addaba");
        assertEquals(Set.of("SIGNATORY person:kofi-addaba"), q.rows(reading, "adopté"));
    }

    @Test
    void theVoiceOfAPersonNamesTheAgent() {
        // `par la voix de X`: the manner noun's `de` complement is who acted
        HandParse p = HandParse.of("Le texte a été signé par la voix de son ministre Kofi Addaba.")
                .entity("Kofi Addaba", "person:kofi-addaba")
                .edge("signé", "obl:agent", "voix").edge("voix", "nmod:de", "ministre").edge("ministre", "appos", "Kofi")
                .edge("Kofi", "flat:name", "Addaba");
        assertEquals(Set.of("SIGNATORY person:kofi-addaba"), p.rows(reading, "signé"));
    }

    @Test
    void anUnnamedTitleCoChairIsItsState() {
        // (h25-europe) no person named for the title anywhere: the chair is the demonym's state
        HandParse p = HandParse.of("Le forum, coprésidé par la commissaire Ana Soto et le ministre péruvien des Affaires étrangères, s'est ouvert.")
                .entity("Ana Soto", "person:ana-soto").entity("péruvien", "country:PE")
                .edge("forum", "acl", "coprésidé").edge("coprésidé", "obl:agent", "commissaire")
                .edge("commissaire", "appos", "Ana").edge("commissaire", "conj:et", "ministre")
                .edge("ministre", "amod", "péruvien").edge("ministre", "nmod:des", "Affaires");
        assertEquals(Set.of("CHAIR person:ana-soto", "CHAIR country:PE"), p.rows(reading, "coprésidé"));
    }

    @Test
    void anUnnamedTitleSignatoryIsNoState() {
        // signing and attending keep the older reading: the unnamed person, not his state, acts
        HandParse p = HandParse.of("La charte a été signée par le ministre péruvien des Affaires étrangères.")
                .entity("péruvien", "country:PE")
                .edge("signée", "obl:agent", "ministre").edge("ministre", "amod", "péruvien")
                .edge("ministre", "nmod:des", "Affaires");
        assertEquals(Set.of(), p.rows(reading, "signée"));
    }
    @Test
    void anUnnamedTitleCoChairHungOnTheFirstNameIsItsState() {
        // the parser hangs the second item on the name in apposition to the first title, not on the agent's head
        HandParse p = HandParse.of("Coprésidé par la commissaire, Ana Soto, et le ministre péruvien des Affaires étrangères, le forum s'est ouvert.")
                .entity("Ana Soto", "person:ana-soto").entity("péruvien", "country:PE")
                .edge("ouvert", "advcl", "Coprésidé").edge("Coprésidé", "obl:agent", "commissaire")
                .edge("commissaire", "appos", "Ana").edge("Ana", "flat:name", "Soto").edge("Ana", "conj:et", "ministre")
                .edge("ministre", "amod", "péruvien").edge("ministre", "nmod:des", "Affaires");
        assertEquals(Set.of("CHAIR person:ana-soto", "CHAIR country:PE"), p.rows(reading, "Coprésidé"));
    }
}
