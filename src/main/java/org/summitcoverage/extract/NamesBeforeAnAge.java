package org.summitcoverage.extract;

import org.summitcoverage.model.EntityType;
import org.summitcoverage.nlp.AnnotatedText;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * (h43-entites10) `Charles III, 74 ans, et Camilla, 76 ans, ont été accueillis`: news gives a person's age in an
 * apposition right after the name, and a place or a body has no age. The tagger's place or body span of one or two
 * capitalised words before `, 76 ans,` (or `, âgée de 76 ans,`) is a person. Not after a preposition (`né à Dakar, 45
 * ans, il`), and the age must close its apposition (`Rome, 20 ans après le traité` is a date, no age).
 */
final class NamesBeforeAnAge {
    /** What may close the age's apposition: `, 76 ans,`, `(76 ans)`, `76 ans.`, `76 ans et X`. */
    private static final Set<String> CLOSERS = Set.of(",", ")", ".", ";", ":", "et", "»");

    private NamesBeforeAnAge() {
    }

    static List<Candidate> apply(AnnotatedText doc, List<Candidate> all) {
        List<Candidate> out = new ArrayList<>(all.size());
        for (Candidate c : all) {
            if (c.method().equals("ner") && (c.type() == EntityType.LOCATION || c.type() == EntityType.ORGANIZATION)
                    && c.endToken() - c.firstToken() <= 2 && beforeAnAge(doc.sentences().get(c.sentenceIndex()).tokens(), c)) {
                out.add(new Candidate(EntityType.PERSON, null, c.text(), "", c.sentenceIndex(), c.firstToken(),
                        c.endToken(), c.start(), c.end(), c.text(), c.nerLabel(), c.method()));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    private static boolean beforeAnAge(List<Token> toks, Candidate c) {
        for (int k = c.firstToken(); k < c.endToken(); k++) {
            if (!toks.get(k).isCapitalized()) {
                return false;
            }
        }
        if (c.firstToken() > 0 && Words.PREPOSITIONS.contains(Words.fold(toks.get(c.firstToken() - 1)))) {
            return false;
        }
        int k = c.endToken();
        if (k >= toks.size() || !toks.get(k).word().equals(",") && !toks.get(k).word().equals("(")) {
            return false;
        }
        k++;
        if (k + 1 < toks.size() && Words.fold(toks.get(k)).matches("agee?s?") && Words.isDe(Words.fold(toks.get(k + 1)))) {
            k += 2; // `, âgée de 76 ans,`
        }
        if (k + 1 >= toks.size() || !toks.get(k).word().matches("\\d{1,3}") || !Words.fold(toks.get(k + 1)).equals("ans")) {
            return false;
        }
        return k + 2 == toks.size() || CLOSERS.contains(Words.fold(toks.get(k + 2)));
    }
}
