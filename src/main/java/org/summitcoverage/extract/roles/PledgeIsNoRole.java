package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;

import java.util.List;

/**
 * A pledge of money is neither a signature nor an attendance (docs/annotation.md § Roles): at a donor conference
 * `Le Danemark s'est engagé à verser 80 millions d'euros`, `La Corée s'est engagée à hauteur de 45 millions de
 * dollars`, `Les Pays-Bas participeront à hauteur de 30 millions d'euros` say what a state gives, not that it signed
 * the meeting's text or sat at it. The cue's complement (its object, an oblique or its infinitive's) names a sum: a
 * currency or `à hauteur de` (`pledge_amount_words`), or a number of millions after a verb of giving
 * (`pledge_verbs`: `s'est engagé à donner 138 millions`); when it commits to acts (infinitives), every one of them
 * is such a verb of giving, with its sum. `s'engager à respecter la charte`, `à mettre en commun leurs moyens et à financer, à hauteur de …`
 * still sign. A pledge taken as a noun (`a pris l'engagement de verser 40 millions`) commits to the acts its noun governs.
 */
final class PledgeIsNoRole implements HolderReading {
    /** How far below a complement the sum may stand (`à fournir une aide alimentaire de 12 millions d'euros`). */
    private static final int DEPTH = 4;

    private final HolderReading reading;

    PledgeIsNoRole(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        return pledgesASum(site) ? List.of() : reading.read(site);
    }

    static boolean pledgesASum(CueSite site) {
        if (site.cueNode() <= 0) {
            return false;
        }
        SentenceGraph g = site.graph();
        RoleWords words = site.words();
        java.util.Set<Integer> acts = new java.util.LinkedHashSet<>(site.dependents("xcomp"));
        if (site.hit().end() - site.hit().first() > 1) {
            // (h31-signature) a pledge taken as a noun, `a pris l'engagement de verser 40 millions`: the acts hang on the noun
            for (int o : site.dependents("obj")) {
                acts.addAll(g.dependents(o, "acl"));
            }
        }
        for (int x : List.copyOf(acts)) {
            acts.addAll(g.dependents(x, "conj"));
        }
        if (!acts.isEmpty()) {
            // every act committed to is a verb of giving with its sum: `à mettre en commun leurs moyens et à financer,
            // à hauteur de …` commits to more than money, the meeting's joint text
            for (int x : acts) {
                if (!words.pledgeVerbs.contains(g.word(x)) || !namesASum(g, words, x, true, 0)) {
                    return false;
                }
            }
            return true;
        }
        for (String rel : List.of("obj", "obl")) {
            for (int d : site.dependents(rel)) {
                if (namesASum(g, words, d, false, 0)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The phrase headed by {@code n} names a sum within {@link #DEPTH} nominal steps, not across a clause. */
    private static boolean namesASum(SentenceGraph g, RoleWords words, int n, boolean giving, int depth) {
        String w = TextFolding.fold(g.word(n));
        if (words.pledgeAmountWords.contains(w) || giving && words.pledgeCounts.contains(w)) {
            return true;
        }
        if (depth >= DEPTH) {
            return false;
        }
        for (String rel : List.of("obj", "obl", "nmod", "nummod", "appos", "xcomp")) {
            for (int d : g.dependents(n, rel)) {
                boolean verb = rel.equals("xcomp") && words.pledgeVerbs.contains(g.word(d));
                if (namesASum(g, words, d, giving || verb, depth + 1)) {
                    return true;
                }
            }
        }
        return false;
    }
}
