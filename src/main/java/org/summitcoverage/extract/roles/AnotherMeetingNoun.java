package org.summitcoverage.extract.roles;

import org.summitcoverage.nlp.Token;

import java.util.List;

/**
 * (h58-b) `Nous aurons un autre sommet en Mauritanie en juillet`, `Une autre réunion se tiendra au Ghana`: a meeting
 * noun right after an adjective that calls it another one (`other_text_adjectives`: `autre`, `similaire`, …) is not
 * the article's meeting, so the place that phrase gives it hosts nothing here.
 */
final class AnotherMeetingNoun {
    private AnotherMeetingNoun() {
    }

    /** The token at {@code k} is a meeting noun that the word right before it calls another one. */
    static boolean at(RoleWords words, List<Token> toks, int k) {
        return k > 0 && k < toks.size() && words.meetingNouns.containsWord(toks.get(k))
                && words.otherTextAdjectives.containsWord(toks.get(k - 1));
    }
}
