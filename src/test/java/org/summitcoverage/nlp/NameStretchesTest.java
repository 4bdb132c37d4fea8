package org.summitcoverage.nlp;

import org.junit.jupiter.api.Test;

import java.util.BitSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class NameStretchesTest {
    private static BitSet flags(int... positions) {
        BitSet b = new BitSet();
        for (int p : positions) {
            b.set(p);
        }
        return b;
    }

    @Test
    void oneFlaggedWordGetsItsMarginClippedToTheSentence() {
        List<int[]> s = CoreNlpAnnotator.stretchesToTag(flags(2), 30, 8);
        assertEquals(1, s.size());
        assertArrayEquals(new int[] {0, 11}, s.get(0));
    }

    @Test
    void overlappingMarginsMakeOneStretchAndDistantWordsTwo() {
        List<int[]> joined = CoreNlpAnnotator.stretchesToTag(flags(10, 25), 60, 8);
        assertEquals(1, joined.size());
        assertArrayEquals(new int[] {2, 34}, joined.get(0));
        List<int[]> apart = CoreNlpAnnotator.stretchesToTag(flags(10, 40), 60, 8);
        assertEquals(2, apart.size());
        assertArrayEquals(new int[] {2, 19}, apart.get(0));
        assertArrayEquals(new int[] {32, 49}, apart.get(1));
    }

    @Test
    void everyWordFlaggedIsTheWholeSentence() {
        BitSet all = new BitSet();
        all.set(0, 12);
        List<int[]> s = CoreNlpAnnotator.stretchesToTag(all, 12, 8);
        assertEquals(1, s.size());
        assertArrayEquals(new int[] {0, 12}, s.get(0));
    }
}
