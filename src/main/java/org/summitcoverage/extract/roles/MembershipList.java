package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.extract.roles.RoleCueLexicon.Hit;
import org.summitcoverage.model.Mention;
import org.summitcoverage.nlp.Token;

import java.util.List;

/**
 * (h19-lists) A list after a colon that names what a bloc is made of, in a clause about the bloc rather than as the
 * cue's own object: `Le sommet réunit les dirigeants de l'organisation, qui compte neuf membres : A, B, C`, `… une
 * alliance qui pèse lourd avec ses membres actuels : A, B`. Members of a bloc are not the attendees of one of its
 * summits (docs/annotation.md: membership lists give no role), whatever cue the parse hangs the list on (the parser
 * often makes the items appositions of the cue's object). The header right before the colon ends on a membership noun
 * (`membership_list_nouns`, with its modifiers: `ses membres actuels`, `dix pays membres`, `ses États membres
 * permanents`) under a possessive or a count, and between the sentence's last role cue and that header stands a
 * relative pronoun or a verb of inclusion (`qui`, `dont`, `compte`, `comprend`): the list completes a clause on the
 * bloc. `Ont pris part au sommet ses membres actuels : A, B` (no clause between) still lists attendees, and so does a
 * delegation's make-up (`la délégation, qui compte trois membres : A, B`).
 */
final class MembershipList {
    private MembershipList() {
    }

    /**
     * True when the holder {@code m} the cue {@code trigger} gave is an item of a membership list of the sentence
     * {@code toks} (see the class comment).
     */
    static boolean names(RoleWords words, List<Token> toks, List<Hit> hits, Mention m, String trigger) {
        int colon = -1;
        for (int k = 0; k < toks.size() && toks.get(k).start() < m.start(); k++) {
            String w = toks.get(k).word();
            if (w.equals(":")) {
                colon = k;
            } else if (w.equals(";")) {
                colon = -1; // a new item or clause: the list, if any, ended
            }
        }
        if (colon < 1) {
            return false;
        }
        for (Hit h : hits) {
            if (h.role() != null && h.first() >= 0 && h.text().equals(trigger) && headsMembers(words, toks, colon, h)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the colon at {@code colon} closes a membership header that a clause on the bloc separates from the
     * role cue {@code cue} before it: the list after the colon names members, not the cue's holders.
     */
    static boolean headsMembers(RoleWords words, List<Token> toks, int colon, Hit cue) {
        int header = membershipHeader(words, toks, colon);
        if (header < 0 || cue.first() < 0 || cue.end() > header) {
            return false; // `Ses membres actuels : A, B, ont tous pris part au sommet`: the cue comes after, they attend
        }
        for (int k = 0; k < colon; k++) {
            if (toks.get(k).folded().startsWith("delegation")) {
                return false; // a delegation's members attend
            }
        }
        for (int k = cue.end(); k < header; k++) {
            String w = toks.get(k).word().toLowerCase(java.util.Locale.ROOT);
            if (words.relativePronouns.contains(w) || w.equals("dont") || words.inclusionVerbs.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first token of a membership header ending right before the colon (`ses membres actuels`, `dix membres`,
     * `leurs États membres`), or -1: modifiers after the noun, the noun, an optional state noun before it, then a
     * possessive or a count.
     */
    private static int membershipHeader(RoleWords words, List<Token> toks, int colon) {
        int k = colon - 1;
        while (k >= 0 && words.membershipListModifiers.contains(toks.get(k).word().toLowerCase(java.util.Locale.ROOT))) {
            k--;
        }
        if (k < 0 || !words.membershipListNouns.contains(toks.get(k).word().toLowerCase(java.util.Locale.ROOT))) {
            return -1;
        }
        k--;
        if (k >= 0 && words.membershipListStates.contains(toks.get(k).word().toLowerCase(java.util.Locale.ROOT))) {
            k--; // `ses États membres`, `dix pays membres`
        }
        if (k < 0) {
            return -1;
        }
        String w = toks.get(k).word().toLowerCase(java.util.Locale.ROOT);
        boolean counted = Character.isDigit(w.charAt(0)) || words.countWords.contains(TextFolding.fold(w))
                || words.membershipCounts.contains(w);
        if (words.possessives.contains(w)) {
            return k;
        }
        if (counted) {
            return k > 0 && words.possessives.contains(toks.get(k - 1).word().toLowerCase(java.util.Locale.ROOT)) ? k - 1 : k;
        }
        return -1;
    }
}
