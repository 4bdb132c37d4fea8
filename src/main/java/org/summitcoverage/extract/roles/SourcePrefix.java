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
// (h32-suites) also `D'après la présidence, …`, and past the source's name in apposition (`Selon le porte-parole, X, …`)
final class SourcePrefix {
    private SourcePrefix() {
    }

    static Sentence without(Sentence s, List<Hit> cues, RoleWords words) {
        List<Token> toks = s.tokens();
        int opener = sourceOpenerEnd(toks);
        if (toks.size() < 4 || opener < 0) {
            return s;
        }
        int comma = -1;
        for (int k = opener; k < toks.size(); k++) {
            if (toks.get(k).word().equals(",")) {
                comma = k;
                break;
            }
        }
        comma = pastAnApposedName(words, toks, opener, comma);
        if (comma < 2 || comma + 2 >= toks.size()) {
            return s;
        }
        for (Hit h : cues) {
            if (h.first() <= comma && !sourceHeadNoun(h, opener)) {
                return s; // a cue inside the source phrase, or carried over from the previous sentence
            }
        }
        List<Token> part = toks.subList(comma + 1, toks.size());
        return new Sentence(s.index(), part.get(0).start(), part.get(part.size() - 1).end(), part);
    }

    /**
     * (h32-suites) The token after the comma that closes a source phrase opening the sentence (`Selon le porte-parole,
     * X,`), or 0 when none opens it.
     */
    static int sourceEnd(RoleWords words, List<Token> toks) {
        int opener = sourceOpenerEnd(toks);
        if (opener < 0) {
            return 0;
        }
        for (int k = opener; k < toks.size(); k++) {
            if (toks.get(k).word().equals(",")) {
                return pastAnApposedName(words, toks, opener, k) + 1;
            }
        }
        return 0;
    }

    /**
     * (h46-presences13) `D'après la présidence sénégalaise, 22 chefs d'État étaient arrivés`: a noun cue that is the source's
     * own head, right after the opener and its article, only names who reports (a source chairs nothing); it does not keep
     * the source phrase in the parse.
     */
    private static boolean sourceHeadNoun(Hit h, int opener) {
        return h.kind() == RoleCueLexicon.CueKind.NOUN && h.first() >= opener && h.first() <= opener + 1;
    }

    /** The index after `Selon` / `D'après` opening the sentence (`D'` and `après` may be two tokens), or -1. */
    static int sourceOpenerEnd(List<Token> toks) {
        if (toks.isEmpty()) {
            return -1;
        }
        String first = toks.get(0).folded().replace('’', '\'');
        if (first.equals("selon") || first.equals("d'apres")) {
            return 1;
        }
        return first.equals("d'") && toks.size() > 1
                && toks.get(1).folded().equals("apres") ? 2 : -1;
    }

    /** How many words the name of a source's spokesman may have. */
    private static final int MAX_NAME_TOKENS = 4;

    /**
     * (h32-suites) `Selon le porte-parole du ministère, Lu Kang, les dirigeants …`: the source's name in apposition
     * (capitalised words between two commas) is part of the source; the comma after it closes the phrase.
     */
    static int pastAnApposedName(RoleWords words, List<Token> toks, int opener, int comma) {
        if (comma < 0 || toks.subList(opener, comma).stream().noneMatch(t -> words.sourceSpeakerNouns.containsWord(t))) {
            return comma; // `Selon la liste, A, B et C …`: the first item, no speaker's name
        }
        for (int k = comma + 1; k < toks.size() && k <= comma + 1 + MAX_NAME_TOKENS; k++) {
            Token t = toks.get(k);
            if (t.word().equals(",")) {
                return k > comma + 1 ? k : comma;
            }
            if (!Character.isUpperCase(t.word().charAt(0)) || t.ner() != null && !t.ner().isEmpty() && !t.ner().contains("PER")) {
                return comma;
            }
        }
        return comma;
    }
}
