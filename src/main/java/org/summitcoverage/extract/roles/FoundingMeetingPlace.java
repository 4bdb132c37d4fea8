package org.summitcoverage.extract.roles;

import org.summitcoverage.nlp.Token;

import java.util.List;

/**
 * (h45-faux12) The place of the meeting where a body was founded: `L'Alliance, fondée en décembre 2014 pendant un
 * sommet à Lima, au Pérou, regroupe douze pays`. A founding participle (`founding_participles`) before a meeting noun
 * before the place, in a sentence dated by a year, tells the body's history: that meeting is an earlier one, and its
 * place hosts nothing of the article's meeting. Read by words, within one clause: the parser hangs the adverbials of
 * such a participle in many ways.
 */
final class FoundingMeetingPlace {
    /** How far before the place the participle may stand (`fondée en décembre 2014 pendant un sommet à`: 7). */
    private static final int WINDOW = 10;

    private FoundingMeetingPlace() {
    }

    /** Whether the place word at {@code k} follows a meeting noun that follows a founding participle. */
    static boolean afterFounding(RoleWords words, List<Token> toks, int k) {
        boolean meeting = false;
        for (int j = k - 1; j >= Math.max(0, k - WINDOW); j--) {
            String w = toks.get(j).word();
            if (w.equals(".") || w.equals(";")) {
                return false;
            }
            if (words.meetingNouns.contains(w)) {
                meeting = true;
            } else if (meeting && words.foundingParticiples.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
