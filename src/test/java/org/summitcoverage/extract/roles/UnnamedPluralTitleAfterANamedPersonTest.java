package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * (h22-minis) An inverted subject list that opens on a titled, named person and goes on with a plural title naming no one
 * (`le secrétaire général de l'UMA, M. X, les ministres des Affaires étrangères du Maroc, de l'Algérie et de Libye`): the
 * parser hangs the plural title on the first one as an apposition; its states act (`HolderPhrases`).
 */
class UnnamedPluralTitleAfterANamedPersonTest {
    @Test
    void theStatesOfThePluralTitleAttendWithThePerson() {
        HandParse p = HandParse.of("Ont pris part à la réunion le secrétaire général de l'UMA, Karim Dalou, les ministres des Affaires étrangères du Maroc, de l'Algérie et de Libye.")
                .entity("UMA", "org:uma").entity("Karim Dalou", "person:karim-dalou").entity("Maroc", "country:MA")
                .entity("Algérie", "country:DZ").entity("Libye", "country:LY")
                .edge("pris", "nsubj", "secrétaire").edge("pris", "obj", "part").edge("secrétaire", "nmod:de", "UMA")
                .edge("secrétaire", "appos", "Karim").edge("Karim", "flat:name", "Dalou")
                .edge("secrétaire", "appos", "ministres").edge("ministres", "nmod:de", "Affaires")
                .edge("ministres", "nmod:de", "Maroc").edge("secrétaire", "nmod:de", "Algérie").edge("Algérie", "conj:et", "Libye");
        assertEquals(Set.of("PARTICIPANT person:karim-dalou", "PARTICIPANT country:MA", "PARTICIPANT country:DZ",
                "PARTICIPANT country:LY"), p.rows(new VerbReading(), "pris"));
    }
}
