package org.summitcoverage.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * A dependency parse of one sentence (UD relations, enhanced++ graph). Tokens are the parser's own
 * (after multi-word splitting: {@code du} is {@code de le}); their offsets point into the cleaned text,
 * which is how they line up with entity mentions.
 */
public final class ParsedSentence {
    private final List<Node> nodes;
    private final List<Edge> edges;
    /**
     * Each node's outgoing and incoming edges, in the order of {@link #edges}, indexed by node once: the role readings
     * ask for them tens of times per cue, and a scan of every edge per question was 4 % of the rules' time.
     */
    private final List<List<Edge>> outgoing;
    private final List<List<Edge>> incoming;

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

    public ParsedSentence(List<Node> nodes, List<Edge> edges) {
        this.nodes = List.copyOf(nodes);
        this.edges = List.copyOf(edges);
        int max = 0;
        for (Edge e : this.edges) {
            max = Math.max(max, Math.max(e.governor(), e.dependent()));
        }
        List<List<Edge>> out = new ArrayList<>();
        List<List<Edge>> in = new ArrayList<>();
        for (int i = 0; i <= max; i++) {
            out.add(new ArrayList<>(2));
            in.add(new ArrayList<>(2));
        }
        for (Edge e : this.edges) {
            if (e.governor() >= 0) {
                out.get(e.governor()).add(e);
            }
            if (e.dependent() >= 0) {
                in.get(e.dependent()).add(e);
            }
        }
        this.outgoing = out;
        this.incoming = in;
    }

    public List<Node> nodes() {
        return nodes;
    }

    public List<Edge> edges() {
        return edges;
    }

    public Node node(int index) {
        return nodes.get(index - 1);
    }

    /** The edges that leave {@code governor}, in the order of {@link #edges}; a fresh list the caller may change. */
    public List<Edge> outgoing(int governor) {
        return governor >= 0 && governor < outgoing.size() ? new ArrayList<>(outgoing.get(governor)) : new ArrayList<>();
    }

    /** The edges that reach {@code dependent}, in the order of {@link #edges}; a fresh list the caller may change. */
    public List<Edge> incoming(int dependent) {
        return dependent >= 0 && dependent < incoming.size() ? new ArrayList<>(incoming.get(dependent)) : new ArrayList<>();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParsedSentence p && nodes.equals(p.nodes) && edges.equals(p.edges);
    }

    @Override
    public int hashCode() {
        return 31 * nodes.hashCode() + edges.hashCode();
    }

    @Override
    public String toString() {
        return "ParsedSentence[nodes=" + nodes + ", edges=" + edges + "]";
    }
}
