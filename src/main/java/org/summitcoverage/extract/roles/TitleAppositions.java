package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.nlp.Token;

import java.util.List;

/**
 * Titles and the persons they belong to. In `le président costaricien, Rodrigo X` the demonym only
 * qualifies the title; the person named in apposition is the one who acts, and the readings hand the
 * role to that person.
 */
final class TitleAppositions {
    private TitleAppositions() {
    }

    /** `le président costaricien`: a demonym found inside a title, which qualifies a person rather than acting. */
    static boolean isTitleDemonym(Mention m) {
        return m.type() == EntityType.COUNTRY && !m.text().isEmpty() && Character.isLowerCase(m.text().charAt(0));
    }

    /** `par l'ancien diplomate allemand Matthias Kellermann`: the person the demonym's title belongs to. */
    static Mention personRightAfter(SentenceGraph g, Mention title) {
        for (Mention m : g.mentions()) {
            if (m.type() == EntityType.PERSON && m.start() >= title.end() && m.start() - title.end() <= 3) {
                return m;
            }
        }
        return null;
    }

    /**
     * `en présence du président gambien` in an article that names `le président gambien Adama X` elsewhere: that person
     * (the same title and demonym right before the name); null when the article names no one or several so.
     */
    static Mention personNamedElsewhere(Discourse d, SentenceGraph g, Mention demonym) {
        int k = g.tokenIndexAt(demonym.start());
        if (k < 1 || !g.words().isHolderTitle(TextFolding.fold(g.tokens().get(k - 1).word()))) {
            return null;
        }
        String title = TextFolding.fold(g.tokens().get(k - 1).word());
        String text = d.doc().text();
        Mention found = null;
        for (Mention other : d.allMentions()) {
            if (other == demonym || !other.entityId().equals(demonym.entityId()) || !isTitleDemonym(other)) {
                continue;
            }
            String before = text.substring(Math.max(0, other.start() - 40), other.start()).trim();
            String[] words = before.split("\\s+");
            if (words.length == 0 || !TextFolding.fold(words[words.length - 1]).equals(title)) {
                continue;
            }
            for (Mention p : d.allMentions()) {
                if (p.type() == EntityType.PERSON && p.sentenceIndex() == other.sentenceIndex()
                        && p.start() >= other.end() && p.start() - other.end() <= 3) {
                    if (found != null && !found.entityId().equals(p.entityId())) {
                        return null;
                    }
                    found = p;
                }
            }
        }
        return found;
    }

    /** The person named right after a title's complement (`président de la Commission de l'UA, le Djiboutien X`). */
    static Mention personRightAfterAny(SentenceGraph g, Mention m) {
        int commas = 0;
        for (Token t : g.tokens()) {
            if (t.start() < m.end()) {
                continue;
            }
            if (t.word().equals(",") && ++commas > 1 || t.word().equals(".") || t.word().equals(";")) {
                return null;
            }
            Mention p = g.mentionAt(t.start());
            if (p != null && p.type() == EntityType.PERSON) {
                return p;
            }
        }
        return null;
    }

    /** The person a title is in apposition to, the title ending at token {@code before}: `X, le ministre …`. */
    static Mention personBeforeApposition(SentenceGraph g, int before) {
        List<Token> toks = g.tokens();
        for (int c = before; c > Math.max(1, before - 10); c--) {
            if (toks.get(c).word().equals(",")) {
                Mention p = g.mentionAt(toks.get(c - 1).start());
                String opener = toks.get(c + 1).word();
                if (p != null && p.type() == EntityType.PERSON && (g.words().appositionOpeners.contains(opener)
                        || g.words().isTitle(opener))) {
                    return p;
                }
                return null;
            }
        }
        return null;
    }

    /** The first person named within a title's apposition: no clause boundary, at most one comma before it. */
    static Mention personAfterTitle(SentenceGraph g, int node) {
        List<Token> toks = g.tokens();
        int t = g.tokenIndexAt(g.startOf(node));
        if (t < 0) {
            return null;
        }
        int commas = 0;
        for (int k = t + 1; k < Math.min(toks.size(), t + 12); k++) {
            String w = toks.get(k).word();
            if (w.equals(".") || w.equals(";") || w.equals(":") || w.equals("(")) {
                return null;
            }
            Mention m = g.mentionAt(toks.get(k).start());
            if (m != null && m.type() == EntityType.PERSON) {
                return m;
            }
            if (w.equals(",") && ++commas > 1) {
                return null;
            }
        }
        return null;
    }

    /** A person ends right before the comma at {@code commaIndex}: the usual `Title, Name,` apposition. */
    static boolean personBefore(SentenceGraph g, int commaIndex) {
        if (commaIndex == 0) {
            return false;
        }
        Mention m = g.mentionAt(g.tokens().get(commaIndex - 1).start());
        return m != null && m.type() == EntityType.PERSON;
    }

    /** Most tokens between a title's complement and the name it ends on: `la ministre britannique de la Science, de
     * l'Innovation et de la Technologie, Michelle X`. */
    private static final int MAX_TITLE_PHRASE_TOKENS = 20;

    /**
     * The person whose title {@code m} stands in: a demonym or a body named after a title word (`la présidente
     * brésilienne de la Nouvelle banque de développement, Dilma X`, `le secrétaire général de l'ONU, Antonio Y`),
     * followed, within the title's own words, by the person's name. Null when {@code m} is no part of a title.
     */
    static Mention titledPerson(SentenceGraph g, Mention m) {
        if (m.type() == EntityType.PERSON) {
            return null;
        }
        List<Token> toks = g.tokens();
        int first = g.tokenIndexAt(m.start());
        int last = g.tokenIndexAt(m.end() - 1);
        if (first < 0 || last < 0 || !titleBefore(g, first)) {
            return null;
        }
        int commas = 0;
        for (int k = last + 1; k < toks.size() && k - last <= MAX_TITLE_PHRASE_TOKENS; k++) {
            Token t = toks.get(k);
            String w = t.word();
            Mention at = g.mentionAt(t.start());
            if (at != null && at.type() == EntityType.PERSON) {
                return at;
            }
            if (w.equals(".") || w.equals(";") || w.equals(":") || w.equals("(") || w.equals(")")
                    || g.words().clauseOpeners.contains(w) && !w.equals("et") || g.words().auxiliaries.contains(w)
                    || w.equals(",") && ++commas > 3) {
                return null;
            }
        }
        return null;
    }

    /** A title word stands right before token {@code first}, past articles, `de` and adjectives. */
    private static boolean titleBefore(SentenceGraph g, int first) {
        List<Token> toks = g.tokens();
        for (int k = first - 1; k >= Math.max(0, first - 5); k--) {
            Token t = toks.get(k);
            String w = t.word();
            if (g.words().isTitle(w) || g.words().isHolderTitle(w)) {
                return true;
            }
            boolean skippable = g.words().definiteArticles.contains(w) || w.equals("de") || w.equals("du")
                    || w.equals("des") || w.equals("d'") || w.equals("d’") || org.summitcoverage.extract.Words.isLowerWord(t);
            if (!skippable) {
                return false;
            }
        }
        return false;
    }
}
