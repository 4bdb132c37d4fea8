package org.summitcoverage.extract.roles;

import org.summitcoverage.nlp.ParsedSentence;

import java.util.List;
import java.util.Set;

/**
 * (h31-precision) `Xi Jinping n'y participera pas et Joe Biden ne s'est pas encore engagé`: `s'engager` with no
 * complement at all (`commitment_forms`; no infinitive, object, adverbial or clause) commits to what the words around
 * it speak of. It signs, or refuses, a text only when the sentence or the one before speaks of signing (`signing_stems`:
 * `Quarante pays ont signé. La Chine ne s'est pas engagée.`); about coming to the meeting it asserts no role.
 */
final class BareCommitmentIsNoSigning implements HolderReading {
    private static final Set<String> COMPLEMENTS = Set.of("xcomp", "obl", "ccomp", "advcl", "iobj");

    private final HolderReading reading;

    BareCommitmentIsNoSigning(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        if (bare(site) && !RollCallAbsenceIsNoRefusal.speaksOfSigning(site)) {
            return List.of();
        }
        return reading.read(site);
    }

    private static boolean bare(CueSite site) {
        SentenceGraph g = site.graph();
        if (site.cueNode() <= 0 || !site.words().commitmentForms.contains(g.word(site.cueNode()))) {
            return false;
        }
        for (ParsedSentence.Edge e : g.outgoing(site.cueNode())) {
            String base = e.baseRelation();
            if (COMPLEMENTS.contains(base) || base.equals("obj") && !site.words().reflexivePronouns.contains(g.word(e.dependent()))) {
                return false;
            }
        }
        return true;
    }
}
