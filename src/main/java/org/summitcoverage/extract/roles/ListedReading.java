package org.summitcoverage.extract.roles;

import org.summitcoverage.model.Mention;

import java.util.ArrayList;
import java.util.List;

/**
 * `en présence du président sénégalais, X, et de Y`, `parmi les invités, A et B`: whoever is listed right
 * after the cue, people and states mixed, item after item while only connectors separate them.
 */
final class ListedReading implements HolderReading {
    /** How far after the cue the first item may start: `en présence d'une trentaine de dirigeants, du secrétaire
     * général de l'ONU, X` names its first holder ten words on. */
    private static final int FIRST_ITEM_SLACK = 12;

    @Override
    public List<Finding> read(CueSite site) {
        SentenceGraph g = site.graph();
        List<Mention> first = Enumerations.listAfter(g, site.hit().end(), FIRST_ITEM_SLACK);
        if (first.isEmpty()) {
            return List.of();
        }
        List<Mention> after = new ArrayList<>();
        for (Mention m : g.mentions()) {
            if (SentenceGraph.canHoldRole(m) && m.start() >= first.get(0).start()) {
                after.add(m);
            }
        }
        after.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Finding> out = new ArrayList<>();
        Mention prev = null;
        for (Mention m : after) {
            // a body or demonym inside a guest's title stands for that guest (`et du secrétaire général de l'ONU, X`)
            Mention titled = TitleAppositions.titledPerson(g, m);
            Mention holder = titled != null ? titled : TitleAppositions.isTitleDemonym(m) ? TitleAppositions.personRightAfter(g, m) : m;
            if (holder == null || out.stream().anyMatch(f -> f.mention().equals(holder))) {
                continue;
            }
            if (prev != null && !Enumerations.onlyConnectorsBetween(g, prev, holder)) {
                break;
            }
            prev = holder;
            out.add(site.finding(holder, Confidence.NOUN_RULE, "listed", site.cueText() + " " + holder.text()));
        }
        return out;
    }
}
