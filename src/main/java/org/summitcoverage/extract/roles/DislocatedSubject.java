package org.summitcoverage.extract.roles;

import java.util.ArrayList;
import java.util.List;

/**
 * (h25-climat) A subject with a long apposition before its verb, `La Chine et la Russie, les principaux constructeurs de
 * centrales dans le monde, ne figurent pas parmi les signataires`: the parser may take the apposition for the subject
 * and hang the names before it on the verb as modifiers (`obl:mod`). The press writes its refusers and signatories
 * with such a description between them and the verb, and the description names no holder, so the names before its
 * comma are the subject. Read only when the parser's subject names none: a verb modifier that is a state, a body or
 * a person, before the subject, with a comma of the verb's between them.
 */
final class DislocatedSubject {
    private DislocatedSubject() {
    }

    /** The nodes the parser hangs on verb {@code v} as modifiers that stand for its subject; empty when none. */
    static List<Integer> before(SentenceGraph g, int v) {
        List<Integer> out = new ArrayList<>();
        for (int s : g.dependents(v, "nsubj")) {
            for (int o : g.dependents(v, "obl:mod")) {
                if (o < s && holds(g, o) && commaBetween(g, v, o, s)) {
                    out.add(o);
                }
            }
        }
        return out;
    }

    private static boolean holds(SentenceGraph g, int node) {
        int start = g.startOf(node);
        if (start < 0) {
            return false;
        }
        var m = g.mentionAt(start);
        return m != null && SentenceGraph.canHoldRole(m);
    }

    private static boolean commaBetween(SentenceGraph g, int v, int from, int to) {
        for (int p : g.dependents(v, "punct")) {
            if (from < p && p < to && g.word(p).equals(",")) {
                return true;
            }
        }
        return false;
    }
}
