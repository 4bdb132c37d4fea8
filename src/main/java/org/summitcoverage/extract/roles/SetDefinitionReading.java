package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.extract.roles.RoleCueLexicon.Hit;
import org.summitcoverage.model.Mention;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * A cue in the subject defines a set, and the main verb names its members: `Parmi les pays signataires figurent
 * X et Y`, `Parmi les États n'ayant pas signé figurent X`, `Ceux qui ont voté contre étaient X, Y`, `Les
 * abstentions venaient de X, de Y`, `Les signataires, qui incluent X et Y, …`; or right after the cue (`les pays
 * signataires, dont le Maroc`). Vote tallies and signatory lists
 * are written this way because the set is the news and its members the detail. The reading holds only when no
 * state, body or person stands in the subject (outside a `de` complement: `les signataires de l'appel de l'UA`),
 * so the set has no holder of its own; the wrapped reading reads the cue as well. A negated verb of inclusion
 * names those left out of the set (`La liste des signataires n'inclut pas X`: X did not sign; {@link NegatedInclusion}).
 */
final class SetDefinitionReading implements HolderReading {
    /** How far after the cue the main verb may stand: a subject longer than this is prose, not a set's name. */
    private static final int MAX_SUBJECT_TOKENS = 20;
    /** How far after the verb its first member may start (`provenaient de l'Albanie`, `étaient les États-Unis`). */
    private static final int FIRST_ITEM_SLACK = 3;
    /**
     * The same after a verb of inclusion, whose list may open on a side and a title (`comprennent côté français
     * l'équipementier X`); a copula keeps the short reach, as what follows it is often no list.
     */
    private static final int INCLUSION_SLACK = 6;

    private final HolderReading reading;

    SetDefinitionReading(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        // the other readings may still see members the list here stops before (`…, mais aussi l'Union africaine`)
        List<Finding> out = new ArrayList<>(members(site));
        out.addAll(reading.read(site));
        return out;
    }

    private static List<Finding> members(CueSite site) {
        Hit h = site.hit();
        List<Token> toks = site.tokens();
        SentenceGraph g = site.graph();
        if (h.first() < 0) {
            return List.of();
        }
        List<Finding> named = membersAfterTheCue(site);
        if (!named.isEmpty()) {
            return named;
        }
        int from = Math.max(Math.max(frontedPhraseEnd(site.words(), toks, h.first()), firstParsedToken(g, toks, h.first())),
                ownClauseStart(site));
        for (int k = from; k < h.first(); k++) {
            if (namesAHolder(site.words(), g, toks, k)) {
                return List.of();
            }
        }
        List<Finding> apposed = membersApposedToTheCue(site);
        if (!apposed.isEmpty()) {
            return apposed;
        }
        for (int v = h.end(); v < Math.min(toks.size(), h.end() + MAX_SUBJECT_TOKENS); v++) {
            String w = toks.get(v).word();
            if (w.equals(";") || w.equals(":") || w.equals(".") || namesAHolder(site.words(), g, toks, v)) {
                return List.of();
            }
            int noted = notingPhraseEnd(site, v);
            if (noted > 0) {
                // (h39-votes2) `Parmi les abstentions, on remarque la présence de A et B`: the noting clause lists the set
                List<Finding> out = new ArrayList<>();
                for (Mention m : Enumerations.listAfter(g, noted, INCLUSION_SLACK)) {
                    out.add(site.finding(m, Confidence.ENUMERATION, "set named by the cue, members noted after it",
                            h.text() + " … " + w + " " + m.text()));
                }
                return out;
            }
            if (site.words().setIdentityVerbs.contains(w) && !beforeAParticiple(site.words(), toks, v)
                    && !afterAnArticle(site.words(), toks, v)) {
                List<Finding> out = new ArrayList<>();
                int slack = site.words().auxiliaries.contains(w) ? FIRST_ITEM_SLACK : INCLUSION_SLACK;
                boolean negated = NegatedInclusion.negated(site.words(), toks, v);
                for (Mention m : Enumerations.listAfter(g, v + 1, slack)) {
                    Finding f = site.finding(m, Confidence.ENUMERATION, "set named by the cue, members after the verb",
                            h.text() + " … " + w + " " + m.text());
                    Finding kept = negated ? NegatedInclusion.asLeftOut(f) : f;
                    if (kept != null) {
                        out.add(kept);
                    }
                }
                return out;
            }
        }
        return List.of();
    }

    /**
     * (h43-votes4) `Les partisans du texte sont A et B, ses opposants sont C et D`: a cue that heads the subject of a
     * later clause, opened by `,`, `;` or `que` (`tandis que ses adversaires sont …`), names its own set; the holders of
     * the earlier clause are no holders in its subject. The index of the cue phrase's first word then, else 0.
     */
    private static int ownClauseStart(CueSite site) {
        List<Token> toks = site.tokens();
        SentenceGraph g = site.graph();
        int cue = site.cueNode();
        if (cue <= 0 || g.governors(cue, "nsubj").stream().noneMatch(p -> p > cue)) {
            return 0;
        }
        int k = site.hit().first() - 1;
        while (k >= 0 && g.nodeAt(toks.get(k).start()) > 0 && "DET".equals(g.pos(g.nodeAt(toks.get(k).start())))) {
            k--;
        }
        if (k <= 0 || k == site.hit().first() - 1) {
            return 0; // the sentence's own subject, or no determiner: `Les opposants` opens it, `A, opposants …` qualifies A
        }
        String w = toks.get(k).folded();
        return w.equals(",") || w.equals(";") || w.equals("que") ? k + 1 : 0;
    }

    /**
     * (h39-votes2) The end of an impersonal verb of noting (`set_noting_phrases`) right after the comma that closes a
     * fronted `Parmi les <cue>` phrase; -1 elsewhere (`on note` in prose names no members).
     */
    private static int notingPhraseEnd(CueSite site, int v) {
        List<Token> toks = site.tokens();
        int first = site.hit().first();
        if (v < 1 || !toks.get(v - 1).word().equals(",") || first < 1
                || !toks.get(0).folded().equals("parmi")) {
            return -1;
        }
        for (int k = first; k < v - 1; k++) {
            if (toks.get(k).word().equals(",")) {
                return -1; // only the comma that closes the fronted phrase
            }
        }
        for (List<String> phrase : site.words().setNotingPhrases) {
            int end = RoleWords.phraseEnd(toks, v, phrase);
            if (end > 0) {
                return end;
            }
        }
        return -1;
    }

    /**
     * (h32-suites) `Selon le porte-parole, X, les dirigeants des pays invités comprennent A`: the source the parser was
     * not given (SourcePrefix: its tokens have no node) holds nothing, so its name is no holder in the subject.
     */
    private static int firstParsedToken(SentenceGraph g, List<Token> toks, int cue) {
        if (cue >= toks.size() || g.nodeAt(toks.get(cue).start()) <= 0) {
            return 0;
        }
        int k = 0;
        while (k < cue && g.nodeAt(toks.get(k).start()) <= 0) {
            k++;
        }
        return k;
    }

    /** `les pays signataires, dont le Maroc`, `les signataires, notamment la Chine`: the members named right after the cue. */
    private static List<Finding> membersAfterTheCue(CueSite site) {
        List<Token> toks = site.tokens();
        int k = site.hit().end();
        if (k < toks.size() && toks.get(k).word().equals(",")) {
            k++;
        }
        if (k >= toks.size() || !site.words().memberOpeners.containsWord(toks.get(k))) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (Mention m : Enumerations.listAfter(site.graph(), k + 1, FIRST_ITEM_SLACK)) {
            out.add(site.finding(m, Confidence.ENUMERATION, "members named after the cue",
                    site.cueText() + " " + toks.get(k).word() + " " + m.text()));
        }
        return out;
    }

    /**
     * (h62-sweepd) `Les chefs d'État présents — A, B et C — évoqueront …`, `Les dirigeants présents, A et B, ont …`: a
     * plural cue closing the subject, then a list set off by dashes or commas right before the main verb, names the
     * set's members (an apposition to the subject, as `dont` opens one). The closing mark must stand right before a
     * verb, so a list that runs on into a clause of its own names nobody.
     */
    private static List<Finding> membersApposedToTheCue(CueSite site) {
        List<Token> toks = site.tokens();
        SentenceGraph g = site.graph();
        int k = site.hit().end();
        if (k + 1 >= toks.size() || !site.cueText().endsWith("s") || !subjectOpensTheSentence(site.words(), toks, site.hit().first())) {
            return List.of();
        }
        String open = toks.get(k).word();
        boolean dash = APPOSITION_DASHES.contains(open);
        if (!dash && !open.equals(",")) {
            return List.of();
        }
        int close = -1;
        for (int j = k + 1; j + 1 < toks.size(); j++) {
            String w = toks.get(j).word();
            if (w.equals(";") || w.equals(":") || w.equals(".")) {
                break;
            }
            if ((dash ? APPOSITION_DASHES.contains(w) : w.equals(",")) && opensAVerb(g, toks.get(j + 1))) {
                close = j;
                break;
            }
        }
        if (close < 0) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (Mention m : Enumerations.listAfter(g, k + 1, FIRST_ITEM_SLACK)) {
            if (m.start() < toks.get(close).start()) {
                out.add(site.finding(m, Confidence.ENUMERATION, "members apposed to the cue",
                        site.cueText() + " " + open + " " + m.text()));
            }
        }
        return out;
    }

    private static final java.util.Set<String> APPOSITION_DASHES = java.util.Set.of("—", "–");

    /**
     * The cue's noun phrase opens the sentence with its article and no comma before the cue: the subject, not a fronted
     * phrase (`Devant trente pays présents et des milliers de participants, la Norvège, …, a rappelé`: what follows is the main
     * subject).
     */
    private static boolean subjectOpensTheSentence(RoleWords words, List<Token> toks, int cue) {
        if (cue <= 0 || !(words.definiteArticles.containsWord(toks.get(0)) || toks.get(0).folded().equals("tous")
                || toks.get(0).folded().equals("toutes"))) {
            return false;
        }
        for (int k = 0; k < cue; k++) {
            if (toks.get(k).word().equals(",")) {
                return false;
            }
        }
        return true;
    }

    private static boolean opensAVerb(SentenceGraph g, Token t) {
        int node = g.nodeAt(t.start());
        return node > 0 && ("VERB".equals(g.pos(node)) || "AUX".equals(g.pos(node)));
    }

    /**
     * Past `Outre X,` opening the sentence (`Outre X, les dirigeants participants incluent A et B`): X is one more
     * member (LikewiseExtension), not a holder of the set's own; 0 when the sentence opens otherwise.
     */
    private static int frontedPhraseEnd(RoleWords words, List<Token> toks, int cue) {
        for (List<String> marker : words.likewiseFrontedMarkers) {
            int end = RoleWords.phraseEnd(toks, 0, marker);
            if (end > 0) {
                for (int k = end; k < cue; k++) {
                    if (toks.get(k).word().equals(",")) {
                        return k + 1;
                    }
                }
            }
        }
        return 0;
    }

    /**
     * A state, body or person at token k that is not a `de` complement (`les signataires de l'appel de l'UA`), nor a
     * place (h32-listes: `les présidents arrivés au Sénégal comprennent A (Bénin), B (Burundi)`: `state_place_markers`).
     */
    private static boolean namesAHolder(RoleWords words, SentenceGraph g, List<Token> toks, int k) {
        Mention m = g.holderAtToken(k);
        if (m == null) {
            return false;
        }
        if (m.type() == org.summitcoverage.model.EntityType.COUNTRY && k > 0) {
            int j = words.definiteArticles.containsWord(toks.get(k - 1)) ? k - 2 : k - 1;
            if (j >= 0 && !toks.get(j).word().equals("(") && words.statePlaceMarkers.containsWord(toks.get(j))) {
                return false;
            }
        }
        for (int j = k - 1; j >= Math.max(0, k - 2); j--) {
            String w = toks.get(j).folded();
            if (w.equals("de") || w.equals("du") || w.equals("d'") || w.equals("des")) {
                return false;
            }
        }
        return true;
    }

    /**
     * (h27-arabe) `dans l'Est de l'Arabie saoudite`: after an article the word is a noun (a cardinal point), not the
     * copula `est`, and what follows it is a place, not the set's members.
     */
    private static boolean afterAnArticle(RoleWords words, List<Token> toks, int v) {
        return v > 0 && words.definiteArticles.containsWord(toks.get(v - 1));
    }

    /** `sont attendus`, `est signé`: the copula is an auxiliary there, and names no members. */
    private static boolean beforeAParticiple(RoleWords words, List<Token> toks, int v) {
        if (!words.auxiliaries.containsWord(toks.get(v)) || v + 1 >= toks.size()) {
            return false;
        }
        String next = toks.get(v + 1).folded();
        return next.matches("\\p{L}{3,}(e|ee|es|ees|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites)");
    }
}
