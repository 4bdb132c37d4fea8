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
        int beforeIncise = pronoun == null ? -1 : stateBeforeAnIncise(g, pronoun, parsed);
        if (beforeIncise > 0) {
            return List.of(beforeIncise);
        }
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

    /** The most tokens of an adverbial incise between a state and its relative clause (`, après onze ans d'absence,`). */
    private static final int MAX_INCISE_TOKENS = 8;
    /** The prepositions that open such an incise. */
    private static final List<String> INCISE_PREPOSITIONS = List.of("après", "depuis", "malgré", "pour", "avec", "dès", "comme");

    /**
     * (h46-presences13) `le retour de la Syrie, après onze ans d'absence, qui est représentée par son président Y`: the parser
     * hangs the relative on the last noun of the adverbial incise between commas; the incise opens on a preposition right
     * after a state or body, which the relative takes up. The node of that state, or -1.
     */
    private static int stateBeforeAnIncise(SentenceGraph g, int pronoun, List<Integer> parsed) {
        List<org.summitcoverage.nlp.Token> toks = g.tokens();
        int start = g.startOf(pronoun);
        int q = start < 0 ? -1 : g.tokenIndexAt(start);
        if (q < 2 || !toks.get(q - 1).word().equals(",")) {
            return -1;
        }
        int open = q - 2;
        while (open > 0 && q - open <= MAX_INCISE_TOKENS && !toks.get(open).word().equals(",")) {
            open--;
        }
        if (open < 1 || !toks.get(open).word().equals(",") || open + 1 >= q - 1
                || !INCISE_PREPOSITIONS.contains(toks.get(open + 1).word().toLowerCase(Locale.ROOT))) {
            return -1;
        }
        int inciseStart = toks.get(open).start();
        int inciseEnd = toks.get(q - 1).start();
        if (parsed.stream().noneMatch(p -> g.startOf(p) > inciseStart && g.startOf(p) < inciseEnd)) {
            return -1; // the parser already hangs the relative outside the incise
        }
        org.summitcoverage.model.Mention state = null;
        for (org.summitcoverage.model.Mention m : g.mentions()) {
            if (m.end() <= inciseStart && toks.get(open - 1).end() == m.end()
                    && (m.type() == org.summitcoverage.model.EntityType.COUNTRY || m.type() == org.summitcoverage.model.EntityType.ORGANIZATION)) {
                state = m;
            }
        }
        return state == null ? -1 : g.nodeAt(state.start());
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
