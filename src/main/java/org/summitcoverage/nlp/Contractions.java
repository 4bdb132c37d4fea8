package org.summitcoverage.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * French contractions of a preposition and an article (`du` = `de le`), which the parser reads split, and
 * how much of CoreNLP's mwt step a sentence needs to split them. Every form but `des` splits the same way
 * always (a table); `des` is either the article or `de les`, and only a tagger can tell.
 */
public final class Contractions {
    /** The contracted forms, lower case; the tokenizer of the whole text leaves them in pieces without mwt. */
    static final Set<String> FORMS = Set.of("du", "des", "au", "aux", "duquel", "desquels", "desquelles", "auquel",
            "auxquels", "auxquelles");
    private static final String AMBIGUOUS = "des";

    /** What a sentence needs from mwt. */
    public enum Need {
        /** no contraction: mwt would change nothing */
        NONE,
        /** contractions that always split the same way: mwt's table alone */
        TABLE,
        /** `des`: mwt with its own tagger */
        STATISTICAL
    }

    private Contractions() {
    }

    public static boolean isContraction(String word) {
        return FORMS.contains(word.toLowerCase(Locale.ROOT));
    }

    public static Need need(List<Token> tokens) {
        Need need = Need.NONE;
        for (Token t : tokens) {
            String w = t.word().toLowerCase(Locale.ROOT);
            if (w.equals(AMBIGUOUS)) {
                return Need.STATISTICAL;
            }
            if (FORMS.contains(w)) {
                need = Need.TABLE;
            }
        }
        return need;
    }
}
