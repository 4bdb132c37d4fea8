package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.model.RoleType;
import org.summitcoverage.nlp.Sentence;
import org.summitcoverage.nlp.Token;

import java.util.List;

/**
 * `manquer à l'appel` refuses a text only on a roll of signatories (`Quarante pays ont signé l'accord. Les pays
 * pétroliers manquent à l'appel.`); on any other roll it is an absence (`L'Ouganda, partenaire, manquait à l'appel`),
 * and negated attendance gives no role (docs/annotation.md, negation). The roll is one of signatories when the sentence
 * or the one before it speaks of signing (`signing_stems`: `signé`, `signataires`, `paraphé`, `ratifié`, `adopté` …).
 */
final class RollCallAbsenceIsNoRefusal implements HolderReading {
    private final HolderReading reading;

    RollCallAbsenceIsNoRefusal(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        if (site.hit().role() == RoleType.NON_SIGNATORY && isRollCall(site) && !speaksOfSigning(site)) {
            return List.of();
        }
        return reading.read(site);
    }

    private static boolean isRollCall(CueSite site) {
        List<Token> toks = site.tokens();
        for (int k = site.hit().first(); k < site.hit().end(); k++) {
            if (toks.get(k).folded().equals("appel")) {
                return true;
            }
        }
        return false;
    }

    /** The sentence or the one before it speaks of signing (`signing_stems`). */
    static boolean speaksOfSigning(CueSite site) {
        Sentence previous = site.discourse().previous();
        return hasSigningWord(site, site.tokens()) || previous != null && hasSigningWord(site, previous.tokens());
    }

    private static boolean hasSigningWord(CueSite site, List<Token> toks) {
        for (Token t : toks) {
            String w = t.folded();
            if (site.words().signingStems.entries().stream().anyMatch(w::startsWith)) {
                return true;
            }
        }
        return false;
    }
}
