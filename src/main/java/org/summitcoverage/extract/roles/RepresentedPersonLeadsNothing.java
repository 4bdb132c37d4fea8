package org.summitcoverage.extract.roles;

import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.model.RoleType;
import org.summitcoverage.nlp.ParsedSentence;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * (h42-faux9) A person a participle or relative of representing qualifies, `le président X représenté par son ministre
 * Y`, `du président X, qui est représenté par Y`, stayed away: Y leads the delegation, X neither leads it nor attends,
 * whatever cue reaches X's name (a carried `représentaient leurs présidents`, a list the parser coordinates with the
 * agent of an earlier participle). A state so represented still attends, so only people lose their row.
 */
final class RepresentedPersonLeadsNothing {
    private static final Set<String> QUALIFYING = Set.of("acl", "acl:relcl");

    private RepresentedPersonLeadsNothing() {
    }

    static List<Finding> without(SentenceGraph g, List<Finding> found) {
        if (found.isEmpty()) {
            return found;
        }
        Set<Mention> represented = represented(g);
        if (represented.isEmpty()) {
            return found;
        }
        return found.stream().filter(f -> !((f.role() == RoleType.DELEGATION_HEAD || f.role() == RoleType.PARTICIPANT)
                && represented.contains(f.mention()))).toList();
    }

    /** The people named before a represented participle that qualifies their noun and has its own `par` agent. */
    static Set<Mention> represented(SentenceGraph g) {
        Set<Mention> out = new HashSet<>();
        for (int node = 1; node <= g.nodeCount(); node++) {
            for (ParsedSentence.Edge e : g.outgoing(node)) {
                int participle = e.dependent();
                if (!QUALIFYING.contains(e.relation())
                        || !g.words().representedParticiples.contains(g.word(participle).toLowerCase(Locale.ROOT))) {
                    continue;
                }
                List<Integer> agents = g.dependents(participle, "obl:agent");
                int at = g.startOf(participle);
                if (agents.isEmpty() || at < 0) {
                    continue;
                }
                Set<Mention> standIns = new HashSet<>();
                agents.forEach(a -> standIns.addAll(g.phraseWithoutConj(a)));
                for (Mention m : g.phraseWithoutConj(node)) {
                    // the names before the participle: its own agent's phrase may hang inside the noun's
                    if (m.type() == EntityType.PERSON && m.end() <= at && !standIns.contains(m) && rightBefore(g, m, at)) {
                        out.add(m);
                    }
                }
            }
        }
        return out;
    }

    /**
     * The name stands right before the participle, past a comma and a relative's auxiliaries only: in `le Soudan,
     * représenté par son ministre X ; le Yémen, représenté par …` the parser may hang the second participle on a phrase
     * that holds X, who is the Sudan's representative, not a represented head.
     */
    private static boolean rightBefore(SentenceGraph g, Mention m, int at) {
        for (org.summitcoverage.nlp.Token t : g.tokens()) {
            if (t.start() >= m.end() && t.start() < at && !g.words().representedLinkWords.containsWord(t)) {
                return false;
            }
        }
        return true;
    }
}
