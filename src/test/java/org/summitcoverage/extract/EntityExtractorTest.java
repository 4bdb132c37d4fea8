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

/** The extractor's retyping rules on hand-made tokens, with the tagger's labels given: no model loaded. */
class EntityExtractorTest {
    private final EntityExtractor extractor = new EntityExtractor(Dictionaries.shared());

    private Set<String> mentions(String text, Map<String, String> ner) {
        Sentence s = HandTokens.sentence(text, ner);
        Set<String> out = new TreeSet<>();
        for (Mention m : extractor.extract(new AnnotatedText(text, List.of(s))).mentions()) {
            out.add(m.type() + " " + m.entityId() + " " + m.text());
        }
        return out;
    }

    @Test
    void aNameAfterAPlaceNounAndDeIsAPlaceThoughTaggedAPerson() {
        assertEquals(Set.of("COUNTRY country:CN chinoise", "LOCATION location:gansu Gansu"),
                mentions("Le forum s'est tenu dans la province nord-ouest chinoise de Gansu.", Map.of("Gansu", "I-PER")));
    }

    @Test
    void aNameAfterACompanyNounAndItsTradeIsTheCompanyThoughTaggedAPerson() {
        assertEquals(Set.of("ORGANIZATION org:kestrel Kestrel"),
                mentions("Le fabricant de turbines Kestrel a signé.", Map.of("Kestrel", "I-PER")));
    }

    @Test
    void theLeaderAGovernmentIsNamedAfterIsAPersonEvenUntagged() {
        assertEquals(Set.of("PERSON person:kowalski Kowalski"),
                mentions("Les responsables de l'administration Kowalski ont protesté.", Map.of()));
    }

    @Test
    void aBodyNamedWithLowerCaseAdjectivesIsOneOrganisationUntagged() {
        assertEquals(Set.of("ORGANIZATION org:organisation-mondiale-du-travail Organisation mondiale du Travail"),
                mentions("L'Organisation mondiale du Travail a publié un rapport.", Map.of()));
    }

    @Test
    void aNameEndingOnABodyWordIsABodyThoughTaggedAPerson() {
        assertEquals(Set.of("ORGANIZATION org:kalder-foundation Kalder Foundation", "PERSON person:ines-morel Inès Morel"),
                mentions("Inès Morel, présidente de la Kalder Foundation, a pris la parole.",
                        Map.of("Inès", "I-PER", "Morel", "I-PER", "Kalder", "I-PER", "Foundation", "I-PER")));
    }
}
