package org.summitcoverage.extract;

import org.junit.jupiter.api.Test;
import org.summitcoverage.dict.Dictionaries;
import org.summitcoverage.model.Mention;
import org.summitcoverage.nlp.AnnotatedText;
import org.summitcoverage.nlp.Sentence;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * (h22-minis) The surname in capitals before the given name, as Japanese and many African communiqués write it
 * (`le ministre des Affaires étrangères TANAKA Hiroshi`), is one person, whatever the tagger made of the words, and the
 * surname alone later (`le ministre TANAKA`) is the same person. Not an acronym after a possessive (`de son PIB`) nor a
 * title's complement (`de la FDRE`). Hand-made tokens with the tagger's labels; invented names.
 */
class SurnameFirstInCapitalsTest {
    private final EntityExtractor extractor = new EntityExtractor(Dictionaries.shared());

    private Set<String> entities(Map<String, String> ner, String... sentences) {
        String text = String.join(" ", sentences);
        List<Sentence> list = new java.util.ArrayList<>();
        int start = 0;
        for (String s : sentences) {
            list.add(HandTokens.sentence(list.size(), text, start, start + s.length(), ner));
            start += s.length() + 1;
        }
        Set<String> out = new TreeSet<>();
        for (Mention m : extractor.extract(new AnnotatedText(text, list)).mentions()) {
            out.add(m.type() + " " + m.text() + " = " + m.entityId());
        }
        return out;
    }

    @Test
    void theSurnameFirstAndAloneLaterIsOnePerson() {
        assertEquals(Set.of("PERSON TANAKA Hiroshi = person:tanaka-hiroshi", "PERSON TANAKA = person:tanaka-hiroshi"),
                entities(Map.of("TANAKA", "I-ORG"),
                        "Le ministre des Affaires étrangères TANAKA Hiroshi a organisé la réunion.",
                        "Le ministre TANAKA a salué ses homologues."));
    }

    @Test
    void anAcronymAfterAPossessiveOrATitlesComplementIsNoPerson() {
        assertEquals(Set.of(), entities(Map.of(), "Le ministre consacre 2 % de son PIB à la défense."));
        assertEquals(Set.of(), entities(Map.of(), "Le ministre des Affaires étrangères de la FDRE a pris la parole."));
    }
}
