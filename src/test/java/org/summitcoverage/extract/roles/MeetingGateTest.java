package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which articles speak of a meeting at all (`meeting_words`): an article that does not holds no role. */
class MeetingGateTest {
    private static boolean speaksOfAMeeting(String... sentences) {
        HandParse p = HandParse.of(sentences);
        return ClauseReading.speaksOfAMeeting(HandParse.WORDS, p.annotated(), List.of());
    }

    @Test
    void aRencontreOfLeadersIsAMeeting() {
        // (h25-europe) a three-way meeting of leaders is often called a `rencontre` and nothing else
        assertTrue(speaksOfAMeeting("Le chancelier Paul Weber a reçu les présidents Ana Soto et Luc Marin à Vienne.",
                "À l'issue de leur rencontre, les trois dirigeants ont publié une déclaration commune."));
    }

    @Test
    void anArticleWithNoMeetingWordIsNoMeeting() {
        assertFalse(speaksOfAMeeting("Le chancelier Paul Weber a reçu les présidents Ana Soto et Luc Marin à Vienne."));
    }
}
