package org.summitcoverage.extract;

import org.summitcoverage.dict.Dictionaries;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.nlp.AnnotatedText;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * (h45-entites12) `le chef du parti Ennahda`, `le mouvement Hirak`: a tagger's person or place of one to three words
 * written right after a lower-case party noun (`dict/party_nouns.txt`) that follows an article is the party, a body.
 * The noun must touch the name: `le parti de Jean Dupont` names a person, not a party. (h46-entites13) A news outlet's
 * noun (`dict/press_nouns.txt`: `le journal Al-Quds Al-Arabi`, `le quotidien X`, `la chaîne Y`) makes its name the outlet.
 * (h49-entites17) So does the noun with its country's demonym between (`le journal égyptien X`, `la chaîne qatarie Y`).
 */
final class PartiesNamedByTheirNoun {
    private static final Set<String> DETERMINERS = Set.of("le", "la", "les", "l'", "un", "une", "des", "du", "au", "aux",
            "son", "sa", "ses", "leur", "leurs", "ce", "cette");

    private PartiesNamedByTheirNoun() {
    }

    static List<Candidate> apply(Dictionaries dict, AnnotatedText doc, List<Candidate> all) {
        List<Candidate> out = new ArrayList<>(all.size());
        for (Candidate c : all) {
            if (c.method().equals("ner") && (c.type() == EntityType.PERSON || c.type() == EntityType.LOCATION)
                    && c.endToken() - c.firstToken() <= 3 && afterAPartyNoun(dict, doc, c)) {
                c = c.asOrganization();
            }
            out.add(c);
        }
        return out;
    }

    private static boolean afterAPartyNoun(Dictionaries dict, AnnotatedText doc, Candidate c) {
        if (c.firstToken() < 2) {
            return false;
        }
        List<Token> toks = doc.sentences().get(c.sentenceIndex()).tokens();
        Token noun = toks.get(c.firstToken() - 1);
        if (Words.isLowerWord(noun) && (dict.partyNouns.containsWord(noun) || dict.pressNouns.containsWord(noun))
                && DETERMINERS.contains(Words.fold(toks.get(c.firstToken() - 2)))) {
            return true;
        }
        // (h49-entites17) `le journal égyptien Al-Masry Al-Youm`: an outlet's noun, then its country's demonym
        if (c.firstToken() < 3 || !Words.isLowerWord(noun) || !dict.isDemonym(Words.fold(noun))) {
            return false;
        }
        Token press = toks.get(c.firstToken() - 2);
        return Words.isLowerWord(press) && dict.pressNouns.containsWord(press)
                && DETERMINERS.contains(Words.fold(toks.get(c.firstToken() - 3)));
    }
}
