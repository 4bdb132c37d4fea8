package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.extract.Words;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.model.RoleType;
import org.summitcoverage.nlp.Token;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * `ouvert par X, ministre et représentant spécial du président de la République de Zambie, M. Y`: the head a
 * representative's title names stayed away, his representative came. Whatever cue reaches the title's words (an
 * opening's agent, a list) gives that head no attendance.
 */
final class HeadInARepresentativesTitle {
    /** Words between the noun and its `de` (`représentant spécial du`, `représentante personnelle de la`). */
    private static final int QUALIFIER_WORDS = 2;
    /** Words after the comma that closes the title before the head's name (`, le Dr Y`, `, M. Y`). */
    private static final int HONORIFIC_WORDS = 4;

    private HeadInARepresentativesTitle() {
    }

    static List<Finding> withoutTheHeads(SentenceGraph g, List<Finding> found) {
        if (found.isEmpty()) {
            return found;
        }
        Set<Mention> heads = heads(g);
        if (heads.isEmpty()) {
            return found;
        }
        return found.stream().filter(f -> !(f.role() == RoleType.PARTICIPANT && heads.contains(f.mention()))).toList();
    }

    /** The people named as the head in the complement of `représentant(e) de` + a head's title. */
    static Set<Mention> heads(SentenceGraph g) {
        List<Token> toks = g.tokens();
        Set<Mention> out = new HashSet<>();
        for (int k = 0; k < toks.size(); k++) {
            String w = toks.get(k).folded();
            if (!w.equals("representant") && !w.equals("representante")) {
                continue;
            }
            if (!ofComplement(toks, k + 1)) {
                continue; // `Son représentant, le ministre Y`: Y is the representative, in apposition
            }
            RepresentativeReading.Complement c = RepresentativeReading.complement(g, k + 1);
            if (c == null || !c.headOfState()) {
                continue;
            }
            Mention head = personIn(g, k + 1, c.end()); // `représentant du président zambien Y`
            if (head == null && c.end() < toks.size() && toks.get(c.end()).word().equals(",")) {
                head = personAfterHonorifics(g, c.end() + 1); // `représentant du président de la Zambie, M. Y`
            }
            if (head != null) {
                out.add(head);
            }
        }
        return out;
    }

    /** A `de` opens the noun's complement within its qualifiers (`représentant spécial du`, `représentante de la`). */
    private static boolean ofComplement(List<Token> toks, int from) {
        for (int n = from; n < Math.min(toks.size(), from + QUALIFIER_WORDS + 1); n++) {
            String w = toks.get(n).folded();
            if (w.equals("de") || w.equals("du") || w.equals("d'")) {
                return true;
            }
            if (Words.isPunctuation(toks.get(n))) {
                return false;
            }
        }
        return false;
    }

    private static Mention personIn(SentenceGraph g, int from, int to) {
        for (int e = from; e < Math.min(to, g.tokens().size()); e++) {
            Mention m = g.mentionAt(g.tokens().get(e).start());
            if (m != null && m.type() == EntityType.PERSON) {
                return m;
            }
        }
        return null;
    }

    /** The first name past a few honorifics (`le Dr Y`, `M. Y`); null when another entity or a punctuation comes first. */
    private static Mention personAfterHonorifics(SentenceGraph g, int from) {
        List<Token> toks = g.tokens();
        for (int j = from; j < Math.min(toks.size(), from + HONORIFIC_WORDS); j++) {
            Mention m = g.mentionAt(toks.get(j).start());
            if (m != null) {
                return m.type() == EntityType.PERSON ? m : null;
            }
            if (Words.isPunctuation(toks.get(j))) {
                return null;
            }
        }
        return null;
    }
}
