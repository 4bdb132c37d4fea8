package org.summitcoverage.extract.roles;

import java.util.ArrayList;
import java.util.List;

/**
 * A noun for the act of signing or refusing: its `de` complement acts (`la souscription de la Côte d'Ivoire à la
 * déclaration`, `l'abstention de la Chine`, `le refus de Washington`) or its `par` agent (`la signature par le Kenya de
 * la charte`), or with a possessive the subject of its verb
 * (`la Tunisie a signifié son rejet`). Unlike attendance, the act takes a `à` complement that is the text signed,
 * not a meeting. A cancelled act (`a levé son veto`) is none. A noun of adopting (`adoption`, `approbation`:
 * `agent_only_act_nouns`) names its signer only by a `par` agent (`l'adoption de la déclaration par le Maroc`).
 */
final class ActNounReading implements ParsedReading {
    @Override
    public List<Finding> readParsed(CueSite site) {
        SentenceGraph g = site.graph();
        if (pending(site) || deniedAct(site)) {
            return List.of();
        }
        for (int v : site.governors("obj")) {
            if (site.words().cancellingVerbs.contains(g.word(v))) {
                return List.of(); // `a levé son veto`, `a annulé sa signature`
            }
        }
        // `la signature par le Kenya de la charte`: a `par` agent acts, and the `de` complement is then the text
        List<Integer> agents = new ArrayList<>(site.dependents("nmod:par"));
        if (agents.isEmpty() && site.words().agentOnlyActNouns.contains(site.cueText())) {
            // `approbation du pacte par le Pérou`: the parser may hang the agent on the text
            for (int text : deComplements(site)) {
                agents.addAll(g.dependents(text, "nmod:par"));
            }
            if (agents.isEmpty()) {
                return List.of(); // `l'adoption de la déclaration`, `l'approbation du Conseil`: only a `par` agent adopts
            }
        }
        boolean possessive = site.dependents("det").stream().anyMatch(d -> site.words().possessives.contains(g.word(d)));
        // `le Kenya a confirmé sa signature du communiqué de la conférence en Suisse`: with a possessive the
        // possessor acts, and a `de` complement is the text signed (with its own complements), not a signer
        List<Integer> actors = agents.isEmpty() && possessive ? List.of() : agents.isEmpty() ? deComplements(site) : agents;
        if (agents.isEmpty() && !possessive) {
            // `la signature de la Convention des Nations unies contre …`: a text signed is no signer, nor the body its name
            // holds; of a text only the parties between whom it is signed act (`d'une déclaration entre X et Y`)
            actors = withoutSignedTexts(site, actors);
            // `la signature d'une déclaration entre le président X et le Premier ministre Y`: the parties between whom
            // the text is signed, however the parser hangs `entre` (on the text, or on the act noun)
            actors.addAll(site.dependents("nmod:entre"));
            // (h32-signature) `la cérémonie de signature des accords entre A et B`: the parser hangs `entre` on the occasion
            for (int occasion : site.governors("nmod:de")) {
                if (site.words().signingOccasionNouns.contains(g.word(occasion))) {
                    actors.addAll(g.dependents(occasion, "nmod:entre"));
                }
            }
        }
        List<Finding> out = new ArrayList<>(site.phrases(actors, Confidence.NOUN_RULE,
                n -> site.cueText() + (agents.isEmpty() ? " de " : " par ") + g.word(n)));
        if (out.isEmpty() && possessive) {
            List<Integer> verbs = new ArrayList<>(site.governors("obj"));
            verbs.addAll(site.governors("obl"));
            for (int v : verbs) {
                out.addAll(site.phrases(ClauseReading.subjects(g, v, false), Confidence.NOUN_RULE, s -> "sa " + site.cueText()));
            }
        }
        return out;
    }

    /**
     * (h32-signature) The act noun's `de` complements in both spellings the parser gives them: `de la charte` and the
     * elided `d'un accord`, `d'Israël` (`nmod:d'`), which is the same complement.
     */
    private static List<Integer> deComplements(CueSite site) {
        List<Integer> out = new ArrayList<>(site.dependents("nmod:de"));
        out.addAll(site.dependents("nmod:d'"));
        return out;
    }

    /**
     * The {@code de} complements of the act noun with each signed text (`signed_texts`) replaced by the parties its
     * {@code entre} complement names: `la signature de la Convention des Nations unies` names the text, whose name
     * holds a body that signs nothing by it.
     */
    private static List<Integer> withoutSignedTexts(CueSite site, List<Integer> complements) {
        SentenceGraph g = site.graph();
        List<Integer> out = new ArrayList<>();
        for (int n : complements) {
            if (site.words().signedTexts.contains(g.word(n)) && ("NOUN".equals(g.pos(n)) || "PROPN".equals(g.pos(n)))) {
                out.addAll(g.dependents(n, "nmod:entre"));
            } else {
                out.add(n);
            }
        }
        return out;
    }

    /**
     * The act noun is the subject of a predicate that leaves it pending (`La signature du Togo est prévue demain`,
     * `L'adhésion de X reste incertaine`, `pourrait intervenir`: `pending_act_predicates`, the conditional): not done.
     */
    /**
     * (h38-votes) `aucun veto`, `aucune abstention`: a negative determiner on the act noun says no one did it (`besoin
     * d'aucun veto de l'un des membres permanents – A, B, C`), so its complement names no holder.
     */
    private static boolean deniedAct(CueSite site) {
        SentenceGraph g = site.graph();
        return site.dependents("det").stream().anyMatch(d -> site.words().negativeWords.contains(g.word(d)));
    }

    static boolean pending(CueSite site) {
        SentenceGraph g = site.graph();
        if (site.cueNode() <= 0) {
            return false;
        }
        List<Integer> predicates = new ArrayList<>(site.governors("nsubj"));
        predicates.addAll(site.governors("nsubj:pass"));
        for (int p : predicates) {
            String w = g.word(p);
            if (site.words().pendingActPredicates.contains(w) || w.endsWith("rait") || w.endsWith("raient")) {
                return true;
            }
        }
        return false;
    }
}
