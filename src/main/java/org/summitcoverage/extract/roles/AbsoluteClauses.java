package org.summitcoverage.extract.roles;

import org.summitcoverage.model.Mention;
import org.summitcoverage.nlp.Token;

/**
 * An absolute participle clause (`…, le président X ayant décliné l'invitation`, `…, la Russie ayant été
 * représentée par Y`) says something else about its own subject: the name that opens it is no item of the
 * enumeration or apposition before it, whatever the parse attached it to.
 */
final class AbsoluteClauses {
    private AbsoluteClauses() {
    }

    /** True when the word right after {@code m} is `ayant` or `étant`: {@code m} is the subject of such a clause. */
    static boolean opens(SentenceGraph g, Mention m) {
        for (Token t : g.tokens()) {
            if (t.start() >= m.end()) {
                return g.words().absoluteClauseAuxiliaries.contains(t.word());
            }
        }
        return false;
    }
}
