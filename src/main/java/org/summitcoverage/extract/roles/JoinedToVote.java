package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.model.Mention;
import org.summitcoverage.model.RoleType;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * (h39-votes2) `Trois pays se sont joints au Chili pour voter pour le texte`, `A s'est jointe aux États-Unis pour voter
 * contre`: joining a state to cast a vote names two holders of that vote, those who join and the state joined (between
 * the verb and `pour`), and the infinitive's side decides the role (`vote_joining_signings`: a vote for, `signer`,
 * `soutenir`; `vote_joining_refusals`: `voter contre`, `s'abstenir`, `rejeter`). Other joinings pass through as read.
 */
final class JoinedToVote implements HolderReading {
    /** How far after the verb its `pour` may stand (`au Chili et au Pérou pour`). */
    private static final int MAX_PARTNER_TOKENS = 12;

    private final HolderReading reading;

    JoinedToVote(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        List<Finding> base = reading.read(site);
        if (site.hit().first() < 0 || !site.words().voteJoiningVerbs.contains(site.cueText())) {
            return base;
        }
        List<Token> toks = site.tokens();
        int pour = -1;
        for (int k = site.hit().end(); k < Math.min(toks.size(), site.hit().end() + MAX_PARTNER_TOKENS); k++) {
            String w = toks.get(k).folded();
            if (w.equals("pour")) {
                pour = k;
                break;
            }
            if (w.matches("[,;:.]")) {
                return base;
            }
        }
        RoleType side = pour < 0 ? null : side(site, toks, pour + 1);
        if (side == null) {
            return base;
        }
        List<Finding> out = new ArrayList<>();
        for (Finding f : base) {
            out.add(f.role() == side ? f : new Finding(side, f.mention(), f.trigger(), f.confidence(), f.rule(), f.licence(), null));
        }
        for (int k = site.hit().end(); k < pour; k++) {
            Mention m = site.graph().holderAtToken(k);
            if (m != null && out.stream().noneMatch(f -> f.mention().equals(m))) {
                out.add(new Finding(side, m, site.hit().text(), Confidence.NOUN_RULE, "state joined to cast the same vote",
                        site.cueText() + " " + m.text() + " pour …", null));
            }
        }
        return out;
    }

    /** The role of the vote the purpose infinitive at {@code k} casts, or null when it casts none. */
    private static RoleType side(CueSite site, List<Token> toks, int k) {
        for (List<String> phrase : site.words().voteJoiningRefusals) {
            if (RoleWords.phraseEnd(toks, k, phrase) > 0) {
                return RoleType.NON_SIGNATORY;
            }
        }
        for (List<String> phrase : site.words().voteJoiningSignings) {
            if (RoleWords.phraseEnd(toks, k, phrase) > 0) {
                return RoleType.SIGNATORY;
            }
        }
        return null;
    }
}
