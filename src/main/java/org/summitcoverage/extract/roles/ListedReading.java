package org.summitcoverage.extract.roles;

import org.summitcoverage.extract.Words;
import org.summitcoverage.model.Mention;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * `en présence du président sénégalais, X, et de Y`, `parmi les invités, A et B`: whoever is listed right
 * after the cue, people and states mixed, item after item while only connectors separate them.
 */
final class ListedReading implements HolderReading {
    /** How far after the cue the first item may start: `en présence d'une trentaine de dirigeants, du secrétaire
     * général de l'ONU, X` names its first holder ten words on. */
    private static final int FIRST_ITEM_SLACK = 12;
    /** How far into the sentence the subject of `X figurait parmi les participants` may start (its title first). */
    private static final int MAX_SUBJECT_OPENING = 8;

    @Override
    public List<Finding> read(CueSite site) {
        SentenceGraph g = site.graph();
        if (predictedListing(site)) {
            return List.of(); // `Parmi les invités, on devrait logiquement retrouver X`: a guess, no guest
        }
        if (absenceBefore(site)) {
            return List.of(); // (h38-listes5) `Parmi les absents, il y avait X`: a list of those who stayed away
        }
        if (invertedPassive(site) && (site.hit().first() > 0 || request(site))) {
            return List.of(); // `Sont également invités A ; B`: only an inverted passive opening the sentence lists its guests
        }
        List<Mention> first = Enumerations.listAfter(g, site.hit().end(), FIRST_ITEM_SLACK);
        if (first.isEmpty() || clauseBefore(site, first.get(0))) {
            return subjectListed(site);
        }
        if (existentialWithoutList(site, first.get(0))) {
            return List.of(); // (h38-listes5) `il y avait encore beaucoup à faire pour que le Mercosur …`: no list of those present
        }
        if (mainSubjectBefore(site, first.get(0))) {
            return List.of(); // (h32-hotes) `À l'invitation du Gardien des lieux saints, le président X s'est rendu à Y`: X is the guest
        }
        List<Mention> after = new ArrayList<>();
        for (Mention m : g.mentions()) {
            if (SentenceGraph.canHoldRole(m) && m.start() >= first.get(0).start()) {
                after.add(m);
            }
        }
        after.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Finding> out = new ArrayList<>();
        Mention prev = null;
        for (Mention m : after) {
            // a body or demonym inside a guest's title stands for that guest (`et du secrétaire général de l'ONU, X`)
            Mention titled = TitleAppositions.titledPerson(g, m);
            Mention direct = titled != null ? titled : TitleAppositions.isTitleDemonym(m) ? TitleAppositions.personRightAfter(g, m) : m;
            // `en présence du président gambien`: the person the article names with that title elsewhere
            Mention named = direct == null && site.discourse() != null ? TitleAppositions.personNamedElsewhere(site.discourse(), m, site.words()) : direct;
            // (r21) `à l'invitation du président ghanéen`, named nowhere: the state hosts; (h37) or attends (UnnamedTitleState)
            Mention holder = named == null && TitleAppositions.isTitleDemonym(m) && unnamedTitleState(site, m) ? m : named;
            if (holder == null || out.stream().anyMatch(f -> f.mention().equals(holder))
                    || holder == m && (Enumerations.qualifiesAPerson(g, m) || Enumerations.qualifiesTheNextPerson(g, m)
                            || Enumerations.demonymNounBeforePerson(g, m))) {
                // `en présence des présidents du Congo X, de la Guinée Y`, `des dirigeants du Kenya, A, et du Malawi, B`:
                // the state only qualifies its person; so does `, le Tanzanien A` (h34)
                continue;
            }
            if (holder == m && m.type() == org.summitcoverage.model.EntityType.ORGANIZATION
                    && TokenFallbackReading.ofGroupNoun(site.words(), g.tokens(), g.tokenIndexAt(m.start()))) {
                continue; // (h58-c) `en présence des délégations des États membres de l'OCI`: the members, not the body
            }
            Mention here = direct != null ? holder : m; // where the item stands in this sentence
            if (prev != null && (!Enumerations.onlyConnectorsBetween(g, prev, here) || agentBetween(g, prev, here)
                    || mainSubjectBetween(site, prev, here))) {
                break;
            }
            prev = here;
            out.add(site.finding(holder, Confidence.NOUN_RULE, "listed", site.cueText() + " " + holder.text()));
        }
        return out;
    }

    /**
     * (h38-listes5) An existential or impersonal cue with no colon (`il y avait`, `on notait`) lists those present only when
     * its first item follows at once, past articles, titles and demonyms (`il y avait le président ivoirien A`): any other
     * lower-case word opens another phrase (`on notait l'absence de A`, `il y avait encore beaucoup à faire pour que A`).
     */
    private static boolean existentialWithoutList(CueSite site, Mention first) {
        List<Token> toks = site.tokens();
        String opener = toks.get(site.hit().first()).folded();
        if (!opener.equals("il") && !site.words().impersonalSubjects.containsWord(toks.get(site.hit().first()))
                || toks.get(site.hit().end() - 1).word().equals(":")) {
            return false; // a colon after the cue (`on notait :`) opens its list whatever the first words
        }
        for (int k = site.hit().end(); k < toks.size() && toks.get(k).start() < first.start(); k++) {
            Token t = toks.get(k);
            String w = t.word().toLowerCase(java.util.Locale.ROOT);
            if (Words.isLowerWord(t) && !site.words().definiteArticles.containsWord(t) && !site.words().isTitle(w)
                    && !site.words().isDemonym(org.summitcoverage.dict.TextFolding.fold(w))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A word of absence (`absence_words`) before the cue in its clause, back to a semicolon or colon (`Parmi les grands
     * absents du sommet de Y, il y avait A`): the list names who stayed away.
     */
    private static boolean absenceBefore(CueSite site) {
        List<Token> toks = site.tokens();
        for (int k = site.hit().first() - 1; k >= 0; k--) {
            String w = toks.get(k).word();
            if (w.equals(";") || w.equals(":")) {
                return false;
            }
            if (site.words().absenceWords.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The demonym of a singular title named nowhere else, any item of the list (h37: attendance too): the state holds the role. */
    private static boolean unnamedTitleState(CueSite site, Mention demonym) {
        SentenceGraph g = site.graph();
        if (site.role() != org.summitcoverage.model.RoleType.CHAIR && site.role() != org.summitcoverage.model.RoleType.HOST
                && (titleOfAPersonBefore(g, demonym)
                        || site.discourse() != null && TitleAppositions.titleNamesSomeoneBare(site.discourse(), demonym, site.words()))) {
            return false; // `de Lars X, ministre suédois ;`: the title only describes the person listed before it
        }
        int node = g.nodeAt(demonym.start());
        for (int title : node > 0 ? g.governors(node, "amod") : List.<Integer>of()) {
            if (UnnamedTitleState.statesOfUnnamedTitles(site, title, java.util.Set.of()).contains(demonym)) {
                return true;
            }
        }
        return false;
    }

    /** `X, le président portugais`: the title's phrase opens on a comma right after a person, not on `de` / `du`. */
    private static boolean titleOfAPersonBefore(SentenceGraph g, Mention demonym) {
        int k = g.tokenIndexAt(demonym.start());
        for (int i = k - 1; i >= 0 && i >= k - 6; i--) {
            String w = g.tokens().get(i).folded();
            if (w.equals(",")) {
                return TitleAppositions.personBefore(g, i);
            }
            if (List.of("de", "du", "des", "d'", "et", ";").contains(w)) {
                return false;
            }
        }
        return false;
    }

    /**
     * `en présence de vingt-sept autres pays, intervient à un moment critique pour Kiev`: between the cue and the first
     * holder a comma opens a clause (a lower-case word after it that opens no item and is no title: `list_item_openers`),
     * so the holder is no item of the cue's list.
     */
    private static boolean clauseBefore(CueSite site, Mention first) {
        List<Token> toks = site.tokens();
        String last = toks.get(site.hit().end() - 1).folded();
        if (!List.of("de", "du", "des", "d'").contains(last)) {
            return false; // `Parmi les invités, figuraient A et B`: a cue that takes no complement of its own
        }
        for (int k = site.hit().end(); k + 1 < toks.size() && toks.get(k + 1).start() < first.start(); k++) {
            Token next = toks.get(k + 1);
            if (toks.get(k).word().equals(",") && Words.isLowerWord(next) && !site.words().listItemOpeners.containsWord(next)
                    && !site.words().isTitle(next.word().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** A cue opening on an auxiliary, `sont invités`, `seront conviés`: a passive whose subject is inverted after it. */
    private static boolean invertedPassive(CueSite site) {
        String w = site.tokens().get(site.hit().first()).word().toLowerCase(java.util.Locale.ROOT);
        return !w.startsWith("à") && site.words().auxiliaries.contains(w); // the lists fold accents: `à` is no `a`
    }

    /** `Sont invités à signer la charte A et B`: `à` + an infinitive is a request, no guest list (`à la conférence` is). */
    private static boolean request(CueSite site) {
        List<Token> toks = site.tokens();
        int k = site.hit().end();
        if (k + 1 >= toks.size() || !toks.get(k).word().equalsIgnoreCase("à")) {
            return false;
        }
        String next = toks.get(k + 1).word().toLowerCase(java.util.Locale.ROOT);
        return !(next.equals("la") || next.equals("l'") || next.equals("l’") || next.equals("ce") || next.equals("cette"));
    }

    /**
     * (h28-asie) Where the sentence opens once an agency dateline is set aside: the token after the last dash (or, h32-hotes,
     * a headline's colon) before the cue (`Hanoï (VNA) – Sur invitation de son homologue X, le Premier ministre Y …`), else the first token.
     */
    private static int datelineEnd(List<Token> toks, int cue) {
        int open = 0;
        for (int k = 0; k < cue; k++) {
            if (Enumerations.isDash(toks.get(k)) || toks.get(k).word().equals(":")) { // `Hanoï (VNA) – `, `RABAT, 3 mai (MAP) - `, a headline's `Mali : `
                open = k + 1;
            }
        }
        return open;
    }

    /** Most words before a cue that still opens the sentence (`Arrivé à l'invitation de …`, `Et à l'invitation de …`). */
    private static final int OPENING_SLACK = 3;

    /**
     * `À l'invitation du président sénégalais X, les présidents A et B se sont retrouvés`: a cue with a `de` complement
     * that opens the sentence is a fronted adverbial; a comma followed by a definite article opens the main clause's
     * subject, whose names are no items of the cue's list (the list goes on with `de` forms: `du Mali, du Niger`).
     */
    private static boolean mainSubjectBetween(CueSite site, Mention prev, Mention here) {
        return opensTheSentence(site) && commaThenArticle(site, prev.end(), here.start());
    }

    /**
     * (h32-hotes) `À l'invitation du Gardien des lieux saints, le président X s'est rendu à La Mecque`: the fronted cue's
     * complement names no one (a title without a name) and the main clause's subject opens after its comma; that subject
     * is the guest, no item of the cue's list.
     */
    private static boolean mainSubjectBefore(CueSite site, Mention first) {
        return opensTheSentence(site) && commaThenArticle(site, site.tokens().get(site.hit().end() - 1).end(), first.start());
    }

    /** A cue with a `de` complement that opens the sentence (past an agency dateline): a fronted adverbial. */
    private static boolean opensTheSentence(CueSite site) {
        List<Token> toks = site.tokens();
        String last = toks.get(site.hit().end() - 1).folded();
        int open = datelineEnd(toks, site.hit().first());
        if (!List.of("de", "du", "des", "d'").contains(last) || site.hit().first() - open > OPENING_SLACK) {
            return false;
        }
        for (int k = open; k < site.hit().first(); k++) {
            if (Words.isPunctuation(toks.get(k))) {
                return false; // the cue stands inside a clause, not at the opening
            }
        }
        return true;
    }

    /** A comma followed by a definite article between two offsets: the main clause's subject opens there. */
    private static boolean commaThenArticle(CueSite site, int from, int to) {
        List<Token> toks = site.tokens();
        for (int k = 0; k + 1 < toks.size(); k++) {
            if (toks.get(k).start() >= from && toks.get(k + 1).start() < to
                    && toks.get(k).word().equals(",") && site.words().definiteArticles.containsWord(toks.get(k + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * `…, qui se tient à l'invitation de la Tunisie, par le chef du gouvernement, X`: a `par` phrase is the agent of
     * another verb, never one more guest of the list.
     */
    private static boolean agentBetween(SentenceGraph g, Mention prev, Mention here) {
        for (Token t : g.tokens()) {
            if (t.start() >= prev.end() && t.end() <= here.start() && t.word().equalsIgnoreCase("par")) {
                return true;
            }
        }
        return false;
    }

    /**
     * `Le Premier ministre X figurait parmi les participants`: nothing listed after the cue, a listing verb right
     * before it; the holders are the subject the sentence opens on. (h53-divers) The copula reads so too (`A et B seront
     * parmi les participants`, `listed_copulas`).
     */
    private static List<Finding> subjectListed(CueSite site) {
        SentenceGraph g = site.graph();
        List<Token> toks = g.tokens();
        int v = site.hit().first() - 1;
        while (v >= 0 && ClauseReading.isAdverb(toks, v)) {
            v--; // `figurait également parmi les invités`
        }
        if (v <= 0 || !site.words().listingVerbs.containsWord(toks.get(v))
                && !site.words().listedCopulas.containsWord(toks.get(v))) {
            return List.of(); // (h53-divers) or the copula: `A et B seront parmi les participants`
        }
        for (int k = 0; k < Math.min(v, MAX_SUBJECT_OPENING); k++) {
            if (Words.isPunctuation(toks.get(k))) {
                return List.of();
            }
            Mention m = Enumerations.personAfterItsTitle(g, g.mentionAt(toks.get(k).start()));
            Mention person = m != null && m.type() != org.summitcoverage.model.EntityType.PERSON
                    && TitleAppositions.titleBefore(g, g.tokenIndexAt(m.start())) ? firstPersonBefore(g, k + 1, v) : null;
            if (person != null) {
                // (h53-divers) `Le président en exercice de l'UA (UA), le président rwandais X et …`: the body only names
                // a title; the holders start at the first person before the verb (with no person, `Les dirigeants de
                // l'Inde et du Mexique figureront …`, the states)
                m = person;
            }
            if (m != null && SentenceGraph.canHoldRole(m)) {
                List<Finding> out = new ArrayList<>();
                for (Mention x : Enumerations.coordination(g, m)) {
                    if (x.start() >= m.start() && x.end() <= toks.get(v).start()
                            && (x == m || !Enumerations.qualifiesAPerson(g, x))) {
                        out.add(site.finding(x, Confidence.NOUN_RULE, "listed-subject", x.text() + " … " + site.cueText()));
                    }
                }
                return out;
            }
        }
        return List.of();
    }

    /** (h53-divers) The first person named between token {@code from} and the verb at {@code v}; null if none. */
    private static Mention firstPersonBefore(SentenceGraph g, int from, int v) {
        for (int k = from; k < v; k++) {
            Mention at = g.mentionAt(g.tokens().get(k).start());
            if (at != null && at.type() == org.summitcoverage.model.EntityType.PERSON) {
                return at;
            }
        }
        return null;
    }

    /**
     * (h21-passing) The listing under a modal in the conditional or the future right after the cue (`Parmi les invités,
     * on devrait logiquement retrouver le groupe X`, `Parmi les participants pourraient figurer A et B`): the writer
     * predicts the list, which asserts no role (docs/annotation.md, a hypothesis). Read on the words (the cue is often
     * read without a parse): such a modal within the five words after the cue. The imperfect of a report (`on pouvait
     * noter la présence de X`) is no prediction.
     */
    private static boolean predictedListing(CueSite site) {
        List<Token> toks = site.tokens();
        int from = site.hit().end();
        if (from < 0) {
            return false;
        }
        for (RoleCueLexicon.Hit m : RoleCueLexicon.shared().find(toks)) {
            if (m.kind() != RoleCueLexicon.CueKind.MODAL || m.first() < from || m.first() > from + 5 || m.end() - m.first() != 1) {
                continue;
            }
            String w = toks.get(m.first()).folded();
            if (w.endsWith("rait") || w.endsWith("raient") || w.endsWith("ra") || w.endsWith("ront")) {
                return true;
            }
        }
        return false;
    }
}
