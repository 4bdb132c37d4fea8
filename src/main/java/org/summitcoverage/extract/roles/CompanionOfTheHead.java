package org.summitcoverage.extract.roles;

import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.nlp.Token;

import java.util.List;

/**
 * A person named after a companion marker (`likewise_attendance_markers`: `accompagné de`, `aux côtés de`) that follows
 * the person who leads a delegation: `L'Algérie est représentée par le Premier ministre X, accompagné du ministre
 * délégué Y`. The parser hangs Y in the agent phrase, but Y comes with the head: he attends, he leads nothing.
 */
final class CompanionOfTheHead {
    private CompanionOfTheHead() {
    }

    /**
     * A companion marker stands between token {@code from} (the end of the cue) and {@code m}, after a person named
     * there first: {@code m} is that person's companion.
     */
    static boolean follows(SentenceGraph g, int from, Mention m) {
        List<Token> toks = g.tokens();
        boolean headBefore = false;
        for (int k = Math.max(0, from); k < toks.size() && toks.get(k).start() < m.start(); k++) {
            Mention at = g.mentionAt(toks.get(k).start());
            if (at != null && at.type() == EntityType.PERSON && at.end() <= m.start()) {
                headBefore = true;
            }
            if (headBefore && LikewiseExtension.markerEnd(g.words().likewiseAttendanceMarkers, toks, k) > 0) {
                return true;
            }
        }
        return false;
    }
}
