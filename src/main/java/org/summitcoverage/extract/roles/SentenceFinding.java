package org.summitcoverage.extract.roles;

/**
 * A finding of a reading that looks at the whole article rather than one cue (a meeting's place or title, a vote
 * tally, a headline): the sentence it stands in and the words that show it.
 */
record SentenceFinding(Finding finding, int sentenceIndex, String evidence) {
}
