package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.extract.Words;
import org.summitcoverage.extract.roles.RoleCueLexicon.CueKind;
import org.summitcoverage.extract.roles.RoleCueLexicon.Hit;
import org.summitcoverage.model.RoleType;
import org.summitcoverage.nlp.ParsedSentence;
import org.summitcoverage.nlp.Sentence;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whether a role cue asserts anything where it stands: negation, hypotheses and demands in its scope,
 * questions, and the token-level preconditions checked before paying for a parse.
 */
final class CueScope {
    /** A past participle's ending (`présents` is none); compiled once, it is tried at each cue after an auxiliary. */
    private static final java.util.regex.Pattern PARTICIPLE_ENDING = java.util.regex.Pattern.compile(".*(é|ée|és|ées|i|ie|is|ies|u|ue|us|ues)");
    private static final java.util.Set<String> INFINITIVE_MARKERS = java.util.Set.of("a", "de", "d'");
    /** Where a clause begins, for a negation that must stay in the clause of the cue's governor. */
    private static final java.util.Set<String> CLAUSE_OPENERS = java.util.Set.of("que", "qu'", "qui", "mais", "et", "ou",
            "dont", "si", "car", "lorsque", "quand", "puisque");
    private CueScope() {
    }

    /** `Parmi eux, …`, `Parmi elles, …`: the sentence names the members of the previous sentence's unnamed set. */
    static boolean startsWithAmongThem(RoleWords words, List<Token> toks) {
        return amongThemEnd(words, toks) > 0;
    }

    /**
     * (h31-signature) The index of the `en` of a pro-form membership closing the sentence (`La Chine, la Russie et le Brésil
     * en font partie.`, `… en font également partie`), or -1: `en` takes up the previous sentence's unnamed set, and the
     * names before it are members of it, as after `Parmi eux`. Not negated (`n'en fait pas partie` would need the set's
     * own polarity turned), and not before a `de` complement of its own.
     */
    static int membershipProformAt(RoleWords words, List<Token> toks) {
        for (int k = 1; k + 2 < toks.size(); k++) {
            if (!toks.get(k).folded().equals("en") || !words.faireForms.containsWord(toks.get(k + 1))) {
                continue;
            }
            String before = toks.get(k - 1).folded();
            if (before.equals("n'") || before.equals("ne")) {
                return -1;
            }
            int p = k + 2;
            if (p < toks.size() && words.membershipProformInserts.containsWord(toks.get(p))) {
                p++;
            }
            if (p >= toks.size() || !toks.get(p).folded().equals("partie")) {
                continue;
            }
            return p + 1 >= toks.size() || Words.isPunctuation(toks.get(p + 1)) ? k : -1;
        }
        return -1;
    }

    /** (h35-listes3) The sentence names the members of the previous one's set as its case (`C'est le cas du Mali`). */
    static boolean opensOnTheCaseOf(RoleWords words, List<Token> toks) {
        int start = SourcePrefix.sourceEnd(words, toks);
        return amongThemEnd(words, toks) > 0 && start < toks.size()
                && toks.get(start).folded().replace('’', '\'').equals("c'");
    }

    /** The token after `Parmi eux`, `Parmi ces pays` or `Il s'agit de` (`members_openers`) opening the sentence, or -1. */
    static int amongThemEnd(RoleWords words, List<Token> toks) {
        // (h35-listes3) also past a source phrase, `Selon la présidence, il s'agit de A, B`: the source names no one
        int start = SourcePrefix.sourceEnd(words, toks);
        for (List<String> p : words.membersOpeners) {
            int end = RoleWords.phraseEnd(toks, start, p);
            if (end > start && end < toks.size()) {
                return end; // `Huit chefs d'État ont fait le déplacement. Il s'agit des présidents A, B et C.`
            }
        }
        if (toks.size() <= start + 2 || !toks.get(start).folded().equals("parmi")) {
            return -1;
        }
        if (words.amongThem.containsWord(toks.get(start + 1))) {
            return start + 2;
        }
        for (List<String> p : words.amongThese) {
            int end = RoleWords.phraseEnd(toks, start + 1, p);
            if (end > 0 && end < toks.size()) {
                return end;
            }
        }
        return -1;
    }

    /**
     * The token after `Parmi les dirigeants` (`among_attendee_sets`) opening the sentence, or -1: a definite set that takes
     * up the previous sentence's unnamed attendance only (`…, en présence d'une large délégation. Parmi les dirigeants
     * figuraient A, B`).
     */
    /** How many words a set of attendees' `de` complement may have before its verb of inclusion. */
    private static final int MAX_SET_COMPLEMENT_TOKENS = 8;

    /**
     * (h32-suites) The token after the verb of inclusion of a sentence that opens (past a source, `Selon le porte-parole,
     * X,`) on a definite set of attendees and lists its members (`Ces dirigeants comprennent A, B`, `les dirigeants des
     * membres du G20 comprennent A`), or -1: the set the previous sentence's cue named without naming its members.
     */
    static int attendeeSetInclusionEnd(RoleWords words, List<Token> toks) {
        int k = SourcePrefix.sourceEnd(words, toks);
        int end = -1;
        for (List<String> p : words.amongAttendeeSets) {
            end = Math.max(end, RoleWords.phraseEnd(toks, k, p));
        }
        for (List<String> p : words.demonstrativeSetSubjects) {
            end = Math.max(end, RoleWords.phraseEnd(toks, k, p));
        }
        if (end <= 0) {
            return -1;
        }
        for (int j = end; j < toks.size() && j <= end + MAX_SET_COMPLEMENT_TOKENS; j++) {
            String w = toks.get(j).word();
            if (words.setInclusionVerbs.contains(w)) {
                return j + 1 < toks.size() ? j + 1 : -1;
            }
            if (Words.isPunctuation(toks.get(j)) && !w.equals("'")) {
                return -1;
            }
        }
        return -1;
    }

    static int amongAttendeesEnd(RoleWords words, List<Token> toks) {
        if (toks.size() <= 2 || !toks.get(0).folded().equals("parmi")) {
            return -1;
        }
        for (List<String> p : words.amongAttendeeSets) {
            int end = RoleWords.phraseEnd(toks, 1, p);
            if (end > 0 && end < toks.size()) {
                return end;
            }
        }
        return -1;
    }

    static boolean startsWithParmi(List<Token> toks) {
        for (int k = 0; k < Math.min(3, toks.size()); k++) {
            if (toks.get(k).folded().equals("parmi")) {
                return true;
            }
            // (h39-listes6) `Au rang des dirigeants présents, A, B`: `au rang de` says `parmi`
            if (k > 0 && k + 1 < toks.size() && toks.get(k).folded().equals("rang")
                    && toks.get(k - 1).folded().equals("au")
                    && toks.get(k + 1).folded().matches("des?|du|d'")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Token-level preconditions of each kind of cue, checked before any parse: a delegation noun matters
     * only after `à la tête de` / `chef de`, a leading participle only with a delegation (or before `par` after a
     * meeting or its talks), speech only in a
     * sentence that quotes someone, a venue verb only with `se` before it.
     */
    static boolean isLive(RoleWords words, Hit h, List<Token> toks) {
        if (h.first() < 0) {
            return true;
        }
        if (h.kind() == CueKind.LISTED && compoundExistential(toks, h)) {
            return false; // (h49-faux16) `Il y avait ensuite eu des échanges entre A et B`: something happened, no one listed
        }
        switch (h.kind()) {
            case SPEECH:
                return quotesSomeone(toks) || words.placesSpeechAtMeeting(toks);
            case SIDELINES:
                // `s'est entretenu en marge du sommet`: no parse for a sentence that places no meeting so
                return RoleWords.containsPhrase(toks, words.sidelineMarkers);
            case REFLEXIVE:
                // `s'y est également associée`, `se sont elles aussi jointes`: only the pronominal verb
                for (int k = h.first() - 1; k >= Math.max(0, h.first() - 5); k--) {
                    String w = toks.get(k).folded();
                    if (w.equals("se") || w.equals("s'") || firstPersonReflexive(words, toks, k)) {
                        if (isSignature(h.role()) && joinsPeopleOrAMeeting(words, toks, k)) {
                            return false;
                        }
                        return !(isSignature(h.role()) && FailedAttempt.governs(words, toks, h)); // `n'a pas réussi à s'y rallier`
                    }
                    if (Words.isPunctuation(toks.get(k))) {
                        return false;
                    }
                }
                return false;
            case AGENT:
                if (toks.stream().anyMatch(t -> t.folded().startsWith("delegation"))) {
                    return true;
                }
                if (toks.size() > 2 && toks.get(0).folded().startsWith("celle")
                        && List.of("de", "du", "des", "d'").contains(toks.get(1).folded())) {
                    return true; // `Celle du Qatar sera conduite par X`, after a sentence about a delegation (DelegationLeaderReading)
                }
                // `Les travaux ont été dirigés par X`: a meeting or its talks led by an agent (DelegationLeaderReading)
                return h.end() < toks.size() && toks.get(h.end()).folded().equals("par")
                        && toks.subList(0, h.first()).stream().anyMatch(t -> words.meetingNouns.containsWord(t)
                        || words.joinedMeetings.containsWord(t));
            case NOUN:
                if (h.role() == RoleType.DELEGATION_HEAD) {
                    return DelegationNounReading.ledBy(toks, h.first(), words);
                }
                return true;
            case VENUE:
                return isVenueForm(words, toks, h);
            case VERB:
                // `La Chine se présente comme un partenaire`: after `se` the adjective's form is another verb
                return (h.first() == 0 || !words.reflexiveHomographs.containsWord(toks.get(h.first()))
                        || !isReflexivePronoun(toks.get(h.first() - 1).word())) && !leavesTheRoom(words, toks, h)
                        && !adverbOfTime(words, toks, h)
                        && !epithetAfterIndefinite(words, toks, h)
                        && !(h.role() == RoleType.DELEGATION_HEAD && namesAShare(words, toks, h.end()))
                        && !(isSignature(h.role()) && introducesAQuotation(toks, h.first()))
                        && !(isSignature(h.role()) && FailedAttempt.governs(words, toks, h));
            default:
                return true;
        }
    }

    /**
     * (h32-listes) `Le président X a participé au sommet, à qui se joint le Premier ministre Y`: a pronominal verb of
     * joining right after a dative relative (`dative_relatives`) joins the people or the meeting the relative takes up;
     * it signs nothing unless the noun before the relative is a text (`signed_texts`: `la charte, à laquelle se sont
     * joints A et B`).
     */
    static boolean joinsPeopleOrAMeeting(RoleWords words, List<Token> toks, int reflexive) {
        for (List<String> rel : words.dativeRelatives) {
            int start = reflexive - rel.size();
            if (start > 0 && RoleWords.phraseEnd(toks, start, rel) == reflexive) {
                int n = start - 1;
                if (toks.get(n).word().equals(",") && n > 0) {
                    n--;
                }
                return !words.signedTexts.containsWord(toks.get(n));
            }
        }
        return false;
    }

    /**
     * (h32-listes) `Ces pays, qui représentent plus de 40 % de la population mondiale : A, B`, `représentent la moitié du
     * PIB`: a verb of representing whose object is a share (a number, or `share_quantities` right after it or after one
     * article or number word) weighs a set; no one leads a delegation.
     */
    static boolean namesAShare(RoleWords words, List<Token> toks, int k) {
        if (k >= toks.size()) {
            return false;
        }
        String w = toks.get(k).folded();
        if (Character.isDigit(w.charAt(0)) || words.shareQuantities.contains(w)) {
            return true;
        }
        return k + 1 < toks.size() && SHARE_DETERMINERS.contains(w)
                && words.shareQuantities.contains(toks.get(k + 1).folded());
    }

    private static final Set<String> SHARE_DETERMINERS = Set.of("la", "le", "les", "un", "une", "deux", "trois");

    /**
     * (h22-afr) `occupé jusqu'à présent par X`, `à présent`, `dès à présent`: after `à` the adjective cue `présent` is an
     * adverb of time (`adverb_after_a`), no one's attendance.
     */
    /** Most words of the noun phrase before an epithet cue, from its indefinite article (`une Union africaine`). */
    private static final int EPITHET_PHRASE_SPAN = 5;

    /**
     * (h52-sweep-monde) `pour une Union africaine connectée et résiliente`, `une région plus connectée`: an epithet cue
     * (`epithet_cues`) right after a noun phrase that an indefinite article opens, past degree adverbs, qualifies the
     * thing; no one attends. Not after a verb or punctuation (`Étaient connectés les présidents`, `A, connecté depuis B`).
     */
    static boolean epithetAfterIndefinite(RoleWords words, List<Token> toks, Hit h) {
        if (h.end() - h.first() != 1 || !words.epithetCues.contains(toks.get(h.first()).word().toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        int k = h.first() - 1;
        while (k >= 0 && words.degreeAdverbs.contains(toks.get(k).word().toLowerCase(java.util.Locale.ROOT))) {
            k--;
        }
        for (int n = k; n >= Math.max(0, k - EPITHET_PHRASE_SPAN); n--) {
            Token t = toks.get(n);
            String w = t.word().toLowerCase(java.util.Locale.ROOT);
            if (Words.isPunctuation(t) || words.auxiliaries.contains(w)) {
                return false;
            }
            if (words.indefiniteArticles.contains(w)) {
                return n < k; // the article and at least one word of its noun
            }
        }
        return false;
    }

    private static boolean adverbOfTime(RoleWords words, List<Token> toks, Hit h) {
        return h.first() > 0 && h.end() - h.first() == 1 && words.adverbAfterA.containsWord(toks.get(h.first()))
                && toks.get(h.first() - 1).folded().matches("(?:jusqu')?a");
    }

    /**
     * `a ouvert les travaux avant de se retirer avec les présidents`: a pronominal verb of withdrawal with nothing it
     * withdraws from (no `de` after it, past adverbs and an insert between commas; no `en` before it) leaves the room;
     * it refuses no text. `s'est retiré de l'accord` and `s'en retire` stay refusals; `retirer sa signature` is no
     * pronominal verb.
     */
    static boolean leavesTheRoom(RoleWords words, List<Token> toks, Hit h) {
        if (!words.withdrawalVerbs.containsWord(toks.get(h.first()))) {
            return false;
        }
        boolean reflexive = false;
        for (int k = h.first() - 1; k >= Math.max(0, h.first() - 4) && !reflexive; k--) {
            String w = toks.get(k).folded();
            if (w.equals("en") || Words.isPunctuation(toks.get(k))) {
                return false;
            }
            reflexive = isReflexivePronoun(w);
        }
        if (!reflexive) {
            return false;
        }
        int k = h.end();
        while (k < toks.size()) {
            String w = toks.get(k).folded();
            if (w.equals(",")) {
                int close = k + 1;
                while (close < toks.size() && !toks.get(close).word().equals(",")) {
                    close++;
                }
                k = close + 1;
            } else if (w.endsWith("ment") || w.equals("aussi") || w.equals("donc") || w.equals("ainsi")) {
                k++;
            } else {
                break;
            }
        }
        if (k >= toks.size()) {
            return true;
        }
        String next = toks.get(k).folded();
        return !(next.equals("de") || next.equals("du") || next.equals("des") || next.equals("d'"));
    }

    private static boolean isSignature(RoleType role) {
        return role == RoleType.SIGNATORY || role == RoleType.NON_SIGNATORY;
    }

    /** The finite auxiliaries an incise's verb may open on (`», a soutenu X`, `», avait approuvé X`). */
    private static final java.util.Set<String> INCISE_AUXILIARIES = java.util.Set.of("a", "ont", "avait", "avaient", "aura");

    /**
     * The verb at {@code at}, past its finite auxiliary, opens the incise right after a closing quotation mark and its
     * comma (`« Nous sommes unis », a soutenu le président X`, `», a-t-il approuvé`): there a verb of support or approval
     * says the quoted words and signs nothing. A bare participle there qualifies a quoted name (`La « déclaration »,
     * signée par A`).
     */
    static boolean introducesAQuotation(List<Token> toks, int at) {
        int k = at - 1;
        if (k < 0 || !INCISE_AUXILIARIES.contains(toks.get(k).folded())
                && !INVERTED_CLITIC.matcher(toks.get(k).word()).find()) {
            return false; // `La « déclaration de Bogotá », signée par A`: a bare participle after a quoted name qualifies it
        }
        k--;
        if (k < 1 || !toks.get(k).word().equals(",")) {
            return false;
        }
        String w = toks.get(k - 1).word();
        return w.contains("»") || w.contains("”") || w.equals("\"");
    }

    static boolean isReflexivePronoun(String word) {
        String w = TextFolding.fold(word);
        return w.equals("se") || w.equals("s'");
    }

    /** The sentence holds a quotation mark: a verb of speech there attributes words to someone. */
    static boolean quotesSomeone(List<Token> toks) {
        for (Token t : toks) {
            String w = t.word();
            if (w.contains("«") || w.contains("»") || w.contains("\"") || w.contains("“") || w.contains("”")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The cue stands inside a quotation that closes before {@code to} (`« Notre pays signera » : entretien avec le
     * ministre X`): what follows the closing mark is no list of the quoted words' holders.
     */
    static boolean quotedAndClosedBefore(List<Token> toks, int cueFirst, int to) {
        if (!insideQuotation(toks, cueFirst)) {
            return false;
        }
        boolean straightOpen = straightQuoteOpen(toks, cueFirst);
        for (int k = cueFirst; k < to && k < toks.size(); k++) {
            String w = toks.get(k).word();
            if (w.contains("»") || w.contains("”") || straightOpen && w.contains("\"")) {
                return true;
            }
        }
        return false;
    }

    /** The auxiliaries that open a passive venue cue (`sera organisé au Brésil`, `à être organisé en Inde`). */
    private static final java.util.Set<String> PASSIVE_VENUE_AUXILIARIES = java.util.Set.of("etre", "sera", "est", "ete", "seront", "sont");

    /** `se` or `s'` among the {@code reach} tokens before {@code at}: a pronominal verb (`s'est tenu`, `se fera`). */
    /**
     * (h27-arabe) `nous sommes réunis` in a first-person declaration (`Nous, chefs d'État de A et de B, nous sommes
     * rencontrés à X`): `nous` right before a form of `être` is the pronoun of the pronominal verb, as `se` is.
     */
    static boolean firstPersonReflexive(RoleWords words, List<Token> toks, int k) {
        return toks.get(k).folded().equals("nous") && k + 1 < toks.size()
                && words.firstPersonBeForms.containsWord(toks.get(k + 1));
    }

    static boolean reflexiveBefore(List<Token> toks, int at, int reach) {
        for (int k = Math.max(0, at - reach); k < at; k++) {
            String w = toks.get(k).folded();
            if (w.equals("se") || w.equals("s'")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A venue cue in a form that places a meeting: pronominal or with its auxiliary (`s'est tenu`, `est organisée`),
     * or (h23-onu) a bare participle of organising on the meeting noun it qualifies (`cette rencontre de quatre jours
     * organisée dans le sud de l'Espagne`, `la conférence organisée aux Émirats arabes unis et présidée par X`).
     */
    static boolean isVenueForm(RoleWords words, List<Token> toks, Hit h) {
        return isPronominalOrLieu(toks, h) || participleOnAMeetingNoun(words, toks, h);
    }

    /** Most tokens between a meeting noun and the bare participle that qualifies it (`rencontre de quatre jours organisée`). */
    private static final int PARTICIPLE_NOUN_REACH = 5;

    /**
     * (h23-onu) A bare participle of `bare_venue_participles` whose noun, a few words before it and no punctuation
     * nor clause word between, is this meeting under a demonstrative (`cette conférence`, `cette rencontre de quatre
     * jours`; `meeting_nouns`, a joined meeting word): it places that meeting. Not a press briefing (`la conférence de presse organisée à Rabat`: `briefing_nouns`), whose place is no
     * summit's.
     */
    static boolean participleOnAMeetingNoun(RoleWords words, List<Token> toks, Hit h) {
        if (h.end() - h.first() != 1 || !words.bareVenueParticiples.contains(toks.get(h.first()).word().toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        for (int k = h.first() - 1; k >= Math.max(0, h.first() - PARTICIPLE_NOUN_REACH); k--) {
            Token t = toks.get(k);
            String w = t.word().toLowerCase(java.util.Locale.ROOT);
            if (Words.isPunctuation(t) || words.participleNounBreaks.contains(w)) {
                return false;
            }
            if (words.meetingNouns.contains(w) || words.joinedMeetings.containsWord(t)) {
                // right before the participle, or through its own `de` complement (`rencontre de quatre jours organisée`),
                // not past another noun's verb (`Le sommet a salué la collecte organisée au Chili`)
                // and only this meeting, named by a demonstrative (`cette conférence organisée …`), not an earlier one
                // (`après une première réunion organisée au Chili`)
                boolean adjacent = k == h.first() - 1 || COMPLEMENT_DE.contains(toks.get(k + 1).folded())
                        || toks.get(k + 1).word().matches("\\d+");
                return adjacent && k > 0 && THIS_MEETING_DETERMINERS.contains(toks.get(k - 1).folded());
            }
        }
        return false;
    }

    private static final java.util.Set<String> THIS_MEETING_DETERMINERS = java.util.Set.of("ce", "cet", "cette");
    private static final java.util.Set<String> COMPLEMENT_DE = java.util.Set.of("de", "d'", "du", "des"); // folded: `d’` reads as `d'`

    static boolean isPronominalOrLieu(List<Token> toks, Hit h) {
        if (reflexiveBefore(toks, h.first(), 3)) {
            return true;
        }
        String first = toks.get(h.first()).folded();
        return first.equals("aura") || first.equals("a") || first.equals("ont") || first.equals("auront")
                || first.equals("avait") || PASSIVE_VENUE_AUXILIARIES.contains(first);
    }

    static boolean opensWithPronoun(RoleWords words, Sentence s) {
        List<Token> t = s.tokens();
        return !t.isEmpty() && (words.subjectPronouns.containsWord(t.get(0)) || words.demonstrativeSetSubjectEnd(t) > 0);
    }

    /**
     * The pronoun of an inverted subject clitic just before the cue (`a-t-elle déclaré`, `ajoute-t-il`, `a-t-il
     * martelé`), without its hyphens, or null.
     */
    static String invertedSubjectClitic(List<Token> toks, int cue) {
        for (int k = Math.max(0, cue - 2); k <= Math.min(toks.size() - 1, cue + 1); k++) {
            java.util.regex.Matcher m = INVERTED_CLITIC.matcher(toks.get(k).word());
            if (m.find()) {
                return m.group(1).toLowerCase(java.util.Locale.ROOT);
            }
        }
        return null;
    }

    private static final java.util.regex.Pattern INVERTED_CLITIC =
            java.util.regex.Pattern.compile("-(?:t-)?(il|elle|ils|elles)$", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** A sentence whose only holder may be an inverted pronoun (`« … », a-t-elle déclaré`). */
    static boolean hasInvertedSubjectClitic(Sentence s) {
        for (Token t : s.tokens()) {
            if (INVERTED_CLITIC.matcher(t.word()).find()) {
                return true;
            }
        }
        return false;
    }

    /** Questions assert nothing. */
    static boolean isQuestion(Sentence s) {
        List<Token> t = s.tokens();
        return !t.isEmpty() && t.get(t.size() - 1).word().equals("?");
    }

    /**
     * A hypothesis, intention or demand governs the cue (`pourrait signer`, `appelle la Chine à signer`,
     * `a refusé de signer`, `si la Chine signait`, `S'il avait été présent`): read from the parse (the modal word is an ancestor of
     * the cue), or, when the parse says nothing, from the modal standing right before the cue.
     */
    static boolean blocked(List<Token> toks, Hit h, List<Hit> hits, SentenceGraph g) {
        if (h.first() < 0) {
            return false;
        }
        String w = toks.get(h.first()).folded();
        if ((w.endsWith("rait") || w.endsWith("raient")) && !futureOfThePast(g.words(), toks, h)) {
            return true; // the conditional mood: `signerait`, `accueillerait`
        }
        int cueNode = g.nodeAt(toks.get(h.first()).start());
        if (cueNode > 0 && h.role() == RoleType.NON_SIGNATORY && h.kind() == CueKind.VERB && refusesAClause(g, cueNode)) {
            return true; // `le Mali a refusé que la Guinée signe`: another's act refused, no refusal of a text
        }
        if (cueNode > 0 && inPurposeClause(g, cueNode)) {
            return true; // `a plaidé pour que le Botswana signe`, `afin que X y participe`: a purpose, not an act
        }
        if ((h.role() == RoleType.SIGNATORY || h.role() == RoleType.NON_SIGNATORY) && inFrontedPurposeInfinitive(toks, h, g)) {
            return true; // (h39-votes2) `Pour être adoptée, la résolution avait besoin de neuf voix`: a condition, no vote
        }
        if (cueNode > 0 && underNegatedClaim(g, cueNode)) {
            return true; // `Rien ne garantit que la Suède signera`, `Il n'est pas certain que X signe`: not asserted
        }
        Set<Integer> ancestors = cueNode > 0 ? objectComplementAncestors(g, h, cueNode) : Set.of();
        if (cueNode > 0 && hedgedAfter(toks, h, hits, g, cueNode)) {
            return true; // `la présence éventuelle de X`: a hedge qualifying the noun cue from after it
        }
        for (Hit m : hits) {
            if (!isModalFor(m, h) || m.first() >= h.first() || m.first() < 0 || isReflexiveCausative(g.words(), toks, m)) {
                continue;
            }
            if (isSameTokenAsRoleCue(m, hits) && h.role() == RoleType.NON_SIGNATORY && m.end() >= h.first()) {
                continue; // `refuse` is a modal for what follows and itself the NON_SIGNATORY cue
            }
            if (g.words().actRefusalVerbs.contains(m.text()) && h.first() - m.end() > 2) {
                continue; // `a renoncé ; la délégation a été conduite par X`: renoncer governs only its infinitive right after it
            }
            if (g.words().nearMissVerbs.contains(m.text()) && nearMissDenied(g.words(), toks, m, h)) {
                continue; // `a failli ne pas signer`: the near miss of a refusal, so the signature happened
            }
            if (invitedToAttend(g.words(), toks, m, h)) {
                continue; // `ont été invités par X à participer au sommet`: guests, not a demand
            }
            if (expectedAttendance(g.words(), toks, m, h)) {
                continue; // (h49-presences17) `X et Y devraient prendre part au sommet`: announced guests
            }
            if (g.words().litotesVerbs.contains(m.text()) && isNegated(g.words(), toks, m)) {
                continue; // `n'a pas hésité à signer`: a denied hesitation asserts the act
            }
            if (refusesBy(g.words(), toks, m, h)) {
                continue; // `n'ont pas souhaité y adhérer`: not wanting to sign is a refusal, which negation reads
            }
            if (countsANoun(g.words(), toks, m)) {
                continue; // `L'événement compte la présence de X`: counting a noun, no intention
            }
            int modalNode = g.nodeAt(toks.get(m.first()).start());
            if (fullVerbFaire(g, m, modalNode, cueNode)) {
                continue; // `a fait les honneurs en accueillant les dirigeants`: faire with its own object causes nothing
            }
            String modal = TextFolding.fold(m.text()).replace('’', '\'');
            if (modal.equals("si") || modal.startsWith("s'")) {
                if (m.first() > 0 && toks.get(m.first() - 1).folded().equals("meme")) {
                    continue; // `Même s'il a pris part au sommet, X n'a rien signé`: a concession, asserted
                }
                if (clauseBetween(toks, m.end(), h.first())) {
                    return true;
                }
                continue;
            }
            if (quotedWord(toks, m) && clauseBetween(toks, m.end(), h.first())) {
                return true; // (h44) `X « exhorte » les États à adopter l'accord`: the quotes cut the verb off its infinitive
            }
            if (modalNode > 0 && ancestors.contains(modalNode)) {
                if (h.kind() == CueKind.NOUN && g.governors(cueNode, "obl").contains(modalNode)) {
                    continue; // `a réclamé à la tribune`: the place of the demand, not a demanded role
                }
                return true;
            }
            if (participlesCoordinated(g, toks, m, modalNode, cueNode)) {
                continue; // (h46-presences13) `X était invité et représenté par Y`: invited and represented, no demand
            }
            if (h.first() - m.end() <= 1 || onlyADayBetween(g.words(), toks, m.end(), h.first())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words the cue is a complement of ({@link SentenceGraph#ancestors}); for a noun of signing or refusing that
     * completes the object of a verb (`le protocole d'adhésion`, `ses instruments de ratification`), also the words that
     * verb is a complement of: (h52-faux19) `X avait accepté de signer le protocole d'adhésion`, `appelle les États à
     * déposer leurs instruments de ratification`. The noun's act is the verb's, so a modal or an obligation over the verb
     * governs the noun too (the verb cue itself is blocked there already).
     */
    private static Set<Integer> objectComplementAncestors(SentenceGraph g, Hit h, int cueNode) {
        Set<Integer> ancestors = g.ancestors(cueNode, 4);
        if (h.kind() != CueKind.NOUN || !isSignature(h.role())) {
            return ancestors;
        }
        Set<Integer> out = new java.util.HashSet<>(ancestors);
        for (int head : g.governors(cueNode, "nmod")) {
            if (!g.governors(head, "obj").isEmpty()) {
                out.addAll(g.ancestors(head, 4));
            }
        }
        return out;
    }

    /**
     * (h46-presences13) `Le Togo était invité et représenté par son ministre Y`: a modal participle coordinated by `et` with
     * the cue right after it (the parse's conjunct) governs no infinitive; both participles tell what the subject was.
     */
    private static boolean participlesCoordinated(SentenceGraph g, List<Token> toks, Hit m, int modalNode, int cueNode) {
        return modalNode > 0 && cueNode > 0 && m.end() + 1 < toks.size() && toks.get(m.end()).folded().equals("et")
                && g.dependents(modalNode, "conj").contains(cueNode);
    }

    /**
     * (h21-passing) Only a weekday, with the infinitive's `à` or `de`, between a modal and its cue (`s'est dit prêt
     * dimanche à signer`, `devrait lundi signer`): the parser hangs the modal adjective on the day, but the modal still
     * governs the cue.
     */
    static boolean onlyADayBetween(RoleWords words, List<Token> toks, int from, int to) {
        if (to - from < 1 || to - from > 3) {
            return false;
        }
        boolean day = false;
        for (int k = from; k < to; k++) {
            String w = toks.get(k).folded().replace('’', '\'');
            if (words.weekdayNames.contains(w)) {
                day = true;
            } else if (!List.of("a", "de", "d'").contains(w)) {
                return false;
            }
        }
        return day;
    }

    /**
     * A modal word right after the cue that the parser makes its adjective (`la présence éventuelle de X`, `sa venue
     * probable`): the hedge qualifies the cue as `la possible présence` does from before it.
     */
    private static boolean hedgedAfter(List<Token> toks, Hit h, List<Hit> hits, SentenceGraph g, int cueNode) {
        for (Hit m : hits) {
            if (m.kind() != CueKind.MODAL || m.first() != h.end()) {
                continue;
            }
            int modalNode = g.nodeAt(toks.get(m.first()).start());
            if (modalNode > 0 && g.dependents(cueNode, "amod").contains(modalNode)) {
                return true;
            }
        }
        return false;
    }

    /** A refusal verb whose object is a finite `que` clause with a subject of its own (`a refusé que X signe`). */
    private static boolean refusesAClause(SentenceGraph g, int cueNode) {
        for (int c : g.dependents(cueNode, "ccomp")) {
            boolean que = g.dependents(c, "mark").stream()
                    .anyMatch(m -> TextFolding.fold(g.word(m)).replace('’', '\'').startsWith("qu"));
            if (que && !g.dependents(c, "nsubj").isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * (h39-votes2) The cue stands in an infinitive clause of purpose opening the sentence, before its comma (`Pour être
     * adoptée, la résolution devait recueillir neuf voix`, `Afin de ratifier le traité, X doit d'abord …`): it states
     * what the act requires, not that anyone did it. `Pour la première fois, X a signé` opens on no infinitive.
     */
    private static boolean inFrontedPurposeInfinitive(List<Token> toks, Hit h, SentenceGraph g) {
        if (toks.size() < 3) {
            return false;
        }
        String first = toks.get(0).folded();
        int verb = first.equals("pour") ? 1 : first.equals("afin") && toks.get(1).folded().matches("de|d'") ? 2 : -1;
        if (verb < 0 || verb >= toks.size() || h.first() < verb) {
            return false;
        }
        String infinitive = toks.get(verb).folded();
        int node = g.nodeAt(toks.get(verb).start());
        if (!infinitive.matches("\\p{L}{2,}(er|ir|re|oir)") || !(g.pos(node).equals("VERB") || g.pos(node).equals("AUX"))) {
            return false;
        }
        for (int k = verb + 1; k < h.first(); k++) {
            if (toks.get(k).word().equals(",")) {
                return false;
            }
        }
        return true;
    }

    /** The cue's verb heads (or is the object of the verb heading) a `pour que` / `afin que` clause of purpose. */
    private static boolean inPurposeClause(SentenceGraph g, int cueNode) {
        for (ParsedSentence.Edge e : g.incoming(cueNode)) {
            String rel = e.relation().replace('’', '\'');
            if (rel.startsWith("advcl:pour_qu") || rel.startsWith("advcl:afin_qu")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The cue's clause is the completive of a negated claim (`Rien ne garantit que X signera`, `Le ministre ne pense pas
     * que X signera`, `Il n'est pas certain que X signe`): the speaker asserts neither the act nor its refusal, and the
     * claim's negation is not the cue's. The first completive above the cue decides; a relative clause on the way up
     * stops the climb (`n'a pas lu le texte que X a signé` asserts the signature), and a restrictive `ne … que` is no
     * negation (`Ce n'est que mardi que X a signé`). Only claims of saying, knowing, believing and certainty count
     * (`negatable_claims`): a denied doubt asserts (`Personne n'ignore que X a signé`), an explanation too (`tout n'est pas
     * perdu, en ce sens que la présidence X a obtenu`).
     */
    private static boolean underNegatedClaim(SentenceGraph g, int cueNode) {
        int node = cueNode;
        for (int step = 0; step < 4; step++) {
            List<ParsedSentence.Edge> in = g.incoming(node);
            if (in.isEmpty()) {
                return false;
            }
            ParsedSentence.Edge up = in.get(0);
            String rel = up.relation();
            if (rel.startsWith("acl") || rel.equals("root")) {
                return false;
            }
            if (rel.equals("ccomp") || rel.startsWith("csubj")) { // csubj:pass: `il n'est pas prouvé que X a signé`
                int claim = up.governor();
                if (!g.words().negatableClaims.contains(g.word(claim))) {
                    return false;
                }
                boolean ne = false;
                for (int d : g.dependents(claim, "advmod")) {
                    String w = TextFolding.fold(g.word(d)).replace('’', '\'');
                    if (w.equals("que") || w.equals("qu'")) {
                        return false;
                    }
                    ne |= w.equals("ne") || w.equals("n'");
                }
                return ne;
            }
            node = up.governor();
        }
        return false;
    }

    /**
     * A causative verb with a noun object of its own between it and the cue (`a fait les honneurs en accueillant`,
     * `a fait une déclaration en signant`): the full verb faire, not the causative of the cue (`a fait signer`).
     */
    private static boolean fullVerbFaire(SentenceGraph g, Hit m, int modalNode, int cueNode) {
        if (modalNode <= 0 || cueNode <= 0 || !g.words().causativeVerbs.contains(m.text())) {
            return false;
        }
        return g.dependents(modalNode, "obj").stream()
                .anyMatch(o -> o > modalNode && o < cueNode && "NOUN".equals(g.pos(o)));
    }

    /** A negated will (`n'a pas souhaité`, `ne veut pas`) over a signature: a refusal, not a hypothesis. */
    private static boolean refusesBy(RoleWords words, List<Token> toks, Hit modal, Hit cue) {
        return cue.role() == RoleType.SIGNATORY && words.willVerbs.contains(modal.text()) && isNegated(words, toks, modal)
                && isNegated(words, toks, cue);
    }

    /**
     * An expected attendance (`était attendu`, `devait assister`) that the rest of the sentence calls off (`mais n'est
     * finalement pas venu`, `a finalement annulé sa venue`): no attendance happened.
     */
    static boolean expectationCancelled(RoleWords words, List<Token> toks, Hit h, List<Hit> hits) {
        if (h.first() < 0) {
            return false;
        }
        boolean expected = h.kind() == CueKind.PASSIVE;
        for (Hit m : hits) {
            if ((m.kind() == CueKind.MODAL || m.kind() == CueKind.OBLIGATION) && m.first() >= 0 && m.end() <= h.first()
                    && h.first() - m.end() <= 1) {
                expected = true;
            }
        }
        return expected && RoleWords.containsPhrase(toks.subList(h.end(), toks.size()), words.attendanceCancellations);
    }

    /**
     * A role of another meeting than the article's: with a time before it (`la semaine dernière`, `il y a trois
     * ans`; not `depuis l'an dernier`, which runs to now), or of an earlier edition (`a accueilli le précédent
     * sommet`). The pluperfect alone says nothing: recaps tell the article's own meeting in it (`avait pris part aux
     * travaux`). Signatures are left to the readings (an earlier treaty may be the text at stake).
     */
    static boolean aboutAnotherMeeting(RoleWords words, List<Token> toks, Hit h) {
        if (h.first() < 0) {
            return false;
        }
        for (int k = h.end(); k < Math.min(toks.size(), h.end() + 4); k++) {
            if (words.earlierMeetingAdjectives.containsWord(toks.get(k))) {
                return true;
            }
        }
        for (int k = 0; k + 3 < toks.size(); k++) {
            String w = toks.get(k).folded();
            if (w.equals("il") && toks.get(k + 1).folded().equals("y") && toks.get(k + 2).folded().equals("a")
                    && !(k > 0 && words.outbreakParticiples.containsWord(toks.get(k - 1)))) {
                // not `le conflit débuté il y a un an`, `la guerre qui a éclaté il y a un an` (h19-host): the war's date
                for (int j = k + 3; j < Math.min(toks.size(), k + 6); j++) {
                    if (words.timeUnits.containsWord(toks.get(j))) {
                        return true; // `il y a trois ans`
                    }
                }
            }
        }
        if (toldInThePast(words, toks, h)) {
            return true;
        }
        for (int k = 0; k < toks.size(); k++) {
            String first = RoleWords.fold(toks.get(k)); // once per token, not once per marker
            for (List<String> p : RoleWords.startingWith(words.pastTimeMarkers, first)) {
                if (RoleWords.phraseEnd(toks, k, p) > 0
                        && (k == 0 || !toks.get(k - 1).folded().equals("depuis"))
                        && !standardOfAComparison(words, toks, k)
                        && !(insideQuotation(toks, k) && !insideQuotation(toks, h.first()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * `plus strictement contrôlé qu'auparavant`, `plus nombreux que l'an dernier`: after a comparative and `que` the
     * time is what the present is measured against, not when the sentence's event took place.
     */
    private static boolean standardOfAComparison(RoleWords words, List<Token> toks, int marker) {
        if (marker == 0) {
            return false;
        }
        String que = toks.get(marker - 1).folded();
        if (!que.equals("que") && !que.equals("qu'")) {
            return false;
        }
        for (int k = Math.max(0, marker - 6); k < marker - 1; k++) {
            if (words.comparativeWords.containsWord(toks.get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Token {@code at} stands inside a quotation opened before it (guillemets, curly or straight double quotes): a
     * time word in the quoted words dates what the speaker tells, not the speaking (`« … qu'autrefois », a dit X`).
     */
    static boolean insideQuotation(List<Token> toks, int at) {
        int open = 0;
        for (int k = 0; k < at && k < toks.size(); k++) {
            String w = toks.get(k).word();
            open += w.contains("«") || w.contains("“") ? 1 : 0;
            open -= (w.contains("»") || w.contains("”")) && open > 0 ? 1 : 0;
        }
        return open > 0 || straightQuoteOpen(toks, at);
    }

    /** Straight double quotes open and close alike: an odd number of them before {@code at} leaves one open. */
    private static boolean straightQuoteOpen(List<Token> toks, int at) {
        boolean open = false;
        for (int k = 0; k < at && k < toks.size(); k++) {
            open ^= toks.get(k).word().contains("\"");
        }
        return open;
    }

    /**
     * A role told as a habit of the body, not of one meeting: a frequency adverbial (`chaque année`, `tous les deux
     * ans`, `traditionnellement`: `habitual_markers`) on the cue's verb or on a verb coordinated with it (`Le sommet se
     * tient chaque année et réunit les dirigeants de A, B`). One in a relative clause that does not hold the cue (`Le
     * sommet, qui se tient chaque année, a réuni cette fois A et B`) leaves the role standing. Needs the parse.
     */
    static boolean habitual(RoleWords words, SentenceGraph g, List<Token> toks, int cueNode) {
        if (cueNode <= 0) {
            return false;
        }
        Set<Integer> clause = new java.util.HashSet<>(g.conjuncts(cueNode));
        for (int gov : g.governors(cueNode, "conj")) {
            clause.addAll(g.conjuncts(gov));
        }
        for (int k = 0; k < toks.size(); k++) {
            String first = RoleWords.fold(toks.get(k)); // folded once per token, not once per marker
            for (List<String> p : RoleWords.startingWith(words.habitualMarkers, first)) {
                int end = RoleWords.phraseEnd(toks, k, p);
                if (end < 0) {
                    continue;
                }
                for (int j = k; j < end; j++) {
                    int n = g.nodeAt(toks.get(j).start());
                    for (ParsedSentence.Edge e : n > 0 ? g.incoming(n) : List.<ParsedSentence.Edge>of()) {
                        String rel = e.baseRelation();
                        if ((rel.equals("obl") || rel.startsWith("obl:") || rel.equals("advmod") || rel.equals("nmod"))
                                && clause.contains(e.governor())) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /**
     * A role told in the pluperfect (`avait accueilli`, `s'était tenu`) in a sentence dated before the article's
     * meeting: a year (`En 2023`), a month after `en`, an earlier edition anywhere (`Lors du précédent sommet`), or
     * `la veille`, `alors` (`past_date_anchors`). The pluperfect alone stays the article's meeting (recaps).
     */
    static boolean toldInThePast(RoleWords words, List<Token> toks, Hit h) {
        return pluperfectCue(words, toks, h) && datedBefore(words, toks);
    }

    /** The participles of the causative `faire` (`s'était fait représenter`): not its other forms (`se faisait représenter`). */
    private static final Set<String> PLUPERFECT_CAUSATIVES = Set.of("fait", "faite", "faits", "faites");

    /**
     * The cue is the participle of a pluperfect (`avait signé`, `s'étaient abstenus`, `l'avait d'abord refusé`), or the
     * infinitive after the pluperfect of the causative (`s'était fait représenter`).
     */
    private static boolean pluperfectCue(RoleWords words, List<Token> toks, Hit h) {
        if (h.first() < 0) {
            return false;
        }
        boolean pluperfect = false;
        boolean causative = false;
        for (int k = h.first() - 1; k >= 0 && k >= h.first() - 4; k--) {
            String w = toks.get(k).word();
            if (words.pluperfectAuxiliaries.contains(w)) {
                // `étaient présents` is the imperfect of a copula, not a pluperfect: être needs a participle
                String cue = toks.get(h.first()).word().toLowerCase(java.util.Locale.ROOT);
                pluperfect = TextFolding.fold(w).startsWith("av") || causative
                        || PARTICIPLE_ENDING.matcher(cue).matches();
                break;
            }
            if (k == h.first() - 1 && PLUPERFECT_CAUSATIVES.contains(TextFolding.fold(w))) {
                // (h49-presences17) `le roi s'était fait représenter en janvier par X`: the participle of the causative
                // right before the infinitive cue makes the pluperfect (`s'était fait remplacer`)
                causative = true;
                continue;
            }
            if (!words.pluperfectInserts.contains(w) && !w.endsWith("'") && !w.endsWith("’")) {
                break;
            }
        }
        return pluperfect;
    }

    /**
     * A role told in the pluperfect in an undated sentence right after one dated before the meeting that tells in the
     * pluperfect too (`En 2019, un premier projet avait circulé. Le Honduras l'avait d'abord refusé.`): the narrative
     * of that earlier time goes on, and the role is not of the article's meeting.
     */
    static boolean toldInThePastAfterDated(RoleWords words, List<Token> toks, Hit h, List<Token> previous) {
        // a pluperfect of avoir only (`était représentée` may be an imperfect passive), and a date, not a comparison with
        // earlier editions (`comme lors des éditions précédentes, n'avaient pas été invitées`)
        if (previous == null || !pluperfectCue(words, toks, h) || !avoirBefore(words, toks, h) || datedBefore(words, toks)
                || !datedBefore(words, previous, false)) {
            return false;
        }
        for (int k = 0; k + 1 < previous.size(); k++) {
            String aux = previous.get(k).word();
            if (words.pluperfectAuxiliaries.contains(aux) && TextFolding.fold(aux).startsWith("av")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A noun cue in an adverbial of a clause told in the pluperfect and dated before the article's meeting (`Sous la
     * présidence de X, en 2019, le sommet précédent avait adopté …`): the chair of that earlier meeting. Only an
     * adverbial (`obl`): a noun in apposition (`Le Maroc, pays hôte, avait annoncé en mai …`) keeps its role. The same
     * adverbial of a participle on a demonstrative in a dated sentence (`le deuxième après celui organisé en 2014 sous
     * la présidence de X`) is another meeting's.
     */
    static boolean adverbialToldInThePast(RoleWords words, SentenceGraph g, Hit h, int cueNode) {
        // also an attendance noun: `Le 4 mars dernier, un texte avait été signé, avec la participation de X`
        if (h.kind() != CueKind.NOUN && h.kind() != CueKind.ATTENDANCE || cueNode <= 0) {
            return false;
        }
        for (ParsedSentence.Edge e : g.incoming(cueNode)) {
            if (!e.relation().startsWith("obl")) {
                continue;
            }
            int verb = e.governor();
            boolean pluperfect = false;
            for (int aux : g.dependents(verb, "aux")) {
                String w = g.word(aux);
                pluperfect |= words.pluperfectAuxiliaries.contains(w) && ("VERB".equals(g.pos(verb)) || TextFolding.fold(w).startsWith("av"));
            }
            // `après celui organisé en 2014 sous la présidence de X`: a participle on a demonstrative names another meeting
            boolean another = g.dependents(verb, "aux").isEmpty()
                    && g.governors(verb, "acl").stream().anyMatch(n -> words.otherMeetingDemonstratives.contains(g.word(n))
                            || meetingBeforeThisOne(words, g, n));
            if ((pluperfect || another) && datedBefore(words, g.tokens())) {
                return true;
            }
        }
        return participleBeforeAnInsert(words, g, h) && datedBefore(words, g.tokens());
    }

    /**
     * (h56-sweepb) `A ce sommet, qui vient après celui organisé en 2009 à Yamoussoukro par X, …`: a verb cue that is a
     * participle without its auxiliary on a demonstrative standing for a meeting (`celui`, `celle`), in a dated
     * sentence, tells of another meeting than the article's; its holder (`par X`) holds no role of this one. As the
     * noun cues of {@link #adverbialToldInThePast}.
     */
    static boolean participleOnADemonstrativeMeeting(RoleWords words, SentenceGraph g, int cueNode) {
        if (cueNode <= 0 || !g.dependents(cueNode, "aux").isEmpty() || !g.dependents(cueNode, "aux:pass").isEmpty()) {
            return false;
        }
        return g.governors(cueNode, "acl").stream().anyMatch(n -> words.otherMeetingDemonstratives.contains(g.word(n)))
                && datedBefore(words, g.tokens());
    }

    /**
     * (h50-faux17) `Après une première édition organisée, en août 2014, sous la présidence de X, …`: the insert between
     * commas cuts the parse, so read the words: the cue's phrase opens right after an insert between commas that follows
     * a participle on a meeting noun put before the article's meeting (`earlier_meeting_prepositions`).
     */
    private static boolean participleBeforeAnInsert(RoleWords words, SentenceGraph g, Hit h) {
        List<Token> toks = g.tokens();
        int k = h.first() - 1;
        int steps = 0;
        while (k >= 0 && !toks.get(k).word().equals(",") && steps++ < 3) {
            k--; // `sous la` before the cue
        }
        if (k < 0 || !toks.get(k).word().equals(",")) {
            return false;
        }
        int open = k - 1;
        steps = 0;
        while (open >= 0 && !toks.get(open).word().equals(",") && steps++ < 6) {
            open--;
        }
        if (open < 1 || open == k - 1 || !toks.get(open).word().equals(",")) {
            return false;
        }
        int participle = g.nodeAt(toks.get(open - 1).start());
        if (participle <= 0) {
            return false;
        }
        for (String rel : List.of("amod", "acl")) {
            if (g.governors(participle, rel).stream().anyMatch(n -> meetingBeforeThisOne(words, g, n))) {
                return true;
            }
        }
        return false;
    }

    /**
     * (h49-votes7) A meeting noun under a preposition that puts it before the article's meeting (`Après une première
     * édition organisée en 2014 sous la présidence de X, les dirigeants se retrouvent …`: `earlier_meeting_prepositions`).
     */
    private static boolean meetingBeforeThisOne(RoleWords words, SentenceGraph g, int noun) {
        return Meetings.isMeeting(g, noun) && g.dependents(noun, "case").stream()
                .anyMatch(c -> words.earlierMeetingPrepositions.contains(g.word(c).toLowerCase(java.util.Locale.ROOT)));
    }

    /**
     * A role whose verb has an earlier meeting for subject (`La précédente édition a été présidée par X`, `le sommet
     * précédent s'était tenu au Caire`): that meeting's, not the article's. The next one (`la prochaine édition sera
     * accueillie par Y`) keeps its role, as the guide's `accueillera la prochaine édition` does.
     */
    static boolean subjectIsAnEarlierMeeting(RoleWords words, SentenceGraph g, int cueNode) {
        if (cueNode <= 0) {
            return false;
        }
        for (int s : cueSubjects(g, cueNode)) {
            if (Meetings.isMeeting(g, s) && g.dependents(s, "amod").stream().anyMatch(a -> words.earlierMeetingAdjectives.contains(g.word(a)))) {
                return true;
            }
        }
        return false;
    }

    /** The subjects of the cue's verb, or of the verb whose auxiliary the cue starts at. */
    private static List<Integer> cueSubjects(SentenceGraph g, int cueNode) {
        List<Integer> verbs = new ArrayList<>(g.governors(cueNode, "aux")); // a cue may start at its auxiliary
        verbs.add(cueNode);
        List<Integer> out = new ArrayList<>();
        for (int v : verbs) {
            out.addAll(g.dependents(v, "nsubj"));
            out.addAll(g.dependents(v, "nsubj:pass"));
        }
        return out;
    }

    /** `il` or `elle`: a subject that takes up a noun of the sentence before. */
    private static boolean thirdPersonPronoun(SentenceGraph g, int node) {
        String w = g.word(node).toLowerCase(java.util.Locale.ROOT);
        return w.equals("il") || w.equals("elle");
    }

    /**
     * (r21) A host's active verb whose object is meetings in the indefinite plural (`Des agences ont organisé des rencontres
     * thématiques`, `plusieurs sessions`: `indefinite_plural_determiners`): meetings of their own beside the summit, whose
     * organiser does not host it. (Chairing sessions of the summit is still chairing it: only HOST asks this.)
     */
    static boolean organisesOtherMeetings(RoleWords words, SentenceGraph g, int cueNode) {
        if (cueNode <= 0) {
            return false;
        }
        for (int v : cueVerbs(g, cueNode)) {
            for (int o : g.dependents(v, "obj")) {
                String w = g.word(o).toLowerCase(java.util.Locale.ROOT);
                // (h27-sante) the parser may make the indefinite adjective an `amod` before the noun (`différents événements`)
                List<Integer> determiners = new ArrayList<>(g.dependents(o, "det"));
                g.dependents(o, "amod").stream().filter(a -> a < o).forEach(determiners::add);
                if (words.meetingNouns.contains(w) && (w.endsWith("s") || w.endsWith("x")) && (determiners.stream()
                        .anyMatch(d -> words.indefinitePluralDeterminers.contains(g.word(d).toLowerCase(java.util.Locale.ROOT)))
                        || !g.dependents(o, "nummod").isEmpty())) {
                    // (h26-amerique) or counted: `la CELAC a organisé cinq réunions virtuelles` before the summit
                    return true;
                }
                if (organisesSomethingElse(words, g, cueNode, o, determiners)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * (h27-sante) `organiser` with an indefinite object that is no meeting (`X avait organisé une manifestation devant
     * l'ambassade`, `des collectes`): something else organised beside the summit, no host. Not a meeting noun (`un
     * sommet`, the article's own meeting in a lede), not a named thing, not a definite or demonstrative object (`cette
     * manifestation` may stand for the summit); only the verbs of organising (`organising_verbs`), not `accueillir`. The
     * indefinite adjective may be parsed as a prenominal `amod` (`différents événements de sensibilisation`).
     */
    private static boolean organisesSomethingElse(RoleWords words, SentenceGraph g, int cueNode, int object, List<Integer> determiners) {
        if (!words.organisingVerbs.contains(g.word(cueNode)) || words.meetingNouns.contains(g.word(object))
                || !"NOUN".equals(g.pos(object)) || g.mentionAt(g.startOf(object)) != null) {
            return false;
        }
        return determiners.stream().anyMatch(d -> words.indefiniteDeterminers.contains(g.word(d).toLowerCase(java.util.Locale.ROOT)));
    }

    /**
     * A role whose verb has for subject a preparatory meeting (`La réunion préparatoire des ministres a été présidée par
     * X`), or `il` / `elle` after a sentence whose subject is one (`Lundi, une réunion préparatoire s'est tenue à Y. Elle a
     * été présidée par X`): that meeting's, not the summit's; unless the article opens on a preparatory meeting, which is
     * then its own (`preparatory_meeting_adjectives`).
     */
    static boolean aboutAPreparatoryMeeting(RoleWords words, SentenceGraph g, int cueNode, Discourse d) {
        if (cueNode <= 0 || opensOnAPreparatoryMeeting(words, d.doc().sentences().get(0).tokens(), 0)) {
            return false;
        }
        List<Integer> subjects = new ArrayList<>(cueSubjects(g, cueNode));
        for (ParsedSentence.Edge e : g.incoming(cueNode)) {
            // (h19-side) a noun cue that completes the verb of a preparatory meeting: `La pré-COP a été marquée par la
            // présence de X`, `La réunion préparatoire a connu la participation de Y` (`meeting_noun_cue_relations`)
            if (e.governor() > 0 && words.meetingNounCueRelations.contains(e.relation())) {
                subjects.addAll(cueSubjects(g, e.governor()));
            }
        }
        for (int s : subjects) {
            if (Meetings.isMeeting(g, s) && hasPreparatoryAdjective(words, g, s)
                    || words.preparatoryMeetingNouns.contains(g.word(s))) {
                return true;
            }
            if (thirdPersonPronoun(g, s) && d.previous() != null && subjectIsAPreparatoryMeeting(words, d.previous().tokens())) {
                return true;
            }
        }
        // (h19-side) the object of the cue's active verb: `X présidait une réunion de préparation de la délégation`,
        // `X a présidé une réunion technique préparatoire à la COP`, `X a organisé la pré-COP`, `X présidera un dîner`:
        // X chaired or hosted that meeting, the summit's preparation or a side event of it, not the summit
        for (int v : cueVerbs(g, cueNode)) {
            for (int o : g.dependents(v, "obj")) {
                if (preparatoryOrSideMeeting(words, g, o, true)) {
                    return true;
                }
            }
            // and the verb's adverbial placing it at a preparatory meeting, or at a moment of one: `X s'exprimait à
            // l'ouverture de la rencontre ministérielle Pré-COP`, `Y a pris la parole lors de la réunion préparatoire`
            for (ParsedSentence.Edge e : g.outgoing(v)) {
                if (!e.relation().startsWith("obl")) {
                    continue;
                }
                int o = e.dependent();
                if (preparatoryOrSideMeeting(words, g, o, false) || g.dependents(o, "nmod:de").stream()
                        .anyMatch(n -> preparatoryOrSideMeeting(words, g, n, false))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * (r22) A meeting of its own held before the summit: the cue's verb has for purpose preparing a meeting (`Les ministres
     * se sont réunis pour préparer le sommet`, `afin de préparer la conférence`: `preparation_verbs` heading an adverbial
     * clause with a meeting as object), or a gathering in a sentence that opens on what precedes a meeting (`En prélude au
     * sommet, une réunion a rassemblé les délégués de A`: `prelude_markers`). Those it gathers prepare the summit.
     */
    static boolean preparesAMeeting(RoleWords words, SentenceGraph g, List<Hit> hits, Hit h, int cueNode) {
        if (cueNode > 0) {
            for (int v : cueVerbs(g, cueNode)) {
                for (ParsedSentence.Edge e : g.outgoing(v)) {
                    int d = e.dependent();
                    if (e.relation().startsWith("advcl") && words.preparationVerbs.contains(g.word(d))
                            && g.dependents(d, "obj").stream().anyMatch(o -> Meetings.isMeeting(g, o))) {
                        return true;
                    }
                }
            }
        }
        List<Token> toks = g.tokens();
        boolean gathering = h.first() >= 0 && hits.stream().anyMatch(o -> o.kind() == CueKind.GATHERING && o.first() == h.first());
        if (!gathering) {
            return false;
        }
        for (List<String> marker : words.preludeMarkers) {
            int end = RoleWords.phraseEnd(toks, 0, marker);
            if (end > 0 && end < h.first() && nounAfterDeterminers(words, toks, end)) {
                return true;
            }
        }
        return false;
    }

    /** The tokens from {@code k}, past determiners, open on a meeting noun (`au sommet`, `de la conférence`). */
    private static boolean nounAfterDeterminers(RoleWords words, List<Token> toks, int k) {
        k = pastDeterminers(words, toks, k);
        return k < toks.size() && words.meetingNouns.containsWord(toks.get(k));
    }

    /** The first token from {@code k} that is no determiner of a meeting noun (`meeting_subject_determiners`). */
    private static int pastDeterminers(RoleWords words, List<Token> toks, int k) {
        while (k < toks.size() && words.meetingSubjectDeterminers.containsWord(toks.get(k))) {
            k++;
        }
        return k;
    }

    /** The cue's verb, or the verb whose auxiliary the cue starts at. */
    private static List<Integer> cueVerbs(SentenceGraph g, int cueNode) {
        List<Integer> verbs = new ArrayList<>(g.governors(cueNode, "aux"));
        verbs.add(cueNode);
        return verbs;
    }

    /**
     * A noun phrase naming a preparatory meeting: a meeting noun with a preparatory adjective (`une réunion technique
     * préparatoire`) or a `de` complement of preparation (`une réunion de préparation`: `preparation_nouns`), a noun of
     * its own (`la pré-COP`: `preparatory_meeting_nouns`, also in apposition, `la rencontre ministérielle Pré-COP`), or,
     * as a verb's object, a side event (`un dîner`, `side_event_phrases`).
     */
    private static boolean preparatoryOrSideMeeting(RoleWords words, SentenceGraph g, int node, boolean sideEvents) {
        String w = g.word(node);
        if (words.preparatoryMeetingNouns.contains(w)) {
            return true;
        }
        if (words.meetingNouns.contains(w)) {
            if (hasPreparatoryAdjective(words, g, node)
                    || g.dependents(node, "appos").stream().anyMatch(a -> words.preparatoryMeetingNouns.contains(g.word(a)))) {
                return true; // `une réunion préparatoire`, `la rencontre ministérielle Pré-COP`
            }
            for (ParsedSentence.Edge e : g.outgoing(node)) {
                if (e.relation().startsWith("nmod") && words.preparationNouns.contains(g.word(e.dependent()))) {
                    return true;
                }
            }
        }
        int k = g.tokenIndexAt(g.startOf(node));
        if (sideEvents && k >= 0) {
            for (List<String> p : words.sideEventPhrases) {
                if (RoleWords.phraseEnd(g.tokens(), k, p) > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A meeting noun qualified as preparatory (`la réunion préparatoire`), also when the adjective comes after the noun's
     * `de` complement of people and the parser hangs it on that complement (`la réunion des hauts fonctionnaires
     * préparatoire`, `la réunion des experts préparatoire au sommet`): after its complement, it still qualifies the meeting.
     */
    private static boolean hasPreparatoryAdjective(RoleWords words, SentenceGraph g, int meeting) {
        if (g.dependents(meeting, "amod").stream().anyMatch(a -> words.preparatoryMeetingAdjectives.contains(g.word(a)))) {
            return true;
        }
        for (ParsedSentence.Edge e : g.outgoing(meeting)) {
            // the parser hangs `des experts` on the meeting as an `nmod` or, with the adjective after it, an `appos`
            if ((e.relation().startsWith("nmod") || e.relation().equals("appos")) && g.dependents(e.dependent(), "amod").stream()
                    .anyMatch(a -> words.preparatoryMeetingAdjectives.contains(g.word(a)) && a > e.dependent())) {
                return true;
            }
        }
        return false;
    }

    /** The tokens from {@code k}, past determiners, open on a meeting noun and a preparatory adjective. */
    private static boolean opensOnAPreparatoryMeeting(RoleWords words, List<Token> toks, int k) {
        k = pastDeterminers(words, toks, k);
        return k + 1 < toks.size() && words.meetingNouns.containsWord(toks.get(k))
                && words.preparatoryMeetingAdjectives.containsWord(toks.get(k + 1));
    }

    /** The sentence, or a clause of it after a comma (`Lundi, une réunion préparatoire …`), opens on a preparatory meeting. */
    private static boolean subjectIsAPreparatoryMeeting(RoleWords words, List<Token> toks) {
        for (int k = 0; k < toks.size(); k++) {
            if ((k == 0 || toks.get(k - 1).word().equals(",")) && words.meetingSubjectDeterminers.containsWord(toks.get(k))
                    && opensOnAPreparatoryMeeting(words, toks, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A role whose verb has for subject `il` or `elle` after a sentence opening on an earlier meeting (`Le sommet précédent
     * s'est tenu à Doha. Il a été présidé par X`): that meeting's, as when the meeting is the subject itself.
     */
    static boolean pronounForAnEarlierMeeting(RoleWords words, SentenceGraph g, int cueNode, Sentence previous) {
        if (cueNode <= 0 || previous == null) {
            return false;
        }
        if (cueSubjects(g, cueNode).stream().noneMatch(s -> thirdPersonPronoun(g, s))) {
            return false;
        }
        OpeningMeeting opening = OpeningMeeting.of(words, previous.tokens(), previous.tokens().size());
        return opening.earlier() && opening.meeting();
    }

    /**
     * What the words opening a sentence, past its articles and up to {@code limit}, say of a meeting: an earlier one
     * (`Le précédent sommet`, `earlier_meeting_adjectives`), the last one (`Le dernier sommet`), a meeting noun.
     */
    private record OpeningMeeting(boolean earlier, boolean last, boolean meeting) {
        static OpeningMeeting of(RoleWords words, List<Token> toks, int limit) {
            int k = 0;
            while (k < limit && words.definiteArticles.containsWord(toks.get(k))) {
                k++;
            }
            boolean earlier = false;
            boolean last = false;
            boolean meeting = false;
            for (int j = k; j < Math.min(limit, k + 3); j++) {
                String w = toks.get(j).word();
                if (words.earlierMeetingAdjectives.contains(w)) {
                    earlier = true;
                } else if (words.lastMeetingAdjectives.contains(w)) {
                    last = true;
                } else if (words.meetingNouns.contains(w)) {
                    meeting = true;
                } else {
                    break;
                }
            }
            return new OpeningMeeting(earlier, last, meeting);
        }
    }

    /**
     * A role in a sentence whose subject, opening it, is an earlier meeting, read by the words (venue cues are not
     * parsed): `Le précédent sommet, en 2021, a eu lieu au Kenya`, `La précédente édition s'était tenue en Tunisie`; a
     * `dernier` one (`last_meeting_adjectives`) only told in the past of a sentence with a year, `Le dernier sommet, en
     * 2021, a eu lieu au Ghana`, or with a month gone by, `s'est déroulé au Ghana en mai dernier` (`le dernier sommet` of a series, or told in the present or future, may be the article's).
     */
    static boolean opensOnAnEarlierMeeting(RoleWords words, List<Token> toks, Hit h) {
        if (h.first() <= 0) {
            return false;
        }
        OpeningMeeting opening = OpeningMeeting.of(words, toks, h.first());
        if (!opening.meeting() || !opening.earlier() && !opening.last()) {
            return false;
        }
        if (opening.earlier()) {
            return true;
        }
        boolean past = Set.of("a", "ont", "avait", "avaient", "eut", "eurent").contains(toks.get(h.first()).folded());
        for (int j = Math.max(0, h.first() - 3); j < h.first(); j++) {
            past |= Set.of("a", "ont", "avait", "avaient", "est", "sont", "etait", "etaient").contains(toks.get(j).folded());
        }
        boolean year = toks.stream().anyMatch(t -> org.summitcoverage.extract.Words.isYear(t.word()));
        return past && (year || monthOfThisYearPast(words, toks));
    }

    /** `en mai dernier`: a month of this year gone by, which dates a sentence as a year does. */
    static boolean monthOfThisYearPast(RoleWords words, List<Token> toks) {
        for (int k = 1; k + 1 < toks.size(); k++) {
            if (toks.get(k - 1).folded().equals("en") && words.monthNames.containsWord(toks.get(k))
                    && words.lastMeetingAdjectives.containsWord(toks.get(k + 1))) {
                return true;
            }
        }
        return false;
    }

    /** A sentence dated before the article's meeting: a year, a month after `en`, an earlier edition, `la veille`, `alors`. */
    /** The auxiliary before the cue is one of avoir (`l'avait d'abord refusé`). */
    private static boolean avoirBefore(RoleWords words, List<Token> toks, Hit h) {
        for (int k = h.first() - 1; k >= 0 && k >= h.first() - 4; k--) {
            String w = toks.get(k).word();
            if (words.pluperfectAuxiliaries.contains(w)) {
                return TextFolding.fold(w).startsWith("av");
            }
        }
        return false;
    }

    private static boolean datedBefore(RoleWords words, List<Token> toks) {
        return datedBefore(words, toks, true);
    }

    private static boolean datedBefore(RoleWords words, List<Token> toks, boolean earlierEditions) {
        for (int k = 0; k < toks.size(); k++) {
            String w = toks.get(k).word();
            if (org.summitcoverage.extract.Words.isYear(w) || earlierEditions && words.earlierMeetingAdjectives.contains(w)
                    || words.monthNames.contains(w) && k > 0 && toks.get(k - 1).folded().equals("en")
                    // `Le 9 mars dernier, un texte avait été signé`: a past day of this year
                    || words.monthNames.contains(w) && k + 1 < toks.size() && words.lastMeetingAdjectives.containsWord(toks.get(k + 1))) {
                return true;
            }
            for (List<String> p : words.pastDateAnchors) {
                if (RoleWords.phraseEnd(toks, k, p) > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * `À lire aussi : le président X a signé …`: a site's teaser for another article, whose roles are not this
     * article's (`teaser_openers` opening the sentence).
     */
    static boolean isTeaser(RoleWords words, List<Token> toks) {
        for (List<String> p : words.teaserOpeners) {
            if (RoleWords.phraseEnd(toks, 0, p) > 0) {
                return true;
            }
        }
        return false;
    }

    /** The parse-free part of {@link #blocked}: conditional mood, or a modal right before the cue. */
    static boolean blockedByTokens(RoleWords words, List<Token> toks, Hit h, List<Hit> hits) {
        String w = toks.get(h.first()).folded();
        if ((w.endsWith("rait") || w.endsWith("raient")) && !futureOfThePast(words, toks, h)) {
            return true;
        }
        for (Hit m : hits) {
            if (isModalFor(m, h) && m.first() >= 0 && m.first() < h.first()
                    && (h.first() - m.end() <= 1 || onlyADayBetween(words, toks, m.end(), h.first()))
                    && !isReflexiveCausative(words, toks, m) && !countsANoun(words, toks, m) && !invitedToAttend(words, toks, m, h)
                    && !expectedAttendance(words, toks, m, h)
                    && !(words.nearMissVerbs.contains(m.text()) && nearMissDenied(words, toks, m, h))) {
                return true;
            }
        }
        return false;
    }

    /**
     * (h49-presences17) `X et Y devraient prendre part au sommet`, `Le ministre Z devra également assister à la réunion`: a
     * verb of expectation (`expectation_modals`) right before an attendance verb announces a guest, as `sont attendus` and
     * `doivent participer` do (ANNOTATION.md: announced guests attend); over a signing, a hosting or any cue that is no
     * attendance verb (`devrait signer`, `devrait accueillir`, `devrait être représenté par`), or in a sentence with a
     * condition (`devrait assister au sommet, si cela est confirmé`), it stays a hypothesis.
     * (h58-cand) An attendance noun witnessed by the meeting is announced the same way: `La conférence devrait voir la
     * participation de A, B`, `devrait enregistrer la présence de X` (a verb of witnessing, then the noun's determiner).
     */
    static boolean expectedAttendance(RoleWords words, List<Token> toks, Hit modal, Hit cue) {
        if (cue.role() != RoleType.PARTICIPANT || modal.first() < 0 || cue.first() < modal.end()
                || !words.expectationModals.contains(modal.text())) {
            return false;
        }
        boolean announcedVerb = cue.kind() == CueKind.VERB && cue.first() - modal.end() <= 2;
        if (!announcedVerb && !(cue.kind() == CueKind.ATTENDANCE && witnessedNoun(words, toks, modal, cue))) {
            return false;
        }
        for (int k = modal.end(); k < cue.first(); k++) {
            if (Words.isPunctuation(toks.get(k))) {
                return false;
            }
        }
        for (Token t : toks) {
            String w = t.folded().replace('’', '\'');
            if (w.equals("si") || w.startsWith("s'il") || w.equals("s'elle") || w.equals("s'elles")) {
                return false; // `X devrait assister au sommet, si cela est confirmé`: a condition leaves it a hypothesis
            }
        }
        return true;
    }

    /** A verb of witnessing (`witnessing_verbs`) right after the modal or one word later, then one word before the noun cue. */
    private static boolean witnessedNoun(RoleWords words, List<Token> toks, Hit modal, Hit cue) {
        int verb = cue.first() - 2;
        return verb >= modal.end() && verb <= modal.end() + 1 && words.witnessingVerbs.containsWord(toks.get(verb));
    }

    /**
     * (h28-onu) `Le Ghana et le Bénin ont été invités par le Togo à participer au sommet`: a passive participle of inviting
     * (`invited_participles`, after a form of `être`) over an attendance infinitive right after `à` names the guests,
     * who attend (ANNOTATION.md: the invited are participants, as `sont conviés à prendre part` already read); it is no
     * demand. Over a signing infinitive (`a été invité à signer`) the invitation stays a demand that asserts nothing.
     */
    static boolean invitedToAttend(RoleWords words, List<Token> toks, Hit modal, Hit cue) {
        if (cue.role() != RoleType.PARTICIPANT || modal.first() <= 0 || cue.first() <= modal.end()
                || !words.invitedParticiples.contains(modal.text())
                || !toks.get(cue.first() - 1).folded().equals("a")) {
            return false;
        }
        for (int k = modal.first() - 1; k >= Math.max(0, modal.first() - 3); k--) {
            if (words.etreForms.containsWord(toks.get(k))) {
                return true;
            }
            if (Words.isPunctuation(toks.get(k))) {
                return false;
            }
        }
        return false;
    }

    /**
     * `s'est fait représenter`, `se fera remplacer`: `faire` after a reflexive pronoun makes a passive of the
     * infinitive, which happened; it is no demand or hypothesis (`fait pression pour signer`, `faire adopter`).
     */
    static boolean isReflexiveCausative(RoleWords words, List<Token> toks, Hit modal) {
        if (!words.causativeVerbs.contains(modal.text())) {
            return false;
        }
        return reflexiveBefore(toks, modal.first(), 3);
    }

    /**
     * `compter` is a modal over an infinitive (`compte signer`) but a verb of inclusion over a noun (`L'événement compte
     * la présence de X`, `la délégation compte le ministre Y`): an inclusion verb with an article right after it
     * counts what follows and intends nothing (not after `que`, where the article opens an inverted subject).
     */
    static boolean countsANoun(RoleWords words, List<Token> toks, Hit modal) {
        if (modal.first() > 0 && List.of("que", "qu'").contains(toks.get(modal.first() - 1).folded().replace('’', '\''))) {
            return false; // `les 15 chefs d'État que compte la CEDEAO`: the article opens the relative's inverted subject
        }
        if (modal.first() < 0 || modal.end() >= toks.size() || !words.inclusionVerbs.contains(modal.text())) {
            return false;
        }
        String next = toks.get(modal.end()).folded().replace('’', '\'');
        // (r21) `Le Ghana compte parmi les invités`: counting oneself among a set, no intention
        return words.definiteArticles.contains(next) || next.equals("parmi");
    }

    /**
     * A hypothesis or demand blocks every role; an obligation (`doit encore ratifier`) blocks only a signature, since
     * `X doit prendre part au sommet` still says that X will attend.
     */
    private static boolean isModalFor(Hit modal, Hit cue) {
        return modal.kind() == CueKind.MODAL || modal.kind() == CueKind.OBLIGATION
                && (cue.role() == RoleType.SIGNATORY || cue.role() == RoleType.NON_SIGNATORY);
    }

    /** Opening and closing quotation marks around a single word. */
    private static final Set<String> OPENING_QUOTES = Set.of("«", "\"", "“", "``");
    private static final Set<String> CLOSING_QUOTES = Set.of("»", "\"", "”", "''");

    /**
     * (h44-presidences5) A hit standing alone between quotation marks (`William Ruto « conjure » les États d'adopter
     * l'accord`, a headline's quoted verb): the parser takes the quoted word for an aside, so the demand is read by the
     * words over the cue after it in the same clause.
     */
    private static boolean quotedWord(List<Token> toks, Hit m) {
        return m.first() > 0 && m.end() < toks.size() && OPENING_QUOTES.contains(toks.get(m.first() - 1).word())
                && CLOSING_QUOTES.contains(toks.get(m.end()).word());
    }

    static boolean clauseBetween(List<Token> toks, int from, int to) {
        for (int k = from; k < to; k++) {
            String t = toks.get(k).word();
            if (t.equals(",") || t.equals(";") || t.equals(".") || t.equals(":")) {
                return false;
            }
        }
        return to - from <= 8;
    }

    static boolean isSameTokenAsRoleCue(Hit modal, List<Hit> hits) {
        for (Hit h : hits) {
            if (h.role() != null && h.first() == modal.first()) {
                return true;
            }
        }
        return false;
    }

    /**
     * An infinitive of purpose under a negated verb (`X ne se rendra pas à Panama pour participer au sommet`, `n'a
     * pas fait le voyage afin d'y assister`): the purpose is not reached, and the cue asserts no attendance.
     */
    static boolean purposeOfNegatedVerb(RoleWords words, SentenceGraph g, int cue) {
        if (cue <= 0 || g.dependents(cue, "mark").stream().noneMatch(m -> g.word(m).equals("pour") || g.word(m).equals("afin"))) {
            return false;
        }
        for (int gov : g.governors(cue, "advcl")) {
            boolean ne = g.dependents(gov, "advmod").stream().anyMatch(a -> g.word(a).equals("ne") || g.word(a).equals("n'"));
            if (ne && g.dependents(gov, "advmod").stream().anyMatch(a -> words.negators.contains(g.word(a)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * `a failli ne pas signer`: a negation between a near-miss verb and the cue denies the near miss, so the act
     * happened (and is not negated, {@link #isNegated}); `a failli signer` stays a modal (it did not happen).
     */
    static boolean nearMissDenied(RoleWords words, List<Token> toks, Hit modal, Hit cue) {
        if (modal.first() < 0 || modal.end() > cue.first() || cue.first() - modal.end() > 3) {
            return false;
        }
        boolean ne = false;
        for (int k = modal.end(); k < cue.first(); k++) {
            String w = toks.get(k).folded();
            if (w.equals("ne") || w.equals("n'")) {
                ne = true;
            }
        }
        return ne;
    }

    /**
     * A conditional in the `que` clause of a verb of saying in the past is the future of the past, asserted
     * (`X a annoncé qu'elle assisterait au sommet`, `qu'il présiderait la séance`, `que le Ghana accueillerait la prochaine
     * édition`): not a signature (unless negated: a refusal announced), not under `si` anywhere in the sentence, and only
     * when the clause between `que` and the cue holds no more than its subject pronoun or name and adverbs. A date
     * between the verb of saying and `que` is the saying's (`a annoncé mercredi qu'elle assisterait`: {@link SaidWhen}).
     */
    static boolean futureOfThePast(RoleWords words, List<Token> toks, Hit h) {
        if ((h.role() == RoleType.SIGNATORY || h.role() == RoleType.NON_SIGNATORY) && !isNegated(words, toks, h)) {
            return false; // `a annoncé qu'il signerait`: an announced intention, like `a promis de signer`
        } // (h36) `a fait savoir qu'elle ne signerait pas`: a refusal announced, like `ne compte pas signer`
        for (int k = 0; k < toks.size(); k++) {
            String w = toks.get(k).folded().replace('’', '\'');
            String next = k + 1 < toks.size() ? toks.get(k + 1).folded() : "";
            if (w.equals("si") || w.startsWith("s'il") || w.equals("s'") && (next.equals("il") || next.equals("ils"))) {
                return false; // `qu'il participerait s'il était rétabli`: a condition
            }
        }
        for (int k = h.first() - 1; k >= Math.max(1, h.first() - 6); k--) {
            String w = toks.get(k).folded().replace('’', '\'');
            if (w.equals("que") || w.equals("qu'")) {
                return words.reportedSpeechVerbs.containsWord(toks.get(SaidWhen.before(words, toks, k - 1)));
            }
            if (Words.isPunctuation(toks.get(k))) {
                return false;
            }
        }
        return false;
    }

    /**
     * (h49-faux16) `X est reparti sans participer au sommet`, `sans y avoir pris part`: a verb cue right after `sans`
     * (past its clitics and the auxiliary of a past infinitive: `preverbal_clitics`, `sans_infinitive_auxiliaries`) is
     * an act not done.
     */
    static boolean afterSans(RoleWords words, List<Token> toks, Hit h) {
        if (h.first() <= 0 || h.kind() != CueKind.VERB && h.kind() != CueKind.REFLEXIVE) {
            return false;
        }
        boolean y = false;
        for (int k = h.first() - 1; k >= 0 && k >= h.first() - 4; k--) {
            String w = toks.get(k).folded().replace('’', '\'');
            y |= w.equals("y");
            if (w.equals("sans")) {
                return y || joinsTheMeetingAfter(words, toks, h);
            }
            if (!words.preverbalClitics.contains(w) && !words.sansInfinitiveAuxiliaries.contains(w)) {
                return false;
            }
        }
        return false;
    }

    /** How far after the cue the meeting not attended may be named (`sans participer aux travaux du sommet`). */
    private static final int SANS_MEETING_REACH = 4;

    /**
     * The cue's complement, before any punctuation, names the meeting itself (`sans participer au sommet`:
     * `sans_attended_meetings`), not a part of it (`sans participer à la cérémonie de signature`: the person may still
     * attend the meeting, as `ont quitté le lieu du sommet sans participer à la cérémonie` says).
     */
    private static boolean joinsTheMeetingAfter(RoleWords words, List<Token> toks, Hit h) {
        for (int k = h.end(); k < toks.size() && k < h.end() + SANS_MEETING_REACH; k++) {
            String w = toks.get(k).word();
            if (Words.isPunctuation(toks.get(k))) {
                return false;
            }
            if (words.sansAttendedMeetings.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** How many words (adverbs: `ensuite`, `déjà`) may stand between `il y avait` and the participle `eu`. */
    private static final int COMPOUND_REACH = 3;

    /**
     * (h49-faux16) `il y avait eu`, `il y avait ensuite eu`: the compound tense of the existential (the participle `eu`
     * after the cue, past a few lower-case adverbs) tells that something took place, not who was there.
     */
    static boolean compoundExistential(List<Token> toks, Hit h) {
        if (h.first() < 0 || !TextFolding.fold(h.text()).toLowerCase(java.util.Locale.ROOT).startsWith("il y")) {
            return false;
        }
        for (int k = h.end(); k < toks.size() && k < h.end() + COMPOUND_REACH; k++) {
            String w = toks.get(k).word();
            if (w.equals("eu")) {
                return true;
            }
            if (w.isEmpty() || !w.chars().allMatch(Character::isLowerCase)) {
                return false;
            }
        }
        return false;
    }

    /** `n'ont pas signé`, `ne figure pas parmi les signataires`: a negator pair around the cue. */
    static boolean isNegated(RoleWords words, List<Token> toks, Hit h) {
        if (h.first() < 0) {
            return false;
        }
        for (int k = Math.max(0, h.first() - 4); k < h.first(); k++) {
            if (words.nearMissVerbs.containsWord(toks.get(k)) && k + 1 < toks.size()
                    && (toks.get(k + 1).folded().equals("ne")
                    || toks.get(k + 1).folded().startsWith("n'"))) {
                return false; // `a failli ne pas signer`: signed
            }
            if (words.litotesVerbs.containsWord(toks.get(k))) {
                return false; // `n'a pas hésité à signer`: signed
            }
        }
        boolean ne = false;
        boolean pas = false;
        int from = h.first() - 5 - insertedTopicLength(words, toks, Math.max(0, h.first() - 9), h.first());
        for (int k = Math.max(0, from); k < Math.min(toks.size(), h.end() + 2); k++) {
            String w = toks.get(k).folded();
            if ((w.equals("ne") || w.equals("n'")) && k < h.first()) {
                ne = true;
            }
            if (words.negators.contains(w)) {
                pas = true;
            }
            if (w.equals("non") && k == h.first() - 1) {
                return true;
            }
        }
        return ne && (pas || negativeWordInClause(words, toks, h) || bareNegatedModal(words, toks, h))
                || negatedGoverningClause(words, toks, h);
    }

    /**
     * (h62-sweepd) The words of topic phrases (`negation_insertions`: `quant à lui`, `pour sa part`) standing between
     * {@code from} and {@code to}: `X n'est quant à lui pas attendu` keeps its `ne` further from the cue than the usual
     * window, and is still negated.
     */
    private static int insertedTopicLength(RoleWords words, List<Token> toks, int from, int to) {
        int length = 0;
        for (int k = from; k < to; k++) {
            for (List<String> p : RoleWords.startingWith(words.negationInsertions, toks.get(k).folded())) {
                int end = RoleWords.phraseEnd(toks, k, p);
                if (end > 0 && end <= to) {
                    length += p.size();
                    k = end - 1;
                    break;
                }
            }
        }
        return length;
    }

    /**
     * (h50-sweep-europe) `L'Espagne ne peut s'engager sur cet objectif`, `ne saurait signer`, `n'a pu signer`: a bare
     * `ne` right before a modal (`bare_negation_modals`, past one auxiliary) negates the cue the modal governs; not
     * `ne peut que signer` (affirmative), nor across punctuation.
     */
    private static boolean bareNegatedModal(RoleWords words, List<Token> toks, Hit h) {
        for (int k = Math.max(0, h.first() - 5); k < h.first(); k++) {
            String w = toks.get(k).folded();
            if (!(w.equals("ne") || w.equals("n'"))) {
                continue;
            }
            for (int j = k + 1; j <= k + 2 && j < h.first(); j++) {
                if (words.bareNegationModals.contains(toks.get(j).folded())) {
                    for (int q = j + 1; q < h.first(); q++) {
                        String x = toks.get(q).folded();
                        if (x.equals("que") || x.equals("qu'") || Words.isPunctuation(toks.get(q))) {
                            return false;
                        }
                    }
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * `Deux pays ne reçoivent pas d'invitation à participer`, `X n'a pas été autorisé à signer`: an infinitive cue
     * (after `à`, `de`, `d'`) under a verb its clause negates is negated with it; not under a litotes (`n'a pas hésité
     * à signer`: signed). The clause runs back to punctuation or a clause-opening word.
     */
    private static boolean negatedGoverningClause(RoleWords words, List<Token> toks, Hit h) {
        int marker = h.first() - 1;
        // `n'a prévu de s'y rallier`: the infinitive's own clitics stand between the marker and the cue
        while (marker > 0 && h.first() - marker <= 2 && !toks.get(marker).folded().startsWith("n")
                && words.preverbalClitics.contains(toks.get(marker).folded())) {
            marker--;
        }
        if (marker < 0 || !INFINITIVE_MARKERS.contains(toks.get(marker).folded().replace('’', '\''))) {
            return false;
        }
        boolean pas = false;
        for (int k = marker - 1; k >= 0 && k >= marker - 13; k--) {
            Token t = toks.get(k);
            String w = t.folded().replace('’', '\'');
            if (Words.isPunctuation(t) || CLAUSE_OPENERS.contains(w)) {
                return false;
            }
            if (words.litotesVerbs.containsWord(t)) {
                return false;
            }
            if (words.negators.contains(w) || w.equals("aucun") || w.equals("aucune")) {
                pas = true;
            }
            if ((w.equals("ne") || w.equals("n'")) && pas) {
                return true;
            }
            if ((w.equals("ne") || w.equals("n'"))
                    && negativeWordInClause(words, toks, new RoleCueLexicon.Hit(h.cue(), k, k + 1, t.word()))) {
                return true; // `Aucune des puissances, A, B, n'a prévu de s'y rallier`: the governing clause's `aucune`
            }
        }
        return false;
    }

    /**
     * `ne` without `pas` negates when its clause holds `ni`, `aucun`, `rien`…: before the verb (`Ni X ni Y n'ont
     * signé`, the subjects' own `ni`) or just after it (`n'a signé ni le traité ni …`). The clause runs back to a
     * semicolon, colon or clause-opening conjunction, so a `ni` of an earlier clause does not count, and `ne … que`
     * (`n'a signé que le premier texte`) stays affirmative.
     */
    private static boolean negativeWordInClause(RoleWords words, List<Token> toks, Hit h) {
        for (int k = h.first() - 1; k >= 0; k--) {
            String w = toks.get(k).folded();
            if (w.equals(";") || w.equals(":") || w.equals(".") || words.negationBounds.contains(w)) {
                break;
            }
            if (words.negativeWords.contains(w)) {
                return true;
            }
        }
        for (int k = h.end(); k < Math.min(toks.size(), h.end() + 3); k++) {
            String w = toks.get(k).folded();
            if (w.equals(",") || w.equals(";") || w.equals(".")) {
                break;
            }
            if (words.negativeWords.contains(w)) {
                return true;
            }
        }
        return false;
    }

    static boolean coveredByLongerHit(Hit h, List<Hit> hits) {
        for (Hit o : hits) {
            if (o != h && o.role() != null && o.first() <= h.first() && o.end() >= h.end()
                    && (o.end() - o.first()) > (h.end() - h.first())
                    && !(o.kind() == CueKind.VENUE && h.kind() == CueKind.VERB && o.role() == h.role())
                    && !(o.kind() == CueKind.PASSIVE && h.kind() == CueKind.VERB && o.role() != h.role())) {
                // a passive venue (`est organisé au Brésil`) reads only the place: its verb still reads `par` agents;
                // so does a passive of another role (`L'Inde est représentée, par son ministre X`: India attends, X leads)
                return true;
            }
        }
        return false;
    }
}
