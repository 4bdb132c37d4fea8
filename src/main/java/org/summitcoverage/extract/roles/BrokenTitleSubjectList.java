package org.summitcoverage.extract.roles;

import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * A long subject made of titles, each with its state or body in a `de` complement, comes out of the parser broken:
 * the last items are the verb's `nsubj`, the first ones hang on the verb as bare `dep` (`Le 12 mai, le président de la
 * République française, la chancelière de l'Allemagne, le président du Conseil italien et le secrétaire général des
 * Nations unies ont organisé conjointement la conférence`: France, Germany and Italy came out of no reading). A `dep`
 * of the verb is one more item of that subject when it is a title opened by an article after a comma (or opening the
 * sentence), stands before the subjects and at least one of the subjects is a title too: the list of titled heads
 * goes on.
 */
final class BrokenTitleSubjectList {
    private BrokenTitleSubjectList() {
    }

    /** The `dep` title items of {@code cue} that open the subject list {@code subjects} names the end of. */
    static List<Integer> leadingItems(SentenceGraph g, int cue, List<Integer> subjects) {
        List<Integer> out = new ArrayList<>();
        if (subjects.isEmpty() || subjects.stream().noneMatch(s -> g.words().isTitle(g.word(s)))) {
            return out;
        }
        int first = subjects.stream().min(Integer::compare).orElseThrow();
        for (int d : g.dependents(cue, "dep")) {
            if (d < first && g.words().isTitle(g.word(d)) && opensAnItem(g, d)) {
                out.add(d);
            }
        }
        return out;
    }

    /** The title right after an article that follows a comma or opens the sentence: `, le président de …`. */
    private static boolean opensAnItem(SentenceGraph g, int node) {
        List<Token> toks = g.tokens();
        int k = g.tokenIndexAt(g.startOf(node));
        if (k < 1 || !g.words().definiteArticles.containsWord(toks.get(k - 1))) {
            return false;
        }
        return k == 1 || toks.get(k - 2).word().equals(",");
    }
}
