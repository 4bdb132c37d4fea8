package org.summitcoverage.extract.roles;

import org.summitcoverage.extract.roles.RoleCueLexicon.CueKind;
import org.summitcoverage.extract.roles.RoleCueLexicon.Hit;
import org.summitcoverage.model.RoleType;
import org.summitcoverage.nlp.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * (h59-presence) `Arrivé mardi au sommet, le président X a été rejoint par ses homologues A et B`, `X a annoncé sa venue
 * au sommet. Il sera rejoint par Y`: joining a person (no text, so no signature) puts whoever joins where that person
 * is; when the sentence, before the cue, tells of that person's coming (an arrival or attendance cue), or the sentence
 * before does and the joined one is a pronoun taking it up, the `par` agents attend. A person joined with no such
 * presence told (`Le président égyptien sera rejoint par le président turc`) gives nothing.
 */
final class JoinedAtTheMeeting {
    /** The kinds of attendance cue that tell a person's coming or presence (not a meeting's opening, not a list). */
    private static final Set<CueKind> PRESENCE_KINDS = Set.of(CueKind.ARRIVAL, CueKind.VERB, CueKind.ATTENDANCE);

    private JoinedAtTheMeeting() {
    }

    /** The agents who join the person at the meeting, as attendance; none when the person's presence is not told. */
    static List<Finding> joiners(CueSite site) {
        SentenceGraph g = site.graph();
        List<Integer> joined = site.dependents("nsubj:pass");
        if (joined.isEmpty() || !joined.stream().allMatch(n -> isPerson(g, n))) {
            return List.of(); // a state or a text joined: no one's presence
        }
        boolean pronoun = site.dependents("nsubj:pass").stream().anyMatch(n -> g.words().subjectPronouns.contains(g.word(n)));
        boolean placed = presenceTold(site.words(), site.tokens().subList(0, site.hit().first()))
                || pronoun && previousTellsPresence(site);
        if (!placed) {
            return List.of();
        }
        return new ArrayList<>(site.withRole(RoleType.PARTICIPANT)
                .phrases(site.agents(), Confidence.NOUN_RULE, n -> site.cueText() + " par " + g.word(n)));
    }

    private static boolean previousTellsPresence(CueSite site) {
        Sentence previous = site.discourse() == null ? null : site.discourse().previous();
        return previous != null && presenceTold(site.words(), previous.tokens());
    }

    /** A person named, a singular holder title (`le président égyptien`) or a subject pronoun. */
    private static boolean isPerson(SentenceGraph g, int n) {
        org.summitcoverage.model.Mention m = g.mentionAt(g.startOf(n));
        return m != null ? m.type() == org.summitcoverage.model.EntityType.PERSON
                : g.words().isHolderTitle(g.word(n)) && !g.word(n).endsWith("s") || g.words().subjectPronouns.contains(g.word(n));
    }

    /** An attendance cue, not negated (`ne viendra pas`), among the tokens. */
    private static boolean presenceTold(RoleWords words, List<org.summitcoverage.nlp.Token> toks) {
        for (Hit h : RoleCueLexicon.shared().find(toks)) {
            if (h.role() == RoleType.PARTICIPANT && PRESENCE_KINDS.contains(h.kind()) && !CueScope.isNegated(words, toks, h)) {
                return true;
            }
        }
        return false;
    }
}
