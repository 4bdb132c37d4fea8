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
 * (h28-afrique) A minister's portfolio written in capitals (`le ministre des Affaires Etrangères Kwame Boateng`) runs
 * into the name, and the tagger tags both as one person: the portfolio's common words and linkers, right after the
 * minister's `de` / `des`, are cut off (`NerSpanReader#afterCapitalisedPortfolio`). Hand-made tokens with the tagger's
 * labels; invented names.
 */
class CapitalisedPortfolioBeforeNameTest {
    private final EntityExtractor extractor = new EntityExtractor(Dictionaries.shared());

    private Set<String> persons(String sentence, Map<String, String> ner) {
        Set<String> out = new TreeSet<>();
        for (Mention m : extractor.extract(new AnnotatedText(sentence, java.util.List.of(HandTokens.sentence(sentence, ner))))
                .mentions()) {
            out.add(m.type() + " " + m.text());
        }
        out.removeIf(s -> !s.startsWith("PERSON"));
        return out;
    }

    @Test
    void aCapitalisedPortfolioIsNoPartOfTheName() {
        assertEquals(Set.of("PERSON Kwame Asante Boateng"),
                persons("Le Ghana a été représenté par le ministre des Affaires Etrangères Kwame Asante Boateng.",
                        Map.of("Affaires", "I-PER", "Etrangères", "I-PER", "Kwame", "I-PER", "Asante", "I-PER",
                                "Boateng", "I-PER")));
        assertEquals(Set.of("PERSON Romuald Houngbo"),
                persons("Le Bénin a été représenté par le ministre de l'Economie et des Finances Romuald Houngbo.",
                        Map.of("Economie", "I-PER", "et", "I-PER", "des", "I-PER", "Finances", "I-PER",
                                "Romuald", "I-PER", "Houngbo", "I-PER")));
    }

    @Test
    void aNameAfterAMinisterWithNoPortfolioKeepsItsWords() {
        assertEquals(Set.of("PERSON Kwame Asante Boateng"),
                persons("Le Ghana a été représenté par le ministre Kwame Asante Boateng.",
                        Map.of("Kwame", "I-PER", "Asante", "I-PER", "Boateng", "I-PER")));
    }
}
