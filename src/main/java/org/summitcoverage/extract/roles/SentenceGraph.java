package org.summitcoverage.extract.roles;

import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.nlp.ParsedSentence;
import org.summitcoverage.nlp.Token;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One parsed sentence seen from the role rules: parser nodes lined up with the sentence's tokens and
 * entity mentions by character offsets, and the walks the rules need (arguments of a verb, the
 * entities inside a noun phrase).
 */
final class SentenceGraph {
    /** Relations that stay inside one noun phrase: coordination, apposition, names, adjectives, `de`-complements. */
    private static final Set<String> PHRASE_RELATIONS = Set.of("conj", "appos", "flat", "flat:name", "fixed",
            "compound", "amod", "nmod");
    /** `nmod` relations of place: a phrase's complement of place is no holder of it. */
    private static final Set<String> PLACE_CASES = Set.of("nmod:à", "nmod:au", "nmod:aux", "nmod:en", "nmod:dans",
            "nmod:auprès", "nmod:chez");
    private final ParsedSentence parse;
    private final List<Token> tokens;
    private final List<Mention> mentions;
    private final RoleWords words;
    /**
     * Answers of {@link #nodeAt}, {@link #tokenIndexAt} and {@link #startOf} already given: each scans the sentence, and
     * the readings ask the same questions of one graph over and over (4 % of the rules' time). The graph is one
     * sentence's, read by one thread.
     */
    private final java.util.Map<Integer, Integer> nodeAtChar = new java.util.HashMap<>();
    private final java.util.Map<Integer, Integer> tokenAtChar = new java.util.HashMap<>();
    private final java.util.Map<Integer, Integer> startOfNode = new java.util.HashMap<>();
    /** Answers of the pure questions {@link #remembered} keeps, by what was asked and of what. */
    private final java.util.Map<Question, Object> answers = new java.util.HashMap<>();

    private record Question(String what, Object of) {
    }

    /**
     * The answer to {@code what} of {@code of} on this graph, computed once: the readings of one cue, and the cues of one
     * sentence, ask the same phrase and list questions again and again (`HolderPhrases.holderMentions`,
     * `Enumerations.coordination`: 8 % of the rules' time). Only for answers that depend on the graph and the argument
     * alone; callers hand out copies, since theirs change what they get.
     */
    @SuppressWarnings("unchecked")
    <T> T remembered(String what, Object of, java.util.function.Supplier<T> answer) {
        Question q = new Question(what, of);
        Object known = answers.get(q);
        if (known == null) {
            known = answer.get(); // not computeIfAbsent: an answer may ask other questions of the graph
            answers.put(q, known);
        }
        return (T) known;
    }

    SentenceGraph(ParsedSentence parse, List<Token> tokens, List<Mention> mentions, RoleWords words) {
        this.parse = parse;
        this.tokens = tokens;
        this.mentions = mentions;
        this.words = words;
    }

    /** The same sentence without a parse: what the token rules see when no parse was paid for. */
    static SentenceGraph unparsed(List<Token> tokens, List<Mention> mentions, RoleWords words) {
        return new SentenceGraph(new ParsedSentence(List.of(), List.of()), tokens, mentions, words);
    }

    RoleWords words() {
        return words;
    }

    List<Mention> mentions() {
        return mentions;
    }

    List<Token> tokens() {
        return tokens;
    }

    /** The parser node that starts at the token's first character, or -1. */
    int nodeAt(int charStart) {
        Integer known = nodeAtChar.get(charStart);
        if (known != null) {
            return known;
        }
        int found = -1;
        for (ParsedSentence.Node n : parse.nodes()) {
            if (n.start() <= charStart && charStart < Math.max(n.end(), n.start() + 1)) {
                found = n.index();
                break;
            }
        }
        nodeAtChar.put(charStart, found);
        return found;
    }

    /** How many parser nodes the sentence has: fewer than its tokens when `au` is split or only a clause was parsed. */
    int nodeCount() {
        return parse.nodes().size();
    }

    String word(int node) {
        return node <= 0 ? "" : parse.node(node).lower();
    }

    /** Dependents of {@code node} by relation (prefix match, so `conj` matches `conj:et`). */
    List<Integer> dependents(int node, String relation) {
        List<Integer> out = new ArrayList<>();
        for (ParsedSentence.Edge e : parse.outgoing(node)) {
            if (matches(e.relation(), relation)) {
                out.add(e.dependent());
            }
        }
        return out;
    }

    /** Governors of {@code node} by relation. */
    List<Integer> governors(int node, String relation) {
        List<Integer> out = new ArrayList<>();
        for (ParsedSentence.Edge e : parse.incoming(node)) {
            if (matches(e.relation(), relation) && e.governor() > 0) {
                out.add(e.governor());
            }
        }
        return out;
    }

    /**
     * The words that {@code node} is a complement of, transitively, up to {@code depth} steps: `signer` in
     * `pourrait signer`, `appelle la Chine à signer`, `a refusé de signer`. Adverbial clauses
     * (`Comme le veut la tradition, …`) and coordination do not count.
     */
    Set<Integer> ancestors(int node, int depth) {
        Set<Integer> out = new HashSet<>();
        Deque<int[]> todo = new ArrayDeque<>();
        todo.add(new int[]{node, 0});
        while (!todo.isEmpty()) {
            int[] n = todo.poll();
            if (n[1] >= depth) {
                continue;
            }
            for (ParsedSentence.Edge e : parse.incoming(n[0])) {
                String rel = e.baseRelation();
                boolean complement = rel.equals("xcomp") || rel.equals("ccomp") || rel.equals("obl") || rel.equals("obj")
                        || rel.equals("csubj") || rel.startsWith("obl:") && !rel.equals("obl:agent") || rel.equals("mark");
                if (complement && e.governor() > 0 && out.add(e.governor())) {
                    todo.add(new int[]{e.governor(), n[1] + 1});
                }
            }
        }
        return out;
    }

    List<ParsedSentence.Edge> outgoing(int node) {
        return parse.outgoing(node);
    }

    List<ParsedSentence.Edge> incoming(int node) {
        return parse.incoming(node);
    }

    /** Edges inside a noun phrase (`nmod`, `appos`, `flat`, `conj`, `amod`, any subtype), climbed from a name to its head. */
    private static final Set<String> NOUN_PHRASE_EDGES = Set.of("nmod", "appos", "flat", "conj", "amod");

    /** The edge that hangs {@code node} inside a noun phrase on its governor (the last such), or null at the phrase's head. */
    ParsedSentence.Edge phraseEdgeUp(int node) {
        ParsedSentence.Edge up = null;
        for (ParsedSentence.Edge e : incoming(node)) {
            if (e.governor() > 0 && NOUN_PHRASE_EDGES.contains(e.baseRelation().split(":")[0])) {
                up = e;
            }
        }
        return up;
    }

    private static boolean matches(String rel, String wanted) {
        return rel.equals(wanted) || rel.startsWith(wanted + ":") && !(wanted.equals("nsubj") && rel.startsWith("nsubj:pass"))
                && !(wanted.equals("obl") && rel.startsWith("obl:agent"));
    }

    /**
     * Entity mentions (of the types that can hold a role) within the noun phrase headed by {@code node}.
     * In a conjunct that names a person (`le président sud-coréen, Park Jae-hoon`), the person is the
     * one acting and the country only qualifies the title, so only the person is kept.
     */
    Set<Mention> entitiesInPhrase(int node) {
        Set<Mention> out = new LinkedHashSet<>();
        for (int c : conjuncts(node)) {
            out.addAll(entitiesInConjunct(c));
        }
        return out;
    }

    /** {@code node} and the nodes coordinated with it. */
    List<Integer> conjuncts(int node) {
        List<Integer> conjuncts = new ArrayList<>();
        conjuncts.add(node);
        Set<Integer> seen = new HashSet<>();
        collectConjuncts(node, conjuncts, seen);
        int stray = strayApposition(node);
        if (stray > 0) {
            // `coprésidée par le doyen des chefs d'État, A, et le président B`: B, coordinated with the agent's stray
            // name, is coordinated with the agent
            collectConjuncts(stray, conjuncts, seen);
        }
        return conjuncts;
    }

    /**
     * (h56-sweepb) `La séance, coprésidée par le doyen des chefs d'État, A, et le président B, …`: the parser may hang
     * the name after a participle's agent on the noun the participle modifies (`appos(séance, A)`), past the agent's
     * phrase. A person named right after that phrase and a comma is the agent's apposition, as the words are
     * ordered: the node of that name, or -1 when {@code agent} is no such agent or the parser hung the name on it.
     */
    private int strayApposition(int agent) {
        if (parse.nodes().isEmpty() || agent <= 0) {
            return -1;
        }
        int modified = nounModifiedByTheAgentsParticiple(agent);
        if (modified <= 0) {
            return -1;
        }
        int last = agent;
        for (int n : phraseNodes(agent, false)) {
            last = Math.max(last, n);
        }
        int name = last + 2;
        if (name > parse.nodes().size() || !parse.node(last + 1).word().equals(",")) {
            return -1;
        }
        Mention m = mentionAt(parse.node(name).start());
        if (m == null || m.type() != EntityType.PERSON) {
            return -1;
        }
        for (ParsedSentence.Edge e : parse.incoming(name)) {
            if (e.governor() == modified && e.baseRelation().equals("appos")) {
                return name;
            }
        }
        return -1;
    }

    /** The noun (before {@code agent}) that the participle whose `par` agent is {@code agent} modifies, or -1. */
    private int nounModifiedByTheAgentsParticiple(int agent) {
        for (ParsedSentence.Edge in : parse.incoming(agent)) {
            if (!in.relation().equals("obl:agent")) {
                continue;
            }
            for (ParsedSentence.Edge acl : parse.incoming(in.governor())) {
                if (acl.baseRelation().equals("acl") && acl.governor() > 0 && acl.governor() < agent) {
                    return acl.governor();
                }
            }
        }
        return -1;
    }

    /** Whether {@code name}, an apposition of {@code noun}, is the stray name of the agent of a participle modifying it. */
    private boolean isStrayAppositionOf(int noun, int name) {
        for (ParsedSentence.Edge acl : parse.outgoing(noun)) {
            if (!acl.baseRelation().equals("acl")) {
                continue;
            }
            for (ParsedSentence.Edge agent : parse.outgoing(acl.dependent())) {
                if (agent.relation().equals("obl:agent") && strayApposition(agent.dependent()) == name) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The entities of one conjunct; a person there wins over the demonym of their title, but not over a state or
     * body that unnamed people stand for (`X, avec les présidents A, B et des représentants de la Bolivie`).
     */
    Set<Mention> entitiesInConjunct(int c) {
        Set<Mention> leadersState = stateOfATitledLeadersGovernment(c);
        if (!leadersState.isEmpty()) {
            return leadersState;
        }
        Set<Mention> inConjunct = phraseWithoutConj(c);
        boolean hasPerson = inConjunct.stream().anyMatch(m -> m.type() == EntityType.PERSON);
        Set<Mention> represented = hasPerson ? representedByUnnamed(c) : Set.of();
        Set<Mention> ofAnother = hasPerson ? peopleOfAComplement(c) : Set.of();
        boolean ownPerson = inConjunct.stream().anyMatch(m -> m.type() == EntityType.PERSON && !ofAnother.contains(m));
        Set<Mention> out = new LinkedHashSet<>();
        for (Mention m : inConjunct) {
            if (ownPerson && ofAnother.contains(m)) {
                continue; // `le ministre X, envoyé spécial du président Y`: Y only says whose envoy X is
            }
            if (!hasPerson && TitleAppositions.isTitleDemonym(m) && TitleAppositions.personRightAfter(this, m) != null) {
                continue; // `ses homologues chilien, A, et péruvien, B`: the person in apposition acts, not the state
            }
            if (!hasPerson || m.type() == EntityType.PERSON || represented.contains(m)) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * `L'administration du président américain X`, `le gouvernement du Premier ministre du Canada, Y`: a government
     * named after its titled leader acts for the state the title names, not for the leader; those states, or none
     * when {@code node} is no such government or its leader's title names no state.
     */
    Set<Mention> stateOfATitledLeadersGovernment(int node) {
        if (!words.isLeaderGovernment(parse.node(node).lower())) {
            return Set.of();
        }
        Set<Mention> out = new LinkedHashSet<>();
        for (ParsedSentence.Edge e : parse.outgoing(node)) {
            if ((e.relation().equals("nmod:de") || e.relation().equals("nmod:d'"))
                    && words.isHolderTitle(parse.node(e.dependent()).lower())) {
                for (int n : phraseNodes(e.dependent())) {
                    Mention m = mentionAt(parse.node(n).start());
                    if (m != null && m.type() == EntityType.COUNTRY) {
                        out.add(m);
                    }
                }
            }
        }
        return out;
    }

    /** The people of the phrase of {@code node} named inside a `de` complement (`envoyé du président Y`, `message de Y`). */
    private Set<Mention> peopleOfAComplement(int node) {
        Set<Integer> complement = new HashSet<>();
        for (int n : phraseNodes(node)) {
            for (ParsedSentence.Edge e : parse.outgoing(n)) {
                if (e.relation().equals("nmod:de") || e.relation().equals("nmod:d'") || complement.contains(n)) {
                    complement.add(e.dependent());
                }
            }
        }
        Set<Mention> out = new LinkedHashSet<>();
        for (int n : complement) {
            Mention m = mentionAt(parse.node(n).start());
            if (m != null && m.type() == EntityType.PERSON && !nameOfABodysTitle(n, complement)) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * (h23-otan) `A, B, la présidente de la Commission européenne Ursula von der Leyen sont attendus`: the parser hangs
     * the name on the body of the title's `de` complement, as its apposition; it is the title's own person (the title
     * itself outside any complement), not someone the phrase speaks of (`envoyé du président Y` hangs Y on a title).
     */
    private boolean nameOfABodysTitle(int name, Set<Integer> complement) {
        int head = name;
        for (boolean climbed = true; climbed; ) {
            climbed = false; // `Ursula von der Leyen`: from any word of the name to its first, which the apposition hangs on
            for (ParsedSentence.Edge e : parse.incoming(head)) {
                if (e.relation().startsWith("flat") && e.governor() > 0) {
                    head = e.governor();
                    climbed = true;
                }
            }
        }
        if (head != name && ownTitlesState(head, complement)) {
            return true;
        }
        for (ParsedSentence.Edge up : parse.incoming(head)) {
            if (up.relation().equals("appos") && up.governor() > 0 && ownTitlesState(up.governor(), complement)) {
                return true; // `les présidents du Mali A, … et de la République islamique de Mauritanie, B`
            }
        }
        for (ParsedSentence.Edge up : parse.incoming(head)) {
            Mention body = up.governor() > 0 ? mentionAt(parse.node(up.governor()).start()) : null;
            if (!up.relation().equals("appos") || body == null || body.type() != EntityType.ORGANIZATION) {
                continue;
            }
            for (ParsedSentence.Edge title : parse.incoming(up.governor())) {
                String t = title.governor() > 0 ? parse.node(title.governor()).lower() : "";
                if ((title.relation().equals("nmod:de") || title.relation().equals("nmod:d'")) && words.isHolderTitle(t)
                        && !complement.contains(title.governor()) && !words.envoyNouns.contains(t)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * (h28-ia) `le président du Rwanda Paul X, le président libérien Ellen Y`: with no comma after the title's state, the
     * parser may take the name for the rest of the state's name (`flat:name` on `Rwanda`), or hang it on the state as an
     * apposition; a state (or body) that is the `de` complement of a holder title outside any other complement then
     * names the title's own person.
     */
    private boolean ownTitlesState(int head, Set<Integer> complement) {
        Mention state = mentionAt(parse.node(head).start());
        if (state == null || state.type() != EntityType.COUNTRY && state.type() != EntityType.ORGANIZATION) {
            return false;
        }
        for (ParsedSentence.Edge title : parse.incoming(head)) {
            String t = title.governor() > 0 ? parse.node(title.governor()).lower() : "";
            if ((title.relation().equals("nmod:de") || title.relation().equals("nmod:d'")) && words.isHolderTitle(t)
                    && !complement.contains(title.governor()) && !words.envoyNouns.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The states and bodies inside the phrase of {@code node} that a noun of representation stands for
     * without naming anyone (`des représentants de la Bolivie`, `la délégation du Pérou`): they act themselves.
     */
    private Set<Mention> representedByUnnamed(int node) {
        Set<Mention> out = new LinkedHashSet<>();
        for (int n : phraseNodes(node)) {
            if (n == node || !words.representingNouns.contains(parse.node(n).lower())) {
                continue;
            }
            Set<Mention> sub = phraseWithoutConj(n);
            if (sub.stream().noneMatch(m -> m.type() == EntityType.PERSON)) {
                sub.stream().filter(m -> m.type() != EntityType.PERSON).forEach(out::add);
            }
        }
        return out;
    }

    private void collectConjuncts(int node, List<Integer> into, Set<Integer> seen) {
        if (!seen.add(node)) {
            return;
        }
        // `convoquée par A, B et C et a vu la participation …, ainsi que des représentants de D`: a coordinated clause
        // ends the list; what the parser coordinates after its verb belongs to that clause (D is no agent)
        int clause = Integer.MAX_VALUE;
        for (ParsedSentence.Edge e : parse.outgoing(node)) {
            if (e.baseRelation().equals("conj") && e.dependent() > node && "VERB".equals(pos(e.dependent()))
                    && !dependents(e.dependent(), "aux").isEmpty()) {
                clause = Math.min(clause, e.dependent());
            }
        }
        // (h32-precision) `organisée par X entre A et B`: the parser may coordinate B with X; after an `entre` complement
        // that has no conjunct of its own, the next conjunct is its second party, no item of the list
        for (ParsedSentence.Edge e : parse.outgoing(node)) {
            if (e.relation().endsWith(":entre") && e.dependent() > node
                    && parse.outgoing(e.dependent()).stream().noneMatch(c -> c.baseRelation().equals("conj"))) {
                clause = Math.min(clause, e.dependent());
            }
        }
        for (ParsedSentence.Edge e : parse.outgoing(node)) {
            if (e.baseRelation().equals("conj") && !into.contains(e.dependent()) && e.dependent() <= clause
                    && !ClauseReading.portfolioOfATitle(this, e.dependent())) {
                into.add(e.dependent());
                collectConjuncts(e.dependent(), into, seen);
            }
        }
    }

    Set<Mention> phraseWithoutConj(int node) {
        Set<Mention> out = new LinkedHashSet<>();
        for (int n : phraseNodes(node)) {
            Mention m = mentionAt(parse.node(n).start());
            if (m != null && canHoldRole(m) && !namesAGovernment(n, m)) {
                out.add(m);
            }
        }
        return out;
    }

    /** `les responsables de l'administration Trump`: the leader a government is named after does not act in it. */
    private boolean namesAGovernment(int n, Mention m) {
        if (m.type() != EntityType.PERSON) {
            return false;
        }
        for (ParsedSentence.Edge e : parse.incoming(n)) {
            if (e.governor() > 0 && words.isLeaderGovernment(parse.node(e.governor()).lower())) {
                return true;
            }
        }
        return false;
    }

    /** The nodes of the noun phrase headed by {@code node}, without its conjuncts, in the order walked. */
    private List<Integer> phraseNodes(int node) {
        return phraseNodes(node, true);
    }

    /**
     * As {@link #phraseNodes(int)}; {@code withStrayName}: a participle's agent also takes the name the parser hung on
     * the noun the participle modifies ({@link #strayApposition}).
     */
    private List<Integer> phraseNodes(int node, boolean withStrayName) {
        List<Integer> out = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        Deque<Integer> todo = new ArrayDeque<>();
        todo.add(node);
        while (!todo.isEmpty()) {
            int n = todo.poll();
            if (n <= 0 || !seen.add(n)) {
                continue;
            }
            out.add(n);
            if (n != node && isAdjectiveOf(n)) {
                continue; // an adjective is collected (a demonym) but its own dependents are another phrase
            }
            boolean group = words.groupNouns.contains(parse.node(n).lower()) || isGroupTitleComplement(n);
            int membersFrom = membersListAfterAName(n);
            if (withStrayName && n == node) {
                int stray = strayApposition(n);
                if (stray > 0) {
                    todo.add(stray);
                }
            }
            for (ParsedSentence.Edge e : parse.outgoing(n)) {
                String base = e.baseRelation();
                if (base.equals("appos") && isStrayAppositionOf(n, e.dependent())) {
                    continue; // `La séance, présidée par le doyen, A, …`: A is the agent's, not the séance's
                }
                if (base.equals("appos") && e.dependent() >= membersFrom) {
                    continue; // `organisé par la Tunisie, dont le Niger, le Chili`: the members of a counted set, not the state's
                }
                if (base.equals("nmod") && group && isOrganisationAt(e.dependent())
                        && !(words.pairLeaderNouns.contains(parse.node(n).lower()) && bodiesCoordinated(e.dependent()))) {
                    continue; // `les pays membres de l'OTAN`: the members act, not the organisation
                }
                if (base.equals("nmod") && isOrganisationAt(e.dependent()) && groupComplementRightBefore(n, e.dependent())) {
                    // (h31-precision) `les présidents des pays membres de la Cedeao`: the parser hangs the body on the
                    // title, past the group noun right before it; the body is still the one the members belong to
                    continue;
                }
                if (base.equals("nmod") && PLACE_CASES.contains(e.relation()) && !inPowerIn(n, e.dependent())) {
                    continue; // `cinq dirigeants à la Maison-Blanche`, `l'ambassadeur du Mali en France`: where they are, not whom they stand for
                }
                if (e.relation().equals("nmod:entre") && !Meetings.isMeeting(this, n)) {
                    // (h32-precision) `organisée par X entre A et B`: the parties of a meeting between, which the parser
                    // hangs on the agent, are not the agent (a meeting's own `entre` still names who met)
                    continue;
                }
                if (e.relation().equals("nmod:pour") && Meetings.isMeeting(this, e.dependent())) {
                    // `La Russie, pour le sommet des Brésil, Russie, Inde (BRICS), accueille`: the meeting the holder
                    // acts for, whose name lists its members, is no part of the holder
                    continue;
                }
                if (base.equals("appos") && group && isOrganisationAt(e.dependent()) && isBracketed(e.dependent())
                        && bodyBetween(n, e.dependent())) {
                    // `Les chefs d'État de la Communauté … (CEMAC)`: the acronym of the body they belong to, not a
                    // holder; `les dirigeants des pays industrialisés (G7)` names the set itself
                    continue;
                }
                if (base.equals("appos") && isOrganisationAt(e.dependent()) && isBracketed(e.dependent())
                        && Meetings.isMeeting(this, n) && namedAfterBefore(n, e.dependent())) {
                    // (h14-blocs) `Le Sommet de l'Organisation de la coopération islamique (OCI) a adopté`: the acronym of
                    // the body the meeting is named after, which the parser hangs on the meeting, is the meeting's name,
                    // not a holder (the body's full name inside the meeting's name holds nothing either)
                    continue;
                }
                if (!base.equals("conj") && (PHRASE_RELATIONS.contains(base) || base.equals("flat:name"))
                        || base.equals("conj") && n != node && isComplementOf(n) && isComplementOf(e.dependent())) {
                    // `des représentants de l'OMS, de l'UA`: complements coordinated inside the phrase are its own
                    todo.add(e.dependent());
                }
            }
        }
        return out;
    }


    /**
     * (h47-votes6) `Les juntes au pouvoir au Mali, au Burkina Faso et au Niger ont signé`: `au pouvoir` (`power_nouns`) makes
     * the states after it those the rulers stand for, not where they are. True for the `au pouvoir` complement itself
     * (walked into), and for a state complement after it, of the power noun or (as the parser hangs the next items) of
     * the ruling noun that has it.
     */
    private boolean inPowerIn(int n, int d) {
        if (words.powerNouns.contains(parse.node(d).lower())) {
            return true;
        }
        Mention m = mentionAt(parse.node(d).start());
        if (m == null || m.type() != EntityType.COUNTRY) {
            return false;
        }
        if (words.powerNouns.contains(parse.node(n).lower())) {
            return true;
        }
        for (ParsedSentence.Edge e : parse.outgoing(n)) {
            if (PLACE_CASES.contains(e.relation()) && e.dependent() < d && words.powerNouns.contains(parse.node(e.dependent()).lower())) {
                return true;
            }
        }
        return false;
    }

    /** Words a body may stand after its group noun by: `des pays membres de la Cedeao` (`de`, `la`, `membres`). */
    private static final int GROUP_TO_BODY_GAP = 4;

    /**
     * Node {@code n} has another `de` complement that is a group noun (`pays`, `États membres`) within a few words before
     * the body {@code body}: the body completes that group noun, however the parser hangs it.
     */
    private boolean groupComplementRightBefore(int n, int body) {
        for (ParsedSentence.Edge e : parse.outgoing(n)) {
            int d = e.dependent();
            if (e.baseRelation().equals("nmod") && d < body && body - d <= GROUP_TO_BODY_GAP
                    && words.groupNouns.contains(parse.node(d).lower()) && !e.relation().equals("nmod:pour")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first node of a members' list the parser hangs as appositions on a single named state or person
     * (`Dix pays ont participé au sommet, organisé par la Tunisie, dont le Niger, le Chili`): an apposition opened
     * by `dont` and those after it name the members of a counted set elsewhere in the sentence, not the name's own
     * phrase; {@link Integer#MAX_VALUE} when there is none.
     */
    private int membersListAfterAName(int n) {
        Mention own = mentionAt(parse.node(n).start());
        if (own == null || own.type() != EntityType.COUNTRY && own.type() != EntityType.PERSON) {
            return Integer.MAX_VALUE;
        }
        int from = Integer.MAX_VALUE;
        for (ParsedSentence.Edge e : parse.outgoing(n)) {
            if (!e.baseRelation().equals("appos")) {
                continue;
            }
            for (ParsedSentence.Edge d : parse.outgoing(e.dependent())) {
                if (d.dependent() < e.dependent() && parse.node(d.dependent()).lower().equals("dont")) {
                    from = Math.min(from, e.dependent());
                }
            }
        }
        return from;
    }

    /**
     * {@code n} is the complement of a group noun's title (`d'État`, `de gouvernement` in `les chefs d'État de
     * l'UA`): the body after it is the one its members belong to (`group_title_complements`).
     */
    private boolean isGroupTitleComplement(int n) {
        if (!words.groupTitleComplements.contains(parse.node(n).lower())) {
            return false;
        }
        for (ParsedSentence.Edge e : parse.incoming(n)) {
            String base = e.baseRelation();
            if ((base.equals("nmod") || base.equals("conj")) && e.governor() > 0
                    && (words.groupNouns.contains(parse.node(e.governor()).lower()) || base.equals("conj")
                    && isGroupTitleComplement(e.governor()))) {
                return true;
            }
        }
        return false;
    }

    /** An organisation is named between the words of nodes {@code from} and {@code to}. */
    private boolean bodyBetween(int from, int to) {
        int a = parse.node(from).end();
        int b = parse.node(to).start();
        return mentions.stream().anyMatch(m -> m.type() == EntityType.ORGANIZATION && m.start() >= a && m.end() <= b);
    }

    /** The meeting {@code meeting} has a `de` complement (the body it is named after) before {@code appos}. */
    private boolean namedAfterBefore(int meeting, int appos) {
        return parse.outgoing(meeting).stream().anyMatch(e -> e.relation().startsWith("nmod:d") && e.dependent() < appos);
    }

    private boolean isBracketed(int n) {
        for (ParsedSentence.Edge e : parse.outgoing(n)) {
            if (e.baseRelation().equals("punct") && parse.node(e.dependent()).word().equals("(")) {
                return true;
            }
        }
        return false;
    }

    /** {@code n} is a complement opened by `de` (`de l'OMS`, `des pays`, `du Chili`). */
    private boolean isComplementOf(int n) {
        for (ParsedSentence.Edge e : parse.outgoing(n)) {
            if (e.baseRelation().equals("case") && words.complementMarkers.contains(parse.node(e.dependent()).lower())) {
                return true;
            }
        }
        return false;
    }

    private boolean isAdjectiveOf(int n) {
        for (ParsedSentence.Edge e : parse.incoming(n)) {
            if (e.baseRelation().equals("amod")) {
                return true;
            }
        }
        return false;
    }

    /**
     * (h46-votes5) `Les dirigeants de l'Union européenne et de la CELAC se sont mis d'accord`: leaders of two bodies
     * coordinated are the two parties that meet, each acting; `les dirigeants des BRICS` alone are the body's members.
     */
    private boolean bodiesCoordinated(int body) {
        for (ParsedSentence.Edge e : parse.outgoing(body)) {
            if (e.baseRelation().equals("conj") && isOrganisationAt(e.dependent())) {
                return true;
            }
        }
        return false;
    }

    private boolean isOrganisationAt(int node) {
        Mention m = mentionAt(parse.node(node).start());
        return m != null && m.type() == EntityType.ORGANIZATION;
    }

    /** The parser's part of speech of a node (UD tags: VERB, NOUN, ADJ...). */
    String pos(int node) {
        return node <= 0 ? "" : parse.node(node).pos();
    }

    Mention mentionAt(int charStart) {
        for (Mention m : mentions) {
            if (m.start() <= charStart && charStart < m.end()) {
                return m;
            }
        }
        return null;
    }

    /** The mention at token {@code k} when it can hold a role (a country, a body or a person), else null. */
    Mention holderAtToken(int k) {
        if (k < 0 || k >= tokens.size()) {
            return null;
        }
        Mention m = mentionAt(tokens.get(k).start());
        return m != null && canHoldRole(m) ? m : null;
    }

    static boolean canHoldRole(Mention m) {
        return m.type() == EntityType.COUNTRY || m.type() == EntityType.ORGANIZATION || m.type() == EntityType.PERSON;
    }

    /** The start of the first token the parser's {@code node} sits on; 0 in a sentence without tokens, -1 if none. */
    int startOf(int node) {
        if (tokens.isEmpty()) {
            return 0;
        }
        Integer known = startOfNode.get(node);
        if (known != null) {
            return known;
        }
        int found = -1;
        for (Token t : tokens) {
            if (nodeAt(t.start()) == node) {
                found = t.start();
                break;
            }
        }
        startOfNode.put(node, found);
        return found;
    }

    int tokenIndexAt(int charStart) {
        Integer known = tokenAtChar.get(charStart);
        if (known != null) {
            return known;
        }
        int found = -1;
        for (Token t : tokens) {
            if (t.start() <= charStart && charStart < t.end()) {
                found = t.index();
                break;
            }
        }
        tokenAtChar.put(charStart, found);
        return found;
    }
}
