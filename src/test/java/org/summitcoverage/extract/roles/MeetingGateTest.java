package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;
import org.summitcoverage.model.Entity;
import org.summitcoverage.model.EntityType;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which articles speak of a meeting at all (`meeting_words`): an article that does not holds no role. */
class MeetingGateTest {
    private static final List<Entity> TWO_STATES = List.of(
            new Entity("country:AT", EntityType.COUNTRY, "Autriche", "AT", 1, 0),
            new Entity("country:PE", EntityType.COUNTRY, "Pérou", "PE", 1, 10));

    private static boolean speaksOfAMeeting(List<Entity> entities, String... sentences) {
        HandParse p = HandParse.of(sentences);
        return ClauseReading.speaksOfAMeeting(HandParse.WORDS, p.annotated(), entities);
    }

    @Test
    void aRencontreOfLeadersIsAMeeting() {
        // (h25-europe) a three-way meeting of leaders is often called a `rencontre` and nothing else
        assertTrue(speaksOfAMeeting(TWO_STATES, "Le chancelier Paul Weber a reçu les présidents Ana Soto et Luc Marin à Vienne.",
                "À l'issue de leur rencontre, les trois dirigeants ont publié une déclaration commune."));
    }

    @Test
    void aRencontreWhereNoTwoStatesAreNamedIsNoMeetingOfStates() {
        // (r21) a football match or a university's talks: `rencontre` with no states
        assertFalse(speaksOfAMeeting(List.of(), "Lors de la rencontre de samedi, Paul Weber a marqué deux buts.",
                "L'entraîneur Luc Marin a salué la prestation de son équipe."));
    }

    @Test
    void anArticleWithNoMeetingWordIsNoMeeting() {
        assertFalse(speaksOfAMeeting(TWO_STATES, "Le chancelier Paul Weber a reçu les présidents Ana Soto et Luc Marin à Vienne."));
    }

    @Test
    void aSigningOfStatesIsAMeeting() {
        // (h46-votes5) a text signed or initialled by states is the act its signatories are read from, with no meeting word
        HandParse p = HandParse.of("L'Autriche et le Pérou ont signé samedi une charte de défense commune.")
                .entity("Autriche", "country:AT").entity("Pérou", "country:PE");
        assertTrue(ClauseReading.speaksOfAMeeting(HandParse.WORDS, p.annotated(), TWO_STATES, p.mentions()));
    }

    @Test
    void aSignatureInASentenceThatNamesNoTwoStatesIsNoMeeting() {
        // (h46-votes5) a player who signs with a club, in an article that names two states elsewhere
        HandParse p = HandParse.of("Paul Weber a signé un contrat de trois ans avec son nouveau club.",
                "L'Autriche et le Pérou se sont qualifiés.").entity("Autriche", "country:AT").entity("Pérou", "country:PE");
        assertFalse(ClauseReading.speaksOfAMeeting(HandParse.WORDS, p.annotated(), TWO_STATES, p.mentions()));
    }
}
