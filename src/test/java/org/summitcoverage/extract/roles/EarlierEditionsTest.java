package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EarlierEditionsTest {
    @Test
    void theEditionNumberOfAnEventName() {
        assertEquals(31, EarlierEditions.number("COP31"));
        assertEquals(64, EarlierEditions.number("64e sommet de la CEDEAO"));
        assertEquals(9, EarlierEditions.number("TICAD 9"));
        assertEquals(19, EarlierEditions.number("XIXe Sommet de la Francophonie"));
        assertEquals(0, EarlierEditions.number("sommet de 2027")); // a year is no edition
        assertEquals(0, EarlierEditions.number("Sommet de Lima"));
    }
}
