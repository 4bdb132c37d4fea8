package org.summitcoverage.extract.roles;

import org.summitcoverage.extract.roles.RoleCueLexicon.Hit;
import org.summitcoverage.model.Mention;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * The list after the first colon that follows the cue: `signée par une coalition de pays … : la Colombie,
 * les Pays-Bas, …`, `Dix pays et l'UE ont adopté la déclaration … : l'Australie, le Canada, …`.
 */
final class ColonListReading implements HolderReading {
    @Override
    public List<Finding> read(CueSite site) {
        Hit h = site.hit();
        List<Token> toks = site.tokens();
        List<Finding> out = new ArrayList<>();
        for (int k = h.end(); k < toks.size(); k++) {
            if (toks.get(k).word().equals(":")) {
                for (Mention m : Enumerations.listAfter(site.graph(), k + 1, 3)) {
                    out.add(site.finding(m, Confidence.TOKEN_RULE, "tokens: list after colon", h.text() + " … : " + m.text()));
                }
                break;
            }
        }
        return out;
    }
}
