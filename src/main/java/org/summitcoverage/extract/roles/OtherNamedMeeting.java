package org.summitcoverage.extract.roles;

import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.nlp.Token;

import java.util.List;

/**
 * (h25-climat) A named meeting that is not the article's, placed by its own name: `les prochaines échéances, comme le
 * Sommet du G20 en Inde ou la COP28 aux Émirats arabes unis`, in an article on the Paris summit. The press places
 * the other meetings of the calendar it sets the article's meeting in this way, and the country so named hosts that
 * meeting, not this one (docs/annotation.md § Roles: roles about another meeting are not roles of this summit).
 * Only an event mention of another entity right before the preposition, and only when the article's meeting is known;
 * a meeting noun (`le sommet en Inde`) or the article's own event keeps its place.
 */
final class OtherNamedMeeting {
    private OtherNamedMeeting() {
    }

    /** The event named right before the preposition at {@code at} is another one than {@code mainEvent}. */
    static boolean placedRightBefore(List<Token> toks, int at, List<Mention> inSentence, String mainEvent) {
        if (mainEvent == null || mainEvent.isEmpty() || at <= 0) {
            return false;
        }
        int beforeEnd = toks.get(at - 1).end();
        for (Mention m : inSentence) {
            if (m.type() == EntityType.EVENT && m.end() == beforeEnd) {
                return !m.entityId().equals(mainEvent);
            }
        }
        return false;
    }
}
