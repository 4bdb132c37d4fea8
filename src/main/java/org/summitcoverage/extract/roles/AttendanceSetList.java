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
        if (k + 1 >= toks.size() || !site.words().complementMarkers.containsWord(toks.get(k))) {
            return false;
        }
        String noun = toks.get(k + 1).word();
        return noun.endsWith("s") && (site.words().memberNouns.contains(noun) || site.words().representingNouns.contains(noun)
                || site.words().isTitle(noun) || opensBodySet(site, k));
    }

    /**
     * (h57-listes3) `la participation d'organisations régionales, y compris A, B et C`: the complement is a plural set of
     * bodies (`body_set_nouns`); only the bodies its list names attend.
     */
    private static boolean opensBodySet(CueSite site, int k) {
        return site.words().bodySetNouns.contains(site.tokens().get(k + 1).word().toLowerCase(java.util.Locale.ROOT));
    }

    static List<Finding> read(CueSite site) {
        List<Token> toks = site.tokens();
        int k = coordinatedRepresentativesSet(site, site.hit().end());
        if (k < 0) {
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
                    boolean bodiesOnly = opensBodySet(site, k);
                    for (Mention m : Enumerations.listAfter(g, end, FIRST_ITEM_SLACK)) {
                        if (bodiesOnly && m.type() != org.summitcoverage.model.EntityType.ORGANIZATION) {
                            continue; // a set of bodies lists bodies: a state or person there is not of the set
                        }
                        out.add(site.finding(m, Confidence.NOUN_RULE, "listed", site.cueText() + " … " + m.text()));
                    }
                    return out;
                }
            }
            if (t.word().equals(",") && universalSet(toks, k + 1, j)) {
                List<Finding> out = apposedStates(site, g, j + 1);
                if (!out.isEmpty()) {
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

    /** Most tokens of the `de` complements coordinated before the set of representatives (`d'hommes d'affaires, d'organisations internationales et`). */
    private static final int MAX_COORDINATED_COMPLEMENT_TOKENS = 12;

    /**
     * The token at which the cue's set of representatives opens: its first `de` complement, or (h62-lists) a later one
     * coordinated with it by `,` or `et` (`avec la participation, d'hommes d'affaires, d'organisations internationales
     * et de dirigeants de 48 pays, parmi lesquels A et B`: the list names the last set's members), the complements
     * before it lower-case words with no name, verb or clause mark; of several, the last. -1 when there is none.
     */
    private static int coordinatedRepresentativesSet(CueSite site, int k) {
        List<Token> toks = site.tokens();
        if (opensRepresentativesSet(site, k)) {
            return k;
        }
        int first = k < toks.size() && toks.get(k).word().equals(",") ? k + 1 : k;
        if (first >= toks.size() || !site.words().complementMarkers.containsWord(toks.get(first))) {
            return -1;
        }
        SentenceGraph g = site.graph();
        int set = -1;
        for (int j = first + 1; j < toks.size() && j - first <= MAX_COORDINATED_COMPLEMENT_TOKENS + Math.max(0, set - first); j++) {
            Token t = toks.get(j);
            String before = toks.get(j - 1).folded();
            if ((before.equals(",") || before.equals("et")) && opensRepresentativesSet(site, j)) {
                set = j; // the last such set is the one the list after it names
                continue;
            }
            int node = g.nodeAt(t.start());
            boolean link = t.word().equals(",") || t.folded().equals("et"); // the links between the complements
            if (link) {
                continue;
            }
            if (!t.word().equals("'") && !org.summitcoverage.extract.Words.isLowerWord(t)
                    || g.mentionAt(t.start()) != null || node > 0 && ("VERB".equals(g.pos(node)) || "AUX".equals(g.pos(node)))
                    || site.words().clauseOpeners.containsWord(t)) {
                return set;
            }
        }
        return set;
    }

    /** Fewest states an apposed list must name to stand for the whole set. */
    private static final int MIN_APPOSED_STATES = 2;

    /** (h50-sweep-ameriques) The set phrase in tokens {@code [from, to)} takes all members (`de tous les pays membres`). */
    private static boolean universalSet(List<Token> toks, int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            String w = toks.get(i).folded();
            if ((w.equals("tous") || w.equals("toutes")) && isPluralDeterminer(toks.get(i + 1).word())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPluralDeterminer(String word) {
        String w = org.summitcoverage.dict.TextFolding.fold(word);
        return w.equals("les") || w.equals("ses") || w.equals("leurs") || w.equals("nos");
    }

    /**
     * (h50-sweep-ameriques) `avec la participation des chefs d'État de tous les pays membres, le Brunei, le Cambodge et
     * le Laos`: a set of all members, then, right after its comma, an enumeration of states apposed to it that spells
     * the set out; each state attends. Only states, and at least two of them: a lone name after the comma is no list.
     */
    private static List<Finding> apposedStates(CueSite site, SentenceGraph g, int from) {
        List<Mention> items = Enumerations.listAfter(g, from, 2);
        if (items.size() < MIN_APPOSED_STATES
                || !items.stream().allMatch(m -> m.type() == org.summitcoverage.model.EntityType.COUNTRY)) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (Mention m : items) {
            out.add(site.finding(m, Confidence.NOUN_RULE, "listed", site.cueText() + " … " + m.text()));
        }
        return out;
    }
}
