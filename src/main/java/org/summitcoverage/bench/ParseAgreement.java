package org.summitcoverage.bench;

import org.summitcoverage.nlp.ParsedSentence;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How many of the reference parse's labelled edges another way of preparing the parser's input gives too
 * (labelled attachment against the default, on the cue sentences): an edge is the same when its governor's and
 * dependent's first characters and its relation are. Offsets, not word numbers, so a parse of part of a sentence
 * is compared word for word; edges of the words it left out count as lost.
 */
public final class ParseAgreement {
    private ParseAgreement() {
    }

    /** Adds to {@code counts} [edges also in {@code other}, edges of {@code reference}], sentence by sentence. */
    public static void add(Map<Integer, ParsedSentence> reference, Map<Integer, ParsedSentence> other, long[] counts) {
        for (Map.Entry<Integer, ParsedSentence> e : reference.entrySet()) {
            Set<String> ref = edges(e.getValue());
            counts[1] += ref.size();
            ParsedSentence o = other.get(e.getKey());
            if (o != null) {
                Set<String> got = edges(o);
                got.retainAll(ref);
                counts[0] += got.size();
            }
        }
    }

    static Set<String> edges(ParsedSentence p) {
        Set<String> out = new HashSet<>();
        for (ParsedSentence.Edge e : p.edges()) {
            int gov = e.governor() == 0 ? -1 : p.node(e.governor()).start();
            out.add(gov + ">" + p.node(e.dependent()).start() + ":" + e.relation());
        }
        return out;
    }
}
