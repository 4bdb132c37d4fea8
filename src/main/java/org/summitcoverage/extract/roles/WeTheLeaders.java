package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.model.RoleType;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * (h27-arabe) A declaration in the first person: `Nous, chefs d'État et de gouvernement de A, de B et de C, nous sommes
 * réunis à X pour le sommet`. The subject is `nous`, which names nobody, and the parser hangs the titles' states
 * anywhere; the states and people named between the opening `Nous,` and the verb are the speakers, and the verb of
 * gathering says they attend. Only states and people: a body there (`chefs d'État de l'Union africaine`) stands for its
 * members, not for itself.
 */
final class WeTheLeaders implements HolderReading {
    private final HolderReading reading;

    WeTheLeaders(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        List<Finding> found = reading.read(site);
        if (site.role() != RoleType.PARTICIPANT || site.hit().first() < 0) {
            return found;
        }
        List<Token> toks = site.tokens();
        if (toks.size() < 3 || !toks.get(0).folded().equals("nous") || !toks.get(1).word().equals(",")) {
            return found;
        }
        List<Finding> out = new ArrayList<>(found);
        Set<String> seen = new HashSet<>();
        found.forEach(f -> seen.add(f.mention().entityId()));
        SentenceGraph g = site.graph();
        for (int k = 2; k < site.hit().first(); k++) {
            Mention m = g.holderAtToken(k);
            if (m != null && m.type() != EntityType.ORGANIZATION && seen.add(m.entityId())) {
                out.add(site.finding(m, Confidence.ENUMERATION, "first-person declaration",
                        "Nous, … " + m.text() + " … " + site.cueText()));
            }
        }
        return out;
    }
}
