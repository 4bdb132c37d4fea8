package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.nlp.Sentence;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/** What a subject pronoun stands for, when the text says it plainly enough to risk no guess. */
final class PronounAntecedents {
    /** How far the person may stand after the title that opens a sentence (`Président du Conseil régional, X`). */
    private static final int MAX_OPENING_TITLE_TOKENS = 12;

    private PronounAntecedents() {
    }

    /**
     * The subject a stressed pronoun between commas takes up (`La Guinée, elle, a refusé de signer`, `Le Chili et
     * le Pérou, eux, …`): the holder right before the first comma, with those coordinated with it; empty when the
     * pronoun at {@code node} stands otherwise.
     */
    static List<Mention> dislocatedSubject(SentenceGraph g, int node) {
        List<Token> toks = g.tokens();
        int start = g.startOf(node);
        int k = -1;
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).start() == start) {
                k = i;
            }
        }
        if (k < 2 || k + 1 >= toks.size() || !toks.get(k - 1).word().equals(",") || !toks.get(k + 1).word().equals(",")) {
            return List.of();
        }
        Mention m = g.holderAtToken(k - 2);
        if (m == null) {
            return List.of();
        }
        List<Mention> out = new java.util.ArrayList<>();
        for (Mention x : Enumerations.coordination(g, m)) {
            if (x.end() <= m.end()) {
                out.add(x);
            }
        }
        return out;
    }

    /** The mention a sentence opens on with `Quant à` (`Quant à l'Argentine, elle …`), or null. */
    static Mention topicOf(SentenceGraph g) {
        List<Token> toks = g.tokens();
        if (toks.size() < 4 || !toks.get(0).folded().equals("quant")) {
            return null;
        }
        for (int k = 1; k < Math.min(toks.size(), 6); k++) {
            if (toks.get(k).word().equals(",")) {
                return null;
            }
            Mention m = g.mentionAt(toks.get(k).start());
            if (m != null && SentenceGraph.canHoldRole(m)) {
                return m;
            }
        }
        return null;
    }

    /** The person a sentence opening on a title names after a comma: `Président du Conseil régional, X a …`. */
    private static Mention personAfterOpeningTitle(List<Token> toks, SentenceGraph g, RoleWords words) {
        int k = 0;
        while (k < toks.size() && words.definiteArticles.containsWord(toks.get(k))) {
            k++;
        }
        if (k >= toks.size() || !words.isHolderTitle(toks.get(k).folded())) {
            return null;
        }
        for (int j = k + 1; j < Math.min(toks.size(), k + MAX_OPENING_TITLE_TOKENS); j++) {
            Mention m = g.mentionAt(toks.get(j).start());
            if (m != null && m.type() == EntityType.PERSON) {
                return toks.get(j - 1).word().equals(",") ? m : null;
            }
        }
        return null;
    }

    /**
     * (h35-hotes3) The speaker of a sentence that opens on a quotation and names him inverted after it: `« … », a déclaré
     * la ministre française X. Elle présidera …`. The pronoun takes up the speaker, not a name inside the quotation; the
     * person right after the closing mark's comma (within {@link #MAX_OPENING_TITLE_TOKENS} tokens, past his title).
     */
    private static Mention speakerAfterOpeningQuote(List<Token> toks, SentenceGraph g) {
        if (toks.size() < 4 || !OPENING_QUOTES.contains(toks.get(0).word())) {
            return null;
        }
        String open = toks.get(0).word();
        int close = -1;
        for (int k = 1; k < toks.size(); k++) {
            String w = toks.get(k).word();
            if (open.equals("\"") ? w.equals("\"") : CLOSING_QUOTES.contains(w)) {
                close = k;
                break;
            }
        }
        if (close < 0 || close + 2 >= toks.size() || !toks.get(close + 1).word().equals(",")) {
            return null;
        }
        for (int j = close + 2; j < Math.min(toks.size(), close + 2 + MAX_OPENING_TITLE_TOKENS); j++) {
            Mention m = g.mentionAt(toks.get(j).start());
            if (m != null && m.type() == EntityType.PERSON) {
                return m;
            }
            if (toks.get(j).word().equals(",") && j > close + 2 && m == null && !titleAppositionAhead(toks, j)) {
                return null; // the inverted subject ended without a name: `», a-t-il dit, …`
            }
        }
        return null;
    }

    /** A comma inside the inverted subject, before the person it titles: `a déclaré le président de la Commission, X`. */
    private static boolean titleAppositionAhead(List<Token> toks, int comma) {
        return comma + 1 < toks.size() && Character.isUpperCase(toks.get(comma + 1).word().charAt(0))
                || comma + 2 < toks.size() && List.of("le", "la", "l'", "l’").contains(toks.get(comma + 1).word().toLowerCase(java.util.Locale.ROOT));
    }

    private static final java.util.Set<String> OPENING_QUOTES = java.util.Set.of("«", "“", "\"");
    private static final java.util.Set<String> CLOSING_QUOTES = java.util.Set.of("»", "”");

    /** The mentions of {@code sentence} that can hold a role, in text order. */
    private static List<Mention> holdersOf(Discourse d, Sentence sentence) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : d.allMentions()) {
            if (m.sentenceIndex() == sentence.index() && SentenceGraph.canHoldRole(m)) {
                out.add(m);
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /**
     * The subject of the previous sentence, for `Il a signé`: the entity (or the coordinated entities, for
     * `ils`/`elles`) that opens it. Nothing when the previous sentence opens otherwise: the antecedent
     * would be a guess.
     */
    /**
     * 2 when the sentence opens on an imperative that frames it (`Rappelons que`, `Notons qu'`, `Précisons que`: a first
     * person plural before `que`), whose clause's subject is what a pronoun of the next sentence takes up; else 0.
     */
    static int framingImperativeEnd(List<Token> toks) {
        if (toks.size() < 3) {
            return 0;
        }
        String verb = toks.get(0).word().toLowerCase(java.util.Locale.ROOT);
        String que = toks.get(1).word().toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
        return verb.endsWith("ons") && verb.length() > 4 && (que.equals("que") || que.equals("qu'")) ? 2 : 0;
    }

    static List<Mention> previousSubject(Discourse d, RoleWords words, String pronoun) {
        Sentence prev = d.previous();
        if (prev == null) {
            return List.of();
        }
        List<Mention> inPrev = holdersOf(d, prev);
        if (inPrev.isEmpty()) {
            return List.of();
        }
        SentenceGraph pg = SentenceGraph.unparsed(prev.tokens(), inPrev, words);
        boolean plural = pronoun.equals("ils") || pronoun.equals("elles");
        Mention titled = plural ? null : personAfterOpeningTitle(prev.tokens(), pg, words);
        if (titled == null && !plural) {
            titled = speakerAfterOpeningQuote(prev.tokens(), pg);
        }
        if (titled != null) {
            return List.of(titled); // `Président du Conseil régional, X a salué les délégués. Il a …`
        }
        Mention first = inPrev.get(0);
        int openingTokens = 0;
        for (Token t : prev.tokens()) {
            if (t.start() >= first.start()) {
                break;
            }
            openingTokens++;
        }
        if (openingTokens > 2 + framingImperativeEnd(prev.tokens())) {
            return List.of();
        }
        for (int k = 0; k < openingTokens; k++) {
            if (words.creditMarkers.containsWord(prev.tokens().get(k))) {
                return List.of(); // (h50-sweep-ameriques) `Photo: A/Agence |`: a credited name, no one a pronoun takes up
            }
        }
        if (!plural) {
            // `Le président ghanéen, X, est arrivé. Il a …`: the person the demonym's title names, not the country
            return List.of(Enumerations.personAfterItsTitle(pg, first));
        }
        List<Mention> list = Enumerations.coordination(pg, first);
        return list.size() > 1 ? list : List.of();
    }

    /**
     * `Les dirigeants de A, de B et de C sont invités. Ces pays participeront …`: the one list of states or people
     * the previous sentence names (two items or more, and no holder outside it), taken up by a demonstrative set
     * subject (`demonstrative_set_subjects`); none otherwise.
     */
    static List<Mention> previousList(Discourse d, RoleWords words) {
        Sentence prev = d.previous();
        if (prev == null) {
            return List.of();
        }
        List<Mention> inPrev = holdersOf(d, prev);
        if (inPrev.size() < 2 || inPrev.stream().anyMatch(m -> m.type() != EntityType.COUNTRY && m.type() != EntityType.PERSON)) {
            return List.of();
        }
        SentenceGraph pg = SentenceGraph.unparsed(prev.tokens(), inPrev, words);
        List<Mention> list = Enumerations.coordination(pg, inPrev.get(0));
        return list.size() == inPrev.size() && list.containsAll(inPrev) ? list : List.of();
    }

    /**
     * (h30-misses) `Durant le sommet, auquel il a participé par visioconférence, le président X a déclaré …`: a relative
     * clause set off by commas right after a fronted adverbial holds a pronoun that takes up the main clause's subject
     * named after the clause, whatever the parser hangs where (it often makes the main verb part of the relative
     * clause). The adverbial holds no holder, the clause none but the pronoun, and the person is the first holder after
     * the closing comma, past its article, title and demonym; empty otherwise.
     */
    static List<Mention> subjectAfterAFrontedRelative(SentenceGraph g, int pronoun, RoleWords words) {
        List<Token> toks = g.tokens();
        int k = g.tokenIndexAt(g.startOf(pronoun));
        int open = -1;
        for (int i = 0; i < k; i++) {
            if (toks.get(i).word().equals(",")) {
                open = i;
                break;
            }
        }
        if (open < 1 || open + 1 >= k || !opensARelative(toks, open + 1, words)) {
            return List.of();
        }
        int close = k + 1;
        while (close < toks.size() && !toks.get(close).word().equals(",")) {
            close++;
        }
        if (close >= toks.size() - 1) {
            return List.of();
        }
        for (int i = 0; i < close; i++) {
            if (i != k && g.holderAtToken(i) != null) {
                return List.of(); // a holder in the adverbial or the clause may be what the pronoun takes up
            }
        }
        for (int i = close + 1; i < Math.min(toks.size(), close + 8); i++) {
            Mention m = g.holderAtToken(i);
            if (m != null && m.type() == EntityType.COUNTRY && !toks.get(i).isCapitalized()) {
                continue; // the demonym of the title (`le président brésilien X`)
            }
            if (m != null) {
                return m.type() == EntityType.PERSON ? List.of(m) : List.of();
            }
            String w = toks.get(i).word();
            if (!Character.isLetter(w.charAt(0)) || Character.isUpperCase(w.charAt(0)) && !words.isTitle(w.toLowerCase(java.util.Locale.ROOT))) {
                return List.of();
            }
        }
        return List.of();
    }

    /** `auquel`, `où`, `dont`, or `à laquelle` / `au cours duquel`-like openers within two words after the comma. */
    private static boolean opensARelative(List<Token> toks, int from, RoleWords words) {
        for (int i = from; i < Math.min(toks.size(), from + 2); i++) {
            if (words.frontedRelativeOpeners.containsWord(toks.get(i))) {
                return true;
            }
        }
        return false;
    }
}
