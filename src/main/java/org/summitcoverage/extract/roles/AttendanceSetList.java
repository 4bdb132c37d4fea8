package org.summitcoverage.extract.roles;

import org.summitcoverage.model.Mention;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * (h44-presences11) `avec la participation des dirigeants de douze pays, à savoir A, B et C`: a noun of attendance whose
 * `de` complement is a plural set of representatives (a title, a member or representing noun), then the list a worded
 * opener (`list_openers`: `à savoir`, `dont`, `parmi lesquels`) names after the set. The parser hangs that list on the
 * set's own complement, out of the noun's reach; read by the words, each item attends.
 */
final class AttendanceSetList {
    /** Most tokens of the set phrase between the complement's `de` and the opener (`des chefs d'État des 18 États et territoires membres du Forum`). */
    private static final int MAX_SET_TOKENS = 16;
    /** How far after the opener the first item may start. */
    private static final int FIRST_ITEM_SLACK = 5;

    private AttendanceSetList() {
    }

    /**
     * The cue's `de` complement at {@code k} opens a plural set of representatives (`des chefs d'État`, `des membres`,
     * `d'ambassadeurs`): the people who stand for the states a list or brackets then name.
     */
    static boolean opensRepresentativesSet(CueSite site, int k) {
        List<Token> toks = site.tokens();
        if (k + 1 >= toks.size() || !site.words().complementMarkers.contains(toks.get(k).word())) {
            return false;
        }
        String noun = toks.get(k + 1).word();
        return noun.endsWith("s") && (site.words().memberNouns.contains(noun) || site.words().representingNouns.contains(noun)
                || site.words().isTitle(noun));
    }

    static List<Finding> read(CueSite site) {
        List<Token> toks = site.tokens();
        int k = site.hit().end();
        if (!opensRepresentativesSet(site, k)) {
            return List.of();
        }
        SentenceGraph g = site.graph();
        for (int j = k + 2; j < toks.size() && j - k <= MAX_SET_TOKENS; j++) {
            Token t = toks.get(j);
            for (List<String> opener : site.words().listOpeners) {
                int end = RoleWords.phraseEnd(toks, j, opener);
                if (end < 0 && t.word().equals(",")) {
                    end = RoleWords.phraseEnd(toks, j + 1, opener); // `…, à savoir`
                }
                if (end > 0) {
                    List<Finding> out = new ArrayList<>();
                    for (Mention m : Enumerations.listAfter(g, end, FIRST_ITEM_SLACK)) {
                        out.add(site.finding(m, Confidence.NOUN_RULE, "listed", site.cueText() + " … " + m.text()));
                    }
                    return out;
                }
            }
            int node = g.nodeAt(t.start());
            if (org.summitcoverage.extract.Words.isPunctuation(t) && !t.word().equals("'")
                    || node > 0 && ("VERB".equals(g.pos(node)) || "AUX".equals(g.pos(node)))) {
                return List.of(); // the set ends without a list: `…, a indiqué X`
            }
        }
        return List.of();
    }
}
