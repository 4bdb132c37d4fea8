package org.summitcoverage.extract.roles;

/**
 * How far each kind of reading is trusted, written into roles.csv's {@code confidence}: the parse's own
 * arguments first, then nominal cues and enumerations, then word-order rules and pronouns.
 */
final class Confidence {
    private Confidence() {
    }

    static final double PARSE_AGENT = 0.9;
    static final double PARSE_SUBJECT = 0.85;
    static final double EXCEPTION = 0.9;
    static final double NOUN_RULE = 0.8;
    static final double ENUMERATION = 0.75;
    static final double TOKEN_RULE = 0.65;
    static final double PRONOUN = 0.6;
    static final double SPEECH = 0.6;
}
