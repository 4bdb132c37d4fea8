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
 * The tagger takes a name with lower-case family-name particles right after a body's title for part of the body
 * (`la présidente de la Commission européenne Elke van der Meeren`): after the title and its portfolio the span is a
 * person, the particles between its capitalised words notwithstanding (`dict/name_infixes.txt`). Hand-made tokens
 * with the tagger's labels given; invented names.
 */
class NameInfixTitledNameTest {
    private final EntityExtractor extractor = new EntityExtractor(Dictionaries.shared());

    private Set<String> entities(String text, Map<String, String> ner) {
        Sentence s = HandTokens.sentence(text, ner);
        Set<String> out = new TreeSet<>();
        for (Mention m : extractor.extract(new AnnotatedText(text, List.of(s))).mentions()) {
            out.add(m.type() + " " + m.text());
        }
        return out;
    }

    @Test
    void particlesInsideANameAfterATitlesBodyKeepItAPerson() {
        assertEquals(Set.of("ORGANIZATION Commission européenne", "PERSON Elke van der Meeren"),
                entities("La présidente de la Commission européenne Elke van der Meeren a pris la parole.",
                        Map.of("Elke", "I-ORG", "van", "I-ORG", "der", "I-ORG", "Meeren", "I-ORG")));
    }

    @Test
    void aSurnameInCapitalsWithItsParticleIsAPersonToo() {
        assertEquals(Set.of("ORGANIZATION Conseil européen", "PERSON Rui Manuel SOUSA da SILVA"),
                entities("Le Président du Conseil européen Rui Manuel SOUSA da SILVA a pris la parole.",
                        Map.of("Rui", "I-ORG", "Manuel", "I-ORG", "SOUSA", "I-ORG", "da", "I-ORG", "SILVA", "I-ORG")));
    }

    @Test
    void aLowerCaseWordThatIsNoParticleStillEndsTheName() {
        // `de` joins bodies' names: the span after the title's body stays what the tagger made of it
        assertEquals(Set.of("ORGANIZATION Commission européenne", "ORGANIZATION Banque de Lunaria"),
                entities("La présidente de la Commission européenne Banque de Lunaria a pris la parole.",
                        Map.of("Banque", "I-ORG", "de", "I-ORG", "Lunaria", "I-ORG")));
    }
}
