package org.summitcoverage.extract.roles;

import org.summitcoverage.model.Mention;
import org.summitcoverage.nlp.Token;

import java.util.List;

/**
 * An absolute participle clause (`…, le président X ayant décliné l'invitation`, `…, la Russie ayant été
 * représentée par Y`) says something else about its own subject: the name that opens it is no item of the
 * enumeration or apposition before it, whatever the parse attached it to.
 */
final class AbsoluteClauses {
    private AbsoluteClauses() {
    }

    /**
     * True when the word right after {@code m} is `ayant` or `étant`, past a reflexive clitic (`le Nicaragua s'étant
     * abstenu`): {@code m} is the subject of such a clause.
     */
    static boolean opens(SentenceGraph g, Mention m) {
        for (Token t : g.tokens()) {
            if (t.start() >= m.end()) {
                if (CueScope.isReflexivePronoun(t.word())) {
                    continue;
                }
                return g.words().absoluteClauseAuxiliaries.containsWord(t);
            }
        }
        return false;
    }

    /**
     * (h23-otan) The subject of an active absolute clause whose verb is {@code verb} (`signé par 58 des 60 nations, le
     * Venezuela et le Nicaragua s'étant abstenus`): the parser leaves the verb, its auxiliary `étant` / `ayant` and its
     * clitic with no subject and hangs the names before them elsewhere (as appositions of the set before); the subject
     * is the noun right before the clause's first word, taken back to the first conjunct of its list. -1 when the verb
     * has a subject of its own, is a passive (`la Russie ayant été représentée par X` is read by its agent) or opens no
     * such clause.
     */
    static int subjectOf(SentenceGraph g, int verb) {
        if (!g.dependents(verb, "nsubj").isEmpty() || !g.dependents(verb, "nsubj:pass").isEmpty()
                || !g.dependents(verb, "aux:pass").isEmpty()) {
            return -1;
        }
        int aux = -1;
        for (int a : g.dependents(verb, "aux")) {
            if (a < verb && g.words().absoluteClauseAuxiliaries.contains(g.word(a))) {
                aux = a;
            }
        }
        if (aux < 0) {
            return -1;
        }
        int first = aux;
        for (String rel : new String[] {"obj", "expl", "expl:pv", "expl:comp"}) {
            for (int c : g.dependents(verb, rel)) {
                if (c < first && c >= aux - 1 && CueScope.isReflexivePronoun(g.word(c))) {
                    first = c;
                }
            }
        }
        int before = first - 1;
        Mention named = before < 1 ? null : g.mentionAt(g.startOf(before));
        if (named == null) {
            return -1; // a comma or a common noun right before: no named subject of its own
        }
        int head = before;
        boolean climbed = true;
        while (climbed) {
            // `l'Afrique du Sud s'étant abstenue`: from the name's last word to the word that heads it
            climbed = false;
            for (var e : g.incoming(head)) {
                int at = g.startOf(e.governor());
                if (e.governor() > 0 && at >= named.start() && at < named.end()) {
                    head = e.governor();
                    climbed = true;
                    break;
                }
            }
        }
        for (List<Integer> up = g.governors(head, "conj"); !up.isEmpty(); up = g.governors(head, "conj")) {
            head = up.get(0);
        }
        return head;
    }
}
