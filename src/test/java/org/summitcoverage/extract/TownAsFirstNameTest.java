package org.summitcoverage.extract;

import org.junit.jupiter.api.Test;
import org.summitcoverage.dict.Dictionaries;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.nlp.AnnotatedText;
import org.summitcoverage.nlp.Sentence;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A town the gazetteer knows that is also a first name (`dict/first_name_words.txt`), written right before a word the
 * tagger marked, is that person's first name (`Santiago Ferraz`), not a town followed by a second place. Hand-made
 * tokens with the tagger's labels given; invented names.
 */
class TownAsFirstNameTest {
    private final EntityExtractor extractor = new EntityExtractor(Dictionaries.shared());

    private Set<String> mentions(Map<String, String> ner, String sentence) {
        Sentence s = HandTokens.sentence(0, sentence, 0, sentence.length(), ner);
        Set<String> out = new TreeSet<>();
        for (Mention m : extractor.extract(new AnnotatedText(sentence, List.of(s))).mentions()) {
            if (m.type() == EntityType.PERSON) {
                out.add(m.type() + " «" + m.text() + "»");
            }
        }
        return out;
    }

    @Test
    void aTownRightBeforeATaggedNameIsTheFirstName() {
        assertEquals(Set.of("PERSON «Santiago Ferraz»"),
                mentions(Map.of("Santiago", "I-LOC", "Ferraz", "I-LOC", "Montevideo", "I-LOC"),
                        "Le président Santiago Ferraz a pris la parole à Montevideo."));
    }

    @Test
    void aTownFollowedByACommaNamesNoPerson() {
        assertEquals(Set.of(),
                mentions(Map.of("Santiago", "I-LOC", "Valparaiso", "I-LOC"),
                        "Les délégués ont voyagé entre Santiago, Valparaiso et la côte."));
    }
}
