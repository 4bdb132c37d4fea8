package org.summitcoverage.extract.roles;

import org.summitcoverage.extract.roles.RoleCueLexicon.CueKind;
import org.summitcoverage.extract.roles.RoleCueLexicon.Cue;
import org.summitcoverage.extract.roles.RoleCueLexicon.Hit;
import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.model.Entity;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.model.Role;
import org.summitcoverage.model.RoleType;
import org.summitcoverage.nlp.AnnotatedText;
import org.summitcoverage.nlp.ParsedSentence;
import org.summitcoverage.nlp.Sentence;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The role half of the extract stage (docs/annotation.md § Roles): finds the cues of {@link RoleCueLexicon}
 * sentence by sentence, parses only the sentences whose cues read the parse, hands each cue to the reading
 * {@link RoleReadings} registers for it, and turns what they find into rows. Exception and negation win over
 * the surrounding cue; hypotheses, demands and questions assert nothing ({@link CueScope}).
 */
public final class RoleExtractor {
    /** The roles of a person at the meeting whose companion, named in the next sentence, attends too. */
    private static final Set<RoleType> ATTENDING = java.util.EnumSet.of(RoleType.PARTICIPANT, RoleType.DELEGATION_HEAD,
            RoleType.CHAIR, RoleType.HOST);
    private static final ParsedSentence NO_PARSE = new ParsedSentence(List.of(), List.of());

    private final RoleCueLexicon lexicon;
    private final RoleWords words;
    private final boolean useParser;
    private final boolean clauseOnly;
    private final RoleReadings readings = RoleReadings.standard();
    private final ExceptionReading exceptions = new ExceptionReading();
    private final VoteTallyReading tallies;
    private final HeadlinePresenceReading headlines;
    private final EllipticSigningReading elliptic;
    /** How many sentences back an arrival still opens a sequence that a verbless turn continues. */
    private static final int ARRIVAL_SEQUENCE_REACH = 3;
    private final CompanionReading companions;
    private final TurnInASequenceReading turns;
    private final ListHeaderReading lists;
    private final MeetingPlaceReading places;
    private final MeetingTitleReading titles;

    /**
     * @param useParser false for the fast mode: token rules only, no dependency parse (several times
     *                  faster, lower recall; see the README's figures)
     */
    public RoleExtractor(RoleCueLexicon lexicon, RoleWords words, boolean useParser) {
        this(lexicon, words, useParser, false);
    }

    /**
     * @param clauseOnly parse only the stretch of a cue sentence that holds its cues ({@link ParseScope}):
     *                   faster on long sentences, off by default (see docs/speed-notes.md for what it costs)
     */
    public RoleExtractor(RoleCueLexicon lexicon, RoleWords words, boolean useParser, boolean clauseOnly) {
        this.lexicon = lexicon;
        this.words = words;
        this.useParser = useParser;
        this.clauseOnly = clauseOnly;
        this.lists = new ListHeaderReading(lexicon, words);
        this.places = new MeetingPlaceReading(lexicon, words);
        this.titles = new MeetingTitleReading(words);
        this.tallies = new VoteTallyReading(words);
        this.headlines = new HeadlinePresenceReading(words);
        this.elliptic = new EllipticSigningReading(words);
        this.companions = new CompanionReading(words);
        this.turns = new TurnInASequenceReading(words);
    }

    public List<RoleFinding> extract(AnnotatedText doc, List<Mention> mentions, List<Entity> entities,
                                     Function<Sentence, ParsedSentence> parser) {
        if (!ClauseReading.speaksOfAMeeting(words, doc, entities, mentions)) {
            return List.of(); // a football report or a health column: no summit, so nobody signs or attends one
        }
        Map<String, Entity> byId = new HashMap<>();
        for (Entity e : entities) {
            byId.put(e.entityId(), e);
        }
        String mainEvent = mainEvent(entities);
        String mainEventName = byId.containsKey(mainEvent) ? byId.get(mainEvent).canonicalName() : "";
        int mainNumber = EarlierEditions.mainNumber(mentions, mainEvent);
        int mainEdition = EarlierEditions.mainEdition(mentions, mainEvent, mainNumber);
        Map<String, RoleFinding> out = new LinkedHashMap<>();
        Hit unnamed = null;
        boolean representedByUnnamed = false;
        String gappedTrigger = "";
        RoleType lastSigning = null;
        String lastSigningTrigger = "";
        String lastAttendance = null;
        String lastArrival = null; // (h43-presences10) the last arrival cue, for `ce fut ensuite le tour de A`
        int lastArrivalSentence = -10;
        for (Sentence s : doc.sentences()) {
            List<Token> toks = s.tokens();
            List<Hit> hits = new ArrayList<>(lexicon.find(toks));
            // (h32-hotes) `pour son accueil` is a cue only after a verb that thanks: `un record pour l'Organisation` is none
            hits.removeIf(h -> h.kind() == CueKind.THANKS && ThanksForHostingReading.thankingVerbBefore(words, toks, h) < 0);
            RoleType previousSigning = lastSigning;
            lastSigning = null;
            String previousAttendance = lastAttendance;
            lastAttendance = null;
            Hit carried = unnamed;
            unnamed = null;
            boolean gapped = representedByUnnamed;
            representedByUnnamed = false;
            if (gapped && hits.stream().noneMatch(h -> h.role() != null)) {
                // `Le Nigeria est représenté par son vice-président. L'Égypte et la Libye par leur Premier ministre.`
                List<Mention> inSentence = mentions.stream().filter(m -> m.sentenceIndex() == s.index()).toList();
                SentenceGraph g = SentenceGraph.unparsed(toks, inSentence, words);
                String evidence = doc.text().substring(s.start(), s.end());
                for (Mention m : RepresentationReading.gappedPart(g, 0, true)) {
                    addRow(out, byId, new Finding(RoleType.PARTICIPANT, m, gappedTrigger, Confidence.TOKEN_RULE,
                            "represented-by-unnamed", m.text() + " … par (previous sentence: " + gappedTrigger + ")", null),
                            s.index(), evidence, sentenceEvent(inSentence, mainEvent));
                    representedByUnnamed = true;
                }
                continue;
            }
            boolean ownCase = CueScope.opensOnTheCaseOf(words, toks) && hits.stream().anyMatch(h -> h.role() != null);
            // (h35-listes3) `Certains pays ont émis des réserves. C'est le cas du Mali, seul pays à s'être abstenu.`: a
            // sentence naming the case of the previous one's set with a cue of its own says what that case is itself
            if (carried != null && (CueScope.startsWithAmongThem(words, toks) && !ownCase
                    || CueScope.membershipProformAt(words, toks) > 0
                    || carried.role() == RoleType.PARTICIPANT && (CueScope.amongAttendeesEnd(words, toks) > 0
                            || CueScope.attendeeSetInclusionEnd(words, toks) > 0))) {
                // `Une trentaine d'ONG ont signé l'appel. Parmi elles, MSF, Greenpeace…`
                hits = new ArrayList<>(hits);
                hits.add(new Hit(carried.cue(), -1, -1, carried.text()));
            }
            if (carried != null && hits.stream().noneMatch(h -> h.role() != null && (!isSigning(carried.role()) || isSigning(h.role())))
                    && !toks.isEmpty() && words.setSubjectPronouns.containsWord(toks.get(0))
                    && mentions.stream().noneMatch(m -> m.sentenceIndex() == s.index() && SentenceGraph.canHoldRole(m))) {
                // (h31-signature) `… signée par plus de 110 pays. Ils représentent 85 % des forêts. La Chine et le Brésil en
                // font partie.`: a sentence about the unnamed set, naming nobody, leaves it open for the next one's members;
                // a signing set stays open past another role's cue that names nobody either (`Ils représentent 85 % des forêts`)
                unnamed = carried;
                continue;
            }
            if (previousSigning == null && carried != null && carried.kind() == CueKind.VERB
                    && (carried.role() == RoleType.SIGNATORY || carried.role() == RoleType.NON_SIGNATORY)
                    && hits.stream().noneMatch(h -> h.role() != null) && !CueScope.isQuestion(s)) {
                // (h28-afrique) `54 pays ont signé le traité. Seule l'Érythrée ne l'a pas fait.`: the act the pro-verb
                // takes up is the signing verb of a count the previous sentence named no member of
                List<Mention> inSentence = mentions.stream().filter(m -> m.sentenceIndex() == s.index()).toList();
                List<Finding> taken = elliptic.read(toks, inSentence, carried.role(), carried.text());
                String evidence = doc.text().substring(s.start(), s.end());
                for (Finding f : taken) {
                    addRow(out, byId, f, s.index(), evidence, sentenceEvent(inSentence, mainEvent));
                    lastSigning = f.role();
                    lastSigningTrigger = carried.text();
                }
                if (!taken.isEmpty()) {
                    continue;
                }
            }
            if (hits.stream().noneMatch(h -> h.role() != null) && previousSigning != null && !CueScope.isQuestion(s)) {
                // `La Pologne a signé la déclaration. La Finlande aussi.`, `Le Danemark ne l'a pas fait.`
                List<Mention> inSentence = mentions.stream().filter(m -> m.sentenceIndex() == s.index()).toList();
                String evidence = doc.text().substring(s.start(), s.end());
                for (Finding f : elliptic.read(toks, inSentence, previousSigning, lastSigningTrigger)) {
                    addRow(out, byId, f, s.index(), evidence, sentenceEvent(inSentence, mainEvent));
                    lastSigning = f.role();
                }
                continue;
            }
            String turnTrigger = previousAttendance != null ? previousAttendance
                    : s.index() - lastArrivalSentence <= ARRIVAL_SEQUENCE_REACH ? lastArrival : null;
            for (Hit h : hits) {
                if (h.kind() == CueKind.ARRIVAL && h.role() != null) {
                    lastArrival = h.text();
                    lastArrivalSentence = s.index();
                }
            }
            if (hits.stream().noneMatch(h -> h.role() != null) && turnTrigger != null && !CueScope.isQuestion(s)) {
                // `X est arrivé lundi. […] Dans la soirée, ce fut le tour de A et de B`: the next in the sequence attend
                List<Mention> inSentence = mentions.stream().filter(m -> m.sentenceIndex() == s.index()).toList();
                List<Finding> turn = turns.read(SentenceGraph.unparsed(toks, inSentence, words), turnTrigger);
                if (!turn.isEmpty()) {
                    String evidence = doc.text().substring(s.start(), s.end());
                    for (Finding f : turn) {
                        addRow(out, byId, f, s.index(), evidence, sentenceEvent(inSentence, mainEvent));
                    }
                    lastAttendance = turnTrigger;
                    continue;
                }
            }
            if (previousAttendance != null && !CueScope.isQuestion(s)) {
                // (h63-miss) `X a convié A. À ces dirigeants s'ajoutent B et C`, `Aux souverains viendront s'ajouter B`: the
                // arrival verb inside the verb of addition is no cue of its own; a cue after it still reads its clause
                List<Mention> inSentence = mentions.stream().filter(m -> m.sentenceIndex() == s.index()).toList();
                SentenceGraph g = SentenceGraph.unparsed(toks, inSentence, words);
                int added = companions.additionEnd(g);
                if (added > 0 && hits.stream().noneMatch(h -> h.role() != null && h.first() >= added)) {
                    String evidence = doc.text().substring(s.start(), s.end());
                    for (Finding f : companions.added(g, previousAttendance)) {
                        addRow(out, byId, f, s.index(), evidence, sentenceEvent(inSentence, mainEvent));
                    }
                    continue;
                }
                if (hits.stream().noneMatch(h -> h.role() != null)) {
                    // `X a pris part à la séance. Il était accompagné du ministre Y.`: the same unparsed graph
                    String evidence = doc.text().substring(s.start(), s.end());
                    for (Finding f : companions.read(g, previousAttendance)) {
                        addRow(out, byId, f, s.index(), evidence, sentenceEvent(inSentence, mainEvent));
                    }
                    continue;
                }
            }
            if (hits.stream().noneMatch(h -> h.role() != null) || CueScope.isQuestion(s) || CueScope.isTeaser(words, toks)) {
                continue;
            }
            List<Mention> inSentence = mentions.stream().filter(m -> m.sentenceIndex() == s.index()).toList();
            if (inSentence.stream().noneMatch(SentenceGraph::canHoldRole) && !CueScope.opensWithPronoun(words, s)
                    && !CueScope.hasInvertedSubjectClitic(s) && !TheTwoNamedLeaders.namesThePair(words, toks)
                    && !SoleTitleHolder.namesASoleHolder(new Discourse(doc, s, mentions), toks, words)) {
                // nobody to hold a role, not worth a parse; but the next sentence may name them (`Parmi elles, …`)
                for (Hit h : hits) {
                    if (GuestOfAPerson.guestOfATitle(words, toks, h)) {
                        unnamed = as(h, RoleType.PARTICIPANT); // `D'autres chefs d'État étaient les hôtes du roi.`
                    } else if (h.role() != null && h.first() >= 0 && (h.kind() == CueKind.VERB || h.kind() == CueKind.REFLEXIVE
                            || h.kind() == CueKind.PASSIVE || h.kind() == CueKind.ARRIVAL || presenceOfAnUnnamedSet(h))
                            && !CueScope.blockedByTokens(words, toks, h, hits)) {
                        // (h36-listes4) an arrival too: `Plusieurs chefs d'État sont arrivés à Abuja. Il s'agit de A, B`,
                        // handed on as the verb of attendance it is (the list is read as a verb's, not at the arrival's place)
                        Hit cue = h.kind() == CueKind.ARRIVAL ? asAttendanceVerb(h) : h;
                        unnamed = joinsAPlace(toks, cue, inSentence) ? as(cue, RoleType.PARTICIPANT) : carriedOver(toks, cue, unnamed);
                    }
                }
                continue;
            }
            List<Hit> live = hits.stream().filter(h -> h.role() != null && CueScope.isLive(words, h, toks)).toList();
            if (live.isEmpty()) {
                continue;
            }
            // The dependency parse is most of the cost of a run: only cues that read the parse pay for it.
            boolean needsParse = useParser && live.stream().anyMatch(h -> h.kind() != CueKind.VENUE && h.kind() != CueKind.LISTED);
            Sentence scope = clauseOnly ? ParseScope.around(words, s, live) : s;
            Sentence parsed = SourcePrefix.without(scope, live, words);
            // (h20-paix) the source a sentence opens on (`Selon l'agence X, A et B …`) holds no role
            int sourceEnd = parsed == scope ? -1 : parsed.start();
            ParsedSentence parse = !needsParse ? NO_PARSE : parser.apply(parsed);
            SentenceGraph g = new SentenceGraph(parse, toks, inSentence, words);
            Discourse discourse = new Discourse(doc, s, mentions);
            String sentenceText = doc.text().substring(s.start(), s.end());
            List<Hit> liveHits = hits;
            List<Finding> found = RepresentedPersonLeadsNothing.without(g, HeadInARepresentativesTitle.withoutTheHeads(g, readSentence(discourse, g, hits, mainEvent, mainNumber, mainEdition, mainEventName)))
                    .stream().filter(f -> !org.summitcoverage.nlp.CoreNlpAnnotator.inDashedClause(sentenceText,
                            f.mention().start() - s.start(), f.mention().end() - s.start()))
                    // (h19-lists) `…, une organisation qui compte neuf membres : A, B`: what a bloc is made of
                    .filter(f -> !MembershipList.names(words, toks, liveHits, f.mention(), f.trigger()))
                    // (h56-sweepc) `L'OCS regroupe A, B. C y participe en tant qu'observateur`: a status in the body
                    .filter(f -> !StatusInABody.holds(words, discourse, toks, inSentence, f))
                    .filter(f -> f.mention().start() >= sourceEnd)
                    .map(f -> RepresentedParty.filled(words, discourse, toks, inSentence, f)).toList();
            for (Hit h : hits) {
                // a cue of two roles (`accueille`: HOST and guests) whose guests it did not name carries them over
                if (h.role() == RoleType.HOST && GuestOfAPerson.guestsUnnamed(g, h, found)) {
                    unnamed = as(h, RoleType.PARTICIPANT); // `D'autres chefs d'État étaient les hôtes de X. Il s'agissait de A, B`
                } else if (h.role() != null && h.first() >= 0
                        && (found.stream().noneMatch(f -> f.trigger().equals(h.text()) && f.role() == h.role())
                            || CountedObject.gathersAnUnnamedCount(g, h))
                        && !CueScope.blocked(toks, h, hits, g)) {
                    unnamed = joinsAPlace(toks, h, inSentence) ? as(h, RoleType.PARTICIPANT) : carriedOver(toks, h, unnamed);
                }
            }
            String evidence = doc.text().substring(s.start(), s.end());
            lastSigning = signingOf(found);
            lastAttendance = found.stream().filter(f -> f.mention().type() == EntityType.PERSON && ATTENDING.contains(f.role()))
                    .map(Finding::trigger).findFirst().orElse(null);
            if (lastSigning != null) {
                lastSigningTrigger = found.stream().filter(f -> f.role() == RoleType.SIGNATORY || f.role() == RoleType.NON_SIGNATORY)
                        .findFirst().map(Finding::trigger).orElse("");
            }
            for (Finding f : found) {
                if (f.rule().equals("represented-by-unnamed")) {
                    representedByUnnamed = true;
                    gappedTrigger = f.trigger();
                }
                addRow(out, byId, f, s.index(), evidence, sentenceEvent(inSentence, mainEvent));
            }
        }
        for (ListHeaderReading.ListedFinding l : lists.read(doc, mentions)) {
            int index = l.sentenceIndex();
            List<Mention> inItem = mentions.stream().filter(m -> m.sentenceIndex() == index).toList();
            addRow(out, byId, l.finding(), index, l.evidence(), sentenceEvent(inItem, mainEvent));
        }
        List<SentenceFinding> articleWide = new ArrayList<>(places.read(doc, mentions, mainNumber, mainEvent, mainEventName));
        articleWide.addAll(tallies.read(doc, mentions));
        articleWide.addAll(titles.read(doc, mentions, mainEvent, mainNumber));
        articleWide.addAll(headlines.read(doc, mentions));
        for (SentenceFinding a : articleWide) {
            int index = a.sentenceIndex();
            List<Mention> inSentence = mentions.stream().filter(m -> m.sentenceIndex() == index).toList();
            addRow(out, byId, a.finding(), index, a.evidence(), sentenceEvent(inSentence, mainEvent));
        }
        return welcomeOfTheHostOnly(negationWins(new ArrayList<>(out.values())));
    }

    /**
     * (h56-sweepb) `Le président hôte du sommet, X, a souhaité la bienvenue aux délégations`: the host's (or chair's)
     * welcome is part of hosting; the attendance the welcome says of a holder that the same sentence makes host or
     * chair is not one more row (ANNOTATION.md: hosts and chairs get no PARTICIPANT row of their own).
     */
    private static List<RoleFinding> welcomeOfTheHostOnly(List<RoleFinding> findings) {
        Set<String> hosting = new HashSet<>();
        for (RoleFinding f : findings) {
            if (f.role().role() == RoleType.HOST || f.role().role() == RoleType.CHAIR) {
                hosting.add(f.role().entityId() + "|" + f.role().sentenceIndex());
            }
        }
        List<RoleFinding> out = new ArrayList<>();
        for (RoleFinding f : findings) {
            boolean welcome = f.role().role() == RoleType.PARTICIPANT && f.role().trigger() != null
                    && TextFolding.fold(f.role().trigger()).endsWith("la bienvenue");
            if (!(welcome && hosting.contains(f.role().entityId() + "|" + f.role().sentenceIndex()))) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * `La cérémonie s'est déroulée en présence d'une large délégation. Parmi les dirigeants figuraient A, B`: an
     * attendance listed after its cue (`en présence de`) whose list names nobody hands its set to the next sentence.
     */
    private static boolean presenceOfAnUnnamedSet(Hit h) {
        return h.kind() == CueKind.LISTED && h.role() == RoleType.PARTICIPANT;
    }

    /**
     * (h31-signature) A verb cue that opens on the noun its participle qualifies (`l'engagement pris par une centaine de pays`)
     * reads its holder from the participle, where the parser hangs the `par` agent; any other cue keeps its first word.
     */
    private static int participleOfANounCue(SentenceGraph g, List<Token> toks, Hit h, int cue) {
        if (cue <= 0 || h.kind() != CueKind.VERB || h.end() - h.first() < 2) {
            return cue;
        }
        int next = g.nodeAt(toks.get(h.first() + 1).start());
        boolean qualifies = next > 0 && g.incoming(next).stream().anyMatch(e -> e.governor() == cue && e.baseRelation().equals("acl"));
        return qualifies ? next : cue;
    }

    private static boolean isSigning(RoleType role) {
        return role == RoleType.SIGNATORY || role == RoleType.NON_SIGNATORY;
    }

    /** The one signing role a sentence's findings assert (a signature or a refusal), or null when none or both. */
    private static RoleType signingOf(List<Finding> found) {
        RoleType role = null;
        for (Finding f : found) {
            if (f.role() == RoleType.SIGNATORY || f.role() == RoleType.NON_SIGNATORY) {
                if (role != null && role != f.role()) {
                    return null;
                }
                role = f.role();
            }
        }
        return role;
    }

    /**
     * The cue a sentence hands to the next one when it names nobody to hold it (`Neuf pays n'ont pas signé. Parmi
     * eux, A et B`): a negated signature is carried as the refusal it asserts; any other negated role is none, and
     * the cue carried before stays.
     */
    private Hit carriedOver(List<Token> toks, Hit h, Hit before) {
        if (h.kind() == CueKind.VENUE) {
            // (h19-lists) `… au sommet, qui aura lieu dans la capitale angolaise. Il s'agit des présidents A, B`: the
            // verb that places the meeting names no set of people; the set the next sentence lists is the earlier cue's
            return before;
        }
        if (h.kind() == CueKind.SPEECH || h.kind() == CueKind.NOUN && h.role() == RoleType.CHAIR) {
            // `Tel que l'indique X, cinq chefs d'État n'ont pas pu venir. Il s'agit de A, B`, `Selon la présidence, …`: a
            // source's word or office names no set whose members the next sentence lists
            return before;
        }
        if (h.role() != RoleType.SIGNATORY && h.role() != RoleType.NON_SIGNATORY && CueScope.aboutAnotherMeeting(words, toks, h)) {
            // (h36-listes4) `Plusieurs pays ont accueilli le sommet par le passé. Il s'agit de A, B`: a role told of an
            // earlier time is another meeting's, as the readings drop it in a sentence that names its holders
            return before;
        }
        if (BodyComposition.composesSomethingElse(words, toks, h)) {
            // (h32-precision) `Le G20 … Il est composé de 19 pays et de l'UE. Il s'agit de A, B`: the members of a bloc
            return before;
        }
        if (h.role() == RoleType.HOST && h.kind() == CueKind.VERB && h.first() > 0
                && words.etreForms.containsWord(toks.get(h.first() - 1)) && !CueScope.isNegated(words, toks, h)
                && toks.stream().noneMatch(t -> t.folded().equals("par")
                        || t.start() < toks.get(h.first()).start() && words.meetingNouns.contains(t.word().toLowerCase(java.util.Locale.ROOT)))) {
            // (h35-listes3) `Les chefs d'État ont été accueillis à Abuja. Il s'agit de A, B`: a passive of welcoming
            // with no agent and no meeting before it is about its guests; those the next sentence lists attend, they host nothing
            return as(h, RoleType.PARTICIPANT);
        }
        if (!CueScope.isNegated(words, toks, h)) {
            return representedWithNoAgent(toks, h) ? as(h, RoleType.PARTICIPANT) : h;
        }
        if (h.role() != RoleType.SIGNATORY) {
            return before;
        }
        Cue c = h.cue();
        return new Hit(new Cue(RoleType.NON_SIGNATORY, c.kind(), c.words(), c.unlessFollowedBy(), c.where()), h.first(), h.end(), h.text());
    }

    /**
     * `Plusieurs dirigeants ont rejoint la capitale mozambicaine. Il s'agit de …`: joining a place or the meeting, read
     * by the words (the sentence is not parsed), is arriving: the members the next sentence names attend, they sign
     * nothing (as {@link GroupJoiningReading} reads a parsed sentence).
     */
    private boolean joinsAPlace(List<Token> toks, Hit h, List<Mention> inSentence) {
        if (h.role() != RoleType.SIGNATORY || !words.meetingJoiningVerbs.containsWord(toks.get(h.first()))) {
            return false;
        }
        int k = h.end();
        while (k < toks.size() && (words.definiteArticles.containsWord(toks.get(k)) || ClauseReading.isAdverb(toks, k))) {
            k++;
        }
        if (k >= toks.size()) {
            return false;
        }
        String w = toks.get(k).word().toLowerCase(java.util.Locale.ROOT);
        int start = toks.get(k).start();
        return words.placeNouns.contains(w) || words.joinedMeetings.contains(w)
                || inSentence.stream().anyMatch(m -> m.start() == start && m.type() == EntityType.LOCATION);
    }

    /**
     * `Huit pays sont représentés au sommet. Il s'agit du Cameroun, …`: a state represented with no one named after
     * `par` attends; the members the next sentence names are participants, not delegation heads.
     */
    private boolean representedWithNoAgent(List<Token> toks, Hit h) {
        if (h.role() != RoleType.DELEGATION_HEAD || h.kind() != CueKind.VERB
                || !words.representedParticiples.contains(toks.get(h.first()).word().toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        for (int k = h.end(); k < toks.size(); k++) {
            if (toks.get(k).folded().equals("par")) {
                return false;
            }
        }
        return true;
    }

    /** An arrival cue as a verb of attendance, for the list the next sentence names. */
    private static Hit asAttendanceVerb(Hit h) {
        Cue c = h.cue();
        return new Hit(new Cue(RoleType.PARTICIPANT, CueKind.VERB, c.words(), c.unlessFollowedBy(), c.where()), h.first(), h.end(), h.text());
    }

    private static Hit as(Hit h, RoleType role) {
        Cue c = h.cue();
        return new Hit(new Cue(role, c.kind(), c.words(), c.unlessFollowedBy(), c.where()), h.first(), h.end(), h.text());
    }

    /** A finding as a row; one row per role, entity and sentence, the surest reading kept. */
    private static void addRow(Map<String, RoleFinding> out, Map<String, Entity> byId, Finding f, int sentenceIndex,
                               String evidence, String eventId) {
        Entity e = byId.get(f.mention().entityId());
        if (e == null) {
            return;
        }
        Role role = new Role(f.role(), e.entityId(), e.type(), e.canonicalName(), eventId, f.onBehalfOf(),
                f.trigger(), sentenceIndex, evidence, f.confidence(), f.rule());
        out.merge(f.role() + "|" + e.entityId() + "|" + sentenceIndex, new RoleFinding(role, f.rule(), f.licence()),
                (a, b) -> a.role().confidence() >= b.role().confidence() ? a : b);
    }

    /** Every cue of one sentence read: exceptions first, then each live role cue not blocked, negation applied. */
    private List<Finding> readSentence(Discourse discourse, SentenceGraph g, List<Hit> hits, String mainEvent, int mainNumber,
                                       int mainEdition, String mainEventName) {
        List<Token> toks = g.tokens();
        List<Finding> out = new ArrayList<>(exceptions.read(g, hits));
        Set<Mention> excepted = new LinkedHashSet<>();
        out.forEach(f -> excepted.add(f.mention()));
        for (Hit h : hits) {
            if (h.role() == null || !CueScope.isLive(words, h, toks) || CueScope.coveredByLongerHit(h, hits)
                    || CueScope.blocked(toks, h, hits, g)) {
                continue;
            }
            RoleType role = h.role();
            // (h30-climat) a host or chair too: `La Turquie devait accueillir le sommet, mais y a renoncé`
            if ((role == RoleType.PARTICIPANT || role == RoleType.HOST || role == RoleType.CHAIR)
                    && CueScope.expectationCancelled(words, toks, h, hits)) {
                continue;
            }
            if (role != RoleType.SIGNATORY && role != RoleType.NON_SIGNATORY && CueScope.aboutAnotherMeeting(words, toks, h)
                    && !EarlierEditions.namesTheMainEdition(g.mentions(), mainNumber)
                    || TimeAfterAnEarlierMeeting.tellsOfIt(words, toks, h)
                    || CueScope.toldInThePast(words, toks, h)
                    || CueScope.toldInThePastAfterDated(words, toks, h, discourse.previous() == null ? null : discourse.previous().tokens())) {
                continue;
            }
            // `le Brésil, hôte de la COP30`, `la COP30, présidée par le Brésil`, in an article on the COP31: that meeting's
            boolean earlierEdition = EarlierEditions.namedAt(words, toks, g.mentions(), h.end(), mainEvent, mainNumber)
                    || EarlierEditions.namedBefore(words, toks, g.mentions(), h.first(), mainNumber)
                    || EarlierEditions.subjectIsAnEarlierOrdinalEdition(words, toks, h.first(), mainEdition);
            if ((role == RoleType.CHAIR || role == RoleType.HOST) && earlierEdition) {
                continue;
            }
            int cue = participleOfANounCue(g, toks, h, h.first() < 0 ? -1 : g.nodeAt(toks.get(h.first()).start()));
            if (CueScope.adverbialToldInThePast(words, g, h, cue) || CueScope.subjectIsAnEarlierMeeting(words, g, cue)
                    || CueScope.participleOnADemonstrativeMeeting(words, g, cue)
                    || CueScope.aboutAPreparatoryMeeting(words, g, cue, discourse)
                    || CueScope.preparesAMeeting(words, g, hits, h, cue)
                    || role != RoleType.SIGNATORY && role != RoleType.NON_SIGNATORY && (CueScope.opensOnAnEarlierMeeting(words, toks, h)
                            || CueScope.pronounForAnEarlierMeeting(words, g, cue, discourse.previous()))) {
                continue; // `Sous la présidence de X, en 2019, le sommet précédent avait adopté …`
            }
            if (role == RoleType.CHAIR && StandingBodySessionChaired.chairsAnother(g, cue, mainEvent, mainEventName)) {
                continue; // (h46-faux13) `X, qui assume la présidence de la 60e session de l'Assemblée générale`
            }
            if (role == RoleType.CHAIR && OtherBodysSummitChaired.chairsAnother(g, cue, mainEventName)) {
                continue; // `X (qui va présider le sommet de l'UEMOA)` in an article on the CEDEAO's: that meeting's chair
            }
            if (role == RoleType.HOST && OtherKindOfMeetingHosted.hostsAnother(words, g, cue, mainEventName)) {
                continue; // (h55-divers2) `X abritera le premier sommet des parlementaires` in an article on the leaders'
            }
            if (role == RoleType.HOST && CueScope.organisesOtherMeetings(words, g, cue)) {
                continue; // `Des agences ont organisé des rencontres thématiques`: side meetings, not the summit
            }
            if (role != RoleType.SIGNATORY && role != RoleType.NON_SIGNATORY && CueScope.habitual(words, g, toks, cue)) {
                continue; // `Le sommet se tient chaque année et réunit les dirigeants de A, B`: the body's habit
            }
            if (SupersededRefusal.superseded(words, toks, h, hits)) {
                continue; // `Après avoir refusé de rejoindre l'initiative, X s'y est finalement rallié`
            }
            if (UnassertedRoleObject.unasserted(words, g, h, cue)) {
                continue; // `la présence de X n'est pas acquise`, `X présidera l'hommage aux victimes`
            }
            if (role == RoleType.PARTICIPANT && CueScope.purposeOfNegatedVerb(words, g, cue)) {
                continue; // `X ne se rendra pas à Panama pour participer au sommet`
            }
            if (role == RoleType.PARTICIPANT && CueScope.afterSans(words, toks, h)) {
                continue; // (h49-faux16) `Il est reparti sans participer au sommet`: negated attendance
            }
            List<Mention> exceptedAttendees = role == RoleType.PARTICIPANT || role == RoleType.DELEGATION_HEAD
                    ? ExceptionReading.exceptedFrom(g, hits, h) : List.of();
            if (CueScope.isNegated(words, toks, h)) {
                if (role == RoleType.PARTICIPANT) {
                    // `Aucun chef d'État n'a pris part au sommet, à l'exception du président X`: X did
                    for (Mention m : exceptedAttendees) {
                        out.add(new Finding(RoleType.PARTICIPANT, m, h.text(), Confidence.EXCEPTION, "exception to a negation",
                                h.text() + " … à l'exception de " + m.text(), null));
                    }
                }
                if (role != RoleType.SIGNATORY) {
                    continue;
                }
                role = RoleType.NON_SIGNATORY;
            }
            for (Finding read : readings.read(new CueSite(g, h, role, cue, discourse))) {
                boolean exceptedSigner = read.role() == RoleType.SIGNATORY && excepted.contains(read.mention());
                // `Tous étaient présents, à l'exception du président X`: X is the one who was not
                // by entity: `Les dirigeants (A, B, le Portugal) seront présents, à l'exception du Premier ministre
                // portugais`: the demonym excepted is the state listed, another mention of it
                boolean exceptedAttendee = exceptedAttendees.stream()
                        .anyMatch(x -> x.entityId().equals(read.mention().entityId()));
                // `Le Premier ministre malien a signé`: the person the article names with that title, if one
                Finding f = TitleAppositions.toPersonNamedElsewhere(discourse, read, words);
                boolean headWithoutPerson = f.role() == RoleType.DELEGATION_HEAD && f.mention().type() != EntityType.PERSON;
                boolean ofEarlierEdition = earlierEdition && (f.role() == RoleType.CHAIR || f.role() == RoleType.HOST);
                boolean headlineLabel = HeadlineLabel.isLabelBefore(toks, f.mention(), h);
                boolean laterClause = HolderInALaterClause.beyondABreak(words, toks, h, read);
                // (h63-wrong) `le correspondant de Sputnik présent sur les lieux`: an outlet reports on the meeting, it holds no role
                boolean outlet = words.isMedia(f.mention());
                if (!exceptedSigner && !headWithoutPerson && !exceptedAttendee && !ofEarlierEdition && !headlineLabel && !laterClause
                        && !outlet) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    private static String sentenceEvent(List<Mention> inSentence, String mainEvent) {
        Set<String> events = new LinkedHashSet<>();
        for (Mention m : inSentence) {
            if (m.type() == EntityType.EVENT) {
                events.add(m.entityId());
            }
        }
        return events.size() == 1 ? events.iterator().next() : mainEvent;
    }

    /** The meeting the article is about: its most mentioned event, the first one on a tie. */
    private static String mainEvent(List<Entity> entities) {
        Entity best = null;
        for (Entity e : entities) {
            if (e.type() == EntityType.EVENT && (best == null || e.mentions() > best.mentions())) {
                best = e;
            }
        }
        return best == null ? "" : best.entityId();
    }

    /** Negation and exception win (docs/annotation.md): no SIGNATORY row for an entity the article says did not sign. */
    private static List<RoleFinding> negationWins(List<RoleFinding> findings) {
        Set<String> refused = new HashSet<>();
        for (RoleFinding f : findings) {
            if (f.role().role() == RoleType.NON_SIGNATORY) {
                refused.add(f.role().entityId() + "|" + f.role().eventId());
            }
        }
        List<RoleFinding> out = new ArrayList<>();
        for (RoleFinding f : findings) {
            if (f.role().role() != RoleType.SIGNATORY || !refused.contains(f.role().entityId() + "|" + f.role().eventId())) {
                out.add(f);
            }
        }
        return out;
    }
}
