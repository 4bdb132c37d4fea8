package org.summitcoverage.extract;

import org.junit.jupiter.api.Test;
import org.summitcoverage.dict.Dictionaries;
import org.summitcoverage.model.Mention;
import org.summitcoverage.nlp.AnnotatedText;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * (h28-afrique) A nationality noun written in lower case right after an article (`son représentant, le gabonais
 * Gaspard X`) titles the name after it as its capitalised form does (`le Gabonais Gaspard X`): a person, whatever
 * place the tagger read (`TitledNames`). Hand-made tokens with the tagger's labels; invented names.
 */
class LowerCaseNationalityNounTitleTest {
    private final EntityExtractor extractor = new EntityExtractor(Dictionaries.shared());

    private Set<String> names(String sentence, Map<String, String> ner) {
        Set<String> out = new TreeSet<>();
        for (Mention m : extractor.extract(new AnnotatedText(sentence, java.util.List.of(HandTokens.sentence(sentence, ner))))
                .mentions()) {
            out.add(m.type() + " " + m.text());
        }
        out.removeIf(s -> !s.contains("Gaspard"));
        return out;
    }

    @Test
    void aLowerCaseNationalityNounAfterAnArticleTitlesTheName() {
        assertEquals(Set.of("PERSON Gaspard Mavoungou Ndinga"),
                names("L'ONU a dépêché son représentant, le gabonais Gaspard Mavoungou Ndinga.",
                        Map.of("Gaspard", "I-LOC", "Mavoungou", "I-LOC", "Ndinga", "I-LOC")));
    }
}
