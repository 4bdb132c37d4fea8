package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MeetingPlaceReadingTest {
    private static Set<String> rows(HandParse p) {
        Set<String> out = new TreeSet<>();
        new MeetingPlaceReading(HandParse.CUES, HandParse.WORDS).read(p.annotated(), p.mentions(), 0).forEach(h -> out.add(
                h.finding().role() + " " + h.finding().mention().entityId() + " @" + h.sentenceIndex()));
        return out;
    }

    @Test
    void aCityFollowedByItsCountry() {
        HandParse p = HandParse.of("Les ministres se sont retrouvés mardi à Lusaka, en Zambie, pour la conférence sur l'eau.")
                .entity("Lusaka", "location:lusaka").entity("Zambie", "country:ZM");
        assertEquals(Set.of("HOST country:ZM @0"), rows(p));
    }

    @Test
    void aCountryInBracketsOrRightAfterTheCity() {
        HandParse p = HandParse.of("Le forum sur la pêche a ouvert ses portes à Mombasa (Kenya).",
                        "La réunion suivante aura lieu à Doha au Qatar.")
                .entity("Mombasa", "location:mombasa").entity("Kenya", "country:KE")
                .entity("Doha", "location:doha").entity("Qatar", "country:QA");
        assertEquals(Set.of("HOST country:KE @0", "HOST country:QA @1"), rows(p));
    }

    @Test
    void aCapitalInApposition() {
        HandParse p = HandParse.of("Les délégués sont arrivés à Lima, la capitale du Pérou, pour le sommet.")
                .entity("Lima", "location:lima").entity("Pérou", "country:PE");
        assertEquals(Set.of("HOST country:PE @0"), rows(p));
    }

    @Test
    void aDemonymAfterAPlaceNoun() {
        HandParse p = HandParse.of("Le Pérou a été cité en exemple.",
                        "Le sommet régional s'est ouvert lundi dans la capitale péruvienne sous un soleil de plomb.")
                .entity("Pérou", "country:PE");
        assertEquals(Set.of("HOST country:PE @1"), rows(p));
    }

    @Test
    void aCityAloneAfterAVerbOfHoldingWhenTheArticleNamesItsCountry() {
        HandParse p = HandParse.of("Le Pérou veut peser dans les débats.", "La conférence s'est tenue jeudi à Lima.")
                .entity("Pérou", "country:PE").entity("Lima", "location:lima");
        assertEquals(Set.of("HOST country:PE @1"), rows(p));
    }

    @Test
    void aCityAloneWithoutAVerbOfHoldingPlacesNothing() {
        HandParse p = HandParse.of("Le Pérou veut peser dans les débats.", "Le ministre a assisté au sommet après une escale à Lima.")
                .entity("Pérou", "country:PE").entity("Lima", "location:lima");
        assertEquals(Set.of(), rows(p));
    }

    @Test
    void anotherMeetingPlacesNothing() {
        HandParse p = HandParse.of("La prochaine édition du sommet se tiendra à Quito, en Équateur.")
                .entity("Quito", "location:quito").entity("Équateur", "country:EC");
        assertEquals(Set.of(), rows(p));
    }

    @Test
    void aSentenceThatSpeaksOfNoMeetingPlacesNothing() {
        HandParse p = HandParse.of("Il a grandi à Lusaka, en Zambie, dans une famille modeste.")
                .entity("Lusaka", "location:lusaka").entity("Zambie", "country:ZM");
        assertEquals(Set.of(), rows(p));
    }

    @Test
    void theMeetingsNameRightBeforeTheCountry() {
        HandParse p = HandParse.of("Le Chili a salué les conclusions du Forum andin de l'eau au Pérou.")
                .entity("Chili", "country:CL").entity("Forum andin de l'eau", "event:forum-andin-de-l-eau").entity("Pérou", "country:PE");
        assertEquals(Set.of("HOST country:PE @0"), rows(p));
    }

    @Test
    void aCityAloneAfterAVerbOfHosting() {
        HandParse p = HandParse.of("Le Pérou accueille lundi à Lima un sommet régional.")
                .entity("Pérou", "country:PE").entity("Lima", "location:lima");
        assertEquals(Set.of("HOST country:PE @0"), rows(p));
    }

    @Test
    void aParticipleWithoutAuxiliaryQualifiesAnotherMeeting() {
        HandParse p = HandParse.of("Le Pérou a salué le sommet de Quito, qui prend la suite du forum organisé à Lima en 2024.")
                .entity("Pérou", "country:PE").entity("Lima", "location:lima");
        assertEquals(Set.of(), rows(p));
    }

    @Test
    void aYearIsFourDigitsOfTheLastTwoCenturiesOrThisOne() {
        assertEquals(true, org.summitcoverage.extract.Words.isYear("1946"));
        assertEquals(true, org.summitcoverage.extract.Words.isYear("2025"));
        assertEquals(false, org.summitcoverage.extract.Words.isYear("2100"));
        assertEquals(false, org.summitcoverage.extract.Words.isYear("1750"));
        assertEquals(false, org.summitcoverage.extract.Words.isYear("20e"));
        assertEquals(false, org.summitcoverage.extract.Words.isYear("20251"));
    }

    // (h19-host) a city right before a verb of hosting whose object is the meeting: its country hosts
    @Test
    void aCityThatHostsTheMeeting() {
        HandParse p = HandParse.of("Le Pérou veut peser dans les débats.",
                        "Ce lundi, la capitale péruvienne, Lima, accueille une conférence des donateurs.",
                        "Le Kenya est prêt : Mombasa accueillera la première réunion du groupe.")
                .entity("Pérou", "country:PE").entity("Lima", "location:lima")
                .entity("Kenya", "country:KE").entity("Mombasa", "location:mombasa");
        assertEquals(Set.of("HOST country:PE @1", "HOST country:KE @2"), rows(p));
    }

    @Test
    void aCityThatHostsNoMeetingPlacesNothing() {
        HandParse p = HandParse.of("Le Pérou veut peser dans les débats.", "Lima accueille des milliers de réfugiés depuis le sommet.")
                .entity("Pérou", "country:PE").entity("Lima", "location:lima");
        assertEquals(Set.of(), rows(p));
    }

    // (h19-host) `il y a un an` right after a participle of outbreak dates the war, not the meeting
    @Test
    void theOutbreakOfAWarDatedAYearAgoLeavesTheMeetingItsPlace() {
        HandParse p = HandParse.of("Le Pérou veut peser dans les débats.",
                        "Une conférence sur la crise éclatée il y a un an s'est tenue jeudi à Lima.",
                        "Une autre conférence s'est tenue à Lima il y a trois ans.")
                .entity("Pérou", "country:PE").entity("Lima", "location:lima");
        assertEquals(Set.of("HOST country:PE @1"), rows(p));
    }
    @Test
    void aPlaceDatedByAMonthGoneByIsAnEarlierMeetings() {
        // (h25-europe) `dernier` after the month dates that meeting; the future of the sentence is the new one's
        HandParse p = HandParse.of("Le Pérou veut peser dans les débats.",
                        "Après la réunion qui s'est tenue à Lima le 12 mars dernier, les ministres discuteront du budget.",
                        "Depuis la conférence organisée à Lima en avril dernier, rien n'a changé.")
                .entity("Pérou", "country:PE").entity("Lima", "location:lima");
        assertEquals(Set.of(), rows(p));
    }

    @Test
    void aPlaceDatedByADayOfTheMeetingStillPlacesIt() {
        HandParse p = HandParse.of("Le Pérou veut peser dans les débats.", "La réunion s'est tenue à Lima le 12 mars.")
                .entity("Pérou", "country:PE").entity("Lima", "location:lima");
        assertEquals(Set.of("HOST country:PE @1"), rows(p));
    }

    @Test
    void aNamedMeetingOfTheCalendarKeepsItsHost() {
        // the example article's gold counts the host of an upcoming meeting it names (`le Forum … en Thaïlande`)
        HandParse p = HandParse.of("Le sommet de Lindau prépare les échéances suivantes, comme la COP31 en Australie.",
                        "Le sommet de Lindau en Allemagne s'est ouvert lundi.")
                .entity("sommet de Lindau", "event:sommet-de-lindau").entity("COP31", "event:cop31")
                .entity("Australie", "country:AU").entity("Allemagne", "country:DE");
        Set<String> out = new TreeSet<>();
        new MeetingPlaceReading(HandParse.CUES, HandParse.WORDS).read(p.annotated(), p.mentions(), 0, "event:sommet-de-lindau")
                .forEach(h -> out.add(h.finding().role() + " " + h.finding().mention().entityId() + " @" + h.sentenceIndex()));
        assertEquals(Set.of("HOST country:AU @0", "HOST country:DE @1"), out);
    }

    @Test
    void aParticipleThatPlacesAMeetingBroughtInWithUnPlacesTheArticlesMeeting() {
        // (h26-ia) `lors d'un sommet … organisé à Lima`: the indefinite meeting is the one the sentence tells of
        HandParse p = HandParse.of("La ministre péruvienne a parlé lors d'un sommet sur le numérique organisé à Lima.")
                .entity("péruvienne", "country:PE").entity("Lima", "location:lima");
        assertEquals(Set.of("HOST country:PE @0"), rows(p));
    }

    @Test
    void aParticipleAfterAPauseQualifiesNoIndefiniteMeeting() {
        HandParse p = HandParse.of("La ministre péruvienne a parlé d'un sommet, du forum organisé à Lima en 2019.")
                .entity("péruvienne", "country:PE").entity("Lima", "location:lima");
        assertEquals(Set.of(), rows(p));
    }
}
