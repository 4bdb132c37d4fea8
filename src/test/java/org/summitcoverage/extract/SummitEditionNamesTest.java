package org.summitcoverage.extract;

import org.junit.jupiter.api.Test;
import org.summitcoverage.dict.Dictionaries;
import org.summitcoverage.model.Mention;
import org.summitcoverage.nlp.AnnotatedText;
import org.summitcoverage.nlp.Sentence;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * (h22-ents) Names of one summit the Maghreb, Swiss and Belgian press give it in one article, and words that are no
 * part of a meeting's name; invented sentences on hand-made tokens, no model loaded.
 */
class SummitEditionNamesTest {
    private final EntityExtractor extractor = new EntityExtractor(Dictionaries.shared());
    private final GazetteerMatcher gazetteer = new GazetteerMatcher(Dictionaries.shared());
    private final EventRecognizer events = new EventRecognizer(Dictionaries.shared());

    private Set<String> mentions(String[] sentences, Map<String, String> ner) {
        String text = String.join(" ", sentences);
        List<Sentence> list = new ArrayList<>();
        int start = 0;
        for (int k = 0; k < sentences.length; k++) {
            list.add(HandTokens.sentence(k, text, start, start + sentences[k].length(), ner));
            start += sentences[k].length() + 1;
        }
        Set<String> out = new TreeSet<>();
        for (Mention m : extractor.extract(new AnnotatedText(text, list)).mentions()) {
            out.add(m.type() + " " + m.entityId() + " " + m.text());
        }
        return out;
    }

    private static Set<String> eventIds(Set<String> mentions) {
        Set<String> ids = new TreeSet<>();
        for (String m : mentions) {
            if (m.startsWith("EVENT ")) {
                ids.add(m.split(" ")[1]);
            }
        }
        return ids;
    }

    private List<String> events(String text, Map<String, String> ner) {
        Sentence s = HandTokens.sentence(text, ner);
        List<String> out = new ArrayList<>();
        for (Candidate c : events.recognize(text, s, gazetteer.match(text, s))) {
            out.add(c.text());
        }
        return out;
    }

    @Test
    void aCantonsCodeAfterTheMeetingsPlaceIsNoShortNameOfTheMeeting() {
        Set<String> got = mentions(new String[] {"La conférence du Bürgenstock (NW) a adopté une déclaration.",
                "La présidente a ouvert la conférence au Bürgenstock (NW) samedi."}, Map.of("NW", "I-ORG"));
        assertEquals(Set.of("event:conference-du-burgenstock"), eventIds(got), got.toString());
        assertFalse(got.stream().anyMatch(m -> m.endsWith(" NW")), got.toString());
    }

    @Test
    void aVerbOrAPronounRightAfterTheHeadEndsTheName() {
        assertEquals(List.of(), events("Le Sommet comprend des séances plénières en présence des délégations.", Map.of()));
        assertEquals(List.of(), events("Le Forum compte en plus sept membres observateurs.", Map.of()));
        assertEquals(List.of(), events("Les ministres se sont réunis au Sommet Il avait plu.", Map.of()));
    }

    @Test
    void anOrdinalTheTokenizerCutAtItsHyphenStillNumbersTheMeeting() {
        String text = "La 32-ème session du Sommet arabe s'est ouverte.";
        List<Token> toks = new ArrayList<>();
        String[] words = {"La", "32", "-", "ème", "session", "du", "Sommet", "arabe", "s'", "est", "ouverte", "."};
        int from = 0;
        for (String w : words) {
            int at = text.indexOf(w, from);
            toks.add(new Token(toks.size(), w, at, at + w.length(), ""));
            from = at + w.length();
        }
        assertEquals(1, EventRecognizer.ordinalStart(toks, 4));
        assertEquals(-1, EventRecognizer.ordinalStart(toks, 6));
    }

    @Test
    void theSessionOfANumberedSummitIsThatSummit() {
        Set<String> got = mentions(new String[] {"Le 33e Sommet arabe s'ouvre à Tanvar.",
                "Le ministre conduit la délégation à la 33e session du Sommet arabe."}, Map.of("Tanvar", "I-LOC"));
        assertEquals(1, eventIds(got).size(), got.toString());
    }

    @Test
    void aNumberedSummitNamedByItsPlaceIsTheSameEditionNamedInFull() {
        Set<String> got = mentions(new String[] {
                "Le 9e Sommet des chefs d'État du Forum des pays producteurs de cacao s'ouvre demain.",
                "Le 9e Sommet de Mopti réunit dix présidents."}, Map.of());
        assertEquals(1, eventIds(got).size(), got.toString());
    }

    @Test
    void anUnnumberedSummitNamedByAnotherPlaceStaysApartFromTheNumberedOne() {
        Set<String> got = mentions(new String[] {"Le 9e sommet de la Communauté des Lacs s'est ouvert.",
                "Bakou boude le format depuis le sommet de Mopti en 2023."}, Map.of());
        assertEquals(2, eventIds(got).size(), got.toString());
    }

    @Test
    void aSummitAndAConferenceNamedByOnePlaceAreOneMeeting() {
        Set<String> got = mentions(new String[] {"Le sommet de Lucerne est sous la brume.",
                "La conférence de Lucerne a adopté une déclaration finale."}, Map.of());
        assertEquals(Set.of("event:sommet-de-lucerne"), eventIds(got), got.toString());
    }

    @Test
    void twoSurnamesJoinedByAHyphenAfterSommetAreTheMeetingsParties() {
        assertEquals(List.of("sommet Addaba-Rojas"), events("Le sommet Addaba-Rojas bat son plein.",
                Map.of("Addaba-Rojas", "PER")));
        assertEquals(List.of(), events("Il verra l'hôte du sommet Jean-Pierre Addaba.",
                Map.of("Jean-Pierre", "PER", "Addaba", "PER")));
    }

    @Test
    void formulasAndDepartmentsOfTheMoroccanPressAreNoNames() {
        Set<String> got = mentions(new String[] {
                "Sur Hautes instructions du Roi, le directeur des Organisations arabes a conduit la délégation.",
                "La sortie du Royaume-Uni de l'Union (Brexit) pèse."},
                Map.of("Hautes", "I-LOC", "Organisations", "I-ORG", "Brexit", "I-LOC"));
        assertTrue(got.stream().noneMatch(m -> m.endsWith(" Hautes") || m.endsWith(" Organisations")
                || m.endsWith(" Brexit")), got.toString());
    }
}
