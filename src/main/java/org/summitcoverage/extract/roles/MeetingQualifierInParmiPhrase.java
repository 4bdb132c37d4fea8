package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.model.RoleType;
import org.summitcoverage.nlp.Token;

import java.util.List;

/**
 * (h42-votes3) `Parmi les chefs d'État présents à ce sommet, organisé pour la première fois en Afrique, on note A, B`:
 * a host's or chair's participle (or relative clause) on the meeting noun of an opening `Parmi` phrase says what was
 * organised; the people the sentence then lists are the set's members, who attend it and organised nothing. Only a
 * `par` agent holds such a cue.
 */
final class MeetingQualifierInParmiPhrase {
    /** How far back from the cue the meeting noun may stand (`sommet, qui était organisé`). */
    private static final int REACH = 6;

    private MeetingQualifierInParmiPhrase() {
    }

    static boolean applies(CueSite site) {
        if (site.role() != RoleType.HOST && site.role() != RoleType.CHAIR || !CueScope.startsWithParmi(site.tokens())) {
            return false;
        }
        SentenceGraph g = site.graph();
        if (site.cueNode() > 0) {
            for (String rel : List.of("acl", "acl:relcl")) {
                if (site.governors(rel).stream().anyMatch(n -> Meetings.isMeeting(g, n))) {
                    return true;
                }
            }
        }
        // by the words, the parser often hanging the participle elsewhere: only a comma, `qui` and lower-case words
        // (auxiliaries, adverbs) between the meeting noun and the cue
        List<Token> toks = site.tokens();
        for (int k = site.hit().first() - 1; k >= 0 && k >= site.hit().first() - REACH; k--) {
            Token t = toks.get(k);
            String w = t.word().toLowerCase(java.util.Locale.ROOT);
            Mention m = g.mentionAt(t.start());
            if (site.words().meetingNouns.contains(w) || m != null && m.type() == EntityType.EVENT) {
                return true;
            }
            if (t.isCapitalized() || m != null || site.words().listingVerbs.containsWord(t)) {
                return false;
            }
        }
        return false;
    }

    /** A `par` right after the cue (`organisé par le Sénégal`): an agent the parse may have missed. */
    static boolean parFollows(CueSite site) {
        List<Token> toks = site.tokens();
        for (int k = site.hit().end(); k < Math.min(toks.size(), site.hit().end() + 4); k++) {
            if (toks.get(k).folded().equals("par")) {
                return true;
            }
            if (toks.get(k).word().equals(",")) {
                return false;
            }
        }
        return false;
    }
}
