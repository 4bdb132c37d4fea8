package org.summitcoverage.extract.roles;

import org.summitcoverage.model.Mention;

import java.util.ArrayList;
import java.util.List;

/**
 * A cue carried from the previous sentence, whose holder it did not name: `Une trentaine d'ONG ont signé
 * l'appel. Parmi elles, MSF, Greenpeace…`, `Parmi ces pays figurent …` — the list after `Parmi elles` holds the role;
 * a negated signature is carried as a refusal (`Neuf pays n'ont pas signé. Parmi eux, A et B`).
 */
final class AmongThemReading implements HolderReading {
    @Override
    public List<Finding> read(CueSite site) {
        List<Finding> out = new ArrayList<>();
        int from = Math.max(2, CueScope.amongThemEnd(site.words(), site.tokens()));
        for (Mention m : Enumerations.listAfter(site.graph(), from, 4)) {
            out.add(site.finding(m, Confidence.PRONOUN, "coref: parmi eux",
                    "previous sentence: " + site.hit().text() + " … parmi eux " + m.text()));
        }
        return out;
    }
}
