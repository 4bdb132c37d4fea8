package org.summitcoverage.extract.roles;

import org.summitcoverage.nlp.Token;

import java.util.List;

/**
 * (h50-sweep-ameriques) `en l'absence confirmée de trois dirigeants, à savoir A, B et C`: a passive participle of
 * attendance (`confirmée`, `annoncée`) that qualifies a noun of absence (`absence_nouns`) right before it confirms
 * the absence, not a presence: the names it governs or lists attend nothing (docs/annotation.md § Negation).
 */
final class AbsenceParticipleIsNoRole implements HolderReading {
    private final HolderReading reading;

    AbsenceParticipleIsNoRole(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        List<Token> toks = site.tokens();
        int first = site.hit().first();
        if (first > 0 && site.words().absenceNouns.containsWord(toks.get(first - 1))) {
            return List.of();
        }
        return reading.read(site);
    }
}
