package org.summitcoverage.extract.roles;

import org.summitcoverage.nlp.ParsedSentence;

import java.util.ArrayList;
import java.util.List;

/**
 * (h32-precision) A bloc described by coordinated participles, `un bloc associant à l'origine A et B, et rejoint cette
 * année par C et D`: the parser coordinates the second participle with the noun itself or with the first participle,
 * which qualifies the noun. Either way the noun is what the second participle qualifies: the one joined is the bloc,
 * not the summit's text (docs/annotation.md, joining).
 */
final class BlocDescription {
    private BlocDescription() {
    }

    /** The noun the coordinated participle whose conjunct is {@code conjunct} qualifies, if any. */
    static List<Integer> qualifiedNoun(SentenceGraph g, int conjunct) {
        List<Integer> out = new ArrayList<>();
        String pos = g.pos(conjunct);
        if (pos.equals("NOUN") || pos.equals("PROPN")) {
            out.add(conjunct); // `une organisation …, et rejointe par C`
            return out;
        }
        if (pos.equals("VERB")) {
            for (ParsedSentence.Edge e : g.incoming(conjunct)) {
                if (e.relation().equals("acl") && e.governor() > 0) {
                    out.add(e.governor()); // `un bloc associant A, et rejoint par C`
                }
            }
        }
        return out;
    }
}
