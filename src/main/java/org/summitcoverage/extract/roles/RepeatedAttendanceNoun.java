package org.summitcoverage.extract.roles;

import org.summitcoverage.nlp.ParsedSentence;

import java.util.ArrayList;
import java.util.List;

/**
 * (h42-listes9) `On note l'arrivée de A, celle de B et de C`: the pronoun `celle` repeats the noun of attendance, so its
 * `de` complements attend like the noun's own. The parser hangs the pronoun on the noun (`appos`), on the verb that
 * takes the noun (`On note l'arrivée de A, puis celle de B`: `conj`) or on the verb of the clause the noun is the subject
 * of (`Les arrivées se poursuivront avec celle de X`); any of these, within a few steps, and after the noun.
 */
final class RepeatedAttendanceNoun {
    /** Most steps from the pronoun up to the noun of attendance or the word that governs it. */
    private static final int MAX_STEPS = 3;

    private RepeatedAttendanceNoun() {
    }

    /** The `de` complements of the pronouns that repeat the noun of attendance of {@code site}. */
    static List<Integer> complements(CueSite site) {
        SentenceGraph g = site.graph();
        int cue = site.cueNode();
        List<Integer> anchors = new ArrayList<>(List.of(cue));
        for (ParsedSentence.Edge e : g.incoming(cue)) {
            if (e.governor() > 0) {
                anchors.add(e.governor());
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int n = cue + 1; n < g.nodeCount() + 1; n++) {
            if (!site.words().headRepeatingPronouns.contains(g.word(n)) || !reaches(g, n, anchors)) {
                continue;
            }
            out.addAll(g.dependents(n, "nmod:de"));
            out.addAll(g.dependents(n, "nmod:du"));
        }
        return out;
    }

    /** {@code node} hangs, in at most {@link #MAX_STEPS} steps up, on one of {@code anchors}. */
    private static boolean reaches(SentenceGraph g, int node, List<Integer> anchors) {
        int n = node;
        for (int step = 0; step < MAX_STEPS; step++) {
            List<ParsedSentence.Edge> in = g.incoming(n);
            if (in.isEmpty() || in.get(0).governor() <= 0) {
                return false;
            }
            n = in.get(0).governor();
            if (anchors.contains(n)) {
                return true;
            }
        }
        return false;
    }
}
