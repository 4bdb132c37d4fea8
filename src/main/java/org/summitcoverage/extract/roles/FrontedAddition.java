package org.summitcoverage.extract.roles;

import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.nlp.Token;

import java.util.List;

/**
 * (h31-listes) A sentence that opens on an additive marker (`likewise_fronted_markers`: `Outre`, `En plus de`) puts
 * the holders it adds in front of the main clause: `Outre les présidents A et B, qui ont convoqué ce sommet, y
 * participent leurs homologues C et D`. The comma that closes that fronted phrase is no incise around a subject: the
 * main clause's subject stands after its verb. The phrase runs from the marker over its own apposition (a person's
 * name set off by commas) and its own relative clause (`qui …`: `relative_pronouns`); a stretch between commas that is neither
 * (`Outre X, le Togo, qui …, a signé`) is the main clause's subject, so the comma closes no fronted phrase.
 */
final class FrontedAddition {
    private FrontedAddition() {
    }

    /** Whether the comma at {@code comma} closes a fronted additive phrase that opens the sentence. */
    static boolean closesAt(SentenceGraph g, RoleWords words, List<Token> toks, int comma) {
        int from = LikewiseExtension.markerEnd(words.likewiseFrontedMarkers, toks, 0);
        if (from <= 0 || from >= comma) {
            return false;
        }
        int segment = -1; // the first token of each stretch after a comma inside the phrase
        for (int j = from; j < comma; j++) {
            if (toks.get(j).word().equals(",")) {
                if (segment >= 0 && !ownsStretch(g, words, toks, segment, j)) {
                    return false;
                }
                segment = j + 1;
            }
        }
        return segment < 0 || ownsStretch(g, words, toks, segment, comma);
    }

    /** The comma before {@code before} that closes a fronted additive phrase, the last such; -1 when none does. */
    static int closingComma(SentenceGraph g, RoleWords words, List<Token> toks, int before) {
        for (int c = Math.min(before, toks.size()) - 1; c > 0; c--) {
            if (toks.get(c).word().equals(",") && closesAt(g, words, toks, c)) {
                return c;
            }
        }
        return -1;
    }

    /** A stretch the fronted phrase owns: its relative clause, or the name of the person its title announced. */
    private static boolean ownsStretch(SentenceGraph g, RoleWords words, List<Token> toks, int first, int end) {
        if (first >= end) {
            return false;
        }
        if (words.relativePronouns.containsWord(toks.get(first))) {
            return true;
        }
        Mention m = g.mentionAt(toks.get(first).start());
        return m != null && m.type() == EntityType.PERSON && m.end() >= toks.get(end - 1).end();
    }
}
