package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;
import org.summitcoverage.dict.Dictionaries;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * (h30-climat) `les États-membres des Nations-Unies`: the hyphenated group noun is no organisation's name, and the body
 * after it is the one its members belong to, no participant.
 */
class HyphenatedMemberStatesTest {

    @Test
    void theHyphenatedGroupNounIsACommonWordAndAGroupNoun() {
        assertTrue(Dictionaries.shared().commonWords.contains("États-membres"));
        assertTrue(HandParse.WORDS.groupNouns.contains("États-membres"));
        assertTrue(HandParse.WORDS.memberNouns.contains("pays-membres"));
    }
}
