package org.summitcoverage.dict;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RomanNumeralsTest {
    @Test
    void editionsInEitherCase() {
        assertEquals(19, RomanNumerals.value("XIX"));
        assertEquals(21, RomanNumerals.value("xxi"));
        assertEquals(44, RomanNumerals.value("XLIV"));
        assertEquals(90, RomanNumerals.value("XC"));
    }

    @Test
    void otherWordsAreNoNumeral() {
        assertEquals(0, RomanNumerals.value("XIXe"));
        assertEquals(0, RomanNumerals.value(""));
        assertEquals(0, RomanNumerals.value("vie"));
    }
}
