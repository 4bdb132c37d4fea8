package org.summitcoverage.extract.roles;

import java.util.ArrayList;
import java.util.List;

/**
 * A noun for the act of signing or refusing: its `de` complement acts (`la souscription de la Côte d'Ivoire à la
 * déclaration`, `l'abstention de la Chine`, `le refus de Washington`), or with a possessive the subject of its verb
 * (`la Tunisie a signifié son rejet`). Unlike attendance, the act takes a `à` complement that is the text signed,
 * not a meeting. A cancelled act (`a levé son veto`) is none.
 */
final class ActNounReading implements ParsedReading {
    @Override
    public List<Finding> readParsed(CueSite site) {
        SentenceGraph g = site.graph();
        for (int v : site.governors("obj")) {
            if (site.words().cancellingVerbs.contains(g.word(v))) {
                return List.of(); // `a levé son veto`, `a annulé sa signature`
            }
        }
        List<Finding> out = new ArrayList<>(site.phrases(site.dependents("nmod:de"), Confidence.NOUN_RULE,
                n -> site.cueText() + " de " + g.word(n)));
        if (out.isEmpty() && site.dependents("det").stream().anyMatch(d -> site.words().possessives.contains(g.word(d)))) {
            List<Integer> verbs = new ArrayList<>(site.governors("obj"));
            verbs.addAll(site.governors("obl"));
            for (int v : verbs) {
                out.addAll(site.phrases(ClauseReading.subjects(g, v, false), Confidence.NOUN_RULE, s -> "sa " + site.cueText()));
            }
        }
        return out;
    }
}
