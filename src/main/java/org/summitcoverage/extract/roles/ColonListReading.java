package org.summitcoverage.extract.roles;

import org.summitcoverage.extract.roles.RoleCueLexicon.Hit;
import org.summitcoverage.model.Mention;
import org.summitcoverage.model.RoleType;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * The list after the first colon (or `à savoir`) that follows the cue: `signée par une coalition de pays … :
 * la Colombie, les Pays-Bas, …`, `Des représentants de 35 pays sont attendus, à savoir la Turquie, l'Italie, …`;
 * for those attending, the examples after `comme` too (`Des invités de prestige sont présents, comme A, B`).
 */
final class ColonListReading implements HolderReading {
    /** How far after the opener the first item may start (`dont les pays de l'Union européenne, …`). */
    private static final int FIRST_ITEM_SLACK = 5;

    @Override
    public List<Finding> read(CueSite site) {
        Hit h = site.hit();
        List<Token> toks = site.tokens();
        List<Finding> out = new ArrayList<>();
        int from = listStart(site.words().listOpeners, toks, h.end());
        if (from < 0 && site.role() == RoleType.PARTICIPANT) {
            from = listStart(site.words().attendanceListOpeners, toks, h.end());
            if (from > 0 && (examplesOfThings(site.words(), toks, from) || sourceClause(site.words(), toks, from))) {
                return out;
            }
        }
        if (from > 0) {
            // `dont la grande majorité des pays de l'UE, les États-Unis, …`: the first item comes past the share
            for (List<String> share : site.words().shareOpeners) {
                int end = RoleWords.phraseEnd(toks, from, share);
                if (end > 0) {
                    from = end;
                    break;
                }
            }
        }
        if (from > 0 && site.role() == RoleType.HOST && !agentBefore(toks, h.end(), from)) {
            return out; // `Les Assemblées accueilleront un panel de dirigeants parmi lesquels A`: the guests, no host
        }
        if (from > 0 && (mainVerbBefore(site, from) || ListHeaderReading.frontedParticipleWithItsAgent(toks, h, from))) {
            return out; // `Présidé par X, plusieurs dirigeants y prennent part, dont A, B`: the main clause's set, not the chair's
        }
        if (from > 0 && !contrastBefore(site.words(), toks, h.end(), from) && !countedSetWithAvec(toks, h.end(), from)
                && !CueScope.quotedAndClosedBefore(toks, h.first(), from) && !quotedListAfterTheCue(toks, h.first(), from)) {
            List<Mention> items = Enumerations.listAfter(site.graph(), from, FIRST_ITEM_SLACK);
            if (laterCountedSet(site.words(), toks, h.end(), from) && !endsTheSentence(toks, items)) {
                items = List.of();
            }
            for (Mention m : items) {
                out.add(site.finding(m, Confidence.TOKEN_RULE, "tokens: list after colon", h.text() + " … : " + m.text()));
            }
        }
        if (out.isEmpty() && (site.role() == RoleType.SIGNATORY || site.role() == RoleType.NON_SIGNATORY)) {
            for (Mention m : listOfCountedSubject(site)) {
                out.add(site.finding(m, Confidence.TOKEN_RULE, "tokens: list of the counted subject",
                        m.text() + " … " + h.text()));
            }
        }
        return out;
    }

    /** How many words (auxiliaries, clitics, a negation) may stand between the list's closing comma and the cue. */
    private static final int MAX_WORDS_BEFORE_CUE = 4;
    /** How many words may stand between the count and the list opener (`12 autres pays ,`). */
    private static final int MAX_WORDS_AFTER_COUNT = 4;

    /**
     * `Trois pays ont voté pour, et dix, parmi lesquels le Mali et le Niger, se sont abstenus`, `35 pays, dont A et
     * B, se sont abstenus`: the cue's subject is a counted set whose list a comma closes right before the cue (past
     * its auxiliaries); its items hold the cue's role.
     */
    private static List<Mention> listOfCountedSubject(CueSite site) {
        List<Token> toks = site.tokens();
        int cue = site.hit().first();
        int close = -1;
        for (int k = cue - 1; k >= Math.max(0, cue - 1 - MAX_WORDS_BEFORE_CUE); k--) {
            String w = toks.get(k).word();
            if (w.equals(",")) {
                close = k;
                break;
            }
            if (Character.isUpperCase(w.charAt(0))) {
                return List.of();
            }
        }
        if (close < 0) {
            return List.of();
        }
        for (int k = close - 1; k > 0; k--) {
            String w = toks.get(k).word();
            if (w.equals(".") || w.equals(";")) {
                return List.of();
            }
            for (List<String> opener : site.words().listOpeners) {
                if (opener.size() == 1 && opener.get(0).equals(":")) {
                    continue;
                }
                int end = RoleWords.phraseEnd(toks, k, opener);
                if (end > 0 && end < close) {
                    if (!countRightBefore(site.words(), toks, k) || sideOfATallyBefore(site.words(), toks, k)) {
                        return List.of();
                    }
                    int closeAt = toks.get(close).start();
                    List<Mention> items = new ArrayList<>(Enumerations.listAfter(site.graph(), end, FIRST_ITEM_SLACK));
                    items.removeIf(m -> m.end() > closeAt);
                    return items;
                }
            }
        }
        return List.of();
    }

    /**
     * (h23-onu) `Par 142 voix pour, 10 contre dont A et B, … l'assemblée a adopté le texte`: a count followed by a side
     * of the vote other than for (against, abstention) right before the opener, past its comma, is that side's tally
     * (VoteTallyReading), not a set that holds the cue's role.
     */
    private static boolean sideOfATallyBefore(RoleWords words, List<Token> toks, int opener) {
        int k = opener - 1;
        if (k >= 0 && toks.get(k).word().equals(",")) {
            k--;
        }
        if (k < 1) {
            return false;
        }
        String side = toks.get(k).word();
        return (words.voteAgainstWords.contains(side) || words.abstentionWords.contains(side)) && isCount(words, toks.get(k - 1).word());
    }

    /** A count (`35`, `dix`, `trente-cinq`) stands a few words before the opener at {@code opener}, past its comma. */
    private static boolean countRightBefore(RoleWords words, List<Token> toks, int opener) {
        for (int k = opener - 1; k >= Math.max(0, opener - 1 - MAX_WORDS_AFTER_COUNT); k--) {
            if (isCount(words, toks.get(k).word())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCount(RoleWords words, String word) {
        String count = org.summitcoverage.dict.TextFolding.fold(word);
        if (count.equals("un") || count.equals("une") || count.equals("zero")) {
            return false;
        }
        String firstPart = count.split("[ -]")[0]; // `trente-cinq`, folded `trente cinq`
        return count.matches("\\d+") || words.tallyCounts.contains(firstPart);
    }

    /**
     * `des sujets comme l'offensive de la Colombie contre le Venezuela`: the examples after `comme` are things whose
     * complement names a state, not holders; a title or a member noun before `de` still names one (`comme le président
     * du Chili`, `comme les délégations du Japon`).
     */
    private static boolean examplesOfThings(RoleWords words, List<Token> toks, int from) {
        if (from < 1 || !toks.get(from - 1).folded().equals("comme")) {
            return false;
        }
        for (int k = from + 1; k < Math.min(toks.size(), from + FIRST_ITEM_SLACK); k++) {
            String w = toks.get(k).word();
            String head = toks.get(k - 1).word();
            if (words.complementPrepositions.contains(w) && Character.isLowerCase(head.charAt(0)) && !words.isTitle(head)
                    && !words.isHolderTitle(head) && !words.memberNouns.contains(head)
                    && !words.definiteArticles.contains(head)) {
                return true;
            }
        }
        return false;
    }

    /**
     * (h32-suites) `24 pays prendront part au sommet, comme l'annonce la Russie`, `comme l'a indiqué X`: `comme` + an
     * object clitic + a verb of saying (or its auxiliary) is the source of the report, no list of examples; its subject
     * holds no role.
     */
    /** {@link #sourceClause} for the `comme` phrase the parser heads with node {@code n}. */
    static boolean sourceClauseAt(CueSite site, int n) {
        SentenceGraph g = site.graph();
        List<Token> toks = site.tokens();
        int t = g.tokenIndexAt(g.startOf(n));
        for (int k = t - 1; k >= Math.max(0, t - 3); k--) {
            if (toks.get(k).folded().equals("comme")) {
                return sourceClause(site.words(), toks, k + 1);
            }
        }
        return false;
    }

    static boolean sourceClause(RoleWords words, List<Token> toks, int from) {
        if (from < 1 || from + 1 >= toks.size() || !toks.get(from - 1).folded().equals("comme")
                || !words.objectClitics.containsWord(toks.get(from))) {
            return false;
        }
        String next = toks.get(from + 1).word();
        return words.auxiliaries.contains(next) || words.presidencyOfficeVerbs.contains(next)
                || words.reportedSpeechVerbs.contains(next);
    }

    /**
     * (h58-a) `Le texte, soutenu par 80 pays, réaffirme « les principes … de tous les États, y compris l'Ukraine »`: the
     * opener stands inside a quotation that opens after the cue; the list is part of the quoted words, not the cue's set.
     */
    private static boolean quotedListAfterTheCue(List<Token> toks, int cueFirst, int from) {
        return from > 0 && CueScope.insideQuotation(toks, from - 1) && !CueScope.insideQuotation(toks, cueFirst);
    }

    /** A host's list is its `par` agent's (`coorganisé par deux pays : A et B`), never an active verb's object. */
    private static boolean agentBefore(List<Token> toks, int from, int to) {
        for (int k = Math.max(0, from - 1); k < to; k++) {
            if (toks.get(k).folded().equals("par")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The cue opens an adverbial participle clause (`Présidé par X, …`) and the verb of the main clause it hangs on stands
     * between the cue and the list: the list names the main clause's set (`plusieurs dirigeants y prennent part, dont A`),
     * which the participle's role does not reach.
     */
    private static boolean mainVerbBefore(CueSite site, int from) {
        if (site.cueNode() <= 0) {
            return false;
        }
        SentenceGraph g = site.graph();
        for (int v : site.governors("advcl")) {
            int t = g.tokenIndexAt(g.startOf(v));
            if (t >= site.hit().end() && t < from) {
                return true;
            }
        }
        return false;
    }

    /** `ratifiée par 160 pays, mais trente autres, dont X, …`: a contrasting clause opens before the list, which is not the cue's. */
    private static boolean contrastBefore(RoleWords words, List<Token> toks, int from, int to) {
        for (int k = from; k < to; k++) {
            if (words.contrastOpeners.containsWord(toks.get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * `ont participé au sommet, avec 61 pays, dont la Chine, signant la déclaration`: the list belongs to the
     * counted set the absolute `avec` phrase names between the cue and the opener, not to the cue's holder.
     */
    private static boolean countedSetWithAvec(List<Token> toks, int from, int to) {
        for (int k = from; k < to - 1; k++) {
            if (toks.get(k).folded().equals("avec")
                    && toks.get(k + 1).word().matches("\\d+")) {
                return true;
            }
        }
        return false;
    }

    /**
     * `Cinq pays ont voté contre, 35 se sont abstenus, et 12 autres pays, dont le Venezuela, n'ont pas participé`,
     * `Trois pays ont voté pour, et dix, parmi lesquels le Mali, se sont abstenus`: a comma or `et` opens another
     * counted set between the cue and the opener; the list is that set's, which its own verb qualifies, not the cue's.
     */
    private static boolean laterCountedSet(RoleWords words, List<Token> toks, int from, int to) {
        for (int k = from; k < to - 1; k++) {
            String w = toks.get(k).folded();
            if (!w.equals(",") && !w.equals("et")) {
                continue;
            }
            int j = k + 1;
            if (j < to - 1 && toks.get(j).folded().equals("et")) {
                j++;
            }
            if (isCount(words, toks.get(j).word())) { // not `un`: `ont signé le texte, un accord dont …`
                return true;
            }
        }
        return false;
    }

    /**
     * `réunit des dirigeants de 19 pays d'Amérique latine et trois autres de la péninsule ibérique, à savoir A, B et
     * C.`: a list that closes the sentence has no verb of its own after it, so the later counted set is one more
     * object of the cue, not a subject with its own verb (`et dix, parmi lesquels A, se sont abstenus`).
     */
    private static boolean endsTheSentence(List<Token> toks, List<Mention> items) {
        if (items.isEmpty()) {
            return false;
        }
        int end = items.get(items.size() - 1).end();
        for (Token t : toks) {
            if (t.start() >= end) {
                return t.word().equals(".") || t.word().equals("!");
            }
        }
        return true;
    }

    /** The first token after the first list opener at or after {@code from}, or -1. */
    static int listStart(List<List<String>> openers, List<Token> toks, int from) {
        for (int k = from; k < toks.size(); k++) {
            for (List<String> opener : openers) {
                int end = RoleWords.phraseEnd(toks, k, opener);
                if (end > 0) {
                    // `à savoir : A, B`, `dont : A, B`: the colon after a worded opener opens the same list
                    return end < toks.size() && toks.get(end).word().equals(":") ? end + 1 : end;
                }
            }
        }
        return -1;
    }
}
