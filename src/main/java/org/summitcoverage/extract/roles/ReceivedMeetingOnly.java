package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;

import java.util.List;

/**
 * `recevoir` hosts only a meeting: `L'Équateur, qui reçoit le sommet, …`, `La COP sera reçue par le Brésil` name the
 * host; `X a reçu ses homologues` receives guests (read by {@link GuestReading}), `X a reçu la présidence` or `le
 * soutien de Y` hosts nothing. So does `convoquer` (`La conférence a été convoquée par X`, `une réunion convoquée par
 * Y`; not `L'ambassadeur a été convoqué par Z`). Other verbs of hosting pass through.
 */
final class ReceivedMeetingOnly implements HolderReading {
    private final HolderReading reading;

    ReceivedMeetingOnly(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        if (site.hit().first() < 0 || !site.words().receivingVerbs.contains(site.tokens().get(site.hit().first()).folded())) {
            return reading.read(site);
        }
        SentenceGraph g = site.graph();
        // `Le Pérou recevra la prochaine COP`: the parser may hang the meeting's name in apposition to its adjective
        boolean meeting = site.dependents("obj").stream().anyMatch(n -> Meetings.isMeeting(g, n)
                || g.dependents(n, "appos").stream().anyMatch(a -> Meetings.isMeeting(g, a)))
                || site.dependents("nsubj:pass").stream().anyMatch(n -> Meetings.isMeeting(g, n))
                || site.governors("acl").stream().anyMatch(n -> Meetings.isMeeting(g, n)); // `une réunion convoquée par X`
        return meeting ? reading.read(site) : List.of();
    }
}
