package org.summitcoverage.extract.roles;

import org.summitcoverage.model.Mention;
import org.summitcoverage.nlp.AnnotatedText;
import org.summitcoverage.nlp.Sentence;

import java.util.List;

/** The article around a sentence, for the readings that look back (`Il a signé`: who is `il`?). */
record Discourse(AnnotatedText doc, Sentence sentence, List<Mention> allMentions) {
    /** The sentence before this one, or null for the first. */
    Sentence previous() {
        return sentence.index() == 0 ? null : doc.sentences().get(sentence.index() - 1);
    }
}
