package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.model.RoleType;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * (h39-votes2) `Parmi les abstentions, on remarque la présence de A et B`, `Parmi les signataires, on notait A`: a
 * fronted `Parmi` phrase that names a side of the vote or of the signature is the set the noting clause lists, so
 * `présence` or `on notait` there says who is in that set, not who attended. A refusing side (`refusing_set_words`)
 * makes those listed NON_SIGNATORY, a signing one (`signing_set_words`, not after `non`/`pas`) SIGNATORY; any other
 * vote word (`vote_set_words`: `Parmi les votes, …`) only drops the attendance. Other roles and sentences pass through.
 */
final class VoteSetIsNoAttendance implements HolderReading {
    private final HolderReading reading;

    VoteSetIsNoAttendance(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        if (site.role() != RoleType.PARTICIPANT || site.hit().first() <= 0) {
            return reading.read(site);
        }
        String side = frontedVoteSide(site);
        if (side == null) {
            return reading.read(site);
        }
        RoleType role = side.equals("refusing") ? RoleType.NON_SIGNATORY : side.equals("signing") ? RoleType.SIGNATORY : null;
        if (role == null) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (Finding f : reading.read(site)) {
            if (f.role() == RoleType.PARTICIPANT) {
                out.add(new Finding(role, f.mention(), f.trigger(), f.confidence(), f.rule() + " (member of a fronted vote set)",
                        f.licence(), null));
            }
        }
        return out;
    }

    /**
     * The side the fronted `Parmi` phrase names (before its first comma, and before the cue): `refusing`, `signing`,
     * `vote` (a vote word of no side), or null when the sentence opens otherwise.
     */
    private static String frontedVoteSide(CueSite site) {
        List<Token> toks = site.tokens();
        if (toks.isEmpty() || !toks.get(0).folded().equals("parmi")) {
            return null;
        }
        String side = null;
        for (int k = 1; k < Math.min(site.hit().first(), toks.size()); k++) {
            String w = toks.get(k).word();
            if (w.equals(",") || w.equals(";") || w.equals(":")) {
                break;
            }
            String before = toks.get(k - 1).folded();
            boolean negated = before.equals("non") || before.equals("pas");
            if (site.words().refusingSetWords.contains(w) || negated && site.words().signingSetWords.contains(w)) {
                return "refusing";
            }
            if (site.words().signingSetWords.contains(w)) {
                side = "signing";
            } else if (side == null && site.words().voteSetWords.contains(w)) {
                side = "vote";
            }
        }
        return side;
    }
}
