package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * (h32-hotes) `Je veux remercier le Président du Conseil, X, pour son accueil à Grenade`, `a félicité le Kenya pour
 * l'organisation du sommet`: the one thanked or praised (`hosting_thanks_stems`) for the welcome, the hospitality or the
 * meeting's organisation (`thanks` cues) hosted the meeting. Its holder is the object of that verb before the cue; an
 * organisation thanked for is one of a meeting only (a meeting noun or an event within the next words), not `pour
 * l'organisation des élections`.
 */
final class ThanksForHostingReading implements ParsedReading {
    /** How many words after `pour l'organisation` the meeting organised may stand (`de ce sommet`, `du 12e sommet`). */
    private static final int MEETING_REACH = 4;

    @Override
    public List<Finding> readParsed(CueSite site) {
        SentenceGraph g = site.graph();
        List<Token> toks = site.tokens();
        if (TextFolding.fold(site.cueText()).endsWith("organisation") && !meetingAfter(site)) {
            return List.of();
        }
        int k = thankingVerbBefore(site.words(), toks, site.hit());
        int verb = k < 0 ? -1 : g.nodeAt(toks.get(k).start());
        if (verb <= 0) {
            return List.of();
        }
        String thanked = toks.get(k).word();
        return site.phrases(new ArrayList<>(g.dependents(verb, "obj")), Confidence.NOUN_RULE, o -> thanked + " … " + site.cueText());
    }

    /** The token of the verb that thanks (`hosting_thanks_stems`) before the cue in its sentence, or -1. */
    static int thankingVerbBefore(RoleWords words, List<Token> toks, RoleCueLexicon.Hit hit) {
        for (int k = hit.first() - 1; k >= 0; k--) {
            String w = toks.get(k).folded();
            if (w.equals(".") || w.equals(";")) {
                return -1;
            }
            if (words.hostingThanksStems.entries().stream().anyMatch(w::startsWith)) {
                return k;
            }
        }
        return -1;
    }

    private static boolean meetingAfter(CueSite site) {
        SentenceGraph g = site.graph();
        List<Token> toks = site.tokens();
        for (int k = site.hit().end(); k < toks.size() && k < site.hit().end() + MEETING_REACH; k++) {
            int n = g.nodeAt(toks.get(k).start());
            if (Meetings.isMeeting(g, n)) {
                return true;
            }
        }
        return false;
    }
}
