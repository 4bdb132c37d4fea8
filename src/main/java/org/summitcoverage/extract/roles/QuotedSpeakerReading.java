package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.extract.roles.RoleCueLexicon.Hit;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.model.RoleType;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * `« … », a martelé le président polonais, Tomasz Wierzbicki`, `Lors de la cérémonie d'ouverture, X a rappelé …`:
 * whoever is quoted, or speaks where the sentence places the meeting, spoke at the meeting, unless the sentence
 * says the words were given elsewhere (an interview, a briefing, a newspaper).
 */
final class QuotedSpeakerReading implements ParsedReading {
    @Override
    public List<Finding> readParsed(CueSite site) {
        boolean atTheMeeting = CueScope.quotesSomeone(site.tokens())
                || site.words().placesSpeechAtMeeting(site.tokens());
        if (!atTheMeeting || RoleWords.containsPhrase(site.tokens(), site.words().speechElsewhere) || saidFromAPlace(site)
                || toldToAnOutlet(site) || namesAnAlias(site) || briefingAwayFromMeeting(site)) {
            return List.of(); // no quotation nor meeting, or words given elsewhere (`dans une interview au journal …`)
        }
        if (CueScope.invertedSubjectClitic(site.tokens(), site.hit().first()) != null) {
            // `« … par le ministre » X, a-t-il ajouté`: the inverted pronoun is the subject; a name before it, which the
            // parser may take for the subject, ends the quotation
            return pronounSpeaker(site);
        }
        List<Finding> out = subjects(site);
        if (out.isEmpty()) {
            out = speakerAfterVerb(site);
        }
        out = out.isEmpty() ? pronounSpeaker(site) : out;
        return out.stream().filter(f -> !goesOnWithAnInterview(site, f.mention())).toList();
    }

    /**
     * `« … », a-t-elle déclaré`, `Il a ajouté : « … »`: a speaker named by a singular pronoun (inverted, or the
     * subject) is the person the previous sentence opens on.
     */
    private static List<Finding> pronounSpeaker(CueSite site) {
        String pronoun = CueScope.invertedSubjectClitic(site.tokens(), site.hit().first());
        if (pronoun == null) {
            SentenceGraph g = site.graph();
            for (int subj : site.dependents("nsubj")) {
                String w = g.word(subj).toLowerCase(java.util.Locale.ROOT);
                if (w.equals("il") || w.equals("elle")) {
                    pronoun = w;
                }
            }
        }
        if (pronoun == null || pronoun.equals("ils") || pronoun.equals("elles")) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (Mention m : PronounAntecedents.previousSubject(site.discourse(), site.words(), pronoun)) {
            if (m != null && m.type() == EntityType.PERSON && !outsider(site, m)) {
                out.add(speaker(site.hit(), m, "quoted, " + pronoun + " " + site.cueText() + " → " + m.text()
                        + " (previous sentence)"));
            }
        }
        return out;
    }

    /**
     * (h20-asie) `…, a déclaré X lors d'une conférence de presse`: an indefinite briefing (`speech_briefings`) may be held
     * anywhere, often in the capital on the eve; only a sentence that ties it to the meeting (`à l'issue du sommet`,
     * `briefing_at_meeting`) places the words there. `lors de la conférence de presse de clôture` is not a briefing of
     * the list: the definite article names the meeting's own.
     */
    static boolean briefingAwayFromMeeting(CueSite site) {
        return RoleWords.containsPhrase(site.tokens(), site.words().speechBriefings)
                && !RoleWords.containsPhrase(site.tokens(), site.words().briefingAtMeeting);
    }

    /**
     * `Mohammed X, dit Hemedti,`: a participle of naming (`alias_participles`) right after a comma that closes no
     * quotation gives the person's other name; `« … », dit le ministre` speaks.
     */
    private static boolean namesAnAlias(CueSite site) {
        List<Token> toks = site.tokens();
        int k = site.hit().first();
        if (!site.words().aliasParticiples.containsWord(toks.get(k)) || k < 2 || !toks.get(k - 1).word().equals(",")) {
            return false;
        }
        String before = toks.get(k - 2).word();
        return !(before.equals("»") || before.equals("\"") || before.equals("”") || before.equals("'"));
    }

    /**
     * `X a déclaré depuis Dakar, avant son départ`: words sent from a city or a country (`depuis` + a place) are
     * said away from the meeting. `depuis la tribune`, `depuis 2019` name no place.
     */
    static boolean saidFromAPlace(CueSite site) {
        SentenceGraph g = site.graph();
        for (int o : site.dependents("obl")) {
            Mention m = g.mentionAt(g.startOf(o));
            boolean place = m != null && (m.type() == EntityType.LOCATION || m.type() == EntityType.COUNTRY);
            if (place && g.dependents(o, "case").stream().anyMatch(c -> g.word(c).equalsIgnoreCase("depuis"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * `…, a précisé X à Reuters`, `a confié à Jeune Afrique`, `a souligné auprès de l'AFP`: words told to a news outlet of
     * the list after the verb are an interview, given away from the meeting.
     */
    static boolean toldToAnOutlet(CueSite site) {
        SentenceGraph g = site.graph();
        return outletAfter(site.words(), site.tokens(), site.hit().end(), g::mentionAt);
    }

    /** `à`, `au`, `aux` or `auprès de` from token {@code from} on, then a news outlet of the list. */
    private static boolean outletAfter(RoleWords words, List<Token> toks, int from,
                                       java.util.function.IntFunction<Mention> mentionAtChar) {
        for (int k = Math.max(0, from); k + 1 < toks.size(); k++) {
            String w = toks.get(k).folded();
            if (!w.equals("a") && !w.equals("au") && !w.equals("aux") && !w.equals("aupres")) {
                continue;
            }
            // (h23-onu) `a souligné auprès de l'AFP`: `auprès de` + the outlet, one word further than `à`
            int reach = w.equals("aupres") ? 4 : 3;
            for (int j = k + 1; j < Math.min(toks.size(), k + reach); j++) {
                Mention m = mentionAtChar.apply(toks.get(j).start());
                if (m != null && words.isMedia(m)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * (h63-wrong) `…, a déclaré à Sputnik X, porte-parole du gouvernement. « … », a précisé M. X.`: a speaker the
     * previous sentence names as talking to a news outlet goes on with that interview, given away from the meeting.
     */
    private static boolean goesOnWithAnInterview(CueSite site, Mention speaker) {
        org.summitcoverage.nlp.Sentence prev = site.discourse().previous();
        if (prev == null) {
            return false;
        }
        List<Mention> there = site.discourse().allMentions().stream()
                .filter(m -> m.start() >= prev.start() && m.start() < prev.end()).toList();
        if (there.stream().noneMatch(m -> m.entityId().equals(speaker.entityId()))) {
            return false;
        }
        return outletAfter(site.words(), prev.tokens(), 0,
                at -> there.stream().filter(m -> m.start() <= at && at < m.end()).findFirst().orElse(null));
    }

    private static List<Finding> subjects(CueSite site) {
        SentenceGraph g = site.graph();
        List<Finding> out = new ArrayList<>();
        for (int subj : withInvertedConjuncts(site)) {
            Set<Mention> phrase = g.entitiesInPhrase(subj);
            if (phrase.isEmpty() && site.words().isHolderTitle(g.word(subj))) {
                Mention p = TitleAppositions.personAfterTitle(g, subj);
                if (p == null && subj < site.cueNode()) {
                    // (h62-titles) `le prince héritier a affirmé`: the one person the article names with that title
                    p = SoleTitleHolder.holderOfNode(site.discourse(), g, subj);
                }
                if (p != null) {
                    phrase = Set.of(p);
                }
            }
            for (Mention m : phrase) {
                // `», a souligné un conseiller du président X`: the unnamed adviser speaks, X only sent him
                // (`envoy_nouns`, the rule HolderPhrases applies to every other holder phrase)
                if (m.type() == EntityType.PERSON && !outsider(site, m) && !HolderPhrases.sentAnEnvoy(g, m)) {
                    out.add(speaker(site.hit(), m, "quoted, " + site.cueText() + " " + m.text()));
                } else if (subj < site.cueNode() && unnamedTitleSpeaker(site, phrase, m)) {
                    out.add(speaker(site.hit(), m, "quoted, " + site.cueText() + " (unnamed title) " + m.text()));
                }
            }
        }
        return out;
    }

    /**
     * (h60-titles) `Dans son allocution, le roi saoudien a affirmé …`: a title with its state and no name speaks for
     * the person the article names with that title, or the state when it names none (the role goes there through
     * {@link TitleAppositions#toPersonNamedElsewhere}); not when the subject names a person (`le président X du Kenya`),
     * nor for the holder of another noun's title (`le porte-parole du ministère chinois`), nor when the article names
     * someone with that state under another title (`le Président de la République du Togo, X`): the title may be that
     * person, and the state is then no speaker of its own.
     */
    private static boolean unnamedTitleSpeaker(CueSite site, Set<Mention> phrase, Mention m) {
        if (m.type() != EntityType.COUNTRY || phrase.stream().anyMatch(p -> p.type() == EntityType.PERSON)) {
            return false;
        }
        TitleAppositions.StateTitle title = TitleAppositions.stateTitle(site.tokens(), m, site.words());
        if (title == null || title.ofAnotherNoun()) {
            return false;
        }
        if (TitleAppositions.personNamedElsewhere(site.discourse(), m, site.words()) != null) {
            return true;
        }
        List<Mention> all = site.discourse().allMentions();
        for (Mention p : all) {
            Mention state = p.type() == EntityType.PERSON ? TitleAppositions.stateRightBefore(all, p) : null;
            if (state != null && state.entityId().equals(m.entityId())) {
                return false;
            }
        }
        return true;
    }

    /**
     * `», ont déclaré le président X et la présidente Y`: the parser hangs the second of two inverted subjects on the
     * verb as its conjunct; a nominal conjunct after the subject, with no subject or auxiliary of its own, is one.
     */
    private static List<Integer> withInvertedConjuncts(CueSite site) {
        SentenceGraph g = site.graph();
        List<Integer> subjects = new ArrayList<>(site.dependents("nsubj"));
        if (subjects.isEmpty() && site.cueNode() > 0) {
            // (h26-amerique) `A l'ouverture du sommet, X, qui …, a réaffirmé`: the subject hung on the opening adverbial
            return ClauseReading.subjectsConjoinedToAFrontedAdverbial(g, site.cueNode());
        }
        if (subjects.size() != 1 || subjects.get(0) < site.cueNode()) {
            return subjects;
        }
        for (int c : site.dependents("conj")) {
            String pos = g.pos(c);
            if (c > subjects.get(0) && (pos.equals("NOUN") || pos.equals("PROPN"))
                    && g.dependents(c, "nsubj").isEmpty() && g.dependents(c, "aux").isEmpty()
                    && g.dependents(c, "cop").isEmpty()) {
                subjects.add(c);
            }
        }
        return subjects;
    }

    /**
     * `», a martelé Brandtner, dont le discours …`: the parser hung the name elsewhere; French puts the
     * speaker right after the verb of an attribution.
     */
    private static List<Finding> speakerAfterVerb(CueSite site) {
        List<Token> toks = site.tokens();
        Hit h = site.hit();
        int k = h.end();
        if (k < toks.size() && toks.get(k).word().equals(",")) {
            // `a tenu à souligner, entre autres, le président X`: an incise between commas
            int close = k + 1;
            while (close < toks.size() && close - k <= 4 && !toks.get(close).word().equals(",")) {
                close++;
            }
            k = close < toks.size() && toks.get(close).word().equals(",") ? close + 1 : k;
        }
        int first = k;
        while (k < toks.size() && k - first < 3 && (site.words().isHolderTitle(toks.get(k).word())
                || site.words().speakerOpeners.containsWord(toks.get(k)))) {
            k++;
        }
        Mention m = k < toks.size() ? site.graph().mentionAt(toks.get(k).start()) : null;
        if (m == null || m.type() != EntityType.PERSON || outsider(site, m) || HolderPhrases.sentAnEnvoy(site.graph(), m)) {
            return List.of();
        }
        return List.of(speaker(h, m, "quoted, " + h.text() + " " + m.text() + " (tokens)"));
    }

    /**
     * `L'opposant X a dénoncé « une mascarade »`, `X, analyste au centre Y, a estimé`: a speaker the sentence names as
     * one who comments the meeting from outside (`outsider_titles`, next to the name within its clause) attends
     * nothing by speaking.
     */
    private static boolean outsider(CueSite site, Mention m) {
        List<Token> toks = site.tokens();
        int first = -1;
        int last = -1;
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (t.start() < m.end() && t.end() > m.start()) {
                last = i;
                if (first < 0) {
                    first = last;
                }
            }
        }
        if (first < 0) {
            return false;
        }
        for (int k = first - 1; k >= 0 && k >= first - 4; k--) {
            String w = toks.get(k).word();
            if (site.words().outsiderTitles.contains(w)) {
                return true;
            }
            if (w.equals(",") || w.equals(";") || w.equals("«") || w.equals("»") || w.equals(".")) {
                break;
            }
        }
        int cue = site.hit().first();
        if (last + 1 < toks.size() && toks.get(last + 1).word().equals(",")) {
            for (int k = last + 2; k < toks.size() && k <= last + 5 && (cue < 0 || k < cue || cue < first); k++) {
                String w = toks.get(k).word();
                if (site.words().outsiderTitles.contains(w)) {
                    return true;
                }
                if (w.equals(",") || w.equals(";") || w.equals(".")) {
                    break;
                }
            }
        }
        return false;
    }

    private static Finding speaker(Hit h, Mention m, String licence) {
        return new Finding(RoleType.PARTICIPANT, m, h.text(), Confidence.SPEECH, "speech", licence, null);
    }
}
