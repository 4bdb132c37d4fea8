package org.summitcoverage.extract;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.nlp.AnnotatedText;
import org.summitcoverage.nlp.Sentence;
import org.summitcoverage.nlp.Token;

import java.util.HashSet;
import java.util.Set;

/**
 * The words an article writes in lower case somewhere. A capitalised word at the start of a sentence
 * that the same article also writes in lower case is a common word, whatever the tagger thought.
 */
final class LowercaseVocabulary {
    private final Set<String> words = new HashSet<>();

    LowercaseVocabulary(AnnotatedText doc) {
        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) {
                if (Words.isLowerWord(t)) {
                    words.add(t.folded());
                }
            }
        }
    }

    boolean contains(String folded) {
        return words.contains(folded);
    }
}
