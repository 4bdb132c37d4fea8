package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.nlp.ParsedSentence;
import org.summitcoverage.nlp.Sentence;
import org.summitcoverage.nlp.Token;

import java.util.List;

/**
 * Titles and the persons they belong to. In `le président costaricien, Rodrigo X` the demonym only
 * qualifies the title; the person named in apposition is the one who acts, and the readings hand the
 * role to that person.
 */
final class TitleAppositions {
    /**
     * The state whose name or demonym ends right before a person's name, past one space or a comma (`le président
     * français Emmanuel Macron`, `le roi du Maroc, X`): the state the article gives that person; null when none.
     */
    static Mention stateRightBefore(List<Mention> all, Mention named) {
        for (Mention m : all) {
            if (m.type() == EntityType.COUNTRY && m.sentenceIndex() == named.sentenceIndex()
                    && m.end() <= named.start() && named.start() - m.end() <= 2) {
                return m;
            }
        }
        return null;
    }

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
     * The title a state stands in when no name follows it (`le président tchadien`, `le Premier ministre malien`, `le
     * chef de l'État ghanéen`, `la ministre kényane des Affaires étrangères`, `le président du Tchad`): the title's
     * words folded, a word before it that is no article kept (`premier ministre`, `ancien president`; `vice-president`
     * is its own word), the gender its article says (`m`, `f` or empty) and the first word of the complement after a
     * demonym (`affaires`) or empty.
     */
    /**
     * {@code ofAnotherNoun}: the title completes a noun before it (`le porte-parole de la présidence sud-africaine X`),
     * so the name after it is that noun's holder, not the title's.
     */
    record StateTitle(String title, String gender, String complement, boolean ofAnotherNoun) {
        /** The same title: same words, no gender or complement that differs where both say one. */
        boolean sameAs(StateTitle o) {
            return title.equals(o.title) && (gender.isEmpty() || o.gender.isEmpty() || gender.equals(o.gender))
                    && (complement.isEmpty() || o.complement.isEmpty() || complement.equals(o.complement));
        }
    }

    private static final java.util.Set<String> OF = java.util.Set.of("de", "du", "des", "d'");
    /** Quotation marks as the tokenizer leaves them: the words quoted end at one. */
    private static final java.util.Set<String> QUOTATION_MARKS = java.util.Set.of("\"", "«", "»", "“", "”", "``", "''");
    private static final java.util.Set<String> STATE_OF_TITLE = java.util.Set.of("etat", "gouvernement", "l'", "de", "du");
    static final java.util.Set<String> NO_PREFIX = java.util.Set.of("le", "la", "l'", "les", "un", "une", "du",
            "de", "des", "d'", "au", "aux", "son", "sa", "leur", "notre", "votre", "ce", "cette", "et", "ou", "par", "a");

    /** The word before a title's head that is part of the title (`Premier` of `Premier ministre`, `ancien`). */
    static boolean isTitlePrefix(List<Token> toks, int at) {
        return at >= 0 && !NO_PREFIX.contains(fold(toks, at)) && Character.isLetter(toks.get(at).word().charAt(0));
    }

    /** The gender a title's article gives (`le`, `du`, `au`: m; `la`: f); empty when there is none. */
    static String genderOfArticle(List<Token> toks, int article) {
        String a = article >= 0 ? fold(toks, article) : "";
        return a.equals("le") || a.equals("du") || a.equals("au") ? "m" : a.equals("la") ? "f" : "";
    }

    /** The title a state mention stands in (see {@link StateTitle}), or null when it stands in none. */
    static StateTitle stateTitle(List<Token> toks, Mention m, RoleWords words) {
        if (m.type() != EntityType.COUNTRY) {
            return null;
        }
        int k = indexAt(toks, m.start());
        if (k < 1) {
            return null;
        }
        int head;
        if (isTitleDemonym(m)) {
            // `le chef de l'État ghanéen`: past the state noun the title governs
            head = k - 1;
            while (head > k - 5 && head > 0 && STATE_OF_TITLE.contains(fold(toks, head))) {
                head--;
            }
            if (head < k - 1 && !fold(toks, head + 1).equals("de") && !fold(toks, head + 1).equals("du")) {
                return null;
            }
        } else {
            // `le président du Tchad`, `le Premier ministre de la Guinée`
            int of = k - 1;
            if (of > 0 && (fold(toks, of).equals("la") || fold(toks, of).equals("l'") || fold(toks, of).equals("le"))
                    && fold(toks, of - 1).equals("de")) { // `de la`, and `du` as the parser splits it
                of--;
            }
            if (!fold(toks, of).equals("du") && !fold(toks, of).equals("de") && !fold(toks, of).equals("d'")) {
                return null;
            }
            head = of - 1;
        }
        // (h61-pres) `le Président de la République du Togo`: the state's form noun is the title's complement, the
        // title is its head (`président`); a form with its demonym is one state name (`République togolaise`)
        int formNounHead = isTitleDemonym(m) ? -1 : pastStateFormNoun(toks, head, words);
        head = formNounHead >= 0 ? formNounHead : head;
        if (head < 0) {
            return null;
        }
        String headWord = fold(toks, head);
        if (headWord.endsWith("s") || !words.isHolderTitle(headWord)) {
            return null;
        }
        StringBuilder title = new StringBuilder();
        int article = head - 1;
        if (isTitlePrefix(toks, article)) {
            title.append(fold(toks, article)).append(' '); // `Premier ministre`, `ancien président`
            article--;
        }
        int end = isTitleDemonym(m) ? k : head + 1; // `chef de l'État ghanéen`; `président` of `président du Tchad`
        for (int j = head; j < end; j++) {
            title.append(j > head && !fold(toks, j - 1).endsWith("'") ? " " : "").append(fold(toks, j));
        }
        String gender = genderOfArticle(toks, article);
        String complement = "";
        int after = indexAt(toks, lastTokenStart(toks, m)) + 1;
        if (isTitleDemonym(m) && after < toks.size() && OF.contains(fold(toks, after))) {
            int c = after + 1;
            if (c < toks.size() && (fold(toks, c).equals("la") || fold(toks, c).equals("l'"))) {
                c++;
            }
            complement = c < toks.size() ? fold(toks, c) : "";
        }
        int before = article >= 0 && NO_PREFIX.contains(fold(toks, article)) && !OF.contains(fold(toks, article)) ? article - 1 : article;
        boolean ofAnotherNoun = before >= 1 && OF.contains(fold(toks, before)) && Character.isLetter(toks.get(before - 1).word().charAt(0));
        return new StateTitle(title.toString(), gender, complement, ofAnotherNoun);
    }

    /**
     * The title's head before `de la` and a state's form noun at {@code formNoun} (`président` of `président de la
     * République`), or -1 when that word is no form noun so completed.
     */
    private static int pastStateFormNoun(List<Token> toks, int formNoun, RoleWords words) {
        if (formNoun < 2 || !words.stateFormNouns.contains(fold(toks, formNoun))) {
            return -1;
        }
        String article = fold(toks, formNoun - 1);
        if (article.equals("du")) { // `du Royaume`
            return formNoun - 2;
        }
        boolean ofThe = (article.equals("la") || article.equals("l'") || article.equals("le")) && formNoun >= 3
                && fold(toks, formNoun - 2).equals("de");
        return ofThe ? formNoun - 3 : -1;
    }

    /**
     * The person named with a state's title in its own sentence: right after it (`le président tchadien Mahamat X`, `le
     * Premier ministre malien, Choguel X`), or after the title's complement (`la ministre kényane des Affaires
     * étrangères, Monica X`); null when none is.
     */
    static Mention personNamingTitle(List<Token> toks, List<Mention> sentenceMentions, Mention m) {
        int k = indexAt(toks, lastTokenStart(toks, m)) + 1;
        if (k > 0 && k < toks.size() && OF.contains(fold(toks, k))) {
            // the complement: words and articles up to its comma, no other entity named in it but its own
            int limit = Math.min(toks.size(), k + 8);
            while (k < limit && !toks.get(k).word().equals(",")) {
                Mention at = mentionAt(sentenceMentions, toks.get(k).start());
                String w = toks.get(k).word();
                if (at != null && at.type() == EntityType.PERSON || w.equals(".") || w.equals(";") || w.equals(":")
                        || w.equals("(") || w.equals("et")) {
                    return null;
                }
                k++;
            }
            if (k == limit) {
                return null;
            }
        }
        if (k > 0 && k < toks.size() && toks.get(k).word().equals(",")) {
            k++;
        }
        if (k <= 0 || k >= toks.size()) {
            return null;
        }
        Mention p = mentionAt(sentenceMentions, toks.get(k).start());
        return p != null && p.type() == EntityType.PERSON ? p : null;
    }

    /**
     * `en présence du président gambien`, `Le Premier ministre malien a signé`, `le président du Tchad` with no name
     * in an article that names `le président gambien Adama X` (the same title and state, {@link StateTitle#sameAs})
     * elsewhere: that person; null when the title is named where it stands, or the article names no one or several
     * people with it.
     */
    static Mention personNamedElsewhere(Discourse d, Mention state, RoleWords words) {
        List<Sentence> sentences = d.doc().sentences();
        if (state.sentenceIndex() < 0 || state.sentenceIndex() >= sentences.size()) {
            return null;
        }
        List<Token> toks = sentences.get(state.sentenceIndex()).tokens();
        StateTitle title = stateTitle(toks, state, words);
        if (title == null || personNamingTitle(toks, inSentence(d, state.sentenceIndex()), state) != null) {
            return null;
        }
        Mention found = null;
        for (Mention other : d.allMentions()) {
            if (other.equals(state) || !other.entityId().equals(state.entityId()) || other.sentenceIndex() < 0
                    || other.sentenceIndex() >= sentences.size()) {
                continue;
            }
            List<Token> there = sentences.get(other.sentenceIndex()).tokens();
            StateTitle named = stateTitle(there, other, words);
            named = named != null ? named : pluralTitleOpeningAList(there, other, words);
            if (named == null) {
                Mention between = TitleNameState.personBetween(there, inSentence(d, other.sentenceIndex()), other, words);
                if (between != null && TitleNameState.titleBefore(there, between, words).sameAs(title)) {
                    if (found != null && !found.entityId().equals(between.entityId())) {
                        return null;
                    }
                    found = between;
                }
                continue;
            }
            if (!named.sameAs(title) || named.ofAnotherNoun()) {
                continue;
            }
            Mention p = personNamingTitle(there, inSentence(d, other.sentenceIndex()), other);
            if (p == null) {
                p = personBeforeTitle(there, inSentence(d, other.sentenceIndex()), other, words);
            }
            if (p == null) {
                continue;
            }
            if (found != null && !found.entityId().equals(p.entityId())) {
                return null;
            }
            found = found == null ? p : found;
        }
        return found;
    }

    /**
     * (h37) The article names someone right after this state's title without its demonym elsewhere (`Mme le Premier
     * ministre, X` for `du Premier ministre togolais`): the unnamed title may be that person, so no state is read.
     */
    static boolean titleNamesSomeoneBare(Discourse d, Mention state, RoleWords words) {
        List<Sentence> sentences = d.doc().sentences();
        if (state.sentenceIndex() < 0 || state.sentenceIndex() >= sentences.size()) {
            return false;
        }
        StateTitle title = stateTitle(sentences.get(state.sentenceIndex()).tokens(), state, words);
        if (title == null) {
            return false;
        }
        String[] parts = title.title().trim().split(" ");
        for (Mention p : d.allMentions()) {
            if (p.type() != EntityType.PERSON || p.sentenceIndex() < 0 || p.sentenceIndex() >= sentences.size()) {
                continue;
            }
            List<Token> there = sentences.get(p.sentenceIndex()).tokens();
            int end = indexAt(there, p.start()) - 1;
            if (end >= 0 && there.get(end).word().equals(",")) {
                end--;
            }
            int start = end - parts.length + 1;
            boolean same = start >= 0;
            for (int i = 0; same && i < parts.length; i++) {
                same = fold(there, start + i).equals(parts[i]);
            }
            if (same) {
                return true;
            }
        }
        return false;
    }

    /**
     * (h21-gulf) `Les présidents sénégalais X et mauritanien Y sont arrivés`: a plural title right before the first
     * demonym of a list of people names, for that demonym, the singular title (`président sénégalais` → X), with no
     * gender; null for any other shape. Only to find the person an unnamed title stands for elsewhere.
     */
    static StateTitle pluralTitleOpeningAList(List<Token> toks, Mention m, RoleWords words) {
        int k = indexAt(toks, m.start());
        if (!isTitleDemonym(m) || k < 1) {
            return null;
        }
        String head = fold(toks, k - 1);
        String singular = head.endsWith("s") ? head.substring(0, head.length() - 1) : "";
        if (singular.isEmpty() || !words.isHolderTitle(singular) || k < 2 || !fold(toks, k - 2).equals("les")) {
            return null;
        }
        return new StateTitle(singular, "", "", false);
    }

    /**
     * The person a state's title is in apposition to (`Mme Wanjiru X, ministre kényane des Affaires étrangères`, `M. Y,
     * le président du Tchad`): the person that ends right before the comma that opens the title; null when none does.
     */
    static Mention personBeforeTitle(List<Token> toks, List<Mention> sentenceMentions, Mention m, RoleWords words) {
        int k = indexAt(toks, m.start());
        for (int c = k - 1; c > Math.max(0, k - 7); c--) {
            Token t = toks.get(c);
            if (t.word().equals(",")) {
                Mention p = mentionAt(sentenceMentions, toks.get(c - 1).start());
                return p != null && p.type() == EntityType.PERSON && holdsTitle(toks, c + 1, k, words)
                        ? p : null;
            }
            if (!Character.isLetter(t.word().charAt(0)) && !t.word().endsWith("'")
                    || mentionAt(sentenceMentions, t.start()) != null) {
                return null;
            }
        }
        return null;
    }

    /** True when one of tokens [from, to) is a holder's title (`ministre`, `Premier ministre`, `chef`). */
    private static boolean holdsTitle(List<Token> toks, int from, int to, RoleWords words) {
        for (int j = from; j < to; j++) {
            if (words.isHolderTitle(fold(toks, j))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A role the readings gave a state through its unnamed title (`Le Premier ministre malien a signé`) goes to the
     * person the article names with that title ({@link #personNamedElsewhere}); a delegation head's acts for the
     * state. The finding itself when there is no such person.
     */
    static Finding toPersonNamedElsewhere(Discourse d, Finding f, RoleWords words) {
        if (d == null || f.mention().type() != EntityType.COUNTRY) {
            return f;
        }
        Mention person = personNamedElsewhere(d, f.mention(), words);
        int at = f.mention().sentenceIndex();
        if (person == null && at >= 0 && at < d.doc().sentences().size() && personNamingTitle(d.doc().sentences().get(at).tokens(),
                inSentence(d, at), f.mention()) == null) {
            person = NextSentenceNamesTheTitle.person(d, f.mention(), words);
        }
        if (person == null) {
            return f;
        }
        String onBehalf = f.onBehalfOf() == null && f.role() == org.summitcoverage.model.RoleType.DELEGATION_HEAD
                ? f.mention().entityId() : f.onBehalfOf();
        return new Finding(f.role(), person, f.trigger(), f.confidence(), f.rule() + "+titled-elsewhere",
                f.licence() + " → " + person.text() + " (named with that title elsewhere)", onBehalf);
    }

    /** The mentions of sentence {@code index}. */
    static List<Mention> inSentence(Discourse d, int index) {
        return d.allMentions().stream().filter(m -> m.sentenceIndex() == index).toList();
    }

    static Mention mentionAt(List<Mention> mentions, int charStart) {
        for (Mention m : mentions) {
            if (m.start() <= charStart && charStart < m.end()) {
                return m;
            }
        }
        return null;
    }

    /** The token that holds the character at {@code charStart}, or -1. */
    static int indexAt(List<Token> toks, int charStart) {
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).start() <= charStart && charStart < toks.get(i).end()) {
                return i;
            }
        }
        return -1;
    }

    private static int lastTokenStart(List<Token> toks, Mention m) {
        int last = m.start();
        for (Token t : toks) {
            if (t.start() >= m.start() && t.start() < m.end()) {
                last = t.start();
            }
        }
        return last;
    }

    static String fold(List<Token> toks, int i) {
        return toks.get(i).folded();
    }

    /**
     * The person named right after a title's complement (`président de la Commission de l'UA, le Djiboutien X`). Not
     * past a quotation mark: the words quoted end there, and a name after them is the frame's speaker (`« sera
     * coprésidé avec l'Inde », a indiqué X`).
     */
    static Mention personRightAfterAny(SentenceGraph g, Mention m) {
        int commas = 0;
        for (Token t : g.tokens()) {
            if (t.start() < m.end()) {
                continue;
            }
            if (t.word().equals(",") && ++commas > 1 || t.word().equals(".") || t.word().equals(";")
                    || QUOTATION_MARKS.contains(t.word())) {
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
                // `X, actuel président du Mouvement, qui …`: a title's premodifier opens the apposition as the title would
                boolean premodified = g.words().titlePremodifiers.contains(opener) && c + 2 < toks.size()
                        && g.words().isTitle(toks.get(c + 2).word());
                if (p != null && p.type() == EntityType.PERSON && (g.words().appositionOpeners.contains(opener)
                        || g.words().isTitle(opener) || premodified)) {
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
        // the name in apposition comes before the title's own verb: `Les dirigeants ont exprimé leur gratitude au
        // Président X` names no leader, X is thanked
        java.util.Set<Integer> heads = new java.util.HashSet<>();
        for (ParsedSentence.Edge e : g.incoming(node)) {
            if (e.governor() > 0 && g.startOf(e.governor()) > g.startOf(node)) {
                heads.add(g.startOf(e.governor()));
            }
        }
        int commas = 0;
        int limit = t + 12;
        int windowEnd = Integer.MAX_VALUE;
        for (int k = t + 1; k < Math.min(toks.size(), limit); k++) {
            String w = toks.get(k).word();
            int close = w.equals("(") ? bracketedAcronymEnd(g, k) : -1;
            if (close > k) {
                // `le président en exercice de l'Union africaine (UA), X`: the body's acronym is part of the title
                limit += close - k + 1;
                k = close;
                continue;
            }
            if (w.equals(".") || w.equals(";") || w.equals(":") || w.equals("(")) {
                return null;
            }
            if (Enumerations.opensAnotherRole(g, toks, k)) {
                // (h30-marges) `signé par les Premiers ministres des deux pays sous les yeux du président X`: the people
                // after a witness phrase are the witnesses, not the unnamed title's person
                return null;
            }
            Mention m = g.mentionAt(toks.get(k).start());
            if (m != null && m.type() == EntityType.PERSON) {
                // past the plain window, only the person the title's first comma sets off (past an honorific: `, M. X`)
                return k < windowEnd || commas == 1 && toks.get(honorificsBefore(g, toks, k) - 1).word().equals(",") ? m : null;
            }
            if (heads.contains(toks.get(k).start())) {
                return null;
            }
            if ("AUX".equals(g.pos(g.nodeAt(toks.get(k).start())))) {
                return null; // `signé par les dirigeants réunis à X, a annoncé le Premier ministre Y`: Y announces
            }
            if (w.equals(",") && portfolioGoesOn(g, toks, k + 1)) {
                continue; // (h32-signature) `le ministre des Affaires étrangères, de la Coopération africaine et …, X`: one title
            }
            if (w.equals(",") && ++commas > 1) {
                return null;
            }
            if (w.equals(",") && opensAnotherItem(g, toks, k + 1)) {
                return null;
            }
            boolean firstCommaLast = commas == 1 && w.equals(","); // the window ends on the comma that sets off the person
            if (k == limit - 1 && (commas == 0 || firstCommaLast) && windowEnd == Integer.MAX_VALUE) {
                // (h28-ia) `la ministre déléguée chargée de la Transition numérique et de la Réforme de l'Administration,
                // X`: a long title's complements run past the window before the comma that sets off its person
                windowEnd = limit;
                limit = Math.max(limit, t + LONG_TITLE_WINDOW);
            }
        }
        return null;
    }

    /**
     * (h32-signature) A comma followed by a `de` complement that is no title of its own (`, de la Coopération africaine`,
     * not `, du ministre …`) goes on with the singular title's portfolio: its person comes after the last comma.
     */
    private static boolean portfolioGoesOn(SentenceGraph g, List<Token> toks, int k) {
        if (k >= toks.size() || !org.summitcoverage.extract.Words.isDe(toks.get(k).folded())) {
            return false;
        }
        int n = k + 1;
        if (n < toks.size() && g.words().definiteArticles.contains(toks.get(n).word().toLowerCase(java.util.Locale.ROOT))) {
            n++;
        }
        if (n >= toks.size() || org.summitcoverage.extract.Words.isPunctuation(toks.get(n))) {
            return false;
        }
        String head = toks.get(n).word().toLowerCase(java.util.Locale.ROOT);
        return g.mentionAt(toks.get(n).start()) == null && !g.words().isTitle(head) && !g.words().isHolderTitle(head);
    }

    /** The first of the honorifics and titles right before {@code k} (`, M. X`, `, S.E.M. X`): {@code k} when none. */
    private static int honorificsBefore(SentenceGraph g, List<Token> toks, int k) {
        int j = k;
        while (j - 1 > 0 && g.words().isTitle(toks.get(j - 1).word().toLowerCase(java.util.Locale.ROOT))) {
            j--;
        }
        return j;
    }

    /** How far (in tokens from the title) a long title's first comma may stand, its person right after it. */
    private static final int LONG_TITLE_WINDOW = 24;

    /**
     * (h26-amerique) `, et` + a determiner after the title opens another item or clause with its own head, no apposition
     * (`représentés par des ministres, et le président X, souffrant, a été remplacé`: X is not one of the ministers).
     */
    private static boolean opensAnotherItem(SentenceGraph g, List<Token> toks, int k) {
        return k + 1 < toks.size() && toks.get(k).folded().equals("et")
                && g.words().definiteArticles.contains(toks.get(k + 1).word().toLowerCase(java.util.Locale.ROOT));
    }

    /** The index of the `)` closing a short bracket opened at {@code open} that names a body (an acronym), or -1. */
    private static int bracketedAcronymEnd(SentenceGraph g, int open) {
        List<Token> toks = g.tokens();
        boolean body = false;
        for (int k = open + 1; k < Math.min(toks.size(), open + 5); k++) {
            if (toks.get(k).word().equals(")")) {
                return body ? k : -1;
            }
            Mention m = g.mentionAt(toks.get(k).start());
            if (m == null || m.type() != EntityType.ORGANIZATION) {
                return -1;
            }
            body = true;
        }
        return -1;
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
            if ((w.equals(",") || w.equals("et")) && k + 1 < toks.size() && isDeForm(toks.get(k + 1).word())) {
                // `des chefs d'État du Burkina Faso, du Sénégal et du Premier ministre X`: a list of complements,
                // the state one item of it, the person the title of another
                return null;
            }
            if (w.equals(".") || w.equals(";") || w.equals(":") || w.equals("(") || w.equals(")")
                    || g.words().clauseOpeners.contains(w) && !w.equals("et") || g.words().auxiliaries.contains(w)
                    || w.equals(",") && ++commas > 3) {
                return null;
            }
        }
        return null;
    }

    private static boolean isDeForm(String word) {
        String w = TextFolding.fold(word);
        return w.equals("de") || w.equals("du") || w.equals("des") || w.equals("d'");
    }

    /** A title word stands right before token {@code first}, past articles, `de` and adjectives. */
    static boolean titleBefore(SentenceGraph g, int first) {
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
