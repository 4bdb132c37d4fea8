package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;

import java.util.ArrayList;
import java.util.List;

/**
 * The antecedent a relative pronoun subject stands for. `entre le Chili et la Bolivie, qui assure la présidence`: the
 * parser hangs the relative clause on the first of two coordinated nouns, but a verb in the singular agrees with the
 * last one alone (French agrees with all of them in the plural: `qui assurent`), so only the conjunct right before the
 * pronoun is its antecedent.
 */
final class RelativeAntecedent {
    private RelativeAntecedent() {
    }

    /** The nouns the relative clause headed by {@code verb} takes its subject from. */
    static List<Integer> of(SentenceGraph g, int verb) {
        List<Integer> out = new ArrayList<>();
        for (int antecedent : g.governors(verb, "acl:relcl")) {
            int last = antecedent;
            for (int c : g.conjuncts(antecedent)) {
                if (c > last && c < verb) {
                    last = c;
                }
            }
            out.add(last != antecedent && singular(g, verb) ? last : antecedent);
        }
        return out;
    }

    /**
     * The verb's subjects, a relative pronoun replaced by the nouns its clause hangs on (`X, qui représentait …`,
     * `C'est X qui va …`): every antecedent, as the parser gives them.
     */
    static List<Integer> subjectsOf(SentenceGraph g, int verb) {
        List<Integer> out = new ArrayList<>();
        for (int s : g.dependents(verb, "nsubj")) {
            if (g.words().relativePronouns.contains(g.word(s).toLowerCase(java.util.Locale.ROOT))) {
                out.addAll(g.governors(verb, "acl:relcl"));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * The finite word of the clause (its first auxiliary or copula, else the verb itself) is in the singular: French
     * third-person plurals end in `-nt` (`ont`, `sont`, `assurent`, `présideront`).
     */
    static boolean singular(SentenceGraph g, int verb) {
        int finite = verb;
        for (String rel : List.of("aux", "cop")) {
            for (int a : g.dependents(verb, rel)) {
                finite = Math.min(finite, a);
            }
        }
        return !TextFolding.fold(g.word(finite)).endsWith("nt");
    }
}
