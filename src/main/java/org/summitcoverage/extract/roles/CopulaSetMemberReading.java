package org.summitcoverage.extract.roles;

import java.util.ArrayList;
import java.util.List;

/**
 * `Le Nigeria est le principal pays à s'être abstenu`, `Le Ghana est le premier État à ratifier le texte`, `A et B ont été
 * parmi les premiers à signer` (`copula_set_words`; not under a negated copula): the cue
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
            boolean setWord = site.words().memberNouns.contains(g.word(noun)) || site.words().copulaSetWords.contains(g.word(noun));
            boolean negated = g.dependents(noun, "advmod").stream().anyMatch(a -> site.words().negators.contains(g.word(a)));
            if (!g.dependents(noun, "cop").isEmpty() && setWord && !negated) {
                out.addAll(site.phrases(g.dependents(noun, "nsubj"), Confidence.NOUN_RULE,
                        s -> "copula: " + g.word(s) + " … " + g.word(noun) + " à " + site.cueText()));
            }
        }
        return out;
    }
}
