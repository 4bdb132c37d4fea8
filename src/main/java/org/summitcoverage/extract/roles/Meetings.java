package org.summitcoverage.extract.roles;

import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;

/** Whether a node of the parse names a meeting: a meeting noun (`sommet`, `séance`) or an event's name. */
final class Meetings {
    private Meetings() {
    }

    static boolean isMeeting(SentenceGraph g, int node) {
        if (node <= 0) {
            return false;
        }
        Mention m = g.mentionAt(g.startOf(node));
        return g.words().meetingNouns.contains(g.word(node)) || m != null && m.type() == EntityType.EVENT;
    }
}
