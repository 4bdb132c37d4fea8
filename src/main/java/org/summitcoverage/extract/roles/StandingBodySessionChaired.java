package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * (h46-faux13) `X, qui assume la présidence de la 60e session de l'Assemblée générale`, `X préside la session du Conseil
 * des ministres`, in an article on a summit: the chair's meeting is a standing body's session (`body_session_nouns`, whose `de`
 * complement is a `standing_bodies` noun), a meeting the body holds for its term, not the article's meeting
 * (docs/annotation.md § Roles: chairing a standing body or another meeting is no role of this summit). Not a body's
 * meeting (`une réunion de la coalition`, which may be the article's own), nor the session that is the article's main event or one of a
 * body its main event is named after (`la 38e session ordinaire de l'Assemblée de l'Union`, an article on the Assemblée's summit).
 */
final class StandingBodySessionChaired {
    private StandingBodySessionChaired() {
    }

    static boolean chairsAnother(SentenceGraph g, int cue, String mainEvent, String mainEventName) {
        if (cue <= 0) {
            return false;
        }
        List<Integer> chaired = new ArrayList<>(g.dependents(cue, "obj"));
        chaired.addAll(g.dependents(cue, "nmod:de")); // the noun: `la présidence de la 60e session`
        for (int n : chaired) {
            if (!g.words().bodySessionNouns.contains(g.word(n).toLowerCase(Locale.ROOT))) {
                continue;
            }
            Mention event = eventAt(g, g.startOf(n));
            if (event != null && event.entityId().equals(mainEvent)) {
                continue; // the article's own session
            }
            for (int body : g.dependents(n, "nmod:de")) {
                String bodyWord = g.word(body).toLowerCase(Locale.ROOT);
                if (g.words().standingBodies.contains(bodyWord) && !namesTheBody(mainEventName, bodyWord)) {
                    Mention bodyEvent = eventAt(g, g.startOf(body));
                    if (bodyEvent == null || !bodyEvent.entityId().equals(mainEvent)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The article's main event is named after the same body noun (`Assemblée de l'Union`): its sessions may be it. */
    private static boolean namesTheBody(String mainEventName, String bodyWord) {
        String name = " " + TextFolding.fold(mainEventName == null ? "" : mainEventName).toLowerCase(Locale.ROOT) + " ";
        return name.contains(" " + TextFolding.fold(bodyWord) + " ");
    }

    private static Mention eventAt(SentenceGraph g, int offset) {
        for (Mention m : g.mentions()) {
            if (m.type() == EntityType.EVENT && m.start() <= offset && offset < m.end()) {
                return m;
            }
        }
        return null;
    }
}
