package org.summitcoverage.extract.roles;

import org.summitcoverage.nlp.ParsedSentence;

import java.util.List;

/**
 * (h43-votes4) `A et B, de leur côté, sont représentées par X`: after a comma aside the parser may hang the main
 * passive as a relative clause, with no relative pronoun, on the last noun of the subject, and leave the subject's
 * head as the sentence's root (or take the verb for one more conjunct of that head). Such a clause is the main one and its subject is that root noun with its conjuncts.
 * Only a passive (its auxiliary), with no subject or pronoun of its own, opened by a comma: a real relative clause
 * has its pronoun (`qui sont représentées`), a reduced one no auxiliary (`représentées par X`).
 */
final class CutMainClause {
    private CutMainClause() {
    }

    /** The subjects of {@code verb} when it is such a cut main passive, else none. */
    static List<Integer> passiveSubjects(SentenceGraph g, int verb) {
        if (g.governors(verb, "acl:relcl").isEmpty() && g.governors(verb, "conj").isEmpty()
                || g.dependents(verb, "aux:pass").isEmpty()
                || !g.dependents(verb, "nsubj").isEmpty() || !g.dependents(verb, "nsubj:pass").isEmpty()) {
            return List.of();
        }
        boolean comma = false;
        for (ParsedSentence.Edge e : g.outgoing(verb)) {
            if ("PRON".equals(g.pos(e.dependent()))) {
                return List.of();
            }
            comma |= e.relation().equals("punct") && e.dependent() < verb && ",".equals(g.word(e.dependent()));
        }
        int root = rootOf(g, verb);
        if (!comma || root <= 0 || root >= verb || !("NOUN".equals(g.pos(root)) || "PROPN".equals(g.pos(root)))) {
            return List.of();
        }
        // the parser may also take the verb for one more conjunct of the subject (`A et B, de leur côté, sont …`)
        return g.conjuncts(root).stream().filter(n -> n != verb && !"VERB".equals(g.pos(n))).toList();
    }

    /** The sentence's root above {@code node}, or -1 when the climb meets no root. */
    private static int rootOf(SentenceGraph g, int node) {
        int n = node;
        for (int steps = 0; steps < g.nodeCount(); steps++) {
            ParsedSentence.Edge up = null;
            for (ParsedSentence.Edge e : g.incoming(n)) {
                up = e;
            }
            if (up == null) {
                return -1;
            }
            if (up.governor() <= 0) {
                return n;
            }
            n = up.governor();
        }
        return -1;
    }
}
