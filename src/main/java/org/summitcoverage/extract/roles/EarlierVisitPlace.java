package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.nlp.Token;

import java.util.List;

/**
 * (h47-faux14) `Après leur visite à Bangkok, en Thaïlande, le secrétaire général est arrivé à Bali`: a place right after
 * a noun of a trip (`earlier_visit_nouns`) that `après` (`earlier_visit_openers`) puts before the rest of the sentence
 * is where an earlier stop was made, not where the meeting is: it hosts nothing. A visit with no such opener (`la
 * première visite à Téhéran d'un chef d'État dans le cadre de ce sommet`) may be the trip to the meeting itself and
 * keeps its reading.
 */
final class EarlierVisitPlace {
    /** The most words between the opener and the trip noun (a determiner, an adjective: `après sa courte visite`). */
    private static final int OPENER_REACH = 3;
    /** The most words between the trip noun and the place word (`visite officielle`, `visite d'État`). */
    private static final int NOUN_REACH = 3;

    private EarlierVisitPlace() {
    }

    /** Whether the place word at {@code k} (its preposition) follows a trip noun opened by `après`. */
    static boolean afterAnEarlierVisit(RoleWords words, List<Token> toks, int k) {
        for (int n = k - 1; n >= 0 && n >= k - 1 - NOUN_REACH; n--) {
            String w = toks.get(n).word();
            if (w.equals(",") || w.equals(";") || w.equals(".") || w.equals(":")) {
                return false;
            }
            if (words.earlierVisitNouns.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                return openedBefore(words, toks, n);
            }
        }
        return false;
    }

    private static boolean openedBefore(RoleWords words, List<Token> toks, int noun) {
        for (int o = noun - 1; o >= 0 && o >= noun - OPENER_REACH; o--) {
            String w = toks.get(o).word();
            if (w.equals(",") || w.equals(";") || w.equals(".") || w.equals(":")) {
                return false;
            }
            if (words.earlierVisitOpeners.contains(TextFolding.fold(w)) || words.earlierVisitOpeners.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
