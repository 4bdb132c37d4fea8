package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * (h39-presences6) `Les travaux ont été présidés par le chef de l'État X, en sa qualité de président en exercice de la
 * CEDEAO, et de son homologue gabonais, Y`: the parser hangs the counterpart on the first agent's qualifier (`CEDEAO
 * et … homologue`), so Y is lost, though he is a second `par` agent and chairs with X. A person named right after
 * `et (de|par) son homologue` (`counterpart_agent_openers`), after a `par` agent the reading found, holds the same role.
 */
final class CounterpartAgentExtension implements HolderReading {
    /** Most tokens between the opener and the counterpart's name (his demonym and a comma). */
    private static final int NAME_WINDOW = 4;

    private final HolderReading reading;

    CounterpartAgentExtension(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        List<Finding> found = reading.read(site);
        if (found.isEmpty()) {
            return found;
        }
        List<Token> toks = site.tokens();
        SentenceGraph g = site.graph();
        int par = -1;
        for (int k = site.hit().end(); k < toks.size(); k++) {
            String w = toks.get(k).word();
            if (w.equals(";") || w.equals(":") || w.equals(".")) {
                break; // the counterpart belongs to the cue's own clause
            }
            if (par < 0) {
                if (TextFolding.fold(w).equals("par")) {
                    par = k;
                }
                continue;
            }
            int end = LikewiseExtension.markerEnd(site.words().counterpartAgentOpeners, toks, k);
            if (end < 0 || !agentFoundBetween(g, found, par, k)) {
                continue;
            }
            Mention counterpart = personAfter(g, toks, end);
            if (counterpart != null && found.stream().noneMatch(f -> f.mention().entityId().equals(counterpart.entityId()))) {
                List<Finding> out = new ArrayList<>(found);
                out.add(site.finding(counterpart, Confidence.NOUN_RULE, "counterpart agent",
                        site.cueText() + " … et son homologue " + counterpart.text()));
                return out;
            }
            return found;
        }
        return found;
    }

    /** A holder the reading found stands between the `par` and the opener: the counterpart is its co-agent. */
    private static boolean agentFoundBetween(SentenceGraph g, List<Finding> found, int par, int opener) {
        return found.stream().anyMatch(f -> {
            int t = g.tokenIndexAt(f.mention().start());
            return t > par && t < opener;
        });
    }

    /** The person named within a few tokens after {@code from}, before any other word but a demonym and a comma. */
    private static Mention personAfter(SentenceGraph g, List<Token> toks, int from) {
        for (int k = from; k < toks.size() && k <= from + NAME_WINDOW; k++) {
            Mention m = g.holderAtToken(k);
            if (m != null && m.type() == EntityType.PERSON) {
                return m;
            }
            if (m != null && m.type() != EntityType.COUNTRY) {
                return null; // the counterpart's demonym (`son homologue gabonais`) is the one other mention allowed
            }
        }
        return null;
    }
}
