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
        return site.hit().first() >= 0 && (opposesAText(site) || possessiveOfAnEarlierText(site)) ? reading.read(site) : List.of();
    }

    /**
     * (h43-votes4) `Les partisans du texte sont A et B, ses opposants sont C et D`: a possessive right before the noun
     * takes up the text a stance noun of the same sentence named before it (the side of the same vote).
     */
    private static boolean possessiveOfAnEarlierText(CueSite site) {
        List<Token> toks = site.tokens();
        int first = site.hit().first();
        if (first < 1 || !site.words().possessives.containsWord(toks.get(first - 1))) {
            return false;
        }
        for (int k = 0; k < first - 1; k++) {
            if (site.words().stanceNouns.containsWord(toks.get(k)) && textAfter(site, k + 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean opposesAText(CueSite site) {
        return textAfter(site, site.hit().end());
    }

    /** A supported text named at or after token {@code from} past linking words only (at least one). */
    private static boolean textAfter(CueSite site, int from) {
        List<Token> toks = site.tokens();
        int end = Math.min(toks.size(), from + MAX_LINKS + 1);
        for (int k = from; k < end; k++) {
            String w = toks.get(k).word();
            if (site.words().supportedTexts.contains(w)) {
                return k > from;
            }
            if (!site.words().stanceTextLinks.contains(w)) {
                return false;
            }
        }
        return false;
    }
}
