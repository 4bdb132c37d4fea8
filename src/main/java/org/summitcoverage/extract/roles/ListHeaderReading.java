package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.extract.Words;
import org.summitcoverage.extract.roles.RoleCueLexicon.CueKind;
import org.summitcoverage.extract.roles.RoleCueLexicon.Hit;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.model.RoleType;
import org.summitcoverage.nlp.AnnotatedText;
import org.summitcoverage.nlp.Sentence;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;

/**
 * A header and its list: `Les chefs d'État suivants ont participé au sommet :` then one item a line (bulleted or
 * not), `Seront présents : A ; B ; C`, `La liste des invités … : le président A de X ; le Premier ministre B de Y`,
 * or a list announced by the previous sentence (`13 chefs d'État participeront. Il s'agit des présidents : A ;
 * B`). The header's role reaches every item until the list ends, however long the list: an item is a line or a
 * `;`-separated part, and its holders are the people it names, or else the states and bodies it names. In a
 * communiqué's list of heads of state `ou leurs représentants`, an item whose person is a minister or an
 * envoy led a delegation (DELEGATION_HEAD, on behalf of the item's country).
 */
final class ListHeaderReading {
    /** A role read from a list: the finding, the sentence of its item and the words that show it. */
    record ListedFinding(Finding finding, int sentenceIndex, String evidence) {
    }

    /** Longest line still taken as a list item, in tokens: longer lines are prose, and end the list. */
    private static final int MAX_ITEM_TOKENS = 30;
    /**
     * A heading line without its colon, as pages print them (`Pays représentés`, then one country a line): it heads
     * a list only when at least this many item lines follow it.
     */
    private static final int MIN_ITEMS_AFTER_BARE_HEADING = 2;
    /** Longest line that only divides a list (`Côté européen :`). */
    private static final int MAX_SUBHEADER_TOKENS = 6;
    /** Most sentences a list cut by line breaks runs on into. */
    private static final int MAX_CONTINUED_LINES = 6;

    /**
     * Cues whose holder a list after them never names: the speaker of `a déclaré :`, the state that `s'ouvre :`
     * (`Le sommet s'ouvre sous le signe de la division : l'absence des A et de B`), the country a meeting is held in.
     */
    private static final Set<CueKind> NOT_HEADERS = EnumSet.of(CueKind.SPEECH, CueKind.OPENING, CueKind.VENUE);

    private final RoleCueLexicon lexicon;
    private final RoleWords words;

    ListHeaderReading(RoleCueLexicon lexicon, RoleWords words) {
        this.lexicon = lexicon;
        this.words = words;
    }

    List<ListedFinding> read(AnnotatedText doc, List<Mention> mentions) {
        List<ListedFinding> out = new ArrayList<>();
        List<Sentence> sentences = doc.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            int colon = lastColon(s.tokens());
            boolean bare = colon < 0 && isBareHeading(doc, i);
            if (bare) {
                colon = s.tokens().size();
            } else if (colon < 0 || opensAQuotation(s.tokens(), colon) || opensTopics(s.tokens(), colon)) {
                if (colon < 0) {
                    dashList(doc, s, mentions, out);
                }
                continue;
            }
            Header header = header(doc, i, colon, mentions);
            if (header == null && !bare) {
                header = attendanceAfterTheHolders(s, colon, mentions);
            }
            if (header == null) {
                if (!bare) {
                    segments(doc, s, mentions, out);
                }
                continue;
            }
            List<Item> items = bare ? List.of() : inline(doc, s, continuation(doc, i), colon, -1, mentions);
            if (items.isEmpty() && colon >= s.tokens().size() - 1) {
                items = lines(doc, i + 1, mentions);
            }
            if (bare && items.size() < MIN_ITEMS_AFTER_BARE_HEADING) {
                continue;
            }
            emit(doc.text().substring(s.start(), s.end()), header, items, out);
        }
        return out;
    }

    /**
     * Two lists flattened into one sentence, each after its own header (`Étaient présents : S.E.M. A, Président du
     * Bénin S.E.M. B, … Au titre des invités ayant pris part au sommet : S.E.M. C, …`): a colon's header runs from the
     * word after the last holder before it (the end of the previous list) to the colon, and its list up to where the
     * next header begins.
     */
    private void segments(AnnotatedText doc, Sentence s, List<Mention> mentions, List<ListedFinding> out) {
        List<Token> toks = s.tokens();
        List<Integer> colons = new ArrayList<>();
        for (int k = 0; k < toks.size(); k++) {
            if (toks.get(k).word().equals(":")) {
                colons.add(k);
            }
        }
        if (colons.size() < 2) {
            return;
        }
        int[] from = new int[colons.size()];
        for (int c = 0; c < colons.size(); c++) {
            from[c] = c == 0 ? 0 : afterLastHolder(s, colons.get(c - 1) + 1, colons.get(c), mentions);
        }
        String headerText = doc.text().substring(s.start(), s.end());
        for (int c = 0; c < colons.size(); c++) {
            int colon = colons.get(c);
            if (opensAQuotation(toks, colon) || opensTopics(toks, colon)) {
                continue;
            }
            Header header = segmentHeader(s, from[c], colon, mentions);
            if (header == null) {
                continue;
            }
            int stop = c + 1 < colons.size() ? from[c + 1] : -1;
            emit(headerText, header, inline(doc, s, s.index(), colon, stop, mentions), out);
        }
    }

    /**
     * (h28-onu) `quatre pays se sont abstenus – la Chine, l'Inde, le Brésil et le Gabon –, un résultat …`: a list set off
     * by a dash right after a role cue is that cue's list, as after a colon. The header runs from the word after the
     * last holder before the dash ({@link #segmentHeader}) and its cue ends at most {@link #MAX_WORDS_CUE_TO_DASH} words
     * before the dash; what stands between the dash and the closing dash (or the sentence's end) is nothing but
     * holders, articles, `et`, `ou`, `ainsi que` and punctuation. An aside between dashes (`a accueilli – pour la
     * première fois depuis la guerre en Ukraine – le sommet`) lists no one.
     */
    private void dashList(AnnotatedText doc, Sentence s, List<Mention> mentions, List<ListedFinding> out) {
        List<Token> toks = s.tokens();
        for (int dash = 1; dash < toks.size() - 1; dash++) {
            if (!isListDash(toks.get(dash))) {
                continue;
            }
            int close = toks.size();
            for (int j = dash + 1; j < toks.size(); j++) {
                if (isListDash(toks.get(j))) {
                    close = j;
                    break;
                }
            }
            if (!onlyHolders(s, dash + 1, close, mentions)) {
                continue;
            }
            int from = afterLastHolder(s, 0, dash, mentions);
            if (from >= dash) {
                continue;
            }
            Header header = segmentHeader(s, from, dash, mentions);
            if (header == null || dash - (from + header.cue().end()) > MAX_WORDS_CUE_TO_DASH) {
                continue;
            }
            emit(doc.text().substring(s.start(), s.end()), header, inline(doc, s, s.index(), dash, close, mentions), out);
            return;
        }
    }

    /** Most words between a cue and the dash opening its list (`se sont abstenus, eux, –`). */
    private static final int MAX_WORDS_CUE_TO_DASH = 2;
    /** The dashes of an insert ({@link Enumerations#isDash}) and the double hyphen typed for one. */
    private static boolean isListDash(Token t) {
        return Enumerations.isDash(t) || t.word().equals("--");
    }

    private static final Set<String> LIST_WORDS = Set.of("et", "ou", "ainsi", "que");

    /** Whether the tokens [from, to) hold at least one holder and nothing but holders, articles, list words and punctuation. */
    private boolean onlyHolders(Sentence s, int from, int to, List<Mention> mentions) {
        List<Token> toks = s.tokens();
        boolean any = false;
        for (int k = from; k < to; k++) {
            Token t = toks.get(k);
            if (Words.isPunctuation(t) || words.definiteArticles.containsWord(t)
                    || LIST_WORDS.contains(t.folded())) {
                continue;
            }
            boolean inHolder = false;
            for (Mention m : mentions) {
                if (m.sentenceIndex() == s.index() && SentenceGraph.canHoldRole(m) && m.start() <= t.start() && t.end() <= m.end()) {
                    inHolder = true;
                    break;
                }
            }
            if (!inHolder) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** The token after the last holder named in [from, colon), or {@code from} when none is. */
    private static int afterLastHolder(Sentence s, int from, int colon, List<Mention> mentions) {
        List<Token> toks = s.tokens();
        int after = from;
        for (Mention m : mentions) {
            if (m.sentenceIndex() != s.index() || !SentenceGraph.canHoldRole(m) || m.start() < toks.get(from).start()
                    || m.end() > toks.get(colon).start()) {
                continue;
            }
            for (int k = from; k < colon; k++) {
                if (toks.get(k).start() >= m.end()) {
                    after = Math.max(after, k);
                    break;
                }
            }
        }
        // past the punctuation and the lone title words that close the last item (`…, Vice-Présidente de la Gambie`)
        while (after < colon && Words.isPunctuation(toks.get(after))) {
            after++;
        }
        return after;
    }

    /**
     * (h26-commerce) `X a inauguré le sommet, avec la participation des dirigeants des pays membres : A, B, C`: a
     * sentence's only colon after a clause that names its own holders heads a list when what stands between the last
     * of them and the colon is an attendance noun's phrase (`avec la participation de`, `en présence de`) that names
     * no one, as each colon of {@link #segments} does. Other cues keep the whole sentence as their header (`X a
     * déclaré : …`, `X a signé avec trois pays : …` head nothing).
     */
    private Header attendanceAfterTheHolders(Sentence s, int colon, List<Mention> mentions) {
        List<Token> toks = s.tokens();
        for (int k = 0; k < toks.size(); k++) {
            if (k != colon && toks.get(k).word().equals(":")) {
                return null;
            }
        }
        int from = afterLastHolder(s, 0, colon, mentions);
        if (from <= 0 || from >= colon) {
            return null;
        }
        Header header = segmentHeader(s, from, colon, mentions);
        if (header == null || header.role() != RoleType.PARTICIPANT
                || header.cue().cue().kind() != CueKind.ATTENDANCE && header.cue().cue().kind() != CueKind.LISTED) {
            return null;
        }
        return header;
    }

    /** The header of one segment [from, colon]: a live role cue naming no holder of its own, as {@link #header}. */
    private Header segmentHeader(Sentence s, int from, int colon, List<Mention> mentions) {
        List<Token> seg = s.tokens().subList(from, colon + 1);
        int segColon = seg.size() - 1;
        Hit cue = lastRoleCue(seg.subList(0, segColon));
        if (cue == null || !namesNoHolderIn(s, from, colon, mentions) || CueScope.quotedAndClosedBefore(seg, cue.first(), segColon)
                || exceptionAnnounces(seg, cue, segColon) || presidencyOfABody(seg, cue, mentions)
                || officeOfTheState(seg, cue)) {
            return null;
        }
        RoleType role = roleOf(seg, cue);
        return role == null ? null : new Header(cue, role, mentionsRepresentatives(seg.subList(0, segColon)),
                RepresentedHeads.sentOthers(words, seg, cue));
    }

    /** As {@link #namesNoHolder}, for the tokens [from, colon) of the sentence. */
    private boolean namesNoHolderIn(Sentence s, int from, int colon, List<Mention> mentions) {
        List<Token> toks = s.tokens();
        for (Mention m : mentions) {
            if (m.sentenceIndex() != s.index() || m.start() < toks.get(from).start() || m.start() >= toks.get(colon).start()
                    || !SentenceGraph.canHoldRole(m) || demonymOfAPlace(toks, m)) {
                continue;
            }
            if (m.type() == EntityType.PERSON || !afterDe(toks, m)) {
                return false;
            }
        }
        return true;
    }

    private static void emit(String headerText, Header header, List<Item> items, List<ListedFinding> out) {
        for (Item item : items) {
            if (header.representedHeads()) {
                emitRepresentedState(headerText, header, item, out);
                continue;
            }
            for (Mention m : item.holders()) {
                RoleType role = header.role();
                String onBehalf = null;
                if (role == RoleType.PARTICIPANT && header.representatives() && item.representative()) {
                    role = RoleType.DELEGATION_HEAD;
                    onBehalf = item.country();
                }
                Finding f = new Finding(role, m, header.cue().text(), Confidence.ENUMERATION, "list after header",
                        header.cue().text() + " … : " + m.text(), onBehalf);
                out.add(new ListedFinding(f, item.sentenceIndex(), headerText + " … " + item.text()));
            }
        }
    }

    /**
     * A header's cue, the role it gives, whether it speaks of representatives, and whether its holders sent others in
     * their stead (`se sont fait représenter : A (X), B (Y)`: the heads listed are absent, their states attend).
     */
    /**
     * An item of heads who had themselves represented: the head holds no role (`RepresentedHeadIsAbsent`), the state
     * the item names (`Paul X (Cameroun)`) attends through its envoy; a state listed alone attends.
     */
    private static void emitRepresentedState(String headerText, Header header, Item item, List<ListedFinding> out) {
        for (Mention m : item.holders()) {
            Mention state = m.type() == EntityType.PERSON ? item.countryMention() : m;
            if (state == null || state.type() != EntityType.COUNTRY) {
                continue;
            }
            Finding f = new Finding(RoleType.PARTICIPANT, state, header.cue().text(), Confidence.ENUMERATION,
                    "list after header: represented", header.cue().text() + " … : " + m.text() + " (" + state.text() + ")", null);
            out.add(new ListedFinding(f, item.sentenceIndex(), headerText + " … " + item.text()));
        }
    }

    private record Header(Hit cue, RoleType role, boolean representatives, boolean representedHeads) {
    }

    /**
     * A sentence ending its clause with a colon is a header when a role cue before the colon names no holder of
     * its own (`Les chefs d'État suivants ont participé :`, `Seront présents :`, `La liste des invités :`), or
     * when it takes up the unnamed holders of the previous sentence's cue (`Il s'agit des présidents :`).
     */
    private Header header(AnnotatedText doc, int index, int colon, List<Mention> mentions) {
        Sentence s = doc.sentences().get(index);
        List<Token> toks = s.tokens().subList(0, colon);
        Hit cue = lastRoleCue(toks);
        if (cue == null && index > 0 && takesUpThePrevious(toks)) {
            Sentence previous = doc.sentences().get(index - 1);
            Hit carried = lastRoleCue(previous.tokens());
            if (carried != null && namesNoHolder(previous, previous.tokens().size(), mentions)) {
                return new Header(carried, roleOf(previous.tokens(), carried), mentionsRepresentatives(previous.tokens()),
                        RepresentedHeads.sentOthers(words, previous.tokens(), carried));
            }
            return null;
        }
        if (cue == null || !namesNoHolder(s, colon, mentions) || CueScope.quotedAndClosedBefore(s.tokens(), cue.first(), colon)
                || exceptionAnnounces(s.tokens(), cue, colon)
                // (h19-lists) `… réunit les dirigeants de l'OCS, qui compte neuf membres : A, B`: the bloc's members
                || MembershipList.headsMembers(words, s.tokens(), colon, cue)
                || presidencyOfABody(s.tokens(), cue, mentions) || officeOfTheState(s.tokens(), cue)
                || frontedParticipleWithItsAgent(s.tokens(), cue, colon) || signedTextsListed(s.tokens(), cue, colon)) {
            return null;
        }
        RoleType role = roleOf(s.tokens(), cue);
        return role == null ? null : new Header(cue, role, mentionsRepresentatives(toks),
                RepresentedHeads.sentOthers(words, s.tokens(), cue));
    }

    /**
     * (h62-wrong) `quatre documents ont été signés et adoptés : le traité de création de la Confédération de l'AES, le
     * règlement …`: a passive signing cue whose subject, in its own clause, is a signed text (`signed_texts`) and with no
     * `par` before the colon heads the list of those texts; a body named in a text's title signs nothing.
     */
    private boolean signedTextsListed(List<Token> toks, Hit cue, int colon) {
        if (cue.role() != RoleType.SIGNATORY || cue.first() < 0) {
            return false;
        }
        for (int k = cue.end(); k < colon; k++) {
            if (toks.get(k).folded().equals("par")) {
                return false;
            }
        }
        boolean passive = false;
        boolean text = false;
        for (int k = cue.first() - 1; k >= 0 && !Words.isPunctuation(toks.get(k)); k--) {
            passive |= words.etreForms.containsWord(toks.get(k));
            text |= words.signedTexts.containsWord(toks.get(k));
        }
        return passive && text;
    }

    /**
     * (h22-afr) `Présidence de l'AES : le chef d'État qui dirigera l'organisation est connu`: a chair's cue whose `de`
     * complement is a body names the standing body's rotating presidency, no chair of the meeting (docs/annotation.md:
     * `préside l'Union africaine` gives no role); it heads no list.
     */
    private static boolean presidencyOfABody(List<Token> toks, Hit cue, List<Mention> mentions) {
        int k = chairsDeComplement(toks, cue);
        if (k < 0) {
            return false;
        }
        int start = toks.get(k).start();
        return mentions.stream().anyMatch(m -> m.start() == start && m.type() == EntityType.ORGANIZATION);
    }

    /**
     * (h47-faux14) `Conseiller à la présidence de la République : X`: a chair's cue whose `de` complement is the state
     * itself (`state_office_complements`: `la République`) names the head of state's office, a title of the one listed,
     * no chair of the meeting; it heads no list.
     */
    private boolean officeOfTheState(List<Token> toks, Hit cue) {
        int k = chairsDeComplement(toks, cue);
        return k >= 0 && words.stateOfficeComplements.containsWord(toks.get(k));
    }

    /** The first word of a chair's cue's `de` complement, past its article (`présidence de l'AES`: `AES`), or -1. */
    private static int chairsDeComplement(List<Token> toks, Hit cue) {
        if (cue.role() != RoleType.CHAIR) {
            return -1;
        }
        int k = cue.end();
        if (k >= toks.size() || !DE_WORDS.contains(toks.get(k).folded())) {
            return -1;
        }
        k++;
        if (k < toks.size() && ARTICLES_AFTER_DE.contains(toks.get(k).folded())) {
            k++;
        }
        return k < toks.size() ? k : -1;
    }

    /**
     * (h46-votes5) `Signé par les chefs des trois juntes, le texte est censé créer une entité : l'AES`: a participle opening
     * the sentence with its own `par` agent, then a comma, is a clause of its own; the colon's list is the main clause's
     * (what the text creates), not the participle's holders. ColonListReading reads the same of the list after its opener.
     */
    static boolean frontedParticipleWithItsAgent(List<Token> toks, Hit cue, int colon) {
        if (cue.first() != 0 || cue.end() >= colon || !toks.get(cue.end()).folded().equals("par")) {
            return false;
        }
        for (int k = cue.end() + 1; k < colon; k++) {
            if (toks.get(k).word().equals(",")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> DE_WORDS = Set.of("de", "du", "des", "d'");
    private static final Set<String> ARTICLES_AFTER_DE = Set.of("l'", "la", "le");

    /**
     * `Tous les pays étaient présents à l'exception de ceux du bloc : A, B`: an exception after the cue announces the
     * list; its items are the excepted (`ExceptionReading`), not the cue's holders.
     */
    private boolean exceptionAnnounces(List<Token> toks, Hit cue, int colon) {
        for (Hit h : lexicon.find(toks.subList(0, colon))) {
            if (h.kind() == CueKind.EXCEPTION && h.first() >= cue.end()
                    && ExceptionReading.announcedColon(toks, h.end()) == colon) {
                return true;
            }
        }
        return false;
    }

    /**
     * (h35-hotes3) A verb of directing (`directing_verbs`) chairs only a meeting it takes as object (DirectedMeetingOnly),
     * never a list: `Les participants dirigent les États suivants : A, B` heads participants.
     */
    private boolean directing(List<Token> toks, Hit h) {
        return h.role() == RoleType.CHAIR && h.first() >= 0 && words.directingVerbs.containsWord(toks.get(h.first()));
    }

    /**
     * The last live role cue of the tokens, not under a modal, not cancelled by negation, not told in the pluperfect of
     * a dated sentence (`Le traité avait été signé en 1949 par les membres fondateurs : A, B`: an earlier text); null if
     * none.
     */
    private Hit lastRoleCue(List<Token> toks) {
        Hit last = null;
        List<Hit> hits = lexicon.find(toks);
        for (Hit h : hits) {
            if (h.role() != null && !NOT_HEADERS.contains(h.kind()) && CueScope.isLive(words, h, toks) && !CueScope.coveredByLongerHit(h, hits)
                    && !insideAPassiveHeader(h, hits)
                    && !CueScope.blockedByTokens(words, toks, h, hits) && !CueScope.toldInThePast(words, toks, h)
                    && !standingPost(toks, h) && !directing(toks, h) && roleOf(toks, h) != null) {
                last = h;
            }
        }
        return last;
    }

    /**
     * (h30-securite) `Seront représentés : l'Angola, le Burundi`: the verb inside a passive of another role keeps its
     * own hit in prose for the `par` agent it may have ({@link CueScope#coveredByLongerHit}); a header has no agent,
     * the list after its colon is the passive's subject, so the passive's role (the states attend) heads the list and
     * the verb's (a delegation led by the listed states) does not.
     */
    private static boolean insideAPassiveHeader(Hit h, List<Hit> hits) {
        for (Hit o : hits) {
            if (o != h && o.role() != null && o.kind() == CueKind.PASSIVE && h.kind() == CueKind.VERB
                    && o.first() <= h.first() && o.end() >= h.end() && o.end() - o.first() > h.end() - h.first()) {
                return true;
            }
        }
        return false;
    }

    /**
     * `Représentant du Japon auprès de l'ONU : …`: a representative `auprès de` a body holds a standing diplomatic post;
     * the title heads no list of delegation heads.
     */
    private static boolean standingPost(List<Token> toks, Hit h) {
        if (h.role() != RoleType.DELEGATION_HEAD) {
            return false;
        }
        for (int k = h.end(); k < Math.min(toks.size(), h.end() + 6); k++) {
            if (toks.get(k).folded().equals("aupres")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The role the cue asserts where it stands: a negated signature is a refusal, other negated roles are none; a
     * participle with neither auxiliary nor `par` qualifies a noun (`des dialogues organisés sur : …`) and heads
     * no list of holders; joining people (`se joindront :`) or (h38) the talks (`se joindront aux débats :`) is attending.
     */
    private RoleType roleOf(List<Token> toks, Hit cue) {
        if (qualifiesANoun(toks, cue) || shunsAMeeting(toks, cue) || composesSomethingElse(toks, cue)) {
            return null;
        }
        if (cue.kind() == CueKind.REFLEXIVE && cue.role() == RoleType.SIGNATORY
                && (JoiningReading.joinsPeople(SentenceGraph.unparsed(toks, List.of(), words), cue)
                        || JoiningReading.joinsTheTalks(SentenceGraph.unparsed(toks, List.of(), words), cue))) {
            return RoleType.PARTICIPANT;
        }
        if (!CueScope.isNegated(words, toks, cue) && !absentFrom(toks, cue)) {
            return cue.role();
        }
        return cue.role() == RoleType.SIGNATORY ? RoleType.NON_SIGNATORY : null;
    }

    /**
     * `La délégation comprend : A, B` and `Le sommet comprenait : …` list who came; what a bloc or body is made of
     * (`Le groupe comprend dix membres : A, B`) is a membership list and says nothing of the meeting.
     */
    private boolean composesSomethingElse(List<Token> toks, Hit cue) {
        return BodyComposition.composesSomethingElse(words, toks, cue);
    }

    /** `Absents de la liste des signataires :`: a word of absence before a signatory noun heads refusals. */
    private boolean absentFrom(List<Token> toks, Hit cue) {
        if (cue.role() != RoleType.SIGNATORY || cue.kind() != CueKind.NOUN) {
            return false;
        }
        for (int k = Math.max(0, cue.first() - 6); k < cue.first(); k++) {
            if (words.absenceWords.containsWord(toks.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** `Plusieurs dirigeants ont boudé le sommet :`: staying away from a meeting heads no list of refusals. */
    private boolean shunsAMeeting(List<Token> toks, Hit cue) {
        if (!words.shunningVerbs.containsWord(toks.get(cue.first()))) {
            return false;
        }
        for (int k = cue.end(); k < Math.min(toks.size(), cue.end() + 3); k++) {
            if (words.joinedMeetings.containsWord(toks.get(k))) {
                return true;
            }
        }
        return false;
    }

    private boolean qualifiesANoun(List<Token> toks, Hit cue) {
        if (cue.kind() != CueKind.VERB && cue.kind() != CueKind.AGENT) {
            return false;
        }
        String w = toks.get(cue.first()).folded();
        boolean participle = w.matches(".*(e|ee|es|ees|i|ie|is|ies|u|ue|us|ues)");
        if (!participle || cue.end() < toks.size() && toks.get(cue.end()).folded().equals("par")) {
            return false;
        }
        // the auxiliary before it, past adverbs, negation and an incise between commas (`ont, selon X, confirmé`)
        int k = cue.first() - 1;
        while (k >= 0) {
            String t = toks.get(k).word();
            if (t.equals(",")) {
                k--;
                while (k >= 0 && !toks.get(k).word().equals(",")) {
                    k--;
                }
                k--;
            } else if (ClauseReading.isAdverb(toks, k) || words.negators.contains(t) || words.skippableBeforeVerb.contains(t)
                    && !words.auxiliaries.contains(t)) {
                k--;
            } else {
                return !words.auxiliaries.contains(t);
            }
        }
        return true;
    }

    /** No person before {@code end}, and no state or body outside a `de` complement (`les chefs d'État de la CEDEAO`). */
    private boolean namesNoHolder(Sentence s, int end, List<Mention> mentions) {
        List<Token> toks = s.tokens();
        int limit = end < toks.size() ? toks.get(end).start() : s.end();
        for (Mention m : mentions) {
            if (m.sentenceIndex() != s.index() || m.start() >= limit || !SentenceGraph.canHoldRole(m) || demonymOfAPlace(toks, m)) {
                continue;
            }
            if (m.type() == EntityType.PERSON || !afterDe(toks, m)) {
                return false;
            }
        }
        return true;
    }

    /**
     * (h42-votes3) `Sept chefs d'État ont fait le déplacement dans la capitale française. Il s'agit de : A, B`: a demonym
     * on a place noun (`place_nouns`) places the meeting; it names none of the cue's holders.
     */
    private boolean demonymOfAPlace(List<Token> toks, Mention m) {
        for (int k = 1; k < toks.size(); k++) {
            if (toks.get(k).start() == m.start()) {
                return m.type() == EntityType.COUNTRY && words.placeNouns.contains(toks.get(k - 1).word().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return false;
    }

    private static boolean afterDe(List<Token> toks, Mention m) {
        for (int k = 0; k < toks.size(); k++) {
            if (toks.get(k).start() == m.start()) {
                for (int j = k - 1; j >= Math.max(0, k - 3); j--) {
                    String w = toks.get(j).folded();
                    if (w.equals("de") || w.equals("du") || w.equals("d'") || w.equals("des")) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** `Il s'agit de`, `Ce sont`, `Parmi eux`, `À savoir`: the sentence names those the previous one counted. */
    private boolean takesUpThePrevious(List<Token> toks) {
        return RoleWords.phraseEnd(toks, 0, List.of("il", "s'", "agit")) > 0
                || RoleWords.phraseEnd(toks, 0, List.of("ce", "sont")) > 0
                || RoleWords.phraseEnd(toks, 0, List.of("a", "savoir")) > 0
                || CueScope.startsWithAmongThem(words, toks);
    }

    private static boolean mentionsRepresentatives(List<Token> toks) {
        for (Token t : toks) {
            String w = t.folded();
            if (w.equals("representants") || w.equals("representant")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A line of its own, short, with no final punctuation and no line break within: a heading (`Pays signataires`,
     * `Les délégations présentes`), not the article's first line (the headline).
     */
    private static boolean isBareHeading(AnnotatedText doc, int index) {
        List<Sentence> sentences = doc.sentences();
        Sentence s = sentences.get(index);
        List<Token> toks = s.tokens();
        if (index == 0 || toks.isEmpty() || toks.size() > MAX_SUBHEADER_TOKENS || index + 1 >= sentences.size()
                || Words.isPunctuation(toks.get(toks.size() - 1))) {
            return false;
        }
        String text = doc.text();
        boolean lineBefore = text.substring(sentences.get(index - 1).end(), s.start()).contains("\n");
        boolean lineAfter = text.substring(s.end(), sentences.get(index + 1).start()).contains("\n");
        return lineBefore && lineAfter;
    }

    /** The last colon of the sentence, or -1. */
    private static int lastColon(List<Token> toks) {
        for (int k = toks.size() - 1; k >= 0; k--) {
            if (toks.get(k).word().equals(":")) {
                return k;
            }
        }
        return -1;
    }

    /** `des dialogues organisés sur : la pauvreté ; …`: a list of topics, not of holders. */
    private boolean opensTopics(List<Token> toks, int colon) {
        for (List<String> marker : words.topicMarkers) {
            int k = colon - marker.size();
            if (k >= 0 && RoleWords.phraseEnd(toks, k, marker) == colon) {
                return true;
            }
        }
        return topicsOfARole(toks, colon);
    }

    /**
     * (h21-passing) `a dévoilé les trois « piliers » de sa présidence : le développement …, la ZLEC`: a topic noun whose
     * `de` complement holds the role noun, within six words before the colon (`header_topic_nouns`), heads the
     * programme of the presidency, not a list of its holders.
     */
    private boolean topicsOfARole(List<Token> toks, int colon) {
        for (int k = Math.max(0, colon - 6); k + 1 < colon; k++) {
            if (!words.headerTopicNouns.containsWord(toks.get(k))) {
                continue;
            }
            for (int j = k + 1; j < colon && j <= k + 2; j++) {
                String w = toks.get(j).folded().replace('’', '\'');
                if (List.of("de", "du", "des", "d'").contains(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** `a déclaré : « … »`: what follows is a quotation, not a list. */
    private static boolean opensAQuotation(List<Token> toks, int colon) {
        if (insideAQuotation(toks, colon)) {
            return true; // `« Une participation aussi large envoie un message au monde : chacun de nous …`: a speaker's words
        }
        if (colon + 1 >= toks.size()) {
            return false;
        }
        String w = toks.get(colon + 1).word();
        return w.contains("«") || w.contains("\"") || w.contains("“");
    }

    /** The colon stands inside guillemets opened before it in the sentence and not yet closed. */
    private static boolean insideAQuotation(List<Token> toks, int colon) {
        int open = 0;
        for (int k = 0; k < colon; k++) {
            String w = toks.get(k).word();
            if (w.contains("«") || w.contains("“")) {
                open++;
            }
            if ((w.contains("»") || w.contains("”")) && open > 0) {
                open--;
            }
        }
        return open > 0;
    }

    /** An item of the list: its holders, the sentence it is in, its text, and what its words say of the person. */
    private record Item(List<Mention> holders, int sentenceIndex, String text, boolean representative, Mention countryMention) {
        /** The id of the state the item names, or null. */
        String country() {
            return countryMention == null ? null : countryMention.entityId();
        }
    }

    /**
     * The last sentence of the header's own paragraph-long list: a list cut by line breaks (`…, le Comorien` / `Azali
     * Assoumani, …`) goes on in the next sentences until one ends as a sentence does.
     */
    private static int continuation(AnnotatedText doc, int header) {
        List<Sentence> sentences = doc.sentences();
        int last = header;
        while (last + 1 < sentences.size() && last - header < MAX_CONTINUED_LINES && !endsASentence(sentences.get(last))) {
            last++;
        }
        return last;
    }

    private static boolean endsASentence(Sentence s) {
        List<Token> toks = s.tokens();
        String w = toks.isEmpty() ? "." : toks.get(toks.size() - 1).word();
        return w.equals(".") || w.equals("!") || w.equals("?") || w.equals(":") || w.equals("»");
    }

    /**
     * The items after the colon, in the header's own sentence and those it runs on into: split on `;` when there is
     * one, else one item a name.
     */
    private List<Item> inline(AnnotatedText doc, Sentence header, int lastSentence, int colon, int stopToken, List<Mention> mentions) {
        List<Token> toks = new ArrayList<>();
        for (int k = header.index(); k <= lastSentence; k++) {
            for (Token t : doc.sentences().get(k).tokens()) {
                toks.add(new Token(toks.size(), t.word(), t.start(), t.end(), t.ner())); // one run of tokens
            }
        }
        if (stopToken >= 0 && stopToken < toks.size()) {
            toks = toks.subList(0, stopToken); // the next flattened list's header begins there
        }
        List<Item> out = new ArrayList<>();
        if (colon + 1 >= toks.size()) {
            return out;
        }
        if (toks.subList(colon + 1, toks.size()).stream().noneMatch(t -> t.word().equals(";"))) {
            if (opensAClause(toks, colon, mentions)) {
                return out;
            }
            int start = toks.get(colon).end();
            int end = listEnd(toks, colon + 1);
            int stop = toks.get(end - 1).end();
            List<Mention> holders = new ArrayList<>(withoutRepresentedHeads(doc.text(), start, holdersIn(-1, start, stop, mentions)));
            int resumed = resumedAfterARelative(toks, end, holders, mentions);
            if (resumed > 0) {
                // (h49-presences16) `: le Malien A, le Tchadien B, qui tiendront une réunion avec C, le Congolais D, le
                // Gabonais E`: the list runs on past the relative clause on its last item
                int from = toks.get(resumed).end();
                stop = toks.get(listEnd(toks, resumed + 1) - 1).end();
                holders.addAll(withoutRepresentedHeads(doc.text(), from, holdersIn(-1, from, stop, mentions)));
            }
            boolean titleFirst = titlesPrecedeNames(doc.text(), start, holders);
            for (int h = 0; h < holders.size(); h++) {
                Mention m = holders.get(h);
                if (m.type() != EntityType.PERSON && otherSideOfARelation(doc.text(), start, m)) {
                    continue; // (h56-sweepa) `: des voisins du Soudan aux pays médiateurs`: the neighbours, not the state
                }
                if (m.type() != EntityType.PERSON) {
                    out.add(new Item(List.of(m), m.sentenceIndex(), m.text(), false, null));
                    continue;
                }
                if (titleFirst) {
                    // `: la ministre … de l'Australie, A, le ministre … de la Nouvelle-Zélande, B`: each person's
                    // item is the title before the name, not the next person's title after it
                    int itemStart = h > 0 ? holders.get(h - 1).end() : start;
                    String text = doc.text().substring(itemStart, m.end());
                    Mention country = mentions.stream().filter(c -> c.start() >= itemStart && c.end() <= m.start()
                            && c.type() == EntityType.COUNTRY).findFirst().orElse(null);
                    out.add(new Item(List.of(m), m.sentenceIndex(), m.text(), namesAnEnvoy(text), country));
                    continue;
                }
                // a person's item runs to the next person: `S.E.M. A, Ministre des Affaires étrangères du Togo S.E.M. B, …`
                int itemEnd = h + 1 < holders.size() ? holders.get(h + 1).start() : stop;
                String text = doc.text().substring(m.start(), itemEnd);
                Mention country = mentions.stream().filter(c -> c.start() >= m.end() && c.end() <= itemEnd
                        && c.type() == EntityType.COUNTRY).findFirst().orElse(null);
                out.add(new Item(List.of(m), m.sentenceIndex(), m.text(), namesAnEnvoy(text), country));
            }
            return out;
        }
        int from = colon + 1;
        for (int k = colon + 1; k <= toks.size(); k++) {
            if ((k == toks.size() || toks.get(k).word().equals(";")) && k > from) {
                int start = toks.get(from).start();
                addItem(out, doc, sentenceAt(doc, start), start, toks.get(k - 1).end(), mentions);
                from = k + 1;
            }
        }
        return out;
    }

    /**
     * (h49-presences16) Where a list of people each named after a demonym (`le Tchadien B`) runs on after the relative
     * clause on its last item (`, qui tiendront une réunion avec C, le Congolais D, …`): the comma before the first
     * article + capitalised word + person after that clause, which opens the next item of the same shape; the holders
     * inside the relative clause (C) are its own. -1 when the list ends at {@code end} as {@link #listEnd} says.
     */
    private int resumedAfterARelative(List<Token> toks, int end, List<Mention> holders, List<Mention> mentions) {
        if (end + 1 >= toks.size() || !toks.get(end).word().equals(",")
                || !words.relativePronouns.contains(toks.get(end + 1).word().toLowerCase(java.util.Locale.ROOT))
                || holders.isEmpty() || holders.get(holders.size() - 1).type() != EntityType.PERSON
                || holders.get(holders.size() - 1).end() != toks.get(end - 1).end() || !demonymItemAt(toks, holders.get(holders.size() - 1))) {
            return -1;
        }
        for (int k = end + 2; k + 3 < toks.size(); k++) {
            String w = toks.get(k).word();
            if (w.equals(";") || w.equals(":") || w.equals(".")) {
                return -1;
            }
            int nameStart = toks.get(k + 3).start();
            if (w.equals(",") && words.definiteArticles.contains(toks.get(k + 1).word().toLowerCase(java.util.Locale.ROOT))
                    && toks.get(k + 2).isCapitalized() && mentions.stream().anyMatch(m -> m.start() == nameStart && m.type() == EntityType.PERSON)) {
                // a demonym the dictionary leaves out as shared by two states (`le Congolais D`) opens an item too
                return k;
            }
        }
        return -1;
    }

    /** The person is named right after an article and a capitalised demonym: `le Tchadien B`. */
    private boolean demonymItemAt(List<Token> toks, Mention person) {
        for (int k = 2; k < toks.size(); k++) {
            if (toks.get(k).start() == person.start()) {
                return demonymBefore(toks.get(k - 1))
                        && words.definiteArticles.contains(toks.get(k - 2).word().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return false;
    }

    private boolean demonymBefore(Token t) {
        return t.isCapitalized() && words.isDemonym(t.folded());
    }

    /**
     * A comma list of people whose every person comes after a title and a comma (`: la ministre … de l'Australie, A,
     * le ministre … de la Nouvelle-Zélande, B`): the title before each name is its own, so the item runs from the
     * previous person to the name. Not a list whose names come first (`S.E.M. A, Ministre … du Togo S.E.M. B`).
     */
    private boolean titlesPrecedeNames(String text, int start, List<Mention> holders) {
        int from = start;
        int people = 0;
        for (Mention m : holders) {
            if (m.type() != EntityType.PERSON) {
                return false;
            }
            String gap = text.substring(from, m.start()).strip();
            if (!gap.endsWith(",") || !hasATitle(gap)) {
                return false;
            }
            from = m.end();
            people++;
        }
        return people >= 2;
    }

    private boolean hasATitle(String gap) {
        for (String w : gap.split("[\\s,’']+")) {
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && (words.isTitle(w) || words.isHolderTitle(w))) {
                return true;
            }
        }
        return false;
    }

    /**
     * `Le sommet a rassemblé différents acteurs : le Kazakhstan compte accentuer ses efforts`: a colon before a clause
     * whose subject is the first holder after it (right after the holder, a finite verb: a lower-case word that is no
     * list word, no title and no participle, `représenté par …`, or a negation) explains what precedes, it lists nothing;
     * so does a colon before a demonstrative determiner (`clause_demonstratives`: `: cette position apparaît comme …`).
     */
    private boolean opensAClause(List<Token> toks, int colon, List<Mention> mentions) {
        int k = colon + 1;
        if (k < toks.size() && words.clauseDemonstratives.containsWord(toks.get(k))) {
            return true; // `ont préféré s'y faire représenter par leurs ministres : cette position vise à …`
        }
        while (k < toks.size() && (words.definiteArticles.containsWord(toks.get(k)) || describesTheHolder(toks.get(k)))) {
            k++; // `: L'égyptien X prend le contrôle`, `: le président X prend le relais`: the holder is the clause's subject
        }
        if (k >= toks.size()) {
            return false;
        }
        int start = toks.get(k).start();
        Mention first = mentions.stream().filter(m -> m.start() == start && SentenceGraph.canHoldRole(m)).findFirst().orElse(null);
        if (first == null) {
            return false;
        }
        int after = k;
        while (after < toks.size() && toks.get(after).start() < first.end()) {
            after++;
        }
        if (after >= toks.size()) {
            return false;
        }
        Token next = toks.get(after);
        String w = next.folded();
        if (w.equals("ne") || w.equals("n'")) {
            return true;
        }
        String lower = next.word().toLowerCase(java.util.Locale.ROOT);
        boolean participle = lower.matches(".*(é|ée|és|ées|ant|i|ie|is|ies|u|ue|us|ues)")
                || after + 1 < toks.size() && toks.get(after + 1).folded().equals("par");
        return opensProse(next) && !participle || Words.isLowerWord(next) && words.auxiliaries.containsWord(next);
    }

    /**
     * Where a comma-separated list ends: at a comma that opens prose rather than the next item (`: A, B et C, tous
     * suspendus de l'UA`); a parenthesis (`A (sauf changement), B`) and an item's title (`A, président de X, B`) do
     * not end it.
     */
    private int listEnd(List<Token> toks, int from) {
        int depth = 0;
        for (int k = from; k < toks.size(); k++) {
            String w = toks.get(k).word();
            depth += w.equals("(") ? 1 : w.equals(")") ? -1 : 0;
            if (depth == 0 && w.equals(",") && k + 1 < toks.size() && opensProse(toks.get(k + 1))) {
                return k;
            }
        }
        return toks.size();
    }

    /** A lower-case demonym or title before a name describes that holder (`l'égyptien X`, `le président X`). */
    private boolean describesTheHolder(Token t) {
        String w = t.word();
        return Words.isLowerWord(t) && (words.isDemonym(TextFolding.fold(w)) || words.isTitle(w));
    }

    private boolean opensProse(Token t) {
        String w = t.word();
        return Words.isLowerWord(t) && !words.definiteArticles.contains(w) && !words.enumerationConnectors.contains(w)
                && !words.isTitle(w) && !words.isHolderTitle(w) && !words.isDemonym(TextFolding.fold(w))
                && !words.negators.contains(w) && !TextFolding.fold(w).equals("ou");
    }

    private static int sentenceAt(AnnotatedText doc, int charStart) {
        for (Sentence s : doc.sentences()) {
            if (s.start() <= charStart && charStart < s.end()) {
                return s.index();
            }
        }
        return 0;
    }

    /** One item a line, from sentence {@code first} on, until a line that is prose or another header. */
    private List<Item> lines(AnnotatedText doc, int first, List<Mention> mentions) {
        List<Item> out = new ArrayList<>();
        List<Sentence> sentences = doc.sentences();
        int i = first;
        while (i < sentences.size()) {
            int lineStart = sentences.get(i).start();
            int j = i;
            while (j + 1 < sentences.size() && !doc.text().substring(sentences.get(j).end(), sentences.get(j + 1).start()).contains("\n")) {
                j++;
            }
            int tokens = 0;
            for (int k = i; k <= j; k++) {
                tokens += sentences.get(k).tokens().size();
            }
            Sentence lastOfLine = sentences.get(j);
            if (i == j && isBulletOnly(lastOfLine)) {
                i = j + 1; // `-` on a line of its own, the item on the next one
                continue;
            }
            boolean header = lastColon(lastOfLine.tokens()) == lastOfLine.tokens().size() - 1;
            int lineEnd = lastOfLine.end();
            boolean noHolder = holdersIn(-1, lineStart, lineEnd, mentions).isEmpty();
            if (header && noHolder && tokens <= MAX_SUBHEADER_TOKENS && !out.isEmpty()
                    && lastRoleCue(lastOfLine.tokens()) == null) {
                i = j + 1; // `Côté européen :` divides the list, which goes on; `Liste des participants :` opens another
                continue;
            }
            if (tokens > MAX_ITEM_TOKENS || header || noHolder || isAClause(sentences, i, j)
                    || opensAListOfItsOwn(sentences.get(i), mentions)) {
                break;
            }
            addItem(out, doc, sentences.get(i).index(), lineStart, lineEnd, mentions);
            i = j + 1;
        }
        return out;
    }

    /**
     * `Étaient absents : A et B` after the items: a line whose own header (words naming no holder, then a colon)
     * opens another list, which ends this one.
     */
    private static boolean opensAListOfItsOwn(Sentence s, List<Mention> mentions) {
        List<Token> toks = s.tokens();
        for (int k = 1; k < toks.size() - 1; k++) {
            if (toks.get(k).word().equals(":")) {
                return holdersIn(s.index(), s.start(), toks.get(k).start(), mentions).isEmpty();
            }
        }
        return false;
    }

    /** A line that is only a bullet (`-`, `–`, `•`, `*`), the item it marks printed on the next line. */
    private static boolean isBulletOnly(Sentence s) {
        List<Token> toks = s.tokens();
        return !toks.isEmpty() && toks.size() <= 2 && toks.stream().allMatch(t -> t.word().matches("[-–—•*·]+"));
    }

    /**
     * A line with a finite verb of its own (an auxiliary outside a relative clause: `Le ministre X a dénoncé …`) is
     * the prose after the list, not one more item: the list ended on the line before.
     */
    private boolean isAClause(List<Sentence> sentences, int first, int last) {
        for (int k = first; k <= last; k++) {
            for (Token t : sentences.get(k).tokens()) {
                String w = t.word();
                if (words.clauseOpeners.contains(w) && !w.equals("et") && !w.equals("ou")) {
                    return false; // `Ali X, qui a présidé la séance`: the verb is the item's own relative clause
                }
                if (!w.equals("à") && Words.isLowerWord(t) && words.auxiliaries.contains(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    private void addItem(List<Item> out, AnnotatedText doc, int sentenceIndex, int start, int end, List<Mention> mentions) {
        String text = doc.text().substring(start, end).strip();
        List<Mention> holders = withoutRepresentedHeads(doc.text(), start, itemHolders(doc.text(), start, end, mentions, text));
        if (holders.isEmpty()) {
            return;
        }
        boolean people = holders.get(0).type() == EntityType.PERSON;
        Mention country = mentions.stream().filter(m -> m.start() >= start && m.end() <= end && m.type() == EntityType.COUNTRY)
                .findFirst().orElse(null);
        out.add(new Item(holders, sentenceIndex, text, people && namesAnEnvoy(text), country));
    }

    /** `, représentant S.E. D` (folded), no comma or `;` after the participle: D is the head the item before stands for. */
    private static final java.util.regex.Pattern AFTER_REPRESENTING = java.util.regex.Pattern.compile(
            "(?s).*,\\s*representant(?:e|s|es)?\\s[^,;]*");

    /**
     * (h22-afr) `M. C, Ministre de la Défense, représentant S.E. D, Président du Cameroun`: D, the head an item's person
     * stands for, did not attend; the person right after an active representing participle is no item of the list
     * (`RepresentationReading` makes C the delegation head for D's state).
     */
    private static List<Mention> withoutRepresentedHeads(String text, int start, List<Mention> holders) {
        List<Mention> out = new ArrayList<>(holders.size());
        int from = start;
        for (Mention m : holders) {
            String between = m.start() > from ? TextFolding.fold(text.substring(from, m.start())) : "";
            if (!(m.type() == EntityType.PERSON && AFTER_REPRESENTING.matcher(between).matches())) {
                out.add(m);
            }
            from = Math.max(from, m.end());
        }
        return out;
    }

    /**
     * The holders named in [start, end) ({@code sentence} -1 for any): the people, or when there are none the states
     * and bodies; a country that only says whose a person is (`Naoto Kan (Japon)`) is no holder of its own.
     */
    /**
     * (h27-ocean) `accueillir l'événement le plus important : la Conférence des Nations unies sur les océans`: a body
     * named inside a meeting's name is a word of that name, not an item of the list.
     */
    private static boolean insideAnEventsName(Mention m, List<Mention> mentions) {
        return m.type() != EntityType.EVENT && mentions.stream().anyMatch(e -> e.type() == EntityType.EVENT
                && e.sentenceIndex() == m.sentenceIndex() && e.start() <= m.start() && m.end() <= e.end()
                && e.end() - e.start() > m.end() - m.start());
    }

    /** A state's `de` complement right after a noun of relation: `du`, `des`, `de la`, `de l'`, `d'`. */
    private static final java.util.regex.Pattern RELATION_COMPLEMENT =
            java.util.regex.Pattern.compile("(\\p{L}+)\\s+(?:du|des|de la|de l['’]|d['’]|de)\\s*$");

    /**
     * (h56-sweepa) A state or body in the `de` complement of a noun of relation (`relational_nouns`) inside an inline
     * list (`réunira tous les acteurs : des voisins du Soudan aux pays médiateurs`) is the other side of the relation,
     * as {@link HolderPhrases#otherSideOfARelation} reads it on the parse: the item names its neighbours or partners,
     * not the state itself. Only the text from the list's start counts.
     */
    private boolean otherSideOfARelation(String text, int listStart, Mention m) {
        String before = text.substring(Math.max(listStart, m.start() - 40), m.start());
        java.util.regex.Matcher rel = RELATION_COMPLEMENT.matcher(before);
        return rel.find() && words.relationalNouns.contains(rel.group(1).toLowerCase(java.util.Locale.ROOT));
    }

    private static List<Mention> holdersIn(int sentence, int start, int end, List<Mention> mentions) {
        List<Mention> in = new ArrayList<>();
        for (Mention m : mentions) {
            if ((sentence < 0 || m.sentenceIndex() == sentence) && m.start() >= start && m.end() <= end
                    && SentenceGraph.canHoldRole(m) && !TitleAppositions.isTitleDemonym(m) && !insideAnEventsName(m, mentions)) {
                in.add(m);
            }
        }
        in.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Mention> people = in.stream().filter(m -> m.type() == EntityType.PERSON).toList();
        return people.isEmpty() ? in : people;
    }

    /**
     * The holders of a whole item: the people it names; or, when it names none, its states and bodies unless they
     * only complete a title (`M. Rui X, Ministre des Affaires étrangères de la République du Y`: an unrecognised name
     * is no reason to give the row to the country).
     */
    private List<Mention> itemHolders(String text, int start, int end, List<Mention> mentions, String itemText) {
        List<Mention> holders = holdersIn(-1, start, end, mentions);
        if (!holders.isEmpty() && holders.get(0).type() == EntityType.PERSON) {
            List<Mention> represented = representedBefore(text, start, mentions, holders.get(0));
            return represented.isEmpty() ? holders : represented;
        }
        if (holders.isEmpty()) {
            return holders;
        }
        if (holders.get(0).type() != EntityType.LOCATION && holders.get(0).end() <= end
                && TextFolding.fold(text.substring(holders.get(0).end(), end)).matches(REPRESENTED_BY)) {
            // `la Libye, représentée par son ambassadeur`: the state opens the item, the unnamed envoy's title is not its
            return List.of(holders.get(0));
        }
        for (String w : itemText.split("[\\s,;]+")) {
            if (words.isTitle(w)) {
                return List.of();
            }
        }
        return holders;
    }

    /**
     * `le Cameroun, représenté par son ministre X`: the item is the state (or body) it opens on, and the person only
     * represents it (a reading of its own makes X the delegation head); empty when the item opens on no state
     * followed by `représenté par` before the person.
     */
    /** `, représentée par …` (folded) right after a state. */
    private static final String REPRESENTED_BY = "(?s)\\s*,?\\s*(?:qui (?:est|etait|sera) )?represente(?:e|s|es)? par\\b.*";

    private static List<Mention> representedBefore(String text, int start, List<Mention> mentions, Mention person) {
        List<Mention> before = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.start() >= start && m.end() <= person.start() && m.type() != EntityType.PERSON && SentenceGraph.canHoldRole(m)
                    && !TitleAppositions.isTitleDemonym(m)) {
                before.add(m);
            }
        }
        if (before.isEmpty()) {
            return before;
        }
        before.sort((a, b) -> Integer.compare(a.start(), b.start()));
        String between = TextFolding.fold(text.substring(before.get(before.size() - 1).end(), person.start()));
        return between.matches(REPRESENTED_BY) ? before : List.of();
    }

    /** The item's title is a minister's or an envoy's (not a Prime Minister's): a representative of a head of state. */
    private boolean namesAnEnvoy(String itemText) {
        String folded = TextFolding.fold(itemText);
        for (String w : words.envoyTitles.entries()) {
            int at = folded.indexOf(w);
            if (at >= 0 && !folded.substring(Math.max(0, at - 8), at).contains("premier")) {
                return true;
            }
        }
        return false;
    }
}
