package org.summitcoverage.nlp;

import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class FrenchEnhancedGraphTest {

    /**
     * With {@code -DUDUseNameRelation} CoreNLP rewrites names into {@code name} relations, a step our conversion does not
     * restate: the sentence must go back to CoreNLP's path (null) before our conversion reads the parse at all.
     */
    @Test
    void leavesTheGraphToCoreNlpWhenNamesAreRewritten() {
        String before = System.getProperty("UDUseNameRelation");
        System.setProperty("UDUseNameRelation", "true");
        try {
            assertNull(FrenchEnhancedGraph.build(null));
        } finally {
            if (before == null) {
                System.clearProperty("UDUseNameRelation");
            } else {
                System.setProperty("UDUseNameRelation", before);
            }
        }
    }
}
