package org.summitcoverage.extract.roles;

import org.summitcoverage.extract.roles.RoleCueLexicon.CueKind;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.nlp.Sentence;
import org.summitcoverage.nlp.Token;

import java.util.List;

/**
 * (h59-presence) A guest cue that opens on the clitic `y` (`Ils y retrouvent les présidents A et B`): whom the verb finds
 * there is present where the `y` points. That is the meeting's place only when the sentence before tells of the meeting
 * (names it or a meeting noun) or of an arrival (`A et B ont atterri à Pékin. Ils y retrouvent …`); after a trip told
 * otherwise (`X ira ensuite à Paris. Il y retrouvera Y`) the `y` is another place and gives nothing.
 */
final class CliticPlaceOfTheMeeting {
    private CliticPlaceOfTheMeeting() {
    }

    /** The cue's first word is the clitic `y`. */
    static boolean opensOnTheClitic(CueSite site) {
        return site.hit().first() >= 0 && site.tokens().get(site.hit().first()).folded().equals("y");
    }

    /** The site read from the verb after the clitic (its objects hang on the verb, not on `y`). */
    static CueSite fromTheVerb(CueSite site) {
        List<Token> toks = site.tokens();
        int verb = site.graph().nodeAt(toks.get(site.hit().end() - 1).start());
        return verb > 0 ? new CueSite(site.graph(), site.hit(), site.role(), verb, site.discourse()) : site;
    }

    /** The sentence before tells of the meeting or of an arrival, so the `y` is the meeting or its place. */
    static boolean takesUpTheMeeting(CueSite site) {
        Sentence previous = site.discourse() == null ? null : site.discourse().previous();
        if (previous == null) {
            return false;
        }
        for (Mention m : site.discourse().allMentions()) {
            if (m.sentenceIndex() == previous.index() && m.type() == EntityType.EVENT) {
                return true;
            }
        }
        for (Token t : previous.tokens()) {
            if (site.words().meetingNouns.containsWord(t)) {
                return true;
            }
        }
        return RoleCueLexicon.shared().find(previous.tokens()).stream()
                .anyMatch(h -> h.kind() == CueKind.ARRIVAL && h.role() != null);
    }
}
