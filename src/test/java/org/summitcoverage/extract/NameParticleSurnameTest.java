package org.summitcoverage.extract;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A headline names a leader by his family name before the lede gives the full name, whose family name carries an
 * Arabic article (`Sommet de X : Masri présent` … `le président Karim Nabil al-Masri`): one person
 * (`dict/name_particles.txt`). Hand-made tokens with the tagger's labels given; invented names.
 */
class NameParticleSurnameTest {
    private static Set<String> persons(List<Map<String, String>> ner, String... sentences) {
        return HandPersons.of(ner, sentences);
    }

    @Test
    void aFamilyNameWithoutItsArabicArticleIsTheFullName() {
        assertEquals(Set.of("person:karim-nabil-al-masri «Masri»", "person:karim-nabil-al-masri «Karim Nabil al-Masri»"),
                persons(List.of(Map.of("Masri", "I-PER"), Map.of("Karim", "I-PER", "Nabil", "I-PER", "al-Masri", "I-PER")),
                        "Forum de Tripoli : Masri présent",
                        "Le président Karim Nabil al-Masri a pris part au forum."));
    }

    @Test
    void anotherNameEndingTheSameWayIsAnotherPerson() {
        assertEquals(Set.of("person:salim «Salim»", "person:karim-al-masri «Karim al-Masri»"),
                persons(List.of(Map.of("Salim", "I-PER"), Map.of("Karim", "I-PER", "al-Masri", "I-PER")),
                        "Forum de Tripoli : Salim présent",
                        "Le président Karim al-Masri a pris part au forum."));
    }
}
