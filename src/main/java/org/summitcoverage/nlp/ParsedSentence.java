package org.summitcoverage.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * A dependency parse of one sentence (UD relations, enhanced++ graph). Tokens are the parser's own
 * (after multi-word splitting: {@code du} is {@code de le}); their offsets point into the cleaned text,
 * which is how they line up with entity mentions.
 */
public record ParsedSentence(List<Node> nodes, List<Edge> edges) {

    /** A parser token; {@code index} is 1-based as in CoNLL-U. */
    public record Node(int index, String word, String pos, int start, int end) {
        public String lower() {
            return word.toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A dependency {@code governor -rel-> dependent}, by node index (0 is the root). */
    public record Edge(int governor, int dependent, String relation) {
        /** The relation without its enhanced suffix: {@code obl:agent} stays, {@code conj:et} becomes {@code conj}. */
        public String baseRelation() {
            if (relation.startsWith("obl:agent") || relation.startsWith("nsubj:pass") || relation.startsWith("aux:pass")
                    || relation.startsWith("flat:name") || relation.startsWith("acl:relcl")
                    || relation.startsWith("nsubj:xsubj") || relation.startsWith("expl:")) {
                return relation;
            }
            int colon = relation.indexOf(':');
            return colon < 0 ? relation : relation.substring(0, colon);
        }
    }

    public ParsedSentence {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    public Node node(int index) {
        return nodes.get(index - 1);
    }

    public List<Edge> outgoing(int governor) {
        List<Edge> out = new ArrayList<>();
        for (Edge e : edges) {
            if (e.governor() == governor) {
                out.add(e);
            }
        }
        return out;
    }

    public List<Edge> incoming(int dependent) {
        List<Edge> out = new ArrayList<>();
        for (Edge e : edges) {
            if (e.dependent() == dependent) {
                out.add(e);
            }
        }
        return out;
    }
}
