package org.summitcoverage.extract.roles;

import java.util.ArrayList;
import java.util.List;

/**
 * `Parmi les pays qui ont rejoint l'alliance figurent X, Y`: the relative clause with the cue names the
 * set, and the subject of the main verb lists its members.
 */
final class SetMembersReading implements ParsedReading {
    @Override
    public List<Finding> readParsed(CueSite site) {
        SentenceGraph g = site.graph();
        List<Finding> out = new ArrayList<>();
        for (int noun : site.governors("acl:relcl")) {
            for (int v : g.governors(noun, "obl")) {
                out.addAll(site.phrases(g.dependents(v, "nsubj"), Confidence.PARSE_SUBJECT,
                        s -> "parse: parmi les " + g.word(noun) + " qui " + site.cueText() + " … " + g.word(v)));
            }
        }
        return out;
    }
}
