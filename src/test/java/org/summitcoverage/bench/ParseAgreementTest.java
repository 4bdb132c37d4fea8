package org.summitcoverage.bench;

import org.junit.jupiter.api.Test;
import org.summitcoverage.nlp.ParsedSentence;
import org.summitcoverage.nlp.ParsedSentence.Edge;
import org.summitcoverage.nlp.ParsedSentence.Node;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class ParseAgreementTest {
    @Test
    void edgesAreComparedByOffsetsSoAPartialParseLosesOnlyItsMissingWords() {
        // "Le Gabon signe" parsed whole, then only "Gabon signe" (its words numbered from 1 again)
        ParsedSentence whole = new ParsedSentence(List.of(new Node(1, "Le", "DET", 0, 2), new Node(2, "Gabon", "PROPN", 3, 8),
                new Node(3, "signe", "VERB", 9, 14)), List.of(new Edge(0, 3, "root"), new Edge(3, 2, "nsubj"), new Edge(2, 1, "det")));
        ParsedSentence part = new ParsedSentence(List.of(new Node(1, "Gabon", "PROPN", 3, 8), new Node(2, "signe", "VERB", 9, 14)),
                List.of(new Edge(0, 2, "root"), new Edge(2, 1, "obj")));
        long[] counts = new long[2];
        ParseAgreement.add(Map.of(0, whole), Map.of(0, part), counts);
        assertArrayEquals(new long[] {1, 3}, counts);
    }
}
