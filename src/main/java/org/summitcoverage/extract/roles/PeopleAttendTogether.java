package org.summitcoverage.extract.roles;

import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.model.RoleType;

import java.util.ArrayList;
import java.util.List;

/**
 * A person who attends `avec` other named people attends with them, and they attend too: `X participera au sommet
 * tripartite avec le président Y du Kenya et le président Z` (the `avec` phrase on the verb of attendance, or on the
 * meeting noun it governs, as the parser hangs it either way). Every conjunct of the phrase must name a person
 * (`avec l'appui de l'UE` names none and adds nobody), and a possessive one is the person's own aide, no
 * attendee (`participe avec son conseiller Y`); a state's own envoy and partner states are read by
 * {@link StateAttendsWithItsEnvoy}.
 */
final class PeopleAttendTogether implements HolderReading {
    private final HolderReading reading;

    PeopleAttendTogether(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        List<Finding> found = reading.read(site);
        if (site.role() != RoleType.PARTICIPANT || site.cueNode() <= 0
                || found.stream().noneMatch(f -> f.role() == RoleType.PARTICIPANT && f.mention().type() == EntityType.PERSON)) {
            return found;
        }
        List<Finding> out = new ArrayList<>(found);
        for (int phrase : companionPhrases(site)) {
            out.addAll(partners(site, phrase));
        }
        return out;
    }

    /** The `avec` phrases on the cue's verb and on the meeting noun it governs (`au sommet avec …`). */
    private static List<Integer> companionPhrases(CueSite site) {
        SentenceGraph g = site.graph();
        List<Integer> phrases = new ArrayList<>();
        for (int o : site.dependents("obl")) {
            if (opensOnAvec(g, o)) {
                phrases.add(o);
            }
        }
        for (int o : site.dependents("obl:à")) {
            Mention meeting = g.mentionAt(g.startOf(o));
            if (site.words().meetingNouns.contains(g.word(o)) || meeting != null && meeting.type() == EntityType.EVENT) {
                for (int n : g.dependents(o, "nmod")) {
                    if (opensOnAvec(g, n)) {
                        phrases.add(n);
                    }
                }
            }
        }
        return phrases;
    }

    /** `avec le président X`, not `avec son conseiller Y`: one's own aide is a companion, no attendee of the gold's. */
    private static boolean opensOnAvec(SentenceGraph g, int n) {
        return g.dependents(n, "case").stream().anyMatch(c -> g.word(c).equalsIgnoreCase("avec"))
                && g.dependents(n, "det").stream().noneMatch(d -> g.words().possessives.contains(g.word(d).toLowerCase(java.util.Locale.ROOT)));
    }

    /** One PARTICIPANT row per conjunct's person; none at all when a conjunct names no person. */
    private static List<Finding> partners(CueSite site, int phrase) {
        SentenceGraph g = site.graph();
        List<Finding> out = new ArrayList<>();
        for (int c : g.conjuncts(phrase)) {
            Mention person = null;
            for (Mention m : g.entitiesInConjunct(c)) {
                if (m.type() == EntityType.PERSON && SentenceGraph.canHoldRole(m)) {
                    person = m;
                    break;
                }
            }
            if (person == null) {
                return List.of();
            }
            out.add(new Finding(RoleType.PARTICIPANT, person, site.cueText(), Confidence.PARSE_SUBJECT, "attends-with-people",
                    site.cueText() + " avec " + person.text(), null));
        }
        return out;
    }
}
