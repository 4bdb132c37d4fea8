package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * (h34-accueil) A spokesperson's announcement (`a annoncé le porte-parole du Kremlin, X, …`) is given from the
 * capital or a press briefing, not at the meeting (docs/annotation.md, a quoted speaker): the speaker whose title
 * right before the name is a `spokesperson_titles` word (past its `de` complement and a comma) gets no row, unless
 * the sentence places the words at the meeting (`à la tribune`) or on its sidelines (`en marge du sommet`).
 */
final class SpokespersonSpeaksElsewhere implements HolderReading {
    /** Most words from the title to the name (`porte-parole du ministère chinois des Affaires étrangères ,`). */
    private static final int TITLE_WINDOW = 7;
    /**
     * (h56-sweepa) Most words when the walk back also stops at a verb of the sentence: a qualified title with a long
     * portfolio (`porte-parole adjoint du ministère français de l'Europe et des Affaires étrangères ,`) is still the
     * name's title, while a verb between them (`le porte-parole a salué le président X`) ends it.
     */
    private static final int PARSED_TITLE_WINDOW = 14;

    private final HolderReading reading;

    SpokespersonSpeaksElsewhere(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        List<Finding> found = reading.read(site);
        List<Token> toks = site.tokens();
        if (found.isEmpty() || site.words().placesSpeechAtMeeting(toks)
                || RoleWords.containsPhrase(toks, site.words().sidelineMarkers)) {
            return found;
        }
        List<Finding> out = new ArrayList<>();
        for (Finding f : found) {
            if (f.mention().type() != EntityType.PERSON || !titledSpokesperson(site, toks, f.mention().start())
                    && !titledAfter(site, toks, site.graph().tokenIndexAt(f.mention().end() - 1) + 1)
                    && !titledEarlier(site, f.mention())) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * (h50-faux17) `…, a annoncé Vincent X, un porte-parole du président. […], a précisé M. X.`: the same person titled a
     * spokesperson in an earlier sentence of the article (the title before the name, or in apposition right after it:
     * `X, un porte-parole de …`) still speaks as one.
     */
    private static boolean titledEarlier(CueSite site, Mention m) {
        Discourse d = site.discourse();
        if (d == null || d.allMentions() == null) {
            return false;
        }
        String surname = lastWord(m.text());
        for (Mention e : d.allMentions()) {
            if (e.type() != EntityType.PERSON || e.sentenceIndex() >= d.sentence().index() || e.sentenceIndex() < 0
                    || !(e.entityId().equals(m.entityId()) || lastWord(e.text()).equals(surname))) {
                continue;
            }
            List<Token> st = d.doc().sentences().get(e.sentenceIndex()).tokens();
            int first = -1;
            int last = -1;
            for (Token t : st) {
                if (t.start() >= e.start() && t.end() <= e.end()) {
                    first = first < 0 ? t.index() : first;
                    last = t.index();
                }
            }
            if (first >= 0 && (titledBefore(site, st, first - 1) || titledAfter(site, st, last + 1))) {
                return true;
            }
        }
        return false;
    }

    private static String lastWord(String text) {
        String[] parts = text.trim().split("\\s+");
        return TextFolding.fold(parts[parts.length - 1]);
    }

    /**
     * `X, un porte-parole de …`, `X, porte-parole du …`: a comma, at most a determiner, then the title (also in the
     * sentence itself: `a déclaré X, porte-parole du ministère`).
     */
    private static boolean titledAfter(CueSite site, List<Token> toks, int k) {
        if (k <= 0 || k >= toks.size() || !toks.get(k).word().equals(",")) {
            return false;
        }
        k++;
        if (k < toks.size() && site.words().indefiniteDeterminers.contains(toks.get(k).folded())
                || k < toks.size() && site.words().definiteArticles.contains(toks.get(k).folded())) {
            k++;
        }
        return k < toks.size() && (site.words().spokespersonTitles.contains(toks.get(k).folded())
                || site.words().spokespersonTitles.containsWord(toks.get(k)));
    }

    private static boolean titledSpokesperson(CueSite site, List<Token> toks, int nameStart) {
        int before = site.graph().tokenIndexAt(nameStart) - 1;
        return titledBefore(site, toks, before) || titledBeforeNoVerb(site, toks, before);
    }

    /**
     * (h56-sweepa) The title walked back over a longer stretch in the sentence being read, where the parser's tags
     * show the clause: no verb nor auxiliary (and no punctuation but the comma before the name) between the title and
     * the name.
     */
    private static boolean titledBeforeNoVerb(CueSite site, List<Token> toks, int before) {
        SentenceGraph g = site.graph();
        for (int k = before; k >= 0 && k >= before - PARSED_TITLE_WINDOW; k--) {
            String w = toks.get(k).folded();
            if (site.words().spokespersonTitles.contains(w) || site.words().spokespersonTitles.containsWord(toks.get(k))) {
                return true;
            }
            int node = g.nodeAt(toks.get(k).start());
            if (k < before && (w.equals(",") || w.equals(".") || w.equals(";") || w.equals(":"))
                    || node > 0 && ("VERB".equals(g.pos(node)) || "AUX".equals(g.pos(node)))) {
                return false;
            }
        }
        return false;
    }

    private static boolean titledBefore(CueSite site, List<Token> toks, int before) {
        for (int k = before; k >= 0 && k >= before - TITLE_WINDOW; k--) {
            String w = toks.get(k).folded();
            if (site.words().spokespersonTitles.contains(w) || site.words().spokespersonTitles.containsWord(toks.get(k))) {
                return true;
            }
            if (k < before && (w.equals(",") || w.equals(".") || w.equals(";"))) {
                return false;
            }
        }
        return false;
    }
}
