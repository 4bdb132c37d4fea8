package org.summitcoverage.extract.roles;

import org.summitcoverage.model.RoleType;

import java.util.List;

/**
 * (h32-hotes) `X a présidé une série de réunions, dont une sur l'énergie`, `Y a présidé plusieurs rencontres`: a chair
 * verb whose object is several meetings (a plural meeting noun after an indefinite plural determiner, or a series noun,
 * `meeting_series_nouns`, over meetings) chairs side meetings, not the one summit of the article. Sessions of the summit
 * itself (`plusieurs séances du sommet`: a meeting as their `de` complement) are still chaired.
 */
final class SeveralMeetingsIsNoChair implements HolderReading {
    private final HolderReading reading;

    SeveralMeetingsIsNoChair(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        if (site.cueNode() > 0 && site.role() == RoleType.CHAIR && site.dependents("aux:pass").isEmpty()) {
            for (int o : site.dependents("obj")) {
                if (severalMeetings(site, o)) {
                    return List.of();
                }
            }
        }
        return reading.read(site);
    }

    private static boolean severalMeetings(CueSite site, int object) {
        SentenceGraph g = site.graph();
        String w = g.word(object);
        if (site.words().meetingSeriesNouns.contains(w)) {
            return g.outgoing(object).stream().anyMatch(e -> e.relation().startsWith("nmod")
                    && Meetings.isMeeting(g, e.dependent()) && !ofTheMeeting(g, e.dependent()));
        }
        boolean plural = w.endsWith("s") || w.endsWith("x");
        return plural && Meetings.isMeeting(g, object) && !ofTheMeeting(g, object)
                && g.dependents(object, "det").stream().anyMatch(d -> site.words().indefinitePluralDeterminers.contains(g.word(d)));
    }

    /** `plusieurs séances du sommet`: sessions of a meeting (a meeting noun or an event as their `de` complement). */
    private static boolean ofTheMeeting(SentenceGraph g, int node) {
        return g.outgoing(node).stream().anyMatch(e -> e.relation().startsWith("nmod") && Meetings.isMeeting(g, e.dependent()));
    }
}
