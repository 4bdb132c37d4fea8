package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.extract.roles.RoleCueLexicon.Hit;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.model.RoleType;
import org.summitcoverage.nlp.Token;

import java.util.List;

/** `se tiendra en Turquie`, `aura lieu au Kenya`: the country where the meeting is held hosts it. */
final class VenueReading implements HolderReading {
    @Override
    public List<Finding> read(CueSite site) {
        List<Token> toks = site.tokens();
        Hit h = site.hit();
        if (!CueScope.isPronominalOrLieu(toks, h)) {
            return List.of();
        }
        for (int k = h.end(); k < Math.min(toks.size(), h.end() + 6); k++) {
            String w = TextFolding.fold(toks.get(k).word());
            if (w.equals("en") || w.equals("au") || w.equals("aux") || w.equals("a")) {
                // `à` only introduces a country for islands and city-states (`à Chypre`, `à Singapour`):
                // the mention must then be a COUNTRY, which the check below already requires
                if (k + 1 < toks.size()) {
                    Mention m = site.graph().mentionAt(toks.get(k + 1).start());
                    if (m == null && k + 2 < toks.size()) {
                        m = site.graph().mentionAt(toks.get(k + 2).start());
                    }
                    if (m != null && m.type() == EntityType.COUNTRY) {
                        return List.of(new Finding(RoleType.HOST, m, h.text() + " " + toks.get(k).word(), Confidence.NOUN_RULE,
                                "venue", h.text() + " " + toks.get(k).word() + " " + m.text(), null));
                    }
                }
                break;
            }
            if (w.equals(".") || w.equals(";")) {
                break;
            }
        }
        return List.of();
    }
}
