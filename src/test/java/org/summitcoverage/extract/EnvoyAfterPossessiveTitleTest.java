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
 * (h23-names) A communiqué names a state's envoy after a possessive title phrase and a comma, the surname in capitals
 * (`Le Burundi a été représenté par son 2ème Vice-Président de la République, Gaspard NOM`): a person, whatever body
 * or place the tagger read (`TitledNames#afterTitlePhrase`: `son`, `sa`, `leur` and a rank open the title as an
 * article does). Hand-made tokens with the tagger's labels; invented names.
 */
class EnvoyAfterPossessiveTitleTest {
    private final EntityExtractor extractor = new EntityExtractor(Dictionaries.shared());

    private Set<String> persons(String sentence, Map<String, String> ner) {
        Set<String> out = new TreeSet<>();
        for (Mention m : extractor.extract(new AnnotatedText(sentence, java.util.List.of(HandTokens.sentence(sentence, ner))))
                .mentions()) {
            out.add(m.type() + " " + m.text());
        }
        out.removeIf(s -> !s.startsWith("PERSON") && !s.contains("NTIB"));
        return out;
    }

    @Test
    void anEnvoyAfterAPossessiveTitleAndItsRankIsAPerson() {
        assertEquals(Set.of("PERSON Gaspard NTIBANYA"),
                persons("Le Burundi a été représenté par son 2ème Vice-Président de la République, Gaspard NTIBANYA.",
                        Map.of("Gaspard", "I-LOC", "NTIBANYA", "I-LOC")));
        assertEquals(Set.of("PERSON Gaspard NTIBOTO"),
                persons("Le Tchad a été représenté par son Vice-Président de la République, Gaspard NTIBOTO.",
                        Map.of("Gaspard", "I-ORG", "NTIBOTO", "I-ORG")));
    }

    @Test
    void aPossessiveBeforeAPlainNounOpensNoTitle() {
        assertEquals(Set.of("LOCATION Gaspard NTIBOTO"),
                persons("Le Tchad a présenté son rapport de la session, Gaspard NTIBOTO.",
                        Map.of("Gaspard", "I-LOC", "NTIBOTO", "I-LOC")));
    }
}
