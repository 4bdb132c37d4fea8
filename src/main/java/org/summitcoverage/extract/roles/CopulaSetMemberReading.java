package org.summitcoverage.extract.roles;

import java.util.ArrayList;
import java.util.List;

/**
 * `Le Nigeria est le principal pays à s'être abstenu`, `Le Ghana est le premier État à ratifier le texte`: the cue
 * qualifies a noun (`pays à …`) that the copula predicates of its subject, so the subject holds the role. Read only
 * when the wrapped reading finds no holder, since the cue then has no subject of its own.
 */
final class CopulaSetMemberReading implements HolderReading {
    private final HolderReading reading;

    CopulaSetMemberReading(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        List<Finding> out = new ArrayList<>(reading.read(site));
        if (!out.isEmpty() || site.cueNode() <= 0) {
            return out;
        }
        SentenceGraph g = site.graph();
        for (int noun : site.governors("acl")) {
            if (!g.dependents(noun, "cop").isEmpty() && site.words().memberNouns.contains(g.word(noun))) {
                out.addAll(site.phrases(g.dependents(noun, "nsubj"), Confidence.NOUN_RULE,
                        s -> "copula: " + g.word(s) + " … " + g.word(noun) + " à " + site.cueText()));
            }
        }
        return out;
    }
}
