package org.summitcoverage.extract.roles;

import org.summitcoverage.extract.roles.RoleCueLexicon.Hit;
import org.summitcoverage.nlp.Sentence;
import org.summitcoverage.nlp.Token;

import java.util.List;
import java.util.Locale;

/**
 * (h20-paix) `Selon la liste, A, B et C figuraient parmi les pays qui n'ont pas signé`, `Selon l'agence X, A et B font
 * partie des pays qui …`: a sentence that opens on the source of a report often gets a parse whose root is the
 * source's noun, with the subjects hung under it as conjuncts and the verb as a mere modifier, so no reading finds the
 * holders. The source names no role holder, so when every cue stands after the comma that closes it, the parser is
 * given the sentence from that comma on (tokens before it get no node, as with {@link ParseScope}).
 */
final class SourcePrefix {
    private SourcePrefix() {
    }

    static Sentence without(Sentence s, List<Hit> cues) {
        List<Token> toks = s.tokens();
        if (toks.size() < 4 || !toks.get(0).word().toLowerCase(Locale.ROOT).equals("selon")) {
            return s;
        }
        int comma = -1;
        for (int k = 1; k < toks.size(); k++) {
            if (toks.get(k).word().equals(",")) {
                comma = k;
                break;
            }
        }
        if (comma < 2 || comma + 2 >= toks.size()) {
            return s;
        }
        for (Hit h : cues) {
            if (h.first() <= comma) {
                return s; // a cue inside the source phrase, or carried over from the previous sentence
            }
        }
        List<Token> part = toks.subList(comma + 1, toks.size());
        return new Sentence(s.index(), part.get(0).start(), part.get(part.size() - 1).end(), part);
    }
}
