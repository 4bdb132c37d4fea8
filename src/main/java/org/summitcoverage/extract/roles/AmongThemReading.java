package org.summitcoverage.extract.roles;

import org.summitcoverage.model.Mention;

import java.util.ArrayList;
import java.util.List;

/**
 * A cue carried from the previous sentence, whose holder it did not name: `Une trentaine d'ONG ont signé
 * l'appel. Parmi elles, MSF, Greenpeace…`, `Parmi ces pays figurent …` — the list after `Parmi elles` holds the role;
 * a negated signature is carried as a refusal (`Neuf pays n'ont pas signé. Parmi eux, A et B`).
 */
final class AmongThemReading implements HolderReading {
    /** Words between the opener and the first item. */
    private static final int LIST_SLACK = 4;
    /**
     * After a definite set of attendees, a listing verb and a title's complement too (`Parmi les dirigeants figuraient les
     * présidents de l'Angola`), and after any opener of an attendance, whose first item may be a title with its
     * complement (`Il s'agit, entre autres, du président en exercice de l'UA, X, de Y`); not after `Il s'agit du` for a
     * signature, whose first words may name the texts signed, not the signers.
     */
    private static final int ATTENDEE_LIST_SLACK = 6;

    @Override
    public List<Finding> read(CueSite site) {
        List<Finding> out = new ArrayList<>();
        int proform = CueScope.membershipProformAt(site.words(), site.tokens());
        if (proform > 0) {
            // (h31-signature) `… signée par plus de 110 pays. La Chine, la Russie et le Brésil en font partie.`: the
            // list before `en` names the members
            int end = site.tokens().get(proform).start();
            for (Mention m : Enumerations.listAfter(site.graph(), 0, LIST_SLACK)) {
                if (m.end() <= end) {
                    out.add(site.finding(m, Confidence.PRONOUN, "coref: en font partie",
                            "previous sentence: " + site.hit().text() + " … " + m.text() + " en font partie"));
                }
            }
            return out;
        }
        int attendees = site.role() == org.summitcoverage.model.RoleType.PARTICIPANT
                ? Math.max(CueScope.amongAttendeesEnd(site.words(), site.tokens()), CueScope.attendeeSetInclusionEnd(site.words(), site.tokens()))
                : CueScope.amongAttendeesEnd(site.words(), site.tokens());
        int from = Math.max(2, Math.max(CueScope.amongThemEnd(site.words(), site.tokens()), attendees));
        for (Mention m : Enumerations.listAfter(site.graph(), from, attendees > 0 || site.role() == org.summitcoverage.model.RoleType.PARTICIPANT ? ATTENDEE_LIST_SLACK : LIST_SLACK)) {
            out.add(site.finding(m, Confidence.PRONOUN, "coref: parmi eux",
                    "previous sentence: " + site.hit().text() + " … parmi eux " + m.text()));
        }
        return out;
    }
}
