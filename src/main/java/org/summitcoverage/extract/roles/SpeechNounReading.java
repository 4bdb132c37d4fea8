package org.summitcoverage.extract.roles;

import org.summitcoverage.model.EntityType;

import java.util.ArrayList;
import java.util.List;

/**
 * A noun of speaking as a PARTICIPANT cue, for persons only: `l'intervention du ministre indien, X`,
 * `l'allocution de la présidente Y`, and who speaks from the rostrum or in the speech (`X a réclamé à la tribune
 * …`, `Dans son discours d'ouverture, X a rappelé …`).
 * `l'intervention militaire de la Russie` is no attendance, hence persons only.
 */
final class SpeechNounReading implements ParsedReading {
    @Override
    public List<Finding> readParsed(CueSite site) {
        SentenceGraph g = site.graph();
        List<Finding> out = new ArrayList<>(site.phrases(site.dependents("nmod:de"), Confidence.NOUN_RULE,
                n -> site.cueText() + " de " + g.word(n)));
        // `a réclamé à la tribune`, `Dans son discours, X a souligné`: who speaks there attends
        for (int v : site.governors("obl")) {
            out.addAll(site.phrases(ClauseReading.subjects(g, v, false), Confidence.NOUN_RULE,
                    s -> g.word(v) + " à la " + site.cueText()));
        }
        out.removeIf(f -> f.mention().type() != EntityType.PERSON);
        return out;
    }
}
