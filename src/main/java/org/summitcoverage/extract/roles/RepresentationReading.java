package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.extract.Words;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.model.RoleType;

import org.summitcoverage.nlp.ParsedSentence;
import org.summitcoverage.nlp.Sentence;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * `X était représenté par Y`, `X s'est fait représenter par Y`, `Y a représenté X`: Y led X's delegation (and acted on X's behalf). X may be a
 * state or body, or its head (`Y a représenté le chef de l'État`, `Y, qui représentait le président togolais`,
 * `c'est le ministre Y qui représentera le président Z`): representing a head of state at a summit is leading
 * the delegation. In a relative clause the representative is the clause's antecedent. A region with its own seat,
 * the head of the passive's subject (`Le Québec était représenté par Y`), is represented like a state.
 */
final class RepresentationReading implements ParsedReading {
    /** The longest title of a sentence without its verb: `par leur ministre des Affaires étrangères`. */
    private static final int MAX_GAPPED_TITLE_TOKENS = 6;

    private static final Set<String> SUBJECT_PRONOUNS = Set.of("il", "elle");

    /**
     * (h46-presences13) `Le Togo était invité et représenté par son ministre Y`: a participle with no subject or auxiliary
     * of its own, coordinated after a passive participle, shares that passive's auxiliary and subject.
     */
    static List<Integer> sharedPassiveSubjects(CueSite site) {
        SentenceGraph g = site.graph();
        if (!site.dependents("nsubj:pass").isEmpty() || !site.dependents("nsubj").isEmpty() || !site.dependents("aux:pass").isEmpty()
                || !site.dependents("aux").isEmpty()) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        for (int v : site.governors("conj")) {
            if (v < site.cueNode() && !g.dependents(v, "aux:pass").isEmpty()) {
                out.addAll(g.dependents(v, "nsubj:pass"));
            }
        }
        return out;
    }

    @Override
    public List<Finding> readParsed(CueSite site) {
        SentenceGraph g = site.graph();
        List<Integer> people = new ArrayList<>(site.agents());
        for (int o : site.dependents("obl:arg")) {
            // `X s'est fait représenter par sa ministre Y`: the parser may take the causative's agent for an argument
            if (g.dependents(o, "case").stream().anyMatch(c -> g.word(c).equals("par"))) {
                people.add(o);
            }
        }
        // (h22-minis) `représenté par la Secrétaire d'État auprès du ministre des Affaires étrangères …, X`: the parser hangs
        // the title's `auprès de` complement, and the name apposed to it, on the verb; with no person in the agent's own
        // phrase, the complement after it is still the agent's title
        boolean agentNamesNoOne = !people.isEmpty() && people.stream().allMatch(p -> HolderPhrases.holderMentions(g, p).stream()
                .noneMatch(m -> m.type() == EntityType.PERSON));
        for (int o : agentNamesNoOne ? site.dependents("obl:auprès_de") : List.<Integer>of()) {
            if (people.stream().anyMatch(p -> p < o)) {
                people.add(o);
            }
        }
        // `représentés à ce sommet, respectivement par X et Y`: the parser hangs the agent on the place
        for (String place : List.of("obl:à", "obl", "obl:mod")) {
            for (int o : site.dependents(place)) {
                people.addAll(g.dependents(o, "nmod:par"));
            }
        }
        // (h28-asie) `représenté à ce sommet par le ministre délégué auprès du ministre … chargé de …, M. Y`: after a long
        // title the parser may hang the name apposed to it on the verb; with no person in the agent's own phrase, a
        // person apposed to the verb after the agent is the agent's name
        if (!people.isEmpty() && people.stream().allMatch(p -> HolderPhrases.holderMentions(g, p).stream()
                .noneMatch(m -> m.type() == EntityType.PERSON))) {
            for (int a : site.dependents("appos")) {
                if (people.stream().anyMatch(p -> p < a) && HolderPhrases.holderMentions(g, a).stream()
                        .anyMatch(m -> m.type() == EntityType.PERSON)) {
                    people.add(a);
                }
            }
        }
        // (h37) `Le Mali prend part à ce sommet, représenté par le ministre des Affaires étrangères, Y`: the parser hangs
        // the participle on the meeting the clause's verb attends (its `à` complement), and the name apposed to the
        // agent's title on that verb; with no person in the agent's own phrase, that name after the agent is its name
        if (!people.isEmpty() && people.stream().allMatch(p -> HolderPhrases.holderMentions(g, p).stream()
                .noneMatch(m -> m.type() == EntityType.PERSON))) {
            for (int meeting : site.governors("acl")) {
                for (int v : g.governors(meeting, "obl:à")) {
                    for (String rel : List.of("obj", "appos")) {
                        for (int a : g.dependents(v, rel)) {
                            if (people.stream().anyMatch(p -> p < a) && HolderPhrases.holderMentions(g, a).stream()
                                    .anyMatch(m -> m.type() == EntityType.PERSON)) {
                                people.add(a);
                            }
                        }
                    }
                }
            }
        }
        if (people.isEmpty() && representedAtTheMeeting(site)) {
            // `Le Mali, le Niger et le Tchad sont représentés au sommet`: no one named represents them, but they attend
            List<Finding> out = new ArrayList<>();
            for (int p : passiveSubjects(site)) {
                for (Mention m : HolderPhrases.holderMentions(g, p)) {
                    if (m.type() == EntityType.COUNTRY || m.type() == EntityType.ORGANIZATION) {
                        out.add(site.withRole(RoleType.PARTICIPANT).finding(m, Confidence.PARSE_AGENT,
                                "represented-at", m.text() + " … " + site.cueText()));
                    }
                }
                // `Une trentaine d'États étaient représentés en qualité d'observateurs (A, B, C).`
                for (Mention m : TrailingBracketMembers.of(site, p)) {
                    out.add(site.withRole(RoleType.PARTICIPANT).finding(m, Confidence.ENUMERATION,
                            "represented-at", site.cueText() + " … (" + m.text() + ")"));
                }
            }
            return out;
        }
        String onBehalf = null;
        boolean represents = false;
        boolean worldRegion = false;
        if (!people.isEmpty()) {
            List<Integer> passiveSubjects = new ArrayList<>(site.dependents("nsubj:pass"));
            passiveSubjects.addAll(CutMainClause.passiveSubjects(g, site.cueNode())); // `A et B, de leur côté, sont représentées par`
            passiveSubjects.addAll(sharedPassiveSubjects(site));
            for (int p : passiveSubjects) {
                onBehalf = Delegations.firstStateOrBody(g, p);
                if (onBehalf == null && g.startOf(p) >= 0) {
                    // `Le Québec était représenté par X`: a region with its own seat, the head of the subject
                    Mention m = g.mentionAt(g.startOf(p));
                    // (h34) `L'Afrique centrale est représentée par le Tchadien A, le Congolais B`: a region of several
                    // states has no seat; the heads it lists each come for their own state, so they attend
                    worldRegion |= m != null && m.type() == EntityType.LOCATION && g.words().spansSeveralStates(m);
                    onBehalf = m != null && m.type() == EntityType.LOCATION && !worldRegion ? m.entityId() : null;
                }
            }
            // `L'Inde et la Russie sont représentées par …`: the parser may take the passive for an active subject
            for (int p : site.dependents("nsubj")) {
                onBehalf = onBehalf == null ? Delegations.firstStateOrBody(g, p) : onBehalf;
            }
            for (int p : CoordinatedRelative.heads(g, site.cueNode())) {
                onBehalf = onBehalf == null ? Delegations.firstStateOrBody(g, p) : onBehalf;
            }
            // (h37) `Le Mali prend part à ce sommet, représenté par Y`: the participle the parser hangs on the meeting
            // qualifies the subject of the verb attending it (a meeting is not represented)
            for (int meeting : site.governors("acl")) {
                for (int v : g.governors(meeting, "obl:à")) {
                    for (int p : g.dependents(v, "nsubj")) {
                        onBehalf = onBehalf == null ? Delegations.firstStateOrBody(g, p) : onBehalf;
                    }
                }
            }
            // `X s'est fait représenter par Y`: the causative is a passive whose subject hangs on `faire`
            boolean headRepresented = false;
            for (int f : site.governors("xcomp")) {
                if (g.words().causativeVerbs.contains(g.word(f))) {
                    List<Integer> subjects = new ArrayList<>(g.dependents(f, "nsubj"));
                    subjects.addAll(g.dependents(f, "nsubj:pass")); // `s'est fait`: the parser may make `faire` a passive
                    if (subjects.stream().anyMatch(p -> g.word(p).equalsIgnoreCase("qui"))) {
                        // `Le Ghana, qui s'est fait représenter par son ministre Y, …`: the relative pronoun's antecedent
                        subjects.addAll(g.governors(f, "acl:relcl"));
                    }
                    if (subjects.isEmpty()) {
                        // `X n'a pas fait le déplacement et s'est fait représenter par Y`: the subject of the verb
                        // the causative is coordinated with; or of the participle the parser takes for the verb
                        // the causative hangs on: `Le président X, initialement attendu, s'est fait représenter par Y`
                        for (String rel : List.of("conj", "parataxis")) {
                            for (int v : g.governors(f, rel)) {
                                subjects.addAll(g.dependents(v, "nsubj"));
                            }
                        }
                        // `Le président X va se faire représenter par Y`, `a choisi de se faire représenter`: the subject
                        // of the verb whose infinitive the causative is
                        for (int v : g.governors(f, "xcomp")) {
                            subjects.addAll(g.dependents(v, "nsubj"));
                        }
                    }
                    for (int p : subjects) {
                        onBehalf = onBehalf == null ? Delegations.firstStateOrBody(g, p) : onBehalf;
                        headRepresented |= namesAHead(g, p); // `Le président X s'est fait représenter par Y`
                    }
                }
            }
            for (int p : site.dependents("nsubj:pass")) {
                headRepresented |= namesAHead(g, p); // `Le président X était représenté par Y`
            }
            if (!site.dependents("aux:caus").isEmpty() || !site.dependents("obl:agent").isEmpty()) {
                for (int p : site.dependents("nsubj")) {
                    // `Le président X s'est fait représenter par Y`, `faire` an aux; `Le président X était remplacé par Y`, the
                    // passive's `être` taken for a tense auxiliary
                    headRepresented |= namesAHead(g, p);
                }
            }
            for (int p : CoordinatedRelative.heads(g, site.cueNode())) {
                headRepresented |= namesAHead(g, p); // `Le président X, représenté par Y, …`; `X, qui … et qui sera représenté par Y`
            }
            if (site.dependents("nsubj:pass").stream().allMatch(p -> SUBJECT_PRONOUNS.contains(g.word(p).toLowerCase(java.util.Locale.ROOT)))
                    && site.dependents("nsubj").isEmpty()) {
                // `Le roi X est absent et sera représenté par Y`: the subject of the predicate the passive is coordinated with;
                // `X, n'ayant pas fait le déplacement, il était remplacé par Y`: the one the pronoun takes up
                for (int v : site.governors("conj")) {
                    List<Integer> subjects = new ArrayList<>(g.dependents(v, "nsubj"));
                    for (int u : g.governors(v, "xcomp")) {
                        subjects.addAll(g.dependents(u, "nsubj")); // `n'a pas pu venir et sera représenté par Y`
                    }
                    for (int p : subjects) {
                        onBehalf = onBehalf == null ? Delegations.firstStateOrBody(g, p) : onBehalf;
                        headRepresented |= namesAHead(g, p);
                    }
                }
            }
            for (int p : site.dependents("nsubj:pass")) {
                // `Quatre pays, à savoir A, B et C, sont représentés par leurs chefs d'État`: the members the count names
                represents |= HolderPhrases.countFollowedByList(g, p).stream()
                        .anyMatch(m -> m.type() == EntityType.COUNTRY || m.type() == EntityType.ORGANIZATION);
            }
            if (onBehalf == null) {
                onBehalf = kingdomTakenUp(site); // `Le Royaume est représenté par Y`
            }
            represents = represents || onBehalf != null || worldRegion || headRepresented || pronounForAHeadOrState(site)
                    || hostStateRepresented(site);
        } else {
            people = new ArrayList<>(RelativeAntecedent.subjectsOf(g, site.cueNode()));
            int sender = -1;
            if (people.isEmpty()) {
                // `X a désigné Y pour le représenter`, `Y a été désignée pour représenter le Sénégal`, `X a chargé Y de le
                // représenter`: the infinitive's subject is the object (or passive subject) of the verb it completes
                for (int v : site.governors("advcl")) {
                    people.addAll(g.dependents(v, "obj"));
                    people.addAll(g.dependents(v, "nsubj:pass"));
                    sender = g.dependents(v, "nsubj").stream().findFirst().orElse(-1);
                }
                for (int v : site.governors("xcomp")) {
                    if (!g.words().causativeVerbs.contains(g.word(v))) {
                        people.addAll(g.dependents(v, "obj"));
                        sender = g.dependents(v, "nsubj").stream().findFirst().orElse(-1);
                        if (g.dependents(v, "obj").isEmpty() && g.dependents(v, "nsubj:pass").isEmpty()) {
                            // `X va représenter le président Y au sommet`, `C'est X qui doit représenter le pays`: with no
                            // object to control the infinitive, its subject is the governor's (a modal or a refusal
                            // governor is read by the cue's scope, as for every other cue)
                            people.addAll(RelativeAntecedent.subjectsOf(g, v));
                            sender = -1;
                        }
                    }
                }
                for (int n : site.governors("acl")) {
                    people.add(n);
                    for (String rel : List.of("appos", "obj")) {
                        for (int v : g.governors(n, rel)) {
                            sender = g.dependents(v, "nsubj").stream().findFirst().orElse(sender);
                        }
                    }
                }
            }
            List<Integer> objects = new ArrayList<>(site.dependents("obj"));
            objects.addAll(site.dependents("xcomp")); // `qui représentera Mahamat Idriss Déby`: parsed as a complement
            for (int o : objects) {
                String state = Delegations.firstStateOrBody(g, o);
                onBehalf = onBehalf == null ? state : onBehalf;
                if (state == null && sender > 0 && g.words().objectClitics.contains(g.word(o))
                        && (namesAHead(g, sender) || Delegations.firstStateOrBody(g, sender) != null)) {
                    // `le` is the head or state that sends Y: `Le président X a désigné Y pour le représenter`
                    represents = true;
                    onBehalf = Delegations.firstStateOrBody(g, sender);
                    continue;
                }
                represents |= state != null || namesAHead(g, o);
                if (state == null && ownState(g, o)) {
                    // `Le chef de la diplomatie belge, X, a représenté son pays`: the subject's own state
                    represents = true;
                    for (int p : people) {
                        onBehalf = onBehalf == null ? Delegations.firstStateOrBody(g, p) : onBehalf;
                    }
                } else if (state == null && g.words().objectClitics.contains(g.word(o)) && o < site.cueNode()) {
                    // `En raison du mandat visant le président russe X, son ministre Y le représente`: the head of state
                    // the sentence itself names before its subject; else (`C'est la ministre X qui le représente`) the
                    // head or state the previous sentence opens on
                    Mention own = titledHeadBefore(g, people);
                    Mention m = own != null ? own : previousTitledSubject(site.discourse(), g.words());
                    if (m != null) {
                        represents = true;
                        onBehalf = onBehalf == null && m.type() == EntityType.COUNTRY ? m.entityId() : onBehalf;
                    }
                }
            }
        }
        List<Finding> out = new ArrayList<>();
        boolean agents = !site.agents().isEmpty() || !people.isEmpty() && represents
                && site.agents().isEmpty() && site.dependents("obl:arg").stream().anyMatch(people::contains);
        // `X, représentant le président de la République, M. Y`: with an object the verb is active, and a person after
        // it is the one represented (the parser may hang him on X's noun too), never who represents
        int activeCueStart = agents || site.dependents("obj").isEmpty() || site.hit().first() < 0 ? Integer.MAX_VALUE
                : g.tokens().get(site.hit().first()).start();
        boolean participleOnAnItem = site.agents().isEmpty() && !site.governors("acl").isEmpty();
        for (int p : represents ? people : List.<Integer>of()) {
            List<Mention> holders = new ArrayList<>(HolderPhrases.holderMentions(g, p));
            if (participleOnAnItem) {
                holders = TitledListItems.itemBefore(g, holders, site.hit().first());
                onBehalf = onBehalf == null ? TitledListItems.stateOfTheRepresented(g, site.hit().end()) : onBehalf;
            }
            if (worldRegion) {
                // a region's heads are a long list of people, each after a demonym, that the parse often cuts
                for (Mention m : List.copyOf(holders)) {
                    for (Mention x : m.type() == EntityType.PERSON ? Enumerations.coordination(g, m) : List.<Mention>of()) {
                        // a single word tagged as a person right before a name is its demonym the tagger missed (`le RDCongolais X`)
                        Mention next = g.mentionAt(nextTokenStart(g, x));
                        boolean qualifier = x.text().indexOf(' ') < 0 && next != null && next.type() == EntityType.PERSON;
                        if (x.type() == EntityType.PERSON && !qualifier && !holders.contains(x)) {
                            holders.add(x);
                        }
                    }
                }
            }
            for (Mention m : holders) {
                // `représentée par le ministre X, le président Y ayant décliné`: Y stayed away
                if (m.type() == EntityType.PERSON && !AbsoluteClauses.opens(g, m) && m.start() < activeCueStart
                        && !agentOfAnotherVerb(g, m, site, p)) {
                    if (CompanionOfTheHead.follows(g, site.hit().end(), m)) {
                        // `représentée par le Premier ministre X, accompagné du ministre délégué Y`: Y comes with the
                        // head of the delegation; he attends, he does not lead it
                        out.add(new Finding(RoleType.PARTICIPANT, m, site.cueText(), Confidence.ENUMERATION,
                                "companion of the head", site.cueText() + " … " + m.text(), null));
                        continue;
                    }
                    if (worldRegion) {
                        if (out.stream().anyMatch(f -> f.mention().equals(m))) {
                            continue;
                        }
                        out.add(new Finding(RoleType.PARTICIPANT, m, site.cueText(), Confidence.PARSE_AGENT,
                                "region represented by", site.cueText() + " → " + m.text(), null));
                        continue;
                    }
                    out.add(new Finding(RoleType.DELEGATION_HEAD, m, site.cueText(), Confidence.PARSE_AGENT,
                            "represented-by", site.cueText() + " → " + m.text(), onBehalf));
                }
            }
        }
        if (!out.isEmpty()) {
            out = respectively(site, out);
            out = headsOfGappedParts(g, site.hit().end(), out);
        }
        if (!out.isEmpty() && representsAPresidency(site)) {
            out = PresidencyRepresentatives.chairs(site, out);
        }
        // `A et B seront représentés par leurs présidents, C par son vice-président, D par les Premiers ministres`: the
        // parser may take the states of the later `,` parts for agents; they are parts of their own
        List<int[]> gapped = gappedSpans(g, site.hit().end());
        List<Integer> ownAgents = people.stream().filter(p -> !inSpans(g, p, gapped)).toList();
        if (out.isEmpty() && represents && agents && !ownAgents.isEmpty()
                && ownAgents.stream().allMatch(p -> unnamedHead(g, p) || unnamedConjunct(g, p))) {
            // `Le Kenya est représenté par son vice-président ; le Rwanda également par son Premier ministre`:
            // no one named leads the delegation, but the states attend
            List<Integer> represented = new ArrayList<>(site.dependents("nsubj:pass"));
            represented.addAll(site.dependents("nsubj"));
            for (int p : represented) {
                Set<Mention> named = new java.util.LinkedHashSet<>(HolderPhrases.holderMentions(g, p));
                named.addAll(HolderPhrases.countFollowedByList(g, p));
                for (Mention m : List.copyOf(named)) {
                    named.addAll(Enumerations.coordination(g, m)); // a list the parse cut: `…, le Botswana et le Lesotho`
                }
                for (Mention m : named) {
                    if (m.type() == EntityType.COUNTRY || m.type() == EntityType.ORGANIZATION) {
                        out.add(site.withRole(RoleType.PARTICIPANT).finding(m, Confidence.PARSE_AGENT,
                                "represented-by-unnamed", m.text() + " … " + site.cueText() + " par"));
                    }
                }
            }
            Mention taken = singularPronounSubject(site, represented) ? previousTitledSubject(site.discourse(), g.words()) : null;
            if (taken != null && taken.type() == EntityType.COUNTRY && stateItselfOpens(site.discourse().previous(), taken, g.words())) {
                // `Le Malawi a confirmé sa venue. Il sera représenté par son ministre des Finances`: the state the
                // previous sentence opens on attends
                out.add(site.withRole(RoleType.PARTICIPANT).finding(taken, Confidence.PARSE_AGENT,
                        "represented-by-unnamed", g.word(represented.get(0)) + " (" + taken.text() + ") … " + site.cueText() + " par"));
            }
            for (Mention m : gappedParts(g, site.hit().end())) {
                out.add(site.withRole(RoleType.PARTICIPANT).finding(m, Confidence.TOKEN_RULE, "represented-by-unnamed",
                        m.text() + " … par"));
            }
        }
        return out;
    }

    /**
     * `A et B ont été représentés respectivement par le ministre X et la ministre Y`: with `respectivement` before the
     * `par`, the people after it pair in order with the states of the passive's subject, each leading its own
     * state's delegation (the parse may cut the list of titled people: they are read by word order). Counts that
     * differ leave the findings as they were.
     */
    private static List<Finding> respectively(CueSite site, List<Finding> found) {
        SentenceGraph g = site.graph();
        List<Token> toks = site.tokens();
        int from = -1;
        for (int k = site.hit().end(); k + 1 < toks.size(); k++) {
            if (toks.get(k).folded().equals("respectivement")
                    && toks.get(k + 1).folded().equals("par")) {
                from = k + 2;
                break;
            }
        }
        if (from < 0) {
            from = respectiveTitlesAfterPar(toks, site.hit().end());
        }
        if (from < 0) {
            return found;
        }
        List<Mention> states = new ArrayList<>();
        for (int p : site.dependents("nsubj:pass")) {
            for (Mention m : HolderPhrases.holderMentions(g, p)) {
                if (m.type() == EntityType.COUNTRY && !states.contains(m)) {
                    states.add(m);
                }
            }
        }
        if (states.size() < 2 && pluralPronounSubject(site)) {
            states = statesOfThePreviousSentence(site);
        }
        int start = toks.get(from).start();
        Mention first = g.mentions().stream().filter(m -> m.type() == EntityType.PERSON && m.start() >= start)
                .min(java.util.Comparator.comparingInt(Mention::start)).orElse(null);
        if (first == null || states.size() < 2) {
            return found;
        }
        List<Mention> people = new ArrayList<>(Enumerations.coordination(g, first));
        people.sort(java.util.Comparator.comparingInt(Mention::start));
        states.sort(java.util.Comparator.comparingInt(Mention::start));
        if (people.size() != states.size()) {
            return found;
        }
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            out.add(new Finding(RoleType.DELEGATION_HEAD, people.get(i), site.cueText(), Confidence.PARSE_AGENT,
                    "represented-by respectively", states.get(i).text() + " … respectivement par " + people.get(i).text(),
                    states.get(i).entityId()));
        }
        return out;
    }

    /** The most words of the title between `par` and `respectifs` (`leurs ministres des Affaires étrangères respectifs`). */
    private static final int MAX_RESPECTIVE_TITLE_TOKENS = 8;

    /**
     * (h46-presences13) `A et B étaient représentés par leurs Premiers ministres respectifs, X et Y`: the adjective
     * `respectifs` on the agent's plural title pairs its people with the states as `respectivement par` does. The index
     * right after that `par`, or -1.
     */
    private static int respectiveTitlesAfterPar(List<Token> toks, int from) {
        for (int k = from; k < toks.size(); k++) {
            if (!toks.get(k).folded().equals("par")) {
                continue;
            }
            for (int j = k + 1; j < Math.min(toks.size(), k + 1 + MAX_RESPECTIVE_TITLE_TOKENS); j++) {
                String w = toks.get(j).folded();
                if (w.equals("respectifs") || w.equals("respectives")) {
                    return k + 1;
                }
                if (Words.isPunctuation(toks.get(j)) && !toks.get(j).word().equals("'")) {
                    break;
                }
            }
            return -1;
        }
        return -1;
    }

    /** (h21-gulf) `Ils sont représentés respectivement par …`: the passive's subject is a plural pronoun. */
    private static boolean pluralPronounSubject(CueSite site) {
        List<Integer> subjects = new ArrayList<>(site.dependents("nsubj:pass"));
        subjects.addAll(site.dependents("nsubj"));
        return subjects.stream().anyMatch(n -> List.of("ils", "elles").contains(TextFolding.fold(site.graph().word(n))));
    }

    /**
     * (h21-gulf) `Le président des Émirats, X, et le roi du Maroc, Y, sont absents. Ils sont représentés respectivement
     * par A et B`: the pronoun takes up the previous sentence, whose states (each once, in text order) pair with the
     * people after `respectivement`; the caller keeps the plain reading unless the counts match.
     */
    private static List<Mention> statesOfThePreviousSentence(CueSite site) {
        org.summitcoverage.nlp.Sentence prev = site.discourse() == null ? null : site.discourse().previous();
        List<Mention> out = new ArrayList<>();
        if (prev == null) {
            return out;
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        site.discourse().allMentions().stream()
                .filter(m -> m.sentenceIndex() == prev.index() && m.type() == EntityType.COUNTRY)
                .sorted(java.util.Comparator.comparingInt(Mention::start))
                .filter(m -> seen.add(m.entityId()))
                .forEach(out::add);
        return out;
    }

    /**
     * A passive with no `par` after it and a meeting as its `à` complement (`sont représentés au sommet`, `à la
     * réunion`) or the clitic `y` for it (`y étaient représentés`): its subject is present, not a head someone stands in for.
     */
    /**
     * The subjects of the passive `représenté`: the parser's passive subjects, or its active ones when the auxiliary is
     * `être` (`A et B sont représentés au niveau des ambassadeurs` is parsed as an active verb with `sont`).
     */
    private static List<Integer> passiveSubjects(CueSite site) {
        if (!site.dependents("aux:pass").isEmpty()) {
            return site.dependents("nsubj:pass");
        }
        SentenceGraph g = site.graph();
        boolean etre = site.dependents("aux").stream().anyMatch(a -> BE_FORMS.contains(g.word(a).toLowerCase(java.util.Locale.ROOT)));
        return etre ? site.dependents("nsubj") : List.of();
    }

    private static final java.util.Set<String> BE_FORMS = java.util.Set.of("est", "sont", "était", "étaient", "sera",
            "seront", "serait", "seraient", "fut", "furent", "été", "soit", "soient");

    /**
     * `sous la coprésidence de l'Union, représentée par X et par Y`: the participle qualifies a meeting's presidency
     * (`presidency_nouns`), the noun itself or the passive's subject; who represents a presidency holds it.
     */
    private static boolean representsAPresidency(CueSite site) {
        SentenceGraph g = site.graph();
        List<Integer> represented = new ArrayList<>(site.governors("acl"));
        represented.addAll(site.dependents("nsubj:pass"));
        for (int n : List.copyOf(represented)) {
            represented.addAll(g.governors(n, "nmod:de")); // `la présidence de l'Union, représentée par X`: its holder
        }
        return represented.stream().anyMatch(n -> g.words().presidencyNouns.contains(g.word(n)));
    }

    private static boolean representedAtTheMeeting(CueSite site) {
        SentenceGraph g = site.graph();
        if (passiveSubjects(site).isEmpty()) {
            return false;
        }
        List<Token> toks = site.tokens();
        for (int k = site.hit().end(); k < toks.size(); k++) {
            if (toks.get(k).folded().equals("par")) {
                return false;
            }
        }
        for (String rel : List.of("obl:à", "obl")) {
            for (int o : site.dependents(rel)) {
                if (g.words().joinedMeetings.contains(g.word(o).toLowerCase(java.util.Locale.ROOT))) {
                    return true;
                }
            }
        }
        // `A et B sont représentés au niveau des ambassadeurs`: the level of a delegation is its presence
        int to = Math.min(toks.size(), site.hit().end() + 4);
        if (RoleWords.containsPhrase(toks.subList(site.hit().end(), to), g.words().representationLevels)) {
            return true;
        }
        // `Le Japon et la Chine y étaient également représentés`: the clitic `y` stands for the meeting
        for (String rel : List.of("advmod", "expl", "obl")) {
            for (int o : site.dependents(rel)) {
                if (g.word(o).equals("y")) {
                    return true;
                }
            }
        }
        // (h19-host) `La Banque mondiale et le FMI seront également représentés.`: a bare passive that ends its sentence,
        // past a few adverbs (`bare_representation_adverbs`), names no other place: presence at the article's meeting
        int k = site.hit().end();
        while (k < toks.size() && g.words().bareRepresentationAdverbs.contains(toks.get(k).folded())) {
            k++;
        }
        // (r22) `L'UE et le Canada étaient représentés en qualité d'observateurs`: the capacity, like a level, is presence
        // (past the adverbs, some of which open it: `en`)
        for (int c = site.hit().end(); c <= k; c++) {
            for (List<String> capacity : g.words().representationCapacities) {
                if (RoleWords.phraseEnd(toks, c, capacity) > 0) {
                    return true;
                }
            }
        }
        return k == toks.size() - 1 && toks.get(k).word().equals(".");
    }

    /**
     * `Ils sont représentés respectivement par A et B`, `Il s'est fait représenter par Y`: a subject pronoun after a
     * sentence that names a person or a state stands for them (whoever is represented at a summit is a head or a state).
     */
    /**
     * (h19-host) `Le Royaume est représenté par Y`: a bare `le Royaume` as the passive's subject (no complement, no
     * adjective: not `le Royaume d'Espagne`, which the entities already name) takes up the one kingdom the sentence
     * before names (`La conférence s'est ouverte à Paris avec la participation du Maroc.`), as an outlet of that kingdom
     * writes of its own state. Not the United Kingdom; none when the sentence before names no kingdom or several.
     */
    private static String kingdomTakenUp(CueSite site) {
        SentenceGraph g = site.graph();
        Sentence prev = site.discourse().previous();
        if (prev == null) {
            return null;
        }
        for (int p : site.dependents("nsubj:pass")) {
            String noun = TextFolding.fold(g.word(p));
            // (h43-faux10) `… le Niger. Le pays était représenté par son ministre X`: `le pays` takes up any one state
            boolean anyState = g.words().stateAnaphors.contains(noun);
            if (!anyState && !g.words().kingdomAnaphors.contains(noun)
                    || g.outgoing(p).stream().anyMatch(e -> !e.baseRelation().equals("det"))) {
                continue;
            }
            Set<String> kingdoms = new java.util.LinkedHashSet<>();
            for (Mention m : site.discourse().allMentions()) {
                if (m.sentenceIndex() == prev.index() && m.type() == EntityType.COUNTRY && (anyState || g.words().isKingdom(m.entityId()))) {
                    kingdoms.add(m.entityId());
                }
            }
            return kingdoms.size() == 1 ? kingdoms.iterator().next() : null;
        }
        return null;
    }

    /**
     * (h29-franco) `Le pays hôte est représenté par le Premier ministre X`: the passive's subject is a state noun
     * (`host_state_nouns`) that a host word qualifies (`host_state_qualifiers`), however the parser hangs it: the host
     * state sends a delegation that X leads, as a named state would.
     */
    private static boolean hostStateRepresented(CueSite site) {
        SentenceGraph g = site.graph();
        for (int p : site.dependents("nsubj:pass")) {
            if (!g.words().stateNounsOfHost.contains(TextFolding.fold(g.word(p)))) {
                continue;
            }
            for (String rel : List.of("appos", "amod", "compound", "nmod")) {
                for (int q : g.dependents(p, rel)) {
                    if (g.words().hostStateQualifiers.contains(TextFolding.fold(g.word(q)))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean pronounForAHeadOrState(CueSite site) {
        SentenceGraph g = site.graph();
        List<Integer> subjects = new ArrayList<>(site.dependents("nsubj:pass"));
        subjects.addAll(site.dependents("nsubj"));
        for (int f : site.governors("xcomp")) {
            if (g.words().causativeVerbs.contains(g.word(f))) {
                subjects.addAll(g.dependents(f, "nsubj"));
            }
        }
        Sentence prev = site.discourse().previous();
        if (prev == null || subjects.stream().noneMatch(p -> g.words().subjectPronouns.contains(TextFolding.fold(g.word(p))))) {
            return false;
        }
        if (site.discourse().allMentions().stream().anyMatch(m -> m.sentenceIndex() == prev.index()
                && (m.type() == EntityType.PERSON || m.type() == EntityType.COUNTRY))) {
            return true;
        }
        // (h49-presences16) `Le président X sera absent. Atteint d'un AVC, il ne voyage plus. Il sera représenté par Y`:
        // the pronoun takes up the person or state of a sentence further back, past sentences naming neither
        return RepresentedParty.antecedentSentence(g.words(), site.discourse()) != null;
    }

    /**
     * The state is named by its own name with at most an article before it (`Le Malawi a …`, `Selon Lilongwe, le
     * Malawi …`), not a demonym of a title (`Le président angolais X …`: the head, not the state, is taken up).
     */
    private static boolean stateItselfOpens(Sentence prev, Mention state, RoleWords words) {
        Token before = null;
        for (Token t : prev.tokens()) {
            if (t.start() >= state.start()) {
                if (!t.isCapitalized()) {
                    return false;
                }
                break;
            }
            before = t;
        }
        return before == null || words.definiteArticles.containsWord(before)
                || words.definiteArticles.contains(before.word().toLowerCase(java.util.Locale.ROOT)) || before.word().equals(",");
    }

    /** The passive's one subject is `il` or `elle`: a state or head the previous sentence names. */
    private static boolean singularPronounSubject(CueSite site, List<Integer> subjects) {
        SentenceGraph g = site.graph();
        if (subjects.size() != 1 || site.discourse().previous() == null) {
            return false;
        }
        String w = TextFolding.fold(g.word(subjects.get(0)));
        return w.equals("il") || w.equals("elle");
    }

    /**
     * A representative named by a title and a possessive only (`son vice-président`, `leur Premier ministre`), or by a
     * title and an indefinite article (`par un ministre`, `par des ministres`).
     */
    static boolean unnamedHead(SentenceGraph g, int agent) {
        boolean possessive = g.dependents(agent, "det").stream().anyMatch(d -> g.words().possessives.contains(g.word(d)))
                || g.dependents(agent, "nmod:poss").size() > 0;
        boolean indefiniteTitle = g.words().isTitle(g.word(agent).toLowerCase(java.util.Locale.ROOT))
                && g.dependents(agent, "det").stream().anyMatch(d -> INDEFINITES.contains(TextFolding.fold(g.word(d))));
        return (possessive || indefiniteTitle || ofItsOwnPortfolio(g, agent))
                && g.entitiesInPhrase(agent).stream().noneMatch(m -> m.type() == EntityType.PERSON);
    }

    /**
     * (h25-paix) A title whose `de` complement carries the possessive is the state's own envoy too: `représentée par le
     * chef de sa diplomatie`, `par le chef de son gouvernement` (the possessive on the portfolio, not on the title).
     */
    private static boolean ofItsOwnPortfolio(SentenceGraph g, int agent) {
        String w = g.word(agent).toLowerCase(java.util.Locale.ROOT);
        if (!g.words().isTitle(w) && !g.words().isHolderTitle(w)) {
            return false;
        }
        for (int c : g.dependents(agent, "nmod:de")) {
            if (g.dependents(c, "det").stream().anyMatch(d -> g.words().possessives.contains(g.word(d)))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> INDEFINITES = Set.of("un", "une", "des");

    /**
     * A title with a definite article, no name, coordinated with an unnamed head: `respectivement par leur Premier
     * ministre et le ministre de l'Économie` (the second state's own minister).
     */
    private static boolean unnamedConjunct(SentenceGraph g, int agent) {
        return g.words().isTitle(g.word(agent).toLowerCase(java.util.Locale.ROOT))
                && g.dependents(agent, "det").stream().anyMatch(d -> g.words().definiteArticles.contains(g.word(d)))
                && g.entitiesInPhrase(agent).stream().noneMatch(m -> m.type() == EntityType.PERSON)
                && g.governors(agent, "conj").stream().anyMatch(h -> unnamedHead(g, h));
    }

    /**
     * The later `;` parts that repeat the construction without its verb: `; les Comores également par son vice-président`;
     * also `,` parts after the first `par`: `…, le Rwanda et le Burundi par leurs vice-présidents, le Congo par les
     * Premiers ministres`.
     */
    private static List<Mention> gappedParts(SentenceGraph g, int from) {
        List<Mention> out = new ArrayList<>();
        for (int[] span : gappedSpans(g, from)) {
            out.addAll(gappedPart(g, span[0], false));
        }
        return out;
    }

    /**
     * (h62-wrong) `La Tanzanie était représentée par son vice-président, A et le Rwanda par le Premier ministre B`: a head
     * named inside a later part without a verb leads the delegation of that part's state, not the passive subject's.
     */
    private static List<Finding> headsOfGappedParts(SentenceGraph g, int from, List<Finding> found) {
        List<int[]> spans = gappedSpans(g, from);
        List<Finding> out = new ArrayList<>();
        for (Finding f : found) {
            String state = null;
            int t = g.tokenIndexAt(f.mention().start());
            for (int[] s : spans) {
                List<Mention> states = gappedPart(g, s[0], false);
                if (t >= s[0] && t < s[1] && states.size() == 1 && states.get(0).type() == EntityType.COUNTRY) {
                    state = states.get(0).entityId();
                }
            }
            out.add(state == null || f.role() != RoleType.DELEGATION_HEAD ? f : new Finding(f.role(), f.mention(), f.trigger(),
                    f.confidence(), f.rule(), f.licence(), state));
        }
        return out;
    }

    /** How many edges up from a name its phrase's clause may lie (name, title, agent, verb, head, …). */
    private static final int MAX_AGENT_CLIMB = 8;

    /**
     * (h62-wrong) `du président rwandais A, qui se fait représenter par son ministre B, et du président Y représenté par
     * son ministre C`: the parser may coordinate the second head with the first agent, and C, the agent of the participle
     * on that head, comes within the first agent's phrase. A person reached through the agent edge of another form of
     * the same cue inside the phrase of this cue's {@code holder} is that verb's representative (read at its own cue),
     * not this one's; `représenté par une délégation dirigée par C` keeps C.
     */
    private static boolean agentOfAnotherVerb(SentenceGraph g, Mention m, CueSite site, int holder) {
        int cueNode = site.cueNode();
        int node = g.nodeAt(m.start());
        for (int step = 0; node > 0 && node != holder && step < MAX_AGENT_CLIMB; step++) {
            ParsedSentence.Edge up = g.incoming(node).stream().filter(e -> e.governor() > 0).findFirst().orElse(null);
            if (up == null || up.governor() == cueNode) {
                return false;
            }
            if (up.relation().equals("obl:agent") && site.hit().cue().words().contains(g.word(up.governor()))) {
                return true;
            }
            node = up.governor();
        }
        return false;
    }

    /** The token spans [start, end) of the parts {@link #gappedParts} reads. */
    private static List<int[]> gappedSpans(SentenceGraph g, int from) {
        List<Token> toks = g.tokens();
        List<int[]> out = new ArrayList<>();
        boolean pastPar = false;
        for (int k = Math.max(0, from); k < toks.size(); k++) {
            String w = toks.get(k).word();
            pastPar |= TextFolding.fold(w).equals("par");
            // (h32-suites) also a contrast after the first `par`: `…par son vice-président, alors que le Cameroun par son
            // Premier ministre`
            int contrast = pastPar ? contrastEnd(g.words(), toks, k) : -1;
            if (contrast > 0 && !gappedPart(g, contrast, false).isEmpty()) {
                int end = contrast;
                while (end < toks.size() && !List.of(",", ";", ".").contains(toks.get(end).word())) {
                    end++;
                }
                out.add(new int[]{contrast, end});
                k = end - 1;
                continue;
            }
            // (h62-wrong) `par son vice-président, A et le Rwanda par le Premier ministre B`: `et` past the first `par`
            // opens a part as `,` does
            boolean opens = w.equals(";") || (w.equals(",") || TextFolding.fold(w).equals("et")) && pastPar;
            if (opens && !gappedPart(g, k + 1, false).isEmpty()) {
                int end = k + 1;
                while (end < toks.size() && !List.of(",", ";", ".").contains(toks.get(end).word())) {
                    end++;
                }
                out.add(new int[]{k + 1, end});
            }
        }
        return out;
    }

    /** The token after a contrastive conjunction (`alors que`, `tandis que`: `gapping_contrasts`) at {@code k}, or -1. */
    private static int contrastEnd(RoleWords words, List<Token> toks, int k) {
        int from = toks.get(k).word().equals(",") ? k + 1 : k;
        for (List<String> c : words.gappingContrasts) {
            int end = RoleWords.phraseEnd(toks, from, c);
            if (end > 0) {
                return end;
            }
        }
        return -1;
    }

    private static boolean inSpans(SentenceGraph g, int node, List<int[]> spans) {
        int t = g.tokenIndexAt(g.startOf(node));
        return spans.stream().anyMatch(s -> t >= s[0] && t < s[1]);
    }

    /**
     * The states of one part without a verb that starts at token {@code from}: states (an adjective after one,
     * `la Libye nouvelle`), adverbs, then `par` and a possessive (`l'Égypte et la Libye par leur Premier ministre`).
     * With {@code wholeSentence}, only a title may follow until the end of the sentence. Empty when it is no such part.
     */
    /**
     * (h58-b) The pro-form of a passive told just before, between the states and `par`: `Le Kenya et l'Ouganda ont été
     * représentés par leurs présidents. Le Burundi et le Soudan du Sud l'ont été par leurs ministres.` (`l'` stands for
     * the participle; the auxiliary is skippable already).
     */
    private static final java.util.Set<String> ELIDED_PASSIVE = java.util.Set.of("l'", "l’", "été");

    static List<Mention> gappedPart(SentenceGraph g, int from, boolean wholeSentence) {
        List<Token> toks = g.tokens();
        List<Mention> states = new ArrayList<>();
        int j = from;
        boolean afterState = false;
        while (j < toks.size()) {
            String w = toks.get(j).word();
            Mention m = g.mentionAt(toks.get(j).start());
            if (m != null && (m.type() == EntityType.COUNTRY || m.type() == EntityType.ORGANIZATION)) {
                if (!states.contains(m)) {
                    states.add(m);
                }
                afterState = true;
            } else if (afterState && Words.isLowerWord(toks.get(j)) && !TextFolding.fold(w).equals("par")
                    && !g.words().definiteArticles.contains(w) && !TextFolding.fold(w).equals("et")
                    && !g.words().skippableBeforeVerb.contains(w)) {
                afterState = false; // `la Libye nouvelle`
            } else if (!g.words().definiteArticles.contains(w) && !TextFolding.fold(w).equals("et")
                    && !ClauseReading.isAdverb(toks, j) && !g.words().skippableBeforeVerb.contains(w)
                    && !(!states.isEmpty() && ELIDED_PASSIVE.contains(w))) {
                break;
            } else {
                afterState = false;
            }
            j++;
        }
        boolean par = j + 1 < toks.size() && toks.get(j).folded().equals("par")
                && (g.words().possessives.containsWord(toks.get(j + 1))
                || g.words().definiteArticles.containsWord(toks.get(j + 1)) && titleAt(g, j + 2)); // `par les Premiers ministres`
        if (!par || states.isEmpty()) {
            return List.of();
        }
        if (wholeSentence) {
            // `par leur ministre des Affaires étrangères.`: a title, its complement, and the end of the sentence
            int rest = j + 2;
            boolean title = rest < toks.size() && (g.words().isTitle(toks.get(rest).word()) || g.words().isStateNoun(toks.get(rest).word()));
            int end = toks.size() - (toks.get(toks.size() - 1).word().equals(".") ? 1 : 0);
            if (!title || end - rest > MAX_GAPPED_TITLE_TOKENS || toks.subList(rest, end).stream().anyMatch(t -> t.word().equals(","))) {
                return List.of();
            }
        }
        return states;
    }

    /** A title at token {@code k} or right after an adjective there (`Premiers ministres`, `vice-présidents`). */
    private static boolean titleAt(SentenceGraph g, int k) {
        List<Token> toks = g.tokens();
        for (int i = k; i < Math.min(toks.size(), k + 2); i++) {
            String w = toks.get(i).word().toLowerCase(java.util.Locale.ROOT);
            if (g.words().isTitle(w) || w.endsWith("s") && g.words().isTitle(w.substring(0, w.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The state of a head of state or government the sentence names, by a demonym title right before his name (`le
     * président russe X`), before the subject {@code people} (a fronted phrase): the one a clitic `le` stands for.
     */
    private static Mention titledHeadBefore(SentenceGraph g, List<Integer> people) {
        int limit = Integer.MAX_VALUE;
        for (int p : people) {
            for (int c : g.conjuncts(p)) {
                limit = Math.min(limit, g.startOf(c));
            }
            for (int d : g.dependents(p, "det")) {
                limit = Math.min(limit, g.startOf(d));
            }
        }
        Mention found = null;
        for (Mention m : g.mentions()) {
            if (m.start() < limit && TitleAppositions.isTitleDemonym(m)) {
                Mention person = TitleAppositions.personRightAfter(g, m);
                if (person != null && person.start() < limit && isHeadTitle(g, m)) {
                    found = m;
                }
            }
        }
        return found;
    }

    /** The demonym qualifies a head's title (`président`, `roi`, `Premier ministre`: `holder titles`) right before it. */
    private static boolean isHeadTitle(SentenceGraph g, Mention demonym) {
        List<Token> toks = g.tokens();
        int k = g.tokenIndexAt(demonym.start()) - 1;
        return k >= 0 && g.words().isHolderTitle(toks.get(k).word().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The person or state the previous sentence opens on, after its title only (`Le chef de l'État burundais, …`,
     * `Le président X …`): what `le` in `c'est Y qui le représente` stands for. Null when it opens otherwise.
     */
    static Mention previousTitledSubject(Discourse d, RoleWords words) {
        Sentence prev = d.previous();
        if (prev == null) {
            return null;
        }
        Mention opening = titledSubjectFrom(d, prev, PronounAntecedents.framingImperativeEnd(prev.tokens()), words);
        if (opening != null) {
            return opening;
        }
        // `Retenu à Abuja, le président X n'a pas pu …`: past an opening phrase that names no person or state
        List<Token> toks = prev.tokens();
        for (int c = 1; c < Math.min(toks.size(), 8); c++) {
            if (toks.get(c).word().equals(",")) {
                int end = toks.get(c).start();
                boolean names = d.allMentions().stream().anyMatch(x -> x.sentenceIndex() == prev.index() && x.start() < end
                        && (x.type() == EntityType.PERSON || x.type() == EntityType.COUNTRY));
                return names ? null : titledSubjectFrom(d, prev, c + 1, words);
            }
        }
        return null;
    }

    /** The person or state the sentence names first from token {@code from}, past articles and titles only. */
    private static Mention titledSubjectFrom(Discourse d, Sentence prev, int from, RoleWords words) {
        for (Token t : prev.tokens().subList(Math.min(from, prev.tokens().size()), prev.tokens().size())) {
            Mention m = null;
            for (Mention x : d.allMentions()) {
                if (x.sentenceIndex() == prev.index() && x.start() == t.start()) {
                    m = x;
                }
            }
            if (m != null) {
                return m.type() == EntityType.PERSON || m.type() == EntityType.COUNTRY ? m : null;
            }
            String w = t.word();
            if (!words.definiteArticles.contains(w) && !words.complementMarkers.contains(w) && !words.isTitle(w)
                    && !words.isStateNoun(w)) {
                return null;
            }
        }
        return null;
    }

    /** The object is the subject's own state: `son pays`, `le pays`, `leur gouvernement` (`represented_own_nouns`). */
    private static boolean ownState(SentenceGraph g, int object) {
        return g.words().representedOwnNouns.contains(g.word(object))
                && g.dependents(object, "det").stream().anyMatch(d -> g.words().possessives.contains(g.word(d))
                        || g.words().definiteArticles.contains(g.word(d)));
    }

    /** The object names a person or is headed by a title (`le chef de l'État`, `le roi`, `le président togolais`). */
    private static boolean namesAHead(SentenceGraph g, int object) {
        return g.words().isHolderTitle(g.word(object))
                || g.entitiesInPhrase(object).stream().anyMatch(m -> m.type() == EntityType.PERSON);
    }

    /** Where the token after {@code m} starts, or -1. */
    private static int nextTokenStart(SentenceGraph g, Mention m) {
        for (org.summitcoverage.nlp.Token t : g.tokens()) {
            if (t.start() >= m.end()) {
                return t.start();
            }
        }
        return -1;
    }
}
