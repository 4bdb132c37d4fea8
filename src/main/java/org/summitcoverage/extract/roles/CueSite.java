package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.extract.roles.RoleCueLexicon.Hit;
import org.summitcoverage.model.Mention;
import org.summitcoverage.model.RoleType;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A live cue where it stands: the sentence seen through its parse, the cue, the role it asserts there
 * (a negated signature is already NON_SIGNATORY), the cue's parser node (-1 when the sentence was not
 * parsed or the parser has no node there) and the article around it.
 */
record CueSite(SentenceGraph graph, Hit hit, RoleType role, int cueNode, Discourse discourse) {

    List<Token> tokens() {
        return graph.tokens();
    }

    RoleWords words() {
        return graph.words();
    }

    /** The same cue read for another role (`se joindre à eux` attends rather than signs). */
    CueSite withRole(RoleType other) {
        return new CueSite(graph, hit, other, cueNode, discourse);
    }

    /** The cue's words as they stand in the sentence (`a coprésidé`). */
    String cueText() {
        return hit.text();
    }

    /** The cue node's dependents by relation (`obl:agent`, `nsubj`...). */
    List<Integer> dependents(String relation) {
        return graph.dependents(cueNode, relation);
    }

    /**
     * The cue's `par` agents; for a passive cue with none, the agent the parser hung on a relative clause of one of its
     * complements when that clause's verb is no passive itself (`Le roi est représenté à ce sommet, qui se tient à
     * Rabat, par X`): a `par` agent belongs to a passive.
     */
    List<Integer> agents() {
        List<Integer> out = new ArrayList<>(dependents("obl:agent"));
        if (!out.isEmpty()) {
            // (h23-onu) `adopté par consensus`, `par acclamation`: how the text was adopted, no one who adopted it;
            // but `par la voix de son ministre X` names with its `de` complement who acted
            out.removeIf(a -> words().mannerAgentNouns.contains(graph.word(a)) && graph.dependents(a, "nmod:de").isEmpty());
            // (h32-precision) `organisée par X entre A et B`: the parser may hang B as a second agent; an agent after an
            // earlier agent's `entre` complement is that complement's second party
            int between = out.stream().flatMap(a -> graph.dependents(a, "nmod:entre").stream())
                    .min(Integer::compare).orElse(Integer.MAX_VALUE);
            out.removeIf(a -> a > between);
            if (out.isEmpty()) {
                return out;
            }
            out.addAll(nominalConjuncts(out));
            return out;
        }
        for (int o : dependents("obl:en")) {
            // (h44) `Le Japon était représenté en la personne de M. X`: the `de` complement of `en la personne` is the agent
            if (o > cueNode && words().personPhraseNouns.contains(graph.word(o))) {
                out.addAll(graph.dependents(o, "nmod:de"));
            }
        }
        if (!out.isEmpty()) {
            return out;
        }
        if (passiveOfEtre()) {
            // `Ce sommet est co-organisé à Abidjan, par A, B et C`: past a comma the parser takes the agent for an adverbial
            for (int o : dependents("obl")) {
                if (o > cueNode && byPar(o)) {
                    out.add(o);
                }
                // `… à Lomé, par A`: or hangs it on the place before it
                graph.dependents(o, "nmod").stream().filter(n -> n > o && byPar(n)).forEach(out::add);
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        if (dependents("nsubj:pass").isEmpty() && dependents("aux:pass").isEmpty()) {
            return out;
        }
        List<Integer> hung = new java.util.ArrayList<>();
        List<Integer> complements = new java.util.ArrayList<>(dependents("obl"));
        complements.addAll(dependents("obj"));
        for (int c : complements) {
            for (int r : graph.dependents(c, "acl:relcl")) {
                if (graph.dependents(r, "aux:pass").isEmpty()) {
                    hung.addAll(graph.dependents(r, "obl:agent"));
                    for (int o : graph.dependents(r, "obl")) {
                        if (graph.dependents(o, "case").stream().anyMatch(w -> graph.word(w).equals("par"))) {
                            hung.add(o); // the parser may also take it for an adverbial of the clause
                        }
                    }
                }
            }
        }
        return hung;
    }

    /**
     * The last agent of a list the parser coordinated with the passive verb itself, a bare noun after the agents with its
     * `et` (`représentée par le président X, le commissaire Y, et la commissaire à l'énergie, Z`: `conj:et(représentée,
     * commissaire)`): an agent too. Not a verb nor a noun with a preposition of its own (`et à Genève`).
     */
    private List<Integer> nominalConjuncts(List<Integer> agents) {
        if (dependents("aux:pass").isEmpty()) {
            return List.of();
        }
        int last = agents.stream().mapToInt(Integer::intValue).max().orElse(0);
        List<Integer> out = new ArrayList<>();
        for (int c : dependents("conj")) {
            String pos = graph.pos(c);
            if (c > last && (pos.equals("NOUN") || pos.equals("PROPN")) && !graph.dependents(c, "cc").isEmpty()
                    && graph.dependents(c, "case").isEmpty() && graph.dependents(c, "nsubj").isEmpty()
                    && graph.dependents(c, "cop").isEmpty() && graph.dependents(c, "aux").isEmpty()
                    && !subjectOfAnotherVerb(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * (h26-amerique) The noun is also the subject of a verb other than the cue: it opens a clause of its own, no agent
     * (`A et B sont représentés par des ministres, et le président C, souffrant, a été remplacé par D`: C is the
     * subject of `remplacé`, not one who represents A and B).
     */
    private boolean subjectOfAnotherVerb(int node) {
        for (String rel : List.of("nsubj", "nsubj:pass")) {
            for (int v : graph.governors(node, rel)) {
                if (v != cueNode) {
                    return true;
                }
            }
        }
        // or the parser hangs both the noun and that verb on the cue, the verb after it without a subject of its own or
        // with an auxiliary of its own (`…, et le président C, malade, est resté à Santiago`: `xcomp(représentés, resté)`)
        for (String rel : List.of("conj", "xcomp", "parataxis")) {
            for (int v : dependents(rel)) {
                if (v > node && graph.pos(v).equals("VERB") && (!graph.dependents(v, "aux").isEmpty()
                        || graph.outgoing(v).stream().noneMatch(e -> e.relation().equals("nsubj") || e.relation().equals("nsubj:pass")))) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean byPar(int node) {
        return graph.dependents(node, "case").stream().anyMatch(w -> graph.word(w).equals("par"));
    }

    /** A participle after a form of `être` the parser gives as a plain auxiliary (`est co-organisé`). */
    private boolean passiveOfEtre() {
        List<Integer> aux = new ArrayList<>(dependents("aux:pass"));
        aux.addAll(dependents("aux"));
        return aux.stream().anyMatch(a -> graph.words().etreForms.contains(graph.word(a)));
    }

    /** The cue node's governors by relation. */
    List<Integer> governors(String relation) {
        return graph.governors(cueNode, relation);
    }

    /** The holders of the phrases headed by {@code nodes} (see {@link HolderPhrases#phrase}). */
    List<Finding> phrases(List<Integer> nodes, double confidence, IntFunction<String> licence) {
        List<Finding> out = new ArrayList<>();
        for (int node : nodes) {
            out.addAll(HolderPhrases.phrase(this, node, confidence, licence.apply(node)));
        }
        return out;
    }

    /** A finding of this cue's role for {@code m}. */
    Finding finding(Mention m, double confidence, String rule, String licence) {
        return new Finding(role, m, hit.text(), confidence, rule, licence, null);
    }

    /** {@code word} stands within the four tokens before the cue (`sous la présidence`, `à la tête de`). */
    boolean precededBy(String word) {
        List<Token> toks = tokens();
        String folded = TextFolding.fold(word);
        for (int k = Math.max(0, hit.first() - 4); k < hit.first(); k++) {
            if (toks.get(k).folded().equals(folded)) {
                return true;
            }
        }
        return false;
    }
}
