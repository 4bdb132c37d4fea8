package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.extract.Words;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * (h41) `Ont pris part au sommet X, le Premier ministre irlandais et le président ghanéen`: an unnamed singular title
 * with a demonym, an item of its own in a list opened by a named person, stands for its state (ANNOTATION.md: no
 * person named, the country). Not a title apposed to the person before it (`X, le président burkinabè, et Y`:
 * {@link ApposedTitle}).
 */
final class UnnamedTitleItems {
    /** Most tokens between the item's article and its demonym (`le Premier ministre irlandais`). */
    private static final int MAX_TITLE_TOKENS = 3;

    private UnnamedTitleItems() {
    }

    /** {@code list} (a person first) with the states of the demonym titles that continue it item after item. */
    static List<Mention> withDemonymTitles(SentenceGraph g, List<Mention> list) {
        if (list.isEmpty() || list.get(0).type() != EntityType.PERSON) {
            return list;
        }
        List<Token> toks = g.tokens();
        List<Mention> items = new ArrayList<>(g.mentions());
        items.sort(Comparator.comparingInt(Mention::start));
        List<Mention> out = new ArrayList<>(list);
        int tailEnd = list.get(0).end();
        for (Mention c : items) {
            if (c.start() < tailEnd) {
                continue;
            }
            if (list.contains(c)) {
                tailEnd = c.end();
                continue;
            }
            // `le Premier ministre éthiopien Y`: the title of the person named right after it, no item of its own
            if (!TitleAppositions.isTitleDemonym(c) || TitleAppositions.personRightAfter(g, c) != null) {
                continue;
            }
            int d = g.tokenIndexAt(c.start());
            int article = articleOfTitle(g, toks, d);
            if (article < 2 || !continuesTail(toks, article, tailEnd) || namesAPersonAfterItsComplement(g, toks, d)
                    || ApposedTitle.isApposed(g, g.nodeAt(toks.get(d - 1).start()))) {
                continue;
            }
            out.add(c);
            tailEnd = c.end();
        }
        return out.size() == list.size() ? list : out;
    }

    /**
     * (h42-listes9) The states of the demonym titles that go on, item after item, from the people of a holder phrase
     * (`X, le Premier ministre irlandais et le président ghanéen sont arrivés`: IE, GH); none when the phrase names no one.
     */
    static List<Mention> afterPeople(SentenceGraph g, java.util.Collection<Mention> phrase) {
        List<Mention> people = phrase.stream().filter(m -> m.type() == EntityType.PERSON)
                .sorted(Comparator.comparingInt(Mention::start)).toList();
        List<Mention> out = new ArrayList<>(withDemonymTitles(g, people));
        out.removeAll(people);
        return out;
    }

    /** The singular article opening the holder title right before the demonym at {@code d}, or -1. */
    private static int articleOfTitle(SentenceGraph g, List<Token> toks, int d) {
        if (d < 2) {
            return -1;
        }
        Token title = toks.get(d - 1);
        String folded = title.folded();
        if (!Words.isLowerWord(title) || folded.endsWith("s") || !g.words().isHolderTitle(folded)) {
            return -1;
        }
        for (int k = d - 2; k >= Math.max(0, d - 1 - MAX_TITLE_TOKENS); k--) {
            String w = toks.get(k).word();
            // a definite one only: `un président ghanéen` singles out no holder the article could name elsewhere
            if (g.words().titledItemOpeners.contains(w) && g.words().definiteArticles.contains(w)) {
                return k;
            }
            if (Words.isPunctuation(toks.get(k))) {
                return -1;
            }
        }
        return -1;
    }

    /** Most tokens between the demonym and the comma before the person its title names (`de l'Économie et des Finances`). */
    private static final int MAX_COMPLEMENT_TOKENS = 10;

    /**
     * (h42-listes9) `X, et la ministre française de l'Économie, Christine Y, ont assisté`: the title names the person
     * in apposition after its portfolio; no unnamed item.
     */
    private static boolean namesAPersonAfterItsComplement(SentenceGraph g, List<Token> toks, int d) {
        for (int k = d + 1; k < Math.min(toks.size() - 1, d + 1 + MAX_COMPLEMENT_TOKENS); k++) {
            String w = toks.get(k).folded();
            if (w.equals(",")) {
                Token next = toks.get(k + 1);
                Mention m = g.mentionAt(next.start());
                return m != null && m.type() == EntityType.PERSON && m.start() == next.start();
            }
            if (w.equals(";") || w.equals(".") || w.equals("(")) {
                return false;
            }
            if ((w.equals("et") || w.equals("ou")) && opensAnItem(g, toks.get(k + 1))) {
                return false; // `et le président ghanéen`, `et Y`: another item, not the portfolio (`de l'Europe et des …`)
            }
        }
        return false;
    }

    private static boolean opensAnItem(SentenceGraph g, Token next) {
        Mention m = g.mentionAt(next.start());
        return g.words().titledItemOpeners.containsWord(next)
                || m != null && m.type() == EntityType.PERSON && m.start() == next.start();
    }

    /** Only `,` / `et` / `, et` between the previous item's end and the article. */
    private static boolean continuesTail(List<Token> toks, int article, int tailEnd) {
        int k = article - 1;
        while (k >= 0 && toks.get(k).start() >= tailEnd) {
            String w = toks.get(k).folded();
            if (!w.equals(",") && !w.equals("et")) {
                return false;
            }
            k--;
        }
        return k < article - 1;
    }
}
