package org.summitcoverage.extract.roles;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A second relative clause coordinated with a first on the same head: `Le président X, qui a invoqué un agenda chargé et
 * qui sera représenté par son ministre Y, …`. The parser hangs the second `qui` clause on a noun inside the first one
 * (`agenda`), or on nothing; but `et qui` repeats the first clause's pronoun, so both clauses take up the head the first
 * one hangs on.
 */
final class CoordinatedRelative {
    private CoordinatedRelative() {
    }

    /** The words conjoining a repeated relative pronoun. */
    private static final List<String> CONJUNCTIONS = List.of("et", "mais", "ou");

    /**
     * The nouns {@code verb}'s clause qualifies: the antecedent of the first relative clause when {@code verb}'s subject
     * is a relative pronoun right after `et` and an earlier relative clause opened by a relative pronoun subject stands
     * before it; otherwise the nouns the parser hangs it on by an `acl` edge.
     */
    static List<Integer> heads(SentenceGraph g, int verb) {
        List<Integer> parsed = g.governors(verb, "acl");
        Integer pronoun = relativeSubject(g, verb);
        if (pronoun == null || pronoun < 2 || !CONJUNCTIONS.contains(g.word(pronoun - 1).toLowerCase(Locale.ROOT))) {
            return parsed;
        }
        for (int first = pronoun - 2; first > 0; first--) {
            if (first == verb || relativeSubject(g, first) == null) {
                continue;
            }
            List<Integer> antecedents = g.governors(first, "acl:relcl");
            int firstFinal = first;
            // only when the parse hangs the second clause inside the first one (or nowhere), not on a head of its own
            boolean inside = parsed.stream().allMatch(p -> p > firstFinal && p < verb);
            return antecedents.isEmpty() || !inside ? parsed : antecedents;
        }
        return parsed;
    }

    /** The relative pronoun that is {@code verb}'s subject (active or passive), or null. */
    private static Integer relativeSubject(SentenceGraph g, int verb) {
        for (String rel : List.of("nsubj", "nsubj:pass")) {
            for (int s : g.dependents(verb, rel)) {
                if (g.words().relativePronouns.contains(g.word(s).toLowerCase(Locale.ROOT))) {
                    return s;
                }
            }
        }
        return null;
    }
}
