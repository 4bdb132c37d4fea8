package org.summitcoverage.extract;

import org.summitcoverage.dict.Dictionaries;
import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.nlp.AnnotatedText;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * (h45-entites12) `selon Kenya News Agency`, `Seychelles News Agency`, `Mali Actu`: a country or place written right
 * before a capitalised media word (`dict/media_suffixes.txt`) opens a news outlet's name, a body that mentions no state
 * or place; the dictionary reads the country and the tagger the rest (`News Agency`) as a body of its own. The name runs
 * over the capitalised words that follow the media word (`Agency`), at most {@value #MAX_TAIL} words in all.
 */
final class OutletsNamedAfterAPlace {
    private static final int MAX_TAIL = 3;

    private OutletsNamedAfterAPlace() {
    }

    static List<Candidate> apply(Dictionaries dict, AnnotatedText doc, List<Candidate> all) {
        List<Candidate> outlets = new ArrayList<>();
        for (Candidate c : all) {
            if (c.type() != EntityType.COUNTRY && c.type() != EntityType.LOCATION) {
                continue;
            }
            List<Token> toks = doc.sentences().get(c.sentenceIndex()).tokens();
            int k = c.endToken();
            if (k >= toks.size() || !capitalised(toks.get(k)) || !dict.mediaSuffixes.containsWord(toks.get(k))
                    || !doc.text().substring(c.end(), toks.get(k).start()).equals(" ")) {
                continue;
            }
            int end = k + 1;
            while (end < toks.size() && end - k < MAX_TAIL && capitalised(toks.get(end))
                    && doc.text().substring(toks.get(end - 1).end(), toks.get(end).start()).equals(" ")) {
                end++;
            }
            int endChar = toks.get(end - 1).end();
            String name = doc.text().substring(c.start(), endChar);
            outlets.add(new Candidate(EntityType.ORGANIZATION, "org:" + TextFolding.slug(name), name, "",
                    c.sentenceIndex(), c.firstToken(), end, c.start(), endChar, name, "", "rule"));
        }
        return Candidate.replacedBy(all, outlets);
    }

    /** A word in capitals or with a capital first letter (`News`, `TV`), no number or sign. */
    private static boolean capitalised(Token t) {
        String w = t.word();
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && w.chars().allMatch(Character::isLetter);
    }
}
