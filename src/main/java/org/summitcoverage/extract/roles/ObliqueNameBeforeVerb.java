package org.summitcoverage.extract.roles;

import org.summitcoverage.nlp.Token;

import java.util.List;

/**
 * A name that a preposition governs is a complement, never the subject of the verb right after it. The word-order
 * reading takes the name right before a verb cue for its subject, and so read a meeting's topic or place as the
 * holder: `Le sommet pour la paix en Ukraine organisé en Suisse` (Ukraine organised nothing), `Les pays réunis au
 * sommet organisé en Suisse se sont mis d'accord` (Switzerland is where, not who), `la conférence en faveur du Soudan
 * organisée à Genève` (Sudan is what it is for). A bare subject has no preposition before it; the prepositions are
 * `place_prepositions` (role_words.tsv: not `de`, whose complement may name the state a title stands for, `Le président
 * du Nigeria a signé`), right before the name or its article, or before a noun and its own `de` (`en faveur du`, `au
 * profit de`, `à l'invitation du`), unless that noun follows a title (`le président en exercice de l'UA`).
 */
final class ObliqueNameBeforeVerb {
    private ObliqueNameBeforeVerb() {
    }

    /** The name opening at token {@code at} stands in a prepositional complement. */
    static boolean governedByPreposition(List<Token> toks, RoleWords words, int at) {
        int j = pastArticles(toks, words, at - 1);
        if (j < 0) {
            return false;
        }
        String w = toks.get(j).word();
        if (words.placePrepositions.contains(w)) {
            return true;
        }
        if (!words.complementMarkers.contains(w) || j < 2) {
            return false;
        }
        // `en faveur du Soudan`: a lower-case noun between a preposition and the name's `de`
        String noun = toks.get(j - 1).word();
        if (noun.isEmpty() || !Character.isLowerCase(noun.charAt(0)) || words.isTitle(noun)
                || words.complementMarkers.contains(noun)) {
            return false;
        }
        int p = pastArticles(toks, words, j - 2);
        return p >= 0 && words.placePrepositions.containsWord(toks.get(p))
                && !(p > 0 && words.isTitle(toks.get(p - 1).word()));
    }

    private static int pastArticles(List<Token> toks, RoleWords words, int k) {
        while (k >= 0 && words.definiteArticles.containsWord(toks.get(k))) {
            k--;
        }
        return k;
    }
}
