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
            String w = TextFolding.fold(toks.get(k).word());
            if (!w.equals("representant") && !w.equals("representante")) {
                continue;
            }
            int n = k + 1;
            while (n < toks.size() && n <= k + QUALIFIER_WORDS && !isDe(toks.get(n))) {
                n++;
            }
            if (n >= toks.size() || !isDe(toks.get(n))) {
                continue;
            }
            n++;
            if (n < toks.size() && g.words().definiteArticles.contains(toks.get(n).word())) {
                n++;
            }
            if (n >= toks.size() || !g.words().isHolderTitle(toks.get(n).word())) {
                continue;
            }
            Mention head = null;
            int e = n + 1;
            for (; e < toks.size() && !Words.isPunctuation(toks.get(e)); e++) {
                Mention m = g.mentionAt(toks.get(e).start());
                if (m != null && m.type() == EntityType.PERSON) {
                    head = m; // `représentant du président zambien Y`
                    break;
                }
            }
            if (head == null && e < toks.size() && toks.get(e).word().equals(",")) {
                for (int j = e + 1; j < Math.min(toks.size(), e + 1 + HONORIFIC_WORDS); j++) {
                    Mention m = g.mentionAt(toks.get(j).start());
                    if (m != null) {
                        head = m.type() == EntityType.PERSON ? m : null;
                        break;
                    }
                    if (Words.isPunctuation(toks.get(j))) {
                        break;
                    }
                }
            }
            if (head != null) {
                out.add(head);
            }
        }
        return out;
    }

    private static boolean isDe(Token t) {
        String w = TextFolding.fold(t.word());
        return w.equals("de") || w.equals("du") || w.equals("d'");
    }
}
