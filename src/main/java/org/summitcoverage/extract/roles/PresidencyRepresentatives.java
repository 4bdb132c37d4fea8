package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.model.RoleType;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * `sous la coprésidence de l'Union, représentée par X, commissaire, et par Y, ministre jordanien`: the people who
 * represent a meeting's presidency chair the meeting; they lead no one's delegation. A second `et par` agent is one of
 * them too, wherever the parser hangs it.
 */
final class PresidencyRepresentatives {
    private PresidencyRepresentatives() {
    }

    static List<Finding> chairs(CueSite site, List<Finding> representatives) {
        SentenceGraph g = site.graph();
        Set<Mention> people = new LinkedHashSet<>();
        for (Finding f : representatives) {
            people.add(f.mention());
        }
        for (Finding f : representatives) {
            Mention next = nextAgentAfter(g, f.mention());
            if (next != null) {
                people.add(next);
            }
        }
        List<Finding> out = new ArrayList<>();
        for (Mention m : people) {
            out.add(new Finding(RoleType.CHAIR, m, site.cueText(), Confidence.PARSE_AGENT,
                    "presidency represented-by", site.cueText() + " → " + m.text(), null));
        }
        return out;
    }

    /**
     * `par X, commissaire à la Paix, et par Y, ministre …`: the person right after the next `et par` (a title may come
     * first), by word order, since the parser hangs that second agent on the first one's title or on the presidency.
     * The search ends at a `par` of another verb (`, accueilli par Z`).
     */
    private static Mention nextAgentAfter(SentenceGraph g, Mention agent) {
        List<Token> toks = g.tokens();
        for (int k = 1; k < toks.size(); k++) {
            if (toks.get(k).start() < agent.end() || !toks.get(k).folded().equals("par")) {
                continue;
            }
            if (!toks.get(k - 1).folded().equals("et")) {
                return null;
            }
            for (int j = k + 1; j < Math.min(toks.size(), k + 1 + MAX_TITLE_TOKENS); j++) {
                if (toks.get(j).word().equals(",")) {
                    return null;
                }
                Mention m = g.mentionAt(toks.get(j).start());
                if (m != null && m.type() == EntityType.PERSON) {
                    return m; // a state in the title before the name (`le ministre libanais X`) is no agent
                }
            }
            return null;
        }
        return null;
    }

    /** The longest title before the second agent's name: `et par le ministre des Affaires étrangères X`. */
    private static final int MAX_TITLE_TOKENS = 6;
}
