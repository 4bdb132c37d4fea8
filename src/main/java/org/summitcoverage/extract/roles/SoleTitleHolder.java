package org.summitcoverage.extract.roles;

import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.nlp.Sentence;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * (h62-titles) `le prince héritier a affirmé`, `le Premier ministre a souligné`: a definite title with no state and no
 * name stands for the one person the same article names with that title (`le prince héritier d'Arabie saoudite, ministre
 * de la Défense, X`, `X, le Premier ministre`). Not when the article names two holders of it, or gives the title to a
 * state with no name besides the person's own (`le Premier ministre belge a …` next to `le Premier ministre malien X`):
 * the bare title may be either.
 */
final class SoleTitleHolder {
    private SoleTitleHolder() {
    }

    /** How far past a title its person may stand (`le prince héritier de X, vice-premier ministre et ministre de Y, Z`). */
    private static final int TITLE_PHRASE_TOKENS = 24;
    /** Commas a title's phrase may hold before its person (the same title chain as above). */
    private static final int TITLE_PHRASE_COMMAS = 3;

    /**
     * The sentence holds a bare title (`le prince héritier`) whose one holder the article names: worth a parse though it
     * names no one itself (`Dans son allocution, le prince héritier a affirmé …`).
     */
    static boolean namesASoleHolder(Discourse d, List<Token> toks, RoleWords words) {
        for (int k = 1; k + 1 < toks.size(); k++) {
            if (!bareTitle(toks, k, words).isEmpty() && holder(d, d.sentence().index(), toks, k, words) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The one person the article names with the bare title a subject node heads (`le prince héritier`, the parser's head
     * `prince` or `héritier`), see {@link #holder(Discourse, int, List, int, RoleWords)}; null when none is.
     */
    static Mention holderOfNode(Discourse d, SentenceGraph g, int node) {
        List<Token> toks = g.tokens();
        int end = g.tokenIndexAt(g.startOf(node));
        if (d == null || end < 0) {
            return null;
        }
        return holder(d, d.sentence().index(), toks, titleEnd(toks, end, g.words()), g.words());
    }

    /**
     * The one person the article names with the bare title ending at token {@code end} of the sentence {@code here}
     * (its words back to a definite article: `le Premier ministre`), or null when the title is not bare (a state or
     * a name follows it), has no definite article, or the article names no one or several holders with it.
     */
    static Mention holder(Discourse d, int here, List<Token> toks, int end, RoleWords words) {
        List<String> title = bareTitle(toks, end, words);
        if (title.isEmpty()) {
            return null;
        }
        Holders h = holders(d, here, end, title, words);
        return h.persons().size() == 1 && h.unnamedStates().isEmpty() ? h.persons().get(0) : null;
    }

    /**
     * Who the article names with a title's words, anywhere but at token {@code skip} of sentence {@code here}: the
     * persons (with the state of each, where the title gives one; a body's title counts as a holder too, `le président
     * de la Commission de l'UA, X`), and the states given that title with no name and no named holder of theirs.
     */
    record Holders(List<Mention> persons, List<String> personStates, Set<String> others, Set<String> unnamedStates) {
        /** Nobody is named with the title, nor any state given it. */
        boolean none() {
            return persons.isEmpty() && others.isEmpty() && unnamedStates.isEmpty();
        }
    }

    static Holders holders(Discourse d, int here, int skip, List<String> title, RoleWords words) {
        Set<String> holders = new LinkedHashSet<>();
        List<Mention> persons = new ArrayList<>();
        List<String> personStates = new ArrayList<>();
        Set<String> others = new LinkedHashSet<>();
        Set<String> statesOfHolders = new LinkedHashSet<>();
        Set<String> unnamedStates = new LinkedHashSet<>();
        for (Sentence s : d.doc().sentences()) {
            List<Token> there = s.tokens();
            List<Mention> mentions = TitleAppositions.inSentence(d, s.index());
            for (int start = 0; start + title.size() <= there.size(); start++) {
                if (s.index() == here && start + title.size() - 1 == skip || !sameTitleAt(there, start, title, words)) {
                    continue;
                }
                int after = start + title.size();
                Mention state = stateAfter(there, mentions, after);
                int next = state == null ? after : TitleAppositions.indexAt(there, state.end() - 1) + 1;
                Mention p = personInPhrase(there, mentions, next, words);
                p = p != null ? p : personBefore(there, mentions, start);
                if (p != null && p.type() != EntityType.PERSON) {
                    others.add(p.entityId()); // `le président de la Commission de l'UA, X`: another title, held too
                } else if (p != null) {
                    if (holders.add(p.entityId())) {
                        persons.add(p);
                        personStates.add(state == null ? "" : state.entityId());
                    }
                    if (state != null) {
                        statesOfHolders.add(state.entityId());
                    }
                } else if (state != null) {
                    unnamedStates.add(state.entityId());
                }
            }
        }
        unnamedStates.removeAll(statesOfHolders);
        if (!others.isEmpty()) {
            persons.clear(); // a body's holder besides: the bare title may be either
            personStates.clear();
        }
        return new Holders(persons, personStates, others, unnamedStates);
    }

    /**
     * The folded words of the title ending at {@code end} (`premier ministre`, `prince heritier`), opened by a definite
     * singular article and followed by neither a state (`de la Guinée`, a demonym) nor a name; empty otherwise.
     */
    static List<String> bareTitle(List<Token> toks, int end, RoleWords words) {
        if (end < 1 || end + 1 >= toks.size() || !isSingularTitle(toks, end, words)) {
            return List.of();
        }
        int start = definiteTitleStart(toks, end, words);
        if (start < 0) {
            return List.of();
        }
        Token next = toks.get(end + 1);
        String w = next.folded();
        if (Character.isUpperCase(next.word().charAt(0)) || org.summitcoverage.extract.Words.isDe(w)
                || isSingularTitle(toks, end + 1, words)) {
            return List.of(); // `le président Kofi X`, `le président du Ghana`, `le président ghanéen` (below)
        }
        List<String> title = new ArrayList<>();
        for (int k = start; k <= end; k++) {
            title.add(TitleAppositions.fold(toks, k));
        }
        return title;
    }

    /** The last word of the title a node's word opens or heads: past a closing title word (`prince` → `héritier`). */
    static int titleEnd(List<Token> toks, int end, RoleWords words) {
        while (end + 1 < toks.size() && Character.isLowerCase(toks.get(end + 1).word().charAt(0))
                && isSingularTitle(toks, end + 1, words)) {
            end++;
        }
        return end;
    }

    /**
     * The first word of the singular title ending at {@code end} (`prince` of `prince héritier`, `Premier` of `Premier
     * ministre`) when a definite article opens it; -1 otherwise.
     */
    static int definiteTitleStart(List<Token> toks, int end, RoleWords words) {
        if (!isSingularTitle(toks, end, words)) {
            return -1;
        }
        int start = end;
        if (isSingularTitle(toks, start - 1, words)) {
            start--; // `prince héritier`
        } else if (TitleAppositions.isTitlePrefix(toks, start - 1)) {
            start--; // `Premier ministre`
        }
        String article = start >= 1 ? TitleAppositions.fold(toks, start - 1) : "";
        return article.equals("le") || article.equals("la") || article.equals("l'") ? start : -1;
    }

    private static boolean isSingularTitle(List<Token> toks, int k, RoleWords words) {
        if (k < 0 || k >= toks.size()) {
            return false;
        }
        String w = TitleAppositions.fold(toks, k);
        return !w.endsWith("s") && words.isHolderTitle(w);
    }

    /** The title's words at {@code start}, not the end of a longer title (`vice-`, `Premier` before `ministre`). */
    private static boolean sameTitleAt(List<Token> toks, int start, List<String> title, RoleWords words) {
        for (int i = 0; i < title.size(); i++) {
            if (!TitleAppositions.fold(toks, start + i).equals(title.get(i))) {
                return false;
            }
        }
        int after = start + title.size();
        boolean longerBefore = title.size() == 1 && TitleAppositions.isTitlePrefix(toks, start - 1);
        boolean longerAfter = after < toks.size() && Character.isLowerCase(toks.get(after).word().charAt(0))
                && isSingularTitle(toks, after, words);
        return !longerBefore && !longerAfter;
    }

    /** The state right after a title: its demonym, or `de`/`du`/`de la` + its name. */
    private static Mention stateAfter(List<Token> toks, List<Mention> mentions, int k) {
        if (k < toks.size() && org.summitcoverage.extract.Words.isDe(toks.get(k).folded())) {
            k++;
            if (k < toks.size() && (toks.get(k).folded().equals("la") || toks.get(k).folded().equals("l'"))) {
                k++;
            }
        }
        Mention m = k < toks.size() ? TitleAppositions.mentionAt(mentions, toks.get(k).start()) : null;
        return m != null && m.type() == EntityType.COUNTRY ? m : null;
    }

    /**
     * The person the title's phrase ends on: right after it, or after its complements and further titles set off by
     * commas (`, vice-premier ministre et ministre de la Défense, X`); null past a clause's end (a verb's auxiliary, a
     * relative pronoun, `et` before anything but a title, `.`, `;`, `:`, a bracket, a quotation). A body named first
     * (`le président de la Commission de l'UA, X`) is returned instead: the title is that body's, another title.
     */
    private static Mention personInPhrase(List<Token> toks, List<Mention> mentions, int k, RoleWords words) {
        int commas = 0;
        for (int j = k; j < toks.size() && j - k < TITLE_PHRASE_TOKENS; j++) {
            Token t = toks.get(j);
            Mention m = TitleAppositions.mentionAt(mentions, t.start());
            if (m != null && (m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION)) {
                return m;
            }
            String w = t.word();
            boolean titleAfterEt = j + 1 < toks.size() && (isSingularTitle(toks, j + 1, words)
                    || TitleAppositions.isTitlePrefix(toks, j + 1) && isSingularTitle(toks, j + 2, words));
            if (w.equals("et") && !titleAfterEt) {
                return null; // `le Premier ministre et le président X`: another item
            }
            if (w.equals(".") || w.equals(";") || w.equals(":") || w.equals("(") || w.equals("«") || w.equals("»")
                    || w.equals("\"") || words.auxiliaries.contains(t.folded()) || words.auxiliaries.contains(w)
                    || words.clauseOpeners.contains(w) && !w.equals("et")
                    || w.equals(",") && ++commas > TITLE_PHRASE_COMMAS) {
                return null;
            }
        }
        return null;
    }

    /**
     * `X, le Premier ministre`, `X, Prince héritier et Premier ministre`: the person right before the comma that opens
     * the title (before its article, or before the title itself when it has none).
     */
    private static Mention personBefore(List<Token> toks, List<Mention> mentions, int start) {
        int comma = start >= 1 && toks.get(start - 1).word().equals(",") ? start - 1 : start - 2;
        if (comma < 1 || !toks.get(comma).word().equals(",")) {
            return null;
        }
        Mention m = TitleAppositions.mentionAt(mentions, toks.get(comma - 1).start());
        return m != null && m.type() == EntityType.PERSON ? m : null;
    }

}
