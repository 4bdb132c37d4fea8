package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;
import org.summitcoverage.model.Entity;
import org.summitcoverage.model.Mention;
import org.summitcoverage.nlp.ParsedSentence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The article loop, on hand-built sentences: the parser is a stand-in that counts its calls and parses nothing. */
class RoleExtractorTest {
    private final RoleExtractor extractor = new RoleExtractor(HandParse.CUES, HandParse.WORDS, true);
    private int parses;

    private Set<String> roles(HandParse article) {
        Map<String, Entity> entities = new LinkedHashMap<>();
        for (Mention m : article.mentions()) {
            Entity e = entities.get(m.entityId());
            entities.put(m.entityId(), new Entity(m.entityId(), m.type(), m.text(), "", e == null ? 1 : e.mentions() + 1,
                    e == null ? m.start() : e.firstStart()));
        }
        Set<String> out = new TreeSet<>();
        extractor.extract(article.annotated(), article.mentions(), new ArrayList<>(entities.values()), s -> {
            parses++;
            return new ParsedSentence(List.of(), List.of());
        }).forEach(f -> out.add(f.role().role() + " " + f.role().entityId()));
        return out;
    }

    @Test
    void aRefusalAnywhereInTheArticleWinsOverASignature() {
        HandParse p = HandParse.of("Le Chili a signé la déclaration du sommet.", "Le Chili n'a pas signé l'annexe.")
                .entity("Chili", "country:CL");
        assertEquals(Set.of("NON_SIGNATORY country:CL"), roles(p));
    }

    @Test
    void theExceptedAreNoSignatories() {
        HandParse p = HandParse.of("Le texte du sommet a été signé par le Chili et le Pérou, à l'exception du Japon.")
                .entity("Chili", "country:CL").entity("Pérou", "country:PE").entity("Japon", "country:JP");
        assertEquals(Set.of("SIGNATORY country:CL", "SIGNATORY country:PE", "NON_SIGNATORY country:JP"), roles(p));
    }

    @Test
    void anAttendeeExceptedByHisTitleIsNoParticipantUnderAnotherMentionOfHisState() {
        // (h18-europe) the excepted demonym and the listed state are two mentions of one entity
        HandParse p = HandParse.of("Étaient présents au sommet le Chili et le Pérou, à l'exception du président péruvien.")
                .entity("Chili", "country:CL").entity("Pérou", "country:PE").entity("péruvien", "country:PE");
        assertEquals(Set.of("PARTICIPANT country:CL"), roles(p));
    }

    @Test
    void questionsAndNegatedAttendanceAssertNothing() {
        assertEquals(Set.of(), roles(HandParse.of("Le Chili signera-t-il la déclaration du sommet ?").entity("Chili", "country:CL")));
        assertEquals(Set.of(), roles(HandParse.of("Le Chili n'a pas participé au sommet.").entity("Chili", "country:CL")));
    }

    @Test
    void anArticleAboutNoMeetingHoldsNoRoleAndCostsNoParse() {
        assertEquals(Set.of(), roles(HandParse.of("Le joueur a signé un contrat avec le club du Chili.").entity("Chili", "country:CL")));
        assertEquals(0, parses);
    }

    @Test
    void aSigningCeremonyOrPeaceTalksAreAMeeting() {
        assertEquals(Set.of("SIGNATORY country:CL", "SIGNATORY country:PE"),
                roles(HandParse.of("Le Chili et le Pérou ont signé un accord de paix lors d'une cérémonie à Lima.")
                        .entity("Chili", "country:CL").entity("Pérou", "country:PE")));
        assertEquals(Set.of("SIGNATORY country:BO", "SIGNATORY country:PY"),
                roles(HandParse.of("Au terme des pourparlers, la Bolivie et le Paraguay ont signé une trêve.")
                        .entity("Bolivie", "country:BO").entity("Paraguay", "country:PY")));
    }

    @Test
    void onlyCuesThatReadTheParsePayForIt() {
        assertEquals(Set.of("HOST country:TR"), roles(HandParse.of("Le sommet se tiendra en Turquie.").entity("Turquie", "country:TR")));
        assertEquals(0, parses);
        assertEquals(Set.of("SIGNATORY country:CL"),
                roles(HandParse.of("Le Chili a signé la déclaration du sommet.").entity("Chili", "country:CL")));
        assertEquals(1, parses);
    }

    @Test
    void aCueWhoseHoldersAreUnnamedPassesToAParmiEuxSentence() {
        HandParse p = HandParse.of("Une vingtaine de pays ont signé la déclaration du sommet.", "Parmi eux, le Chili et le Pérou.")
                .entity("Chili", "country:CL").entity("Pérou", "country:PE");
        assertEquals(Set.of("SIGNATORY country:CL", "SIGNATORY country:PE"), roles(p));
        assertEquals(1, parses, "only the sentence that names them is parsed");
    }
    @Test
    void aNegatedSignatureWhoseHoldersAreUnnamedPassesAsARefusal() {
        HandParse p = HandParse.of("Onze pays n'ont pas signé la déclaration du sommet.", "Parmi eux, la Malaisie et le Qatar.")
                .entity("Malaisie", "country:MY").entity("Qatar", "country:QA");
        assertEquals(Set.of("NON_SIGNATORY country:MY", "NON_SIGNATORY country:QA"), roles(p));
    }

    @Test
    void aNegatedAttendanceWhoseHoldersAreUnnamedPassesNothing() {
        HandParse p = HandParse.of("Onze pays n'ont pas participé au sommet.", "Parmi eux, la Malaisie et le Qatar.")
                .entity("Malaisie", "country:MY").entity("Qatar", "country:QA");
        assertEquals(Set.of(), roles(p));
    }

    @Test
    void aDemonstrativePhraseTakesUpTheUnnamedSetLikeAPronoun() {
        HandParse p = HandParse.of("Une trentaine de pays ont approuvé la charte du sommet.", "Parmi ces pays figurent le Népal et le Laos.")
                .entity("Népal", "country:NP").entity("Laos", "country:LA");
        assertEquals(Set.of("SIGNATORY country:NP", "SIGNATORY country:LA"), roles(p));
    }

    @Test
    void aBlocsMembershipListInAClauseOnTheBlocListsNoAttendees() {
        // (h19-lists) the list completes `qui compte trois membres`, not the cue's object
        HandParse p = HandParse.of("Le sommet réunit les dirigeants du bloc, qui compte trois membres : le Chili, le Pérou et le Népal.")
                .entity("Chili", "country:CL").entity("Pérou", "country:PE").entity("Népal", "country:NP");
        assertEquals(Set.of(), roles(p));
    }

    @Test
    void aBlocsMembersAfterItsPossessiveInARelativeClauseListNoAttendees() {
        HandParse p = HandParse.of("Le forum rassemble les chefs de l'alliance, une union qui pèse lourd avec ses membres actuels : le Chili et le Pérou.")
                .entity("Chili", "country:CL").entity("Pérou", "country:PE");
        assertEquals(Set.of(), roles(p));
    }

    @Test
    void membersListedAsTheCuesOwnHoldersStillAttend() {
        HandParse p = HandParse.of("Ont pris part au sommet ses membres actuels : le Chili et le Pérou.")
                .entity("Chili", "country:CL").entity("Pérou", "country:PE");
        assertEquals(Set.of("PARTICIPANT country:CL", "PARTICIPANT country:PE"), roles(p));
    }

    @Test
    void aDelegationsMembersAfterAnInclusionVerbAttend() {
        HandParse p = HandParse.of("Le sommet a réuni la délégation du bloc, qui compte deux membres : Ana Ruiz et Luis Mora.")
                .entity("Ana Ruiz", "person:ana-ruiz").entity("Luis Mora", "person:luis-mora");
        assertEquals(Set.of("PARTICIPANT person:ana-ruiz", "PARTICIPANT person:luis-mora"), roles(p));
    }

    @Test
    void theVerbThatPlacesTheMeetingHandsNoSetToTheNextSentence() {
        // (h19-lists) the set `Il s'agit de` lists is the one that confirmed its participation, not hosts
        HandParse p = HandParse.of("Six présidents ont confirmé leur participation au sommet de la SADC, qui aura lieu la semaine prochaine dans la capitale.",
                        "Il s'agit des présidents Ana Ruiz et Luis Mora.")
                .entity("SADC", "org:sadc").entity("Ana Ruiz", "person:ana-ruiz").entity("Luis Mora", "person:luis-mora");
        assertEquals(Set.of("PARTICIPANT person:ana-ruiz", "PARTICIPANT person:luis-mora"), roles(p));
    }

    @Test
    void aStateVisitIsAMeetingWhoseSignaturesCount() {
        // (h21-bilat) `visite d'État`, `commission mixte`: bilateral_meeting_phrases open the article gate
        HandParse p = HandParse.of("Le Chili et le Pérou ont signé trois accords lors de la visite d'État du président.")
                .entity("Chili", "country:CL").entity("Pérou", "country:PE");
        assertEquals(Set.of("SIGNATORY country:CL", "SIGNATORY country:PE"), roles(p));
    }

    @Test
    void aSigningOfTwoStatesIsTheActItsSignatoriesAreReadFrom() {
        // (h46-votes5) a text signed in a sentence that names two states: the signing is the act, with no meeting word
        HandParse p = HandParse.of("Le Chili et le Pérou ont signé trois accords sur la pêche.")
                .entity("Chili", "country:CL").entity("Pérou", "country:PE");
        assertEquals(Set.of("SIGNATORY country:CL", "SIGNATORY country:PE"), roles(p));
    }

    @Test
    void aSignatureWithNoMeetingAndOneStateStillHoldsNoRole() {
        HandParse p = HandParse.of("Le Chili a signé trois accords sur la pêche avec une entreprise.")
                .entity("Chili", "country:CL");
        assertEquals(Set.of(), roles(p));
    }
}
