package org.summitcoverage.extract;

import org.summitcoverage.dict.Dictionaries;
import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.nlp.Sentence;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A government named after its leader (`l'administration Trump`, `le gouvernement Barnier`): the single
 * capitalised name right after a noun of `dict/leader_governments.txt` is a person, whatever the tagger made of
 * it (often a place, or nothing). A name the dictionaries know (`le gouvernement Français` is no one) stays out.
 */
final class LeaderGovernmentRecognizer {
    private final Dictionaries dict;

    LeaderGovernmentRecognizer(Dictionaries dict) {
        this.dict = dict;
    }

    List<Candidate> recognize(String text, Sentence s, Set<Integer> claimed) {
        List<Token> toks = s.tokens();
        List<Candidate> out = new ArrayList<>();
        for (int k = 1; k < toks.size(); k++) {
            Token noun = toks.get(k - 1);
            Token name = toks.get(k);
            if (!Words.isLowerWord(noun) || !dict.leaderGovernments.containsWord(noun) || claimed.contains(k)
                    || !name.isCapitalized() || Words.isAllCaps(name.word()) || dict.commonWords.containsWord(name)
                    || !dict.lookup(name.folded()).isEmpty() || dict.isDemonym(name.folded())) {
                continue;
            }
            boolean single = k + 1 >= toks.size() || !toks.get(k + 1).isCapitalized() || Words.isPunctuation(toks.get(k + 1));
            if (single) {
                out.add(new Candidate(EntityType.PERSON, null, name.word(), "", s.index(), k, k + 1, name.start(),
                        name.end(), text.substring(name.start(), name.end()), name.ner(), "ner"));
            }
        }
        return out;
    }
}
