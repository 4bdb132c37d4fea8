package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.extract.Words;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.model.RoleType;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * (h30-marges) A person set off after a companion marker in the holders' phrase (`companion_markers`: `Le roi
 * X, accompagné du prince Y, et le président Z ont présidé la cérémonie de signature`) comes with the one named before
 * the marker: he attends, he does not chair, host or sign with them, though the parser and the enumeration take him for
 * one more item of the list. The companions coordinated after him by `et de` or `, de` (`accompagné du prince Y et du
 * prince W`) come along too; an item after `et` with no `de` (`, et le président Z`) is a holder again.
 */
final class CompanionAttendsOnly implements HolderReading {
    private static final Set<RoleType> ACTS = EnumSet.of(RoleType.CHAIR, RoleType.HOST, RoleType.SIGNATORY);
    /** How far back from the companion's name its marker may stand (titles and companions between). */
    private static final int WINDOW = 20;
    private static final int LONGEST_MARKER = 4;

    private final HolderReading reading;

    CompanionAttendsOnly(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : reading.read(site)) {
            if (ACTS.contains(f.role()) && f.mention().type() == EntityType.PERSON && isCompanion(site.graph(), f.mention())
                    && !coOrganiser(site, f.mention())) {
                out.add(new Finding(RoleType.PARTICIPANT, f.mention(), f.trigger(), f.confidence(), f.rule() + ", companion",
                        f.licence(), null));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * (h31-hotes) `en compagnie de` after the cue verb of organising itself (`X a organisé ce sommet en compagnie de Y`)
     * names a co-organiser, no companion of the subject: Y hosts too (AgentReading.coOrganiserAt).
     */
    private static boolean coOrganiser(CueSite site, Mention m) {
        List<Token> toks = site.graph().tokens();
        int t = site.graph().tokenIndexAt(m.start());
        for (int k = site.hit().end(); k < t; k++) {
            if (AgentReading.coOrganiserAt(site, toks, k) > 0) {
                return true;
            }
        }
        return false;
    }

    /** A companion marker closes the words before {@code m}, after a person named first in the sentence. */
    static boolean isCompanion(SentenceGraph g, Mention m) {
        List<Token> toks = g.tokens();
        int t = g.tokenIndexAt(m.start());
        for (int p = t; p > 0 && p >= t - WINDOW; p--) {
            for (int s = Math.max(0, p - LONGEST_MARKER); s < p; s++) {
                if (LikewiseExtension.markerEnd(g.words().companionMarkers, toks, s) == p) {
                    return personBefore(g, s);
                }
            }
            String w = toks.get(p - 1).word();
            if (w.equals(",") || w.equals("et")) {
                // `accompagné de A et de B`, `de A, de B`: the companions go on; `, et le président Z` is a holder again
                if (!Words.isDe(toks.get(p).folded())) {
                    return false;
                }
            } else if (w.equals(";") || w.equals(":") || w.equals(".") || w.equals("(") || w.equals(")")) {
                return false;
            }
        }
        return false;
    }

    private static boolean personBefore(SentenceGraph g, int marker) {
        for (Token tok : g.tokens().subList(0, marker)) {
            Mention at = g.mentionAt(tok.start());
            if (at != null && at.type() == EntityType.PERSON) {
                return true;
            }
        }
        return false;
    }
}
