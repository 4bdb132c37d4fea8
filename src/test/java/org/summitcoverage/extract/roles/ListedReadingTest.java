package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ListedReadingTest {
    private final ListedReading reading = new ListedReading();

    @Test
    void peopleAndStatesListedAfterEnPresenceDe() {
        HandParse p = HandParse.of("La séance s'est ouverte en présence du Premier ministre sénégalais, Ousmane Diallo, "
                        + "et de la Côte d'Ivoire.")
                .entity("sénégalais", "country:SN").entity("Ousmane Diallo", "person:ousmane-diallo")
                .entity("Côte d'Ivoire", "country:CI");
        assertEquals(Set.of("PARTICIPANT person:ousmane-diallo", "PARTICIPANT country:CI"), p.rows(reading, "en"));
    }

    @Test
    void theListStopsAtTheFirstWordThatIsNoConnector() {
        HandParse p = HandParse.of("La séance s'est ouverte en présence du Chili, puis le Pérou a quitté la salle du Japon.")
                .entity("Chili", "country:CL").entity("Pérou", "country:PE").entity("Japon", "country:JP");
        assertEquals(Set.of("PARTICIPANT country:CL", "PARTICIPANT country:PE"), p.rows(reading, "en"));
    }

    @Test
    void aBodyInAGuestsTitleIsNoGuest() {
        HandParse p = HandParse.of("La séance s'est ouverte en présence de la présidente péruvienne de la Banque andine, Ana Ruiz, "
                        + "et du secrétaire général de l'ONU, Luis Mora.")
                .entity("péruvienne", "country:PE").entity("Banque andine", "org:banque-andine").entity("Ana Ruiz", "person:ana-ruiz")
                .entity("ONU", "org:onu").entity("Luis Mora", "person:luis-mora");
        assertEquals(Set.of("PARTICIPANT person:ana-ruiz", "PARTICIPANT person:luis-mora"), p.rows(reading, "en"));
    }

    @Test
    void theFirstGuestNamedAfterACountOfOthers() {
        HandParse p = HandParse.of("Le sommet s'est ouvert en présence d'une trentaine de dirigeants africains, du secrétaire "
                        + "général de l'ONU, Luis Mora, et de la présidente Ana Ruiz.")
                .entity("ONU", "org:onu").entity("Luis Mora", "person:luis-mora").entity("Ana Ruiz", "person:ana-ruiz");
        assertEquals(Set.of("PARTICIPANT person:luis-mora", "PARTICIPANT person:ana-ruiz"), p.rows(reading, "en"));
    }

    @Test
    void aLongTitleWithItsOwnDemonymAndEtBetweenTwoPeople() {
        HandParse p = HandParse.of("Parmi les participants figuraient la ministre suédoise de la Recherche, Ebba Lind, "
                        + "et la secrétaire d'État portugaise à l'Industrie et aux Transports, Rui Matos, entre autres.")
                .entity("suédoise", "country:SE").entity("Ebba Lind", "person:ebba-lind")
                .entity("portugaise", "country:PT").entity("Rui Matos", "person:rui-matos");
        assertEquals(Set.of("PARTICIPANT person:ebba-lind", "PARTICIPANT person:rui-matos"), p.rows(reading, "Parmi"));
    }

    @Test
    void aTitleWithItsDemonymIsThePersonTheArticleNamesSoElsewhere() {
        HandParse p = HandParse.of("Le président gambien Lamin Jallow est arrivé dimanche.",
                        "La séance s'est ouverte en présence du président gambien et du Chili.")
                .entity("gambien", "country:GM").entity("Lamin Jallow", "person:lamin-jallow").entity("Chili", "country:CL");
        assertEquals(Set.of("PARTICIPANT person:lamin-jallow", "PARTICIPANT country:CL"), p.rows(reading, "en"));
    }

    @Test
    void aTitleWithItsDemonymIsNotAPersonNamedWithAnotherTitle() {
        HandParse p = HandParse.of("Le ministre gambien Lamin Jallow est arrivé dimanche.",
                        "La séance s'est ouverte en présence du président gambien.")
                .entity("gambien", "country:GM").entity("Lamin Jallow", "person:lamin-jallow");
        assertEquals(Set.of(), p.rows(reading, "en"));
    }

    @Test
    void aPremierMinistreIsNotTheMinistreNamedElsewhere() {
        HandParse p = HandParse.of("Le ministre malien Oumar Diallo est arrivé dimanche.",
                        "La séance s'est ouverte en présence du Premier ministre malien.")
                .entity("malien", "country:ML").entity("Oumar Diallo", "person:oumar-diallo");
        assertEquals(Set.of(), p.rows(reading, "en"));
    }

    @Test
    void aTitleWithItsDemonymIsThePersonAPluralTitleNamesElsewhere() {
        // (h21-gulf) `Les présidents gambien X et malien Y sont arrivés`: the plural title names X as `président gambien`
        HandParse p = HandParse.of("Les présidents gambien Lamin Jallow et malien Ali Touré sont arrivés dimanche.",
                        "La séance s'est ouverte en présence du président gambien.")
                .entity("gambien", "country:GM").entity("Lamin Jallow", "person:lamin-jallow")
                .entity("malien", "country:ML").entity("Ali Touré", "person:ali-toure");
        assertEquals(Set.of("PARTICIPANT person:lamin-jallow"), p.rows(reading, "en"));
    }

    @Test
    void aPluralTitleOfAnotherOfficeNamesNobodyElsewhere() {
        // (h21-gulf) `les ministres gambien X …` does not name the `président gambien`
        HandParse p = HandParse.of("Les ministres gambien Lamin Jallow et malien Ali Touré sont arrivés dimanche.",
                        "La séance s'est ouverte en présence du président gambien.")
                .entity("gambien", "country:GM").entity("Lamin Jallow", "person:lamin-jallow")
                .entity("malien", "country:ML").entity("Ali Touré", "person:ali-toure");
        assertEquals(Set.of(), p.rows(reading, "en"));
    }

    @Test
    void theSidesOfAMeetingBetweenNamedLeadersAttend() {
        // (h21-bilat) `sommet trilatéral entre`, `tête-à-tête entre`, `entretien entre` (role_cues.tsv, listed)
        HandParse p = HandParse.of("Le sommet trilatéral entre le président péruvien Pablo Rojas et la présidente chilienne "
                        + "Ana Ruiz s'est tenu lundi à Lima.")
                .entity("péruvien", "country:PE").entity("Pablo Rojas", "person:pablo-rojas")
                .entity("chilienne", "country:CL").entity("Ana Ruiz", "person:ana-ruiz").entity("Lima", "location:lima");
        assertEquals(Set.of("PARTICIPANT person:pablo-rojas", "PARTICIPANT person:ana-ruiz"), p.rows(reading, "sommet"));
    }

    @Test
    void aTeteATeteBetweenTwoPresidentsNamedTogether() {
        HandParse p = HandParse.of("Les échanges ont débuté après un tête-à-tête entre les présidents Pablo Rojas et Kofi Addaba.")
                .entity("Pablo Rojas", "person:pablo-rojas").entity("Kofi Addaba", "person:kofi-addaba");
        assertEquals(Set.of("PARTICIPANT person:pablo-rojas", "PARTICIPANT person:kofi-addaba"), p.rows(reading, "tête-à-tête"));
    }

    @Test
    void theInvitedPersonalitiesOfARegionalSummit() {
        // (h22-afr) `Parmi les personnalités invitées, on peut signaler A et B`, like `parmi les invités`
        HandParse p = HandParse.of("Parmi les personnalités invitées, on peut signaler Ama Owusu et Léon Ndong.")
                .entity("Ama Owusu", "person:ama-owusu").entity("Léon Ndong", "person:leon-ndong");
        assertEquals(Set.of("PARTICIPANT person:ama-owusu", "PARTICIPANT person:leon-ndong"), p.rows(reading, "Parmi"));
    }

    @Test
    void statesThatFigureAmongTheInvitedCountries() {
        // (h23-sud) `parmi les pays invités`, like `parmi les invités`
        HandParse p = HandParse.of("Le Chili et le Pérou figurent également parmi les pays invités.")
                .entity("Chili", "country:CL").entity("Pérou", "country:PE");
        assertEquals(Set.of("PARTICIPANT country:CL", "PARTICIPANT country:PE"), p.rows(reading, "parmi"));
    }

    @Test
    void statesListedAfterAmongTheParticipatingStates() {
        HandParse p = HandParse.of("Parmi les États participants figurent le Chili et le Pérou.")
                .entity("Chili", "country:CL").entity("Pérou", "country:PE");
        assertEquals(Set.of("PARTICIPANT country:CL", "PARTICIPANT country:PE"), p.rows(reading, "Parmi"));
    }

    @Test
    void aHostNamedOnlyByATitleAndItsDemonymIsTheState() {
        // (r21) `à l'invitation du président ghanéen`, the article naming him nowhere: Ghana hosts
        HandParse p = HandParse.of("À l'invitation du président ghanéen, le sommet réunit vingt pays.")
                .entity("ghanéen", "country:GH")
                .edge("réunit", "obl:mod", "invitation").edge("invitation", "nmod:de", "président")
                .edge("président", "amod", "ghanéen").edge("réunit", "nsubj", "sommet");
        assertEquals(Set.of("HOST country:GH"), p.rows(new ListedReading(), "À", org.summitcoverage.model.RoleType.HOST));
    }

    @Test
    void theConvenedPersonalitiesAreTheInvitedOnes() {
        // (h27-ocean) `Parmi les personnalités conviées, il y aura A, B ou C`, like `parmi les personnalités invitées`
        HandParse p = HandParse.of("Parmi les personnalités conviées, il y aura notamment la ministre Ama Owusu, le maire Léon Ndong ou la présidente Rita Sousa.")
                .entity("Ama Owusu", "person:ama-owusu").entity("Léon Ndong", "person:leon-ndong").entity("Rita Sousa", "person:rita-sousa");
        assertEquals(Set.of("PARTICIPANT person:ama-owusu", "PARTICIPANT person:leon-ndong", "PARTICIPANT person:rita-sousa"),
                p.rows(reading, "Parmi"));
    }

    @Test
    void aDatelineBeforeTheFrontedInvitationLeavesTheMainSubjectOut() {
        // (h28-asie) `Hanoï (VNA) – Sur invitation de son homologue X, le Premier ministre Y …`: Y is the guest
        HandParse p = HandParse.of("Lima (ANP) – Sur invitation de son homologue Diego Salas, le président Paulo Neves est parti lundi.")
                .entity("Diego Salas", "person:diego-salas").entity("Paulo Neves", "person:paulo-neves")
                .edge("parti", "nsubj", "président").edge("président", "appos", "Paulo");
        assertEquals(Set.of("HOST person:diego-salas"), p.rows(new ListedReading(), "Sur", org.summitcoverage.model.RoleType.HOST));
    }

    @Test
    void theGuestListNamedAsAListListsItsGuests() {
        // (h28-onu) `Parmi la liste des invités figurent A, B et C`, as `parmi les invités`
        HandParse p = HandParse.of("Parmi la liste des invités figurent le président Diego Salas, la ministre Ana Ruiz et le Chili.")
                .entity("Diego Salas", "person:diego-salas").entity("Ana Ruiz", "person:ana-ruiz").entity("Chili", "country:CL");
        assertEquals(Set.of("PARTICIPANT person:diego-salas", "PARTICIPANT person:ana-ruiz", "PARTICIPANT country:CL"),
                p.rows(reading, "Parmi"));
    }
}
