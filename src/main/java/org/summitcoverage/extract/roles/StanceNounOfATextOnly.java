package org.summitcoverage.extract.roles;

import org.summitcoverage.nlp.Token;

import java.util.List;

/**
 * (h39-votes2) A noun of a side of a vote (`stance_nouns`: `opposants`, `partisans`) holds a role only over a text of its
 * own, named right after it past prepositions and articles (`stance_text_links`): `Les opposants à la résolution sont
 * A et B`, `A figure parmi les partisans du projet de texte`. Why: alone the word names political camps (`l'opposant
 * X`, `les partisans du président`), no side of this summit's vote. Other nouns pass through.
 */
final class StanceNounOfATextOnly implements HolderReading {
    /** How many linking words may stand between the noun and its text (`au projet de la résolution`). */
    private static final int MAX_LINKS = 4;

    private final HolderReading reading;

    StanceNounOfATextOnly(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        if (!site.words().stanceNouns.contains(site.cueText())) {
            return reading.read(site);
        }
        return site.hit().first() >= 0 && opposesAText(site) ? reading.read(site) : List.of();
    }

    private static boolean opposesAText(CueSite site) {
        List<Token> toks = site.tokens();
        int end = Math.min(toks.size(), site.hit().end() + MAX_LINKS + 1);
        for (int k = site.hit().end(); k < end; k++) {
            String w = toks.get(k).word();
            if (site.words().supportedTexts.contains(w)) {
                return k > site.hit().end();
            }
            if (!site.words().stanceTextLinks.contains(w)) {
                return false;
            }
        }
        return false;
    }
}
