package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.model.RoleType;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * `Les grandes banques sont aussi représentées avec A, la présidente de X, et B`: the people listed after
 * `avec` attend; they lead no named delegation. Any other use of the cue is read by the wrapped reading.
 */
final class RepresentedWithReading implements HolderReading {
    private final HolderReading inner;

    RepresentedWithReading(HolderReading inner) {
        this.inner = inner;
    }

    @Override
    public List<Finding> read(CueSite site) {
        List<Token> toks = site.tokens();
        int k = site.hit().end();
        while (k < toks.size() && (ClauseReading.isAdverb(toks, k) || site.words().skippableBeforeVerb.containsWord(toks.get(k))
                && !toks.get(k).word().equals(","))) {
            k++;
        }
        if (k >= toks.size() || !toks.get(k).folded().equals("avec")) {
            return inner.read(site);
        }
        List<Finding> out = new ArrayList<>();
        for (Mention m : Enumerations.listAfter(site.graph(), k + 1, 4)) {
            if (m.type() == EntityType.PERSON) {
                out.add(new Finding(RoleType.PARTICIPANT, m, site.cueText(), Confidence.TOKEN_RULE, "represented-with",
                        site.cueText() + " avec " + m.text(), null));
            }
        }
        return out;
    }
}
