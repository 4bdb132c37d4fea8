package org.summitcoverage.extract.roles;

import java.util.List;

/**
 * (h31-signature) A pledge taken as a noun (`prendre l'engagement`, `pledge_nouns`) is read like `s'engager`: a pledge of a
 * sum (`Le Chili a pris l'engagement de verser 40 millions de dollars`) is no signature ({@link PledgeIsNoRole}). Other
 * signing verbs keep their sums (`ont signé des accords d'une valeur de 250 milliards`), so only these cues are checked.
 */
final class PledgeNounIsNoRole implements HolderReading {
    private final HolderReading reading;

    PledgeNounIsNoRole(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        return takesAPledgeNoun(site) && PledgeIsNoRole.pledgesASum(site) ? List.of() : reading.read(site);
    }

    private static boolean takesAPledgeNoun(CueSite site) {
        int first = site.hit().first();
        if (first < 0) {
            return false;
        }
        for (int k = first; k < Math.min(site.hit().end(), site.tokens().size()); k++) {
            if (site.words().pledgeNouns.containsWord(site.tokens().get(k))) {
                return true;
            }
        }
        return false;
    }
}
