package org.summitcoverage.extract.roles;

import org.summitcoverage.model.RoleType;

import java.util.List;
import java.util.Set;

/**
 * `Le Japon s'est engagé à renforcer sa coopération avec l'Afrique`, `La France s'est engagée à accueillir le prochain
 * sommet`: one holder committing, in the singular (`singular_pledge_forms`), to an act of its own that is no signing and
 * names no text is a pledge, not a signature of the summit's text. The plural (`Les dirigeants se sont engagés à …`)
 * tells what the signatories agreed on together and stays a signature; so does a commitment to a text (`s'est engagé
 * à respecter la charte`).
 */
final class OwnCommitmentIsNoSigning implements HolderReading {
    /** How deep below the infinitive a text may stand (`à mettre en œuvre les conclusions du sommet`). */
    private static final int DEPTH = 3;
    private static final Set<String> COMPLEMENTS = Set.of("obj", "obl", "nmod", "xcomp", "conj", "ccomp");

    private final HolderReading reading;

    OwnCommitmentIsNoSigning(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        return ownCommitment(site) ? List.of() : reading.read(site);
    }

    private static boolean ownCommitment(CueSite site) {
        if (site.cueNode() <= 0 || !site.words().singularPledgeForms.contains(site.graph().word(site.cueNode()))) {
            return false;
        }
        SentenceGraph g = site.graph();
        List<Integer> acts = site.dependents("xcomp");
        if (acts.isEmpty()) {
            return false;
        }
        for (int x : acts) {
            RoleType act = "VERB".equals(g.pos(x)) ? RefusedActReading.act(site, x) : null;
            if (act == RoleType.SIGNATORY || act == RoleType.NON_SIGNATORY || namesAText(g, site.words(), x, 0)) {
                return false;
            }
        }
        for (int o : site.dependents("obl")) {
            if (namesAText(g, site.words(), o, 0)) {
                return false; // `s'est engagé, dans la déclaration finale, à …`
            }
        }
        return true;
    }

    private static boolean namesAText(SentenceGraph g, RoleWords words, int node, int depth) {
        if (words.signedTexts.contains(g.word(node)) && "NOUN".equals(g.pos(node))) {
            return true;
        }
        if (depth >= DEPTH) {
            return false;
        }
        for (var e : g.outgoing(node)) {
            if (COMPLEMENTS.contains(e.baseRelation().split(":")[0]) && namesAText(g, words, e.dependent(), depth + 1)) {
                return true;
            }
        }
        return false;
    }
}
