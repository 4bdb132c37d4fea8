package org.summitcoverage.extract.roles;

import org.summitcoverage.nlp.Token;
import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.extract.roles.RoleCueLexicon.Hit;

import java.util.List;

/**
 * (h26-ia) A span of time measured from another meeting: `un an après le Sommet de Paris co-présidé par A et B`,
 * `six mois après la conférence organisée par X`. The press dates the article's meeting from the previous one in this
 * way, and the role told in that phrase, right after `après` and before any pause, is that earlier meeting's
 * (docs/annotation.md § Roles: `présidait la précédente édition` is no role of this summit). A pause between them
 * (`Deux jours après l'ouverture, X a présidé la séance`) hands the clause back to the article's meeting.
 */
final class TimeAfterAnEarlierMeeting {
    /** How far after `après` a cue may stand and still qualify the meeting it names. */
    private static final int REACH = 8;

    private TimeAfterAnEarlierMeeting() {
    }

    /** The cue {@code h} stands in a phrase `<number> <unit of time> après <meeting> …` without a pause before it. */
    static boolean tellsOfIt(RoleWords words, List<Token> toks, Hit h) {
        if (h.first() < 0) {
            return false;
        }
        for (int k = h.first() - 1; k >= Math.max(1, h.first() - REACH); k--) {
            String w = toks.get(k).folded();
            if (isPause(w)) {
                return false;
            }
            if (w.equals("apres") && words.timeUnits.containsWord(toks.get(k - 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPause(String w) {
        return w.equals(",") || w.equals(";") || w.equals(":") || w.equals(".") || w.equals("—") || w.equals("–")
                || w.equals("(") || w.equals(")");
    }
}
