package org.summitcoverage.extract;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * (h23-names) The short names the press gives leaders are the person of the full name: a four-letter word inside the
 * name (`Lula` in `Luiz Inácio Lula da Silva`), not a linking word (`Ould`, `Bint`: `dict/name_linkers.txt`); a given
 * name after a title (`le président Azali` after `Azali Assoumani`); the surname of a name written surname first in
 * capitals (`Azali` after `AZALI Assoumani`); and one spelling of the letters (`Sassou N'Guesso`, `Sassou Nguesso`).
 * Hand-made tokens with the tagger's labels given per sentence; invented names.
 */
class LeaderShortNamesTest {
    private static Set<String> persons(List<Map<String, String>> ner, String... sentences) {
        return HandPersons.of(ner, sentences);
    }

    @Test
    void aFourLetterWordInsideTheNameIsItsShortName() {
        assertEquals(Set.of("person:tomas-aurelio-pera-da-costa «Tomás Aurélio Pera da Costa»",
                        "person:tomas-aurelio-pera-da-costa «Pera»"),
                persons(List.of(Map.of("Tomás", "I-PER", "Aurélio", "I-PER", "Pera", "I-PER", "da", "I-PER", "Costa", "I-PER"),
                                Map.of("Pera", "I-PER")),
                        "Le président Tomás Aurélio Pera da Costa a ouvert le sommet.",
                        "Pera a appelé à la réforme du Conseil."));
    }

    @Test
    void aLinkingWordIsNoShortName() {
        assertEquals(Set.of("person:fatima-bint-salem-karou «Fatima Bint Salem Karou»", "person:bint «Bint»"),
                persons(List.of(Map.of("Fatima", "I-PER", "Bint", "I-PER", "Salem", "I-PER", "Karou", "I-PER"),
                                Map.of("Bint", "I-PER")),
                        "La ministre Fatima Bint Salem Karou a pris la parole.",
                        "Bint a pris la parole ensuite."));
    }

    @Test
    void aGivenNameAfterATitleIsTheLeaderWhoseNameItOpens() {
        assertEquals(Set.of("person:kamal-idrissa «Kamal Idrissa»", "person:kamal-idrissa «Kamal»"),
                persons(List.of(Map.of("Kamal", "I-PER", "Idrissa", "I-PER"), Map.of("Kamal", "I-PER")),
                        "Le président de l'Union des Comores, Kamal Idrissa, a quitté Moroni.",
                        "Le président Kamal prendra part au sommet."));
        assertEquals(Set.of("person:kamal-idrissa «Kamal Idrissa»", "person:kamal-idrissa «Kamal»"),
                persons(List.of(Map.of("Kamal", "I-PER", "Idrissa", "I-PER"), Map.of("Kamal", "I-PER")),
                        "Le président de l'Union des Comores, Kamal Idrissa, a quitté Moroni.",
                        "Le président comorien Kamal prendra part au sommet."));
    }

    @Test
    void aGivenNameWithoutATitleIsTheLongerNameItOpens() {
        // (h39-entites6) a lone given name (`son épouse Camilla`, `Macky` of `Macky sall`) is no second person
        assertEquals(Set.of("person:kamal-idrissa «Kamal Idrissa»", "person:kamal-idrissa «Kamal»"),
                persons(List.of(Map.of("Kamal", "I-PER", "Idrissa", "I-PER"), Map.of("Kamal", "I-PER")),
                        "Le président de l'Union des Comores, Kamal Idrissa, a quitté Moroni.",
                        "Kamal prendra part au sommet."));
    }

    @Test
    void theSurnameOfANameWrittenSurnameFirstIsThatPerson() {
        assertEquals(Set.of("person:kamal-idrissa «KAMAL Idrissa»", "person:kamal-idrissa «Kamal»"),
                persons(List.of(Map.of("Kamal", "I-PER"), Map.of("KAMAL", "I-PER", "Idrissa", "I-PER")),
                        "Addis-Abeba : Kamal annonce une commémoration",
                        "Son Excellence le Président KAMAL Idrissa est intervenu au sommet."));
    }

    @Test
    void oneSpellingOfTheLettersIsOnePerson() {
        assertEquals(Set.of("person:marcel-okou-n-dala «Marcel Okou N'Dala»", "person:marcel-okou-n-dala «Marcel Okou Ndala»"),
                persons(List.of(Map.of("Marcel", "I-PER", "Okou", "I-PER", "N'", "I-PER", "Dala", "I-PER"),
                                Map.of("Marcel", "I-PER", "Okou", "I-PER", "Ndala", "I-PER")),
                        "Le président Marcel Okou N'Dala a ouvert le sommet.",
                        "À l'issue des travaux, le président Marcel Okou Ndala passera le témoin."));
    }
}
