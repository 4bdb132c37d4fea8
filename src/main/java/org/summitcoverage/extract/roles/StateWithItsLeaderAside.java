package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * (h47-votes6) `L'Argentine, avec son nouveau président X, s'est aussi abstenue`, `Le Chili avec sa présidente Y a signé`:
 * a state (or body) opening the sentence, then an aside `avec` + a possessive (`possessives`) + a title + its person, then
 * the cue of signing or refusal. The possessive takes up the state, so the state is the subject that signs or refuses
 * and the aside only says who leads it now; the parser makes the person the subject when no comma closes the aside
 * (the feminine `abstenue` agrees with the state, not with `président X`), or takes the person in the state's phrase as
 * its named holder. The state holds the role, the person none.
 */
final class StateWithItsLeaderAside implements HolderReading {
    private final HolderReading reading;

    StateWithItsLeaderAside(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        List<Finding> found = reading.read(site);
        if (found.stream().noneMatch(f -> f.mention().type() == EntityType.PERSON)) {
            return found;
        }
        Set<String> held = new LinkedHashSet<>();
        found.forEach(f -> held.add(f.mention().entityId()));
        List<Finding> out = new ArrayList<>();
        for (Finding f : found) {
            Mention state = f.mention().type() == EntityType.PERSON ? stateBeforeTheAside(site, f.mention()) : null;
            if (state == null) {
                out.add(f);
            } else if (held.add(state.entityId())) {
                out.add(site.finding(state, f.confidence(), f.rule(), f.licence() + " (avec son … " + f.mention().text()
                        + ": " + state.text() + ")"));
            }
        }
        return out;
    }

    /** The state opening the sentence before `avec` + possessive + title + {@code person}, the cue after the person; or null. */
    static Mention stateBeforeTheAside(CueSite site, Mention person) {
        SentenceGraph g = site.graph();
        List<Token> toks = g.tokens();
        int p = g.tokenIndexAt(person.start());
        if (p < 3 || site.hit().first() <= p) {
            return null;
        }
        int avec = -1;
        boolean titled = false;
        for (int k = p - 1; k > 0; k--) {
            String w = toks.get(k).folded();
            if (w.equals("avec")) {
                avec = k;
                break;
            }
            if (w.equals(".") || w.equals(";") || w.equals(":") || w.equals("(") || g.holderAtToken(k) != null) {
                return null;
            }
            titled |= g.words().isTitle(toks.get(k).word().toLowerCase(java.util.Locale.ROOT));
        }
        if (avec < 1 || !titled || !g.words().possessives.contains(toks.get(avec + 1).folded())) {
            return null;
        }
        int end = toks.get(avec - 1).word().equals(",") ? avec - 2 : avec - 1;
        Mention state = g.holderAtToken(end);
        if (state == null || state.type() == EntityType.PERSON || g.tokenIndexAt(state.end() - 1) != end) {
            return null;
        }
        // the state opens the sentence: only determiners before it
        for (int k = g.tokenIndexAt(state.start()) - 1; k >= 0; k--) {
            if (!g.words().definiteArticles.containsWord(toks.get(k))) {
                return null;
            }
        }
        return state;
    }
}
