package org.summitcoverage.extract.roles;

import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.nlp.ParsedSentence;

import java.util.ArrayList;
import java.util.List;

/**
 * (h38-hotes4) `Le ministre gambien X a souhaité, au nom de son pays, qui accueille la session, la bienvenue`: a host
 * verb in a relative clause on `son pays` (a singular possessive, `singular_possessives`, on a noun of one's own state,
 * `represented_own_nouns`) names no state itself; the possessive's owner is the subject of the clause the noun stands
 * in, and the state that subject's phrase names (its demonym or its title's complement) hosts.
 */
final class OwnStateOfTheSpeaker implements HolderReading {
    /** How many steps up from the possessed noun its clause's verb may be (`au nom de son pays`: two). */
    private static final int MAX_STEPS = 3;

    private final HolderReading reading;

    OwnStateOfTheSpeaker(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        List<Finding> out = reading.read(site);
        if (!out.isEmpty() || site.cueNode() <= 0) {
            return out;
        }
        SentenceGraph g = site.graph();
        boolean relativeSubject = site.dependents("nsubj").stream()
                .anyMatch(s -> site.words().relativePronouns.contains(g.word(s)));
        if (!relativeSubject) {
            return out;
        }
        List<Finding> own = new ArrayList<>();
        for (int noun : g.governors(site.cueNode(), "acl:relcl")) {
            boolean possessed = site.words().representedOwnNouns.contains(g.word(noun))
                    && g.dependents(noun, "det").stream().anyMatch(d -> site.words().singularPossessives.contains(g.word(d)));
            Mention state = possessed ? stateOfTheClauseSubject(g, noun) : null;
            if (state != null) {
                own.add(site.finding(state, Confidence.NOUN_RULE, "own state of the subject",
                        "son " + g.word(noun) + ", qui " + site.cueText() + " → " + state.text()));
            }
        }
        return own;
    }

    /** The one state the subject of the clause holding {@code noun} names, or null. */
    private static Mention stateOfTheClauseSubject(SentenceGraph g, int noun) {
        int n = noun;
        for (int step = 0; step < MAX_STEPS; step++) {
            ParsedSentence.Edge up = g.incoming(n).stream().filter(e -> e.governor() > 0).findFirst().orElse(null);
            if (up == null) {
                return null;
            }
            n = up.governor();
            List<Integer> subjects = g.dependents(n, "nsubj");
            if (!subjects.isEmpty()) {
                // the subject's words up to its verb: a title's state stands in them (`Le ministre gambien X`, `X,
                // ministre de la Gambie,`), which the phrase of a named person leaves out
                int from = g.startOf(subjects.get(0));
                int to = g.startOf(n);
                List<Mention> states = g.mentions().stream().filter(m -> m.type() == EntityType.COUNTRY
                        && m.start() >= from && m.end() <= to).toList();
                return from >= 0 && to > from && states.stream().map(Mention::entityId).distinct().count() == 1
                        ? states.get(0) : null;
            }
        }
        return null;
    }
}
