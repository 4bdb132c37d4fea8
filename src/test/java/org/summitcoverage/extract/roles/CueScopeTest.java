package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** (h19-side) The cue's scope on hand-built parses: a preparatory meeting or a side event as the cue verb's object. */
class CueScopeTest {

    private static boolean aboutAPreparatoryMeeting(HandParse p, String cueWord) {
        CueSite site = p.site(p.hit(cueWord), p.hit(cueWord).role());
        return CueScope.aboutAPreparatoryMeeting(HandParse.WORDS, site.graph(), site.cueNode(), site.discourse());
    }

    @Test
    void aPreparatoryMeetingAsTheObjectIsThatMeetingsRole() {
        HandParse adjective = HandParse.of("Le sommet de Lindau s'ouvre lundi.",
                        "La ministre Léa Morel a présidé une réunion préparatoire au sommet de Lindau.")
                .entity("Léa Morel", "person:lea-morel")
                .edge("présidé", "nsubj", "ministre").edge("présidé", "aux", "a").edge("présidé", "obj", "réunion")
                .edge("réunion", "amod", "préparatoire");
        assertTrue(aboutAPreparatoryMeeting(adjective, "présidé"));
        HandParse complement = HandParse.of("Le sommet de Lindau s'ouvre lundi.",
                        "Le ministre Paul Otieno présidait une réunion de préparation de la délégation kényane.")
                .entity("Paul Otieno", "person:paul-otieno")
                .edge("présidait", "nsubj", "ministre").edge("présidait", "obj", "réunion").edge("réunion", "nmod:de", "préparation");
        assertTrue(aboutAPreparatoryMeeting(complement, "présidait"));
        HandParse noun = HandParse.of("Le sommet de Lindau s'ouvre lundi.", "Le ministre Paul Otieno a organisé la pré-COP à Lindau.")
                .entity("Paul Otieno", "person:paul-otieno")
                .edge("organisé", "nsubj", "ministre").edge("organisé", "aux", "a").edge("organisé", "obj", "pré-COP");
        assertTrue(aboutAPreparatoryMeeting(noun, "organisé"));
        HandParse dinner = HandParse.of("Le sommet de Lindau s'ouvre lundi.", "Le président Pablo Rojas présidera un dîner consacré aux forêts.")
                .entity("Pablo Rojas", "person:pablo-rojas")
                .edge("présidera", "nsubj", "président").edge("présidera", "obj", "dîner");
        assertTrue(aboutAPreparatoryMeeting(dinner, "présidera"));
    }

    @Test
    void theSummitAsTheObjectKeepsItsRole() {
        HandParse p = HandParse.of("La ministre Léa Morel a présidé la séance plénière du sommet de Lindau.")
                .entity("Léa Morel", "person:lea-morel")
                .edge("présidé", "nsubj", "ministre").edge("présidé", "aux", "a").edge("présidé", "obj", "séance")
                .edge("séance", "amod", "plénière").edge("séance", "nmod:de", "sommet");
        assertFalse(aboutAPreparatoryMeeting(p, "présidé"));
    }

    @Test
    void aNounCueCompletingThePreparatoryMeetingsVerbIsThatMeetingsRole() {
        HandParse p = HandParse.of("Le sommet de Lindau s'ouvre lundi.",
                        "La pré-COP a été marquée par la présence de la ministre Léa Morel.")
                .entity("Léa Morel", "person:lea-morel")
                .edge("marquée", "nsubj:pass", "pré-COP").edge("marquée", "aux:pass", "été").edge("marquée", "obl:agent", "présence")
                .edge("présence", "nmod:de", "ministre").edge("ministre", "appos", "Léa");
        assertTrue(aboutAPreparatoryMeeting(p, "présence"));
    }

    @Test
    void anAdverbialAtAPreparatoryMeetingIsThatMeetingsRole() {
        HandParse p = HandParse.of("Le sommet de Lindau s'ouvre lundi.",
                        "La ministre Léa Morel a pris la parole à l'ouverture de la rencontre ministérielle pré-COP.")
                .entity("Léa Morel", "person:lea-morel")
                .edge("pris", "nsubj", "ministre").edge("pris", "aux", "a").edge("pris", "obj", "parole")
                .edge("pris", "obl:à", "ouverture").edge("ouverture", "nmod:de", "rencontre").edge("rencontre", "appos", "pré-COP");
        assertTrue(aboutAPreparatoryMeeting(p, "pris"));
        HandParse summit = HandParse.of("La ministre Léa Morel a pris la parole à l'ouverture du sommet de Lindau.")
                .entity("Léa Morel", "person:lea-morel")
                .edge("pris", "nsubj", "ministre").edge("pris", "aux", "a").edge("pris", "obj", "parole")
                .edge("pris", "obl:à", "ouverture").edge("ouverture", "nmod:de", "sommet");
        assertFalse(aboutAPreparatoryMeeting(summit, "pris"));
    }

    @Test
    void presentAfterAIsAnAdverbOfTimeNotAnAttendance() {
        // (h22-afr) `occupé jusqu'à présent par X`, `à présent`: `adverb_after_a`
        HandParse adverb = HandParse.of("Le poste, occupé jusqu'à présent par Kofi Addaba, sera pourvu au sommet.");
        HandParse attendance = HandParse.of("Le ministre Kofi Addaba était présent au sommet.");
        org.junit.jupiter.api.Assertions.assertFalse(CueScope.isLive(HandParse.WORDS, adverb.hit("présent"), adverb.last().tokens()));
        org.junit.jupiter.api.Assertions.assertTrue(CueScope.isLive(HandParse.WORDS, attendance.hit("présent"), attendance.last().tokens()));
    }

    @Test
    void aSignatureInThePluperfectDatedLastYearIsOfAnotherMeeting() {
        // (h22-refus) `l'an dernier` dates a pluperfect like `en 2023`: the text adopted then is not this meeting's
        HandParse p = HandParse.of("Le Conseil de sécurité avait adopté l'an dernier la résolution 2774.");
        org.junit.jupiter.api.Assertions.assertTrue(CueScope.toldInThePast(p.graph().words(), p.graph().tokens(), p.hit("adopté")));
        HandParse q = HandParse.of("Le Conseil de sécurité avait adopté la résolution 2774.");
        org.junit.jupiter.api.Assertions.assertFalse(CueScope.toldInThePast(q.graph().words(), q.graph().tokens(), q.hit("adopté")));
    }
    private static boolean preparesAMeeting(HandParse p, String cueWord) {
        CueSite site = p.site(p.hit(cueWord), p.hit(cueWord).role());
        return CueScope.preparesAMeeting(HandParse.WORDS, site.graph(), p.hits(), p.hit(cueWord), site.cueNode());
    }

    @Test
    void aGatheringToPrepareTheSummitIsAMeetingOfItsOwn() {
        // (r22) the purpose clause's verb prepares a meeting: those gathered prepare the summit, they do not attend it yet
        HandParse purpose = HandParse.of("Le sommet de Lindau s'ouvre lundi.",
                        "Les ministres du Chili et du Pérou se sont réunis dimanche pour préparer le sommet.")
                .entity("Chili", "country:CL").entity("Pérou", "country:PE")
                .edge("réunis", "nsubj", "ministres").edge("réunis", "aux", "sont").edge("réunis", "advcl:pour", "préparer")
                .edge("préparer", "mark", "pour").edge("préparer", "obj", "sommet").edge("sommet", "det", "le");
        assertTrue(preparesAMeeting(purpose, "réunis"));
        HandParse prelude = HandParse.of("Le sommet de Lindau s'ouvre lundi.",
                        "En prélude au sommet, une réunion technique a rassemblé les experts du Chili et du Pérou.")
                .entity("Chili", "country:CL").entity("Pérou", "country:PE")
                .edge("rassemblé", "nsubj", "réunion").edge("rassemblé", "aux", "a").edge("rassemblé", "obj", "experts");
        assertTrue(preparesAMeeting(prelude, "rassemblé"));
    }

    @Test
    void comingToTakePartIsNoPreparationAndAPreludeDatesOnlyAGathering() {
        HandParse attend = HandParse.of("Le sommet de Lindau s'ouvre lundi.",
                        "Les ministres du Chili et du Pérou se sont réunis dimanche pour ouvrir le sommet.")
                .entity("Chili", "country:CL").entity("Pérou", "country:PE")
                .edge("réunis", "nsubj", "ministres").edge("réunis", "aux", "sont").edge("réunis", "advcl:pour", "ouvrir")
                .edge("ouvrir", "mark", "pour").edge("ouvrir", "obj", "sommet").edge("sommet", "det", "le");
        assertFalse(preparesAMeeting(attend, "réunis"));
        // an arrival the day before the summit is for the summit itself
        HandParse arrival = HandParse.of("Le sommet de Lindau s'ouvre lundi.",
                        "En prélude au sommet, la ministre Léa Morel est arrivée à Lindau.")
                .entity("Léa Morel", "person:lea-morel")
                .edge("arrivée", "nsubj", "ministre").edge("arrivée", "aux", "est").edge("ministre", "appos", "Léa");
        assertFalse(preparesAMeeting(arrival, "arrivée"));
    }
}
