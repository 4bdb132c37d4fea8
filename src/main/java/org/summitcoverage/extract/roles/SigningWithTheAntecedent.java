package org.summitcoverage.extract.roles;

import org.summitcoverage.extract.Words;
import org.summitcoverage.model.RoleType;
import org.summitcoverage.nlp.Token;

import java.util.List;

/**
 * A verb of signing in a relative clause opened by `avec` and a relative pronoun (`partner_relatives`: `La Libye, avec
 * qui la Turquie a signé en 2019 un accord de coopération militaire, sera représentée par X`): the clause tells of a
 * deal between the antecedent and the subject, a text of their own and not the summit's; neither signs it here
 * (docs/annotation.md: a different treaty is no role of this summit).
 */
final class SigningWithTheAntecedent implements HolderReading {
    /** The longest subject and auxiliaries between the relative pronoun and the verb (`le gouvernement turc a`). */
    private static final int MAX_SUBJECT_TOKENS = 6;

    private final HolderReading reading;

    SigningWithTheAntecedent(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        if ((site.role() == RoleType.SIGNATORY || site.role() == RoleType.NON_SIGNATORY) && inPartnerRelative(site)) {
            return List.of();
        }
        return reading.read(site);
    }

    /** A partner relative ends a few words before the cue, with no punctuation between: the cue is its clause's verb. */
    private static boolean inPartnerRelative(CueSite site) {
        List<Token> toks = site.tokens();
        int cue = site.hit().first();
        for (int k = Math.max(0, cue - MAX_SUBJECT_TOKENS - 2); k < cue; k++) {
            for (List<String> relative : site.words().partnerRelatives) {
                int end = RoleWords.phraseEnd(toks, k, relative);
                if (end > 0 && end <= cue && end + MAX_SUBJECT_TOKENS >= cue && noPunctuation(toks, end, cue)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean noPunctuation(List<Token> toks, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Words.isPunctuation(toks.get(k)) && !toks.get(k).word().equals("'") && !toks.get(k).word().equals("’")) {
                return false;
            }
        }
        return true;
    }
}
