package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * (h23-otan) `qui sont venus pour le sommet` after a list of people each with a title in apposition: the relative
 * pronoun stands for the people, not for the body that ends the last title.
 */
class ArrivalRelativeAntecedentTest {
    private final ArrivalReading reading = new ArrivalReading();

    @Test
    void thePeopleOfTheListCameNotTheBodyOfTheLastTitle() {
        HandParse p = HandParse.of("Le président Li Wen a rencontré Ana Ruiz, présidente du Conseil européen, et Lars Berg, président de la Commission européenne, qui sont venus pour le sommet.")
                .entity("Li Wen", "person:li-wen").entity("Ana Ruiz", "person:ana-ruiz").entity("Conseil européen", "org:conseil-europeen")
                .entity("Lars Berg", "person:lars-berg").entity("Commission européenne", "org:commission-europeenne")
                .edge("rencontré", "nsubj", "président").edge("rencontré", "obj", "Ana").edge("Ana", "appos", "présidente")
                .edge("Ana", "conj:et", "Lars").edge("Lars", "appos", "président#2").edge("Ana", "acl:relcl", "venus")
                .edge("présidente", "nmod:de", "Conseil").edge("président#2", "nmod:de", "Commission")
                .edge("venus", "nsubj", "qui").edge("venus", "aux", "sont").edge("venus", "obl:pour", "sommet");
        assertEquals(Set.of("PARTICIPANT person:ana-ruiz", "PARTICIPANT person:lars-berg"), p.rows(reading, "venus"));
    }
}
