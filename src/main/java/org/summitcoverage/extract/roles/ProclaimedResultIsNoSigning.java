package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;

import java.util.List;

/**
 * (h50-faux17) `X, qui préside l'assemblée, a déclaré adoptées toutes les résolutions`: a signing participle that is the
 * predicate of a verb proclaiming a result (`proclaiming_verbs`, the participle its `xcomp` with no `de`/`à` before it)
 * tells the outcome of a vote; the one who proclaims it signs nothing. An infinitive (`a déclaré vouloir signer`,
 * `a déclaré avoir signé`) is not such a predicate and is left to the other readings.
 */
final class ProclaimedResultIsNoSigning implements HolderReading {
    private final HolderReading reading;

    ProclaimedResultIsNoSigning(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        return proclaimed(site) ? List.of() : reading.read(site);
    }

    private static boolean proclaimed(CueSite site) {
        SentenceGraph g = site.graph();
        int cue = site.cueNode();
        if (cue <= 0 || !g.dependents(cue, "aux").isEmpty() || !g.dependents(cue, "mark").isEmpty()) {
            return false;
        }
        String w = TextFolding.fold(g.word(cue));
        if (w.endsWith("er") || w.endsWith("ir")) {
            return false; // an infinitive
        }
        return site.governors("xcomp").stream().anyMatch(v -> site.words().proclaimingVerbs.contains(g.word(v)));
    }
}
