package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.model.EntityType;

import java.util.List;

/**
 * (h35-hotes3) `diriger` and `conduire` chair only a meeting or its proceedings: `X a dirigé le huis clos des chefs
 * d'État`, `Y a conduit les débats`, `la séance, dirigée par Z` name the chair; `X dirige la délégation`, `conduit le
 * pays` chair nothing (a delegation's leader is read by {@link DelegationLeaderReading}). The meeting is the verb's
 * object, its passive subject or the noun its participle qualifies (`meeting_nouns`, `proceedings_nouns`,
 * `directed_meeting_nouns`), not an indefinite one (`a dirigé une rencontre du Comité`: another meeting). Other verbs
 * of chairing pass through.
 */
final class DirectedMeetingOnly implements HolderReading {
    private final HolderReading reading;

    DirectedMeetingOnly(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        if (site.hit().first() < 0
                || !site.words().directingVerbs.contains(site.tokens().get(site.hit().first()).folded())) {
            return reading.read(site);
        }
        SentenceGraph g = site.graph();
        boolean meeting = site.dependents("obj").stream().anyMatch(n -> sitting(site, n))
                || site.dependents("nsubj:pass").stream().anyMatch(n -> sitting(site, n))
                || site.governors("acl").stream().anyMatch(n -> sitting(site, n));
        if (!meeting) {
            return List.of();
        }
        // a body that conducts a sitting (`La séance, conduite par les Nations unies`) organises it, it chairs nothing
        return reading.read(site).stream().filter(f -> f.mention().type() != EntityType.ORGANIZATION).toList();
    }

    private static boolean sitting(CueSite site, int n) {
        SentenceGraph g = site.graph();
        if (g.dependents(n, "det").stream().anyMatch(d -> site.words().indefiniteDeterminers.contains(g.word(d)))) {
            return false; // `X a dirigé une rencontre du Comité de haut niveau`: a meeting of its own beside the summit
        }
        return Meetings.isMeeting(g, n) || site.words().proceedingsNouns.contains(g.word(n))
                || site.words().directedMeetingNouns.contains(g.word(n));
    }
}
