package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.model.Mention;
import org.summitcoverage.model.RoleType;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * A vote tally leaves out the verb after its first clause: `A et B ont voté pour, C et D contre`, `A a voté contre,
 * B pour`. Each later comma-separated part that lists holders and ends on the side they took (`pour` or `contre`,
 * before punctuation or the end) gets that side's role: for is a signature, against a refusal. After any signature
 * a part that ends on a bare negation refused it (`La Corée a signé, le Japon non`: `elliptic_negations`).
 */
final class VoteGappingExtension implements HolderReading {
    /** How far after the comma the first name of a part may start (`, la Hongrie`, `, puis l'Autriche`). */
    private static final int FIRST_ITEM_SLACK = 3;

    private final HolderReading reading;

    VoteGappingExtension(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        List<Finding> found = reading.read(site);
        List<Token> toks = site.tokens();
        if (site.hit().first() < 0) {
            return found;
        }
        boolean vote = site.words().voteVerbs.containsWord(toks.get(site.hit().first()));
        if (!vote && (site.role() != RoleType.SIGNATORY || found.isEmpty())) {
            return found; // past a signature only: `La Corée a signé, le Japon non`
        }
        List<Finding> out = new ArrayList<>(found);
        SentenceGraph g = site.graph();
        for (int k = site.hit().end(); k < toks.size(); k++) {
            String w = toks.get(k).word();
            if (w.equals(".") || w.equals(";") || w.equals(":")) {
                break;
            }
            if (!w.equals(",")) {
                continue;
            }
            List<Mention> part = Enumerations.listAfter(g, k + 1, FIRST_ITEM_SLACK);
            if (part.isEmpty()) {
                continue;
            }
            int last = g.tokenIndexAt(part.get(part.size() - 1).end() - 1);
            RoleType side = last < 0 ? null : vote ? side(site.words(), toks, last + 1) : ellipticRefusal(site.words(), toks, last + 1);
            if (side == null) {
                continue;
            }
            for (Mention m : part) {
                out.add(new Finding(side, m, site.cueText(), Confidence.ENUMERATION, "vote tally without its verb",
                        site.cueText() + " … , " + m.text() + " " + toks.get(last + 1).word(), null));
            }
            k = last + 1;
        }
        return out;
    }

    /** `…, le Japon non.`, `…, le Japon pas`: a part that ends on a bare negation after a signature refused it. */
    private static RoleType ellipticRefusal(RoleWords words, List<Token> toks, int k) {
        if (k >= toks.size() || !words.ellipticNegations.containsWord(toks.get(k))) {
            return null;
        }
        boolean ends = k + 1 >= toks.size() || !toks.get(k + 1).folded().matches("\\p{L}.*");
        return ends ? RoleType.NON_SIGNATORY : null;
    }

    /** The side a part of the tally ends on, when the part ends there; else null. */
    private static RoleType side(RoleWords words, List<Token> toks, int k) {
        if (k >= toks.size()) {
            return null;
        }
        boolean ends = k + 1 >= toks.size() || !toks.get(k + 1).folded().matches("\\p{L}.*")
                || words.contrastOpeners.containsWord(toks.get(k + 1));
        if (!ends) {
            return null;
        }
        if (words.voteForWords.containsWord(toks.get(k))) {
            return RoleType.SIGNATORY;
        }
        return words.voteAgainstWords.containsWord(toks.get(k)) ? RoleType.NON_SIGNATORY : null;
    }
}
