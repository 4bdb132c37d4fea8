package org.summitcoverage.extract;

import org.junit.jupiter.api.Test;
import org.summitcoverage.dict.Dictionaries;
import org.summitcoverage.nlp.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** (h21-passing) Where a meeting's name ends: not at a person in apposition, not past a verb; invented sentences. */
class EventNameBoundaryTest {
    private final GazetteerMatcher gazetteer = new GazetteerMatcher(Dictionaries.shared());
    private final EventRecognizer events = new EventRecognizer(Dictionaries.shared());

    private List<String> events(String text, Map<String, String> ner) {
        Sentence s = HandTokens.sentence(text, ner);
        List<String> out = new ArrayList<>();
        for (Candidate c : events.recognize(text, s, gazetteer.match(text, s))) {
            out.add(c.text());
        }
        return out;
    }

    @Test
    void aPersonAfterTheHeadIsAnAppositionNotTheName() {
        assertEquals(List.of(), events("Il verra le président ghanéen et hôte du sommet Kofi Addaba.",
                Map.of("Kofi", "PER", "Addaba", "PER")));
    }

    @Test
    void peopleJoinedByASeparatorAreTheMeetingsParties() {
        assertEquals(List.of("sommet Addaba – Rojas"), events("Le sommet Addaba – Rojas s'ouvre lundi.",
                Map.of("Addaba", "PER", "Rojas", "PER")));
    }

    @Test
    void aTaggedPersonHoldingACountryIsStillTheName() {
        assertEquals(List.of("sommet Choose France"), events("Une nouvelle édition du sommet Choose France s'ouvre lundi.",
                Map.of("Choose", "PER", "France", "PER")));
    }

    @Test
    void theNameOfANumberedSummitEndsAtTheVerbToucher() {
        assertEquals(List.of("30e sommet de l'Union africaine"),
                events("Le 30e sommet de l'Union africaine touche, aujourd'hui, à sa fin.", Map.of()));
    }
}
