package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.model.RoleType;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * A noun that names a status (`hôte`, `signataire`, `non-signataire`, `organisateur`): the holder is the
 * subject of the copula (`Le Kenya est le pays hôte`), the phrase in apposition (`le Kenya, pays hôte`),
 * the subject of a verb taking it (`figure parmi les signataires`, `a déposé ses instruments de
 * ratification`), or, by the words, the name right next to it (`Pays hôte, l'Inde …`).
 */
final class StatusNounReading implements ParsedReading {
    @Override
    public List<Finding> readParsed(CueSite site) {
        SentenceGraph g = site.graph();
        String licence = "noun: " + site.cueText();
        List<Integer> heads = new ArrayList<>(List.of(site.cueNode()));
        // `pays hôte`, `pays signataires`: the noun the cue qualifies carries the relations.
        heads.addAll(site.governors("amod"));
        // (r21) `font partie des 44 pays invités`: the participle the parser hangs on the noun as a clause, right after it
        site.governors("acl").stream().filter(gov -> gov < site.cueNode() && site.cueNode() - gov <= 1).forEach(heads::add);
        site.governors("nmod").stream().filter(gov -> g.word(gov).equals("pays")).forEach(heads::add);
        // (h32-signature) `A, B et C sont les trois nouveaux pays signataires`: the parser may make the plural status noun an
        // apposition or a compound of the member noun right before it, the predicate of a copula with its subjects (a
        // signer's status only: `la France, pays hôte` is read by the apposition to the host noun itself)
        boolean signing = site.role() == org.summitcoverage.model.RoleType.SIGNATORY
                || site.role() == org.summitcoverage.model.RoleType.NON_SIGNATORY;
        for (String rel : signing ? List.of("appos", "compound") : List.<String>of()) {
            site.governors(rel).stream().filter(gov -> gov == site.cueNode() - 1 && !g.dependents(gov, "cop").isEmpty()
                    && site.words().memberNouns.contains(g.word(gov).toLowerCase(java.util.Locale.ROOT))).forEach(heads::add);
        }
        List<Finding> out = new ArrayList<>();
        // `X, l'un des membres de la délégation ivoirienne`, `Y, l'un des co-organisateurs`: the one of the set in apposition
        for (int one : site.governors("nmod")) {
            if (List.of("un", "une").contains(TextFolding.fold(g.word(one))) && !g.dependents(one, "expl").isEmpty()) {
                List<Finding> ones = site.phrases(g.governors(one, "appos"), Confidence.NOUN_RULE, a -> licence + " (l'un des, apposition)");
                boolean person = ones.stream().anyMatch(f -> f.mention().type() == org.summitcoverage.model.EntityType.PERSON);
                // `Le diplomate ivoirien X, l'un des …`: the person, not the demonym of his title
                ones.stream().filter(f -> !person || f.mention().type() == org.summitcoverage.model.EntityType.PERSON).forEach(out::add);
                boolean negated = g.dependents(one, "advmod").stream().anyMatch(a -> site.words().negators.contains(g.word(a)));
                if (!g.dependents(one, "cop").isEmpty() && !negated) {
                    // (h58-cand) `Le Ghana sera l'un des hôtes du sommet`: the copula's subject is the one of the set (not
                    // under a negated copula, `n'est pas l'un des hôtes`)
                    out.addAll(site.phrases(g.dependents(one, "nsubj"), Confidence.NOUN_RULE, a -> licence + " (l'un des, copula subject)"));
                }
            }
        }
        out.addAll(appositionTakenForAnItem(site, licence));
        for (int head : heads) {
            out.addAll(site.phrases(g.dependents(head, "nsubj"), Confidence.NOUN_RULE, s -> licence + " (copula subject)"));
            List<Integer> appositions = g.dependents(head, "appos");
            boolean one = head == site.cueNode() && appositions.size() > 1 && singularDefinite(site);
            if (one) {
                // (h31-hotes) `: l'hôte de la rencontre, le Béninois X, le Togolais Y et …`: one holder, the first; the parser
                // hangs the rest of the list on the noun too, and the items coordinated with it are no holders either
                appositions = List.of(appositions.stream().min(Integer::compare).orElseThrow());
            }
            List<Finding> named = site.phrases(appositions, Confidence.NOUN_RULE, a -> licence + " (apposition)");
            if (one) {
                named = named.stream().filter(f -> !f.rule().equals("enumeration")).toList();
            }
            out.addAll(named);
            if (plural(site) && head == site.cueNode()) {
                // (h30-securite) `Certains participants, comme la vice-présidente X et le chancelier Y, sont partis`:
                // the examples the plural status noun introduces hold its status
                out.addAll(site.phrases(examples(g, head), Confidence.NOUN_RULE, e -> licence + " (examples)"));
                if (signing) {
                    out.addAll(site.phrases(predicateExamples(g, head), Confidence.NOUN_RULE, e -> licence + " (examples of the predicate)"));
                }
            }
            List<Integer> qualified = new ArrayList<>(g.governors(head, "appos"));
            // `Organisatrice de la rencontre, la Norvège …`: a fronted status noun the tagger took for a participle
            g.governors(head, "acl").stream().filter(n -> n > head).forEach(qualified::add);
            for (int ap : qualified) {
                Mention m = g.mentionAt(g.startOf(ap));
                if (m != null && SentenceGraph.canHoldRole(m)) {
                    List<Mention> all = plural(site) ? lastItems(Enumerations.coordination(g, m), m, count(site, head)) : List.of(m);
                    for (Mention h : all) {
                        out.add(site.finding(h, Confidence.NOUN_RULE, "noun-apposition", h.text() + ", " + site.cueText()));
                    }
                }
            }
            // `Organisatrice du sommet, la Norvège a plaidé …`: parsed as a fronted clause, the noun is the subject's
            for (int v : g.governors(head, "advcl")) {
                if (head < v) {
                    out.addAll(site.phrases(g.dependents(v, "nsubj"), Confidence.NOUN_RULE, s -> licence + " (fronted)"));
                }
            }
            for (int v : g.governors(head, "obl")) {
                if (addressing(site, v) && !frontedAttribute(g, head, v)) {
                    continue; // `X a envoyé ses félicitations aux organisateurs`: the addressee, not X
                }
                if (g.dependents(head, "case").stream().anyMatch(c -> site.words().purposePrepositions.contains(g.word(c)))) {
                    continue; // (h31-precision) `enverrait les documents au parlement pour ratification`: an aim, no act done
                }
                // (h35-signature3) `Le Ghana est le grand absent parmi les signataires`, `manque parmi les signataires`: a
                // word of absence (`absence_words`) takes its subject out of the signatories, a refusal
                CueSite holder = site.role() == RoleType.SIGNATORY && site.words().absenceWords.contains(g.word(v))
                        ? site.withRole(RoleType.NON_SIGNATORY) : site;
                List<Finding> subjects = holder.phrases(g.dependents(v, "nsubj"), Confidence.NOUN_RULE,
                        s -> g.word(v) + " parmi les " + site.cueText());
                if (subjects.isEmpty()) {
                    // `A et B, les principaux …, figurent parmi les signataires`: the apposition taken for the subject
                    subjects = holder.phrases(DislocatedSubject.before(g, v), Confidence.NOUN_RULE,
                            s -> g.word(v) + " parmi les " + site.cueText() + " (subject before its apposition)");
                }
                out.addAll(subjects);
            }
            // `X a déposé ses instruments de ratification`, `X a apposé sa signature`: the one who acts; not over an
            // act done `par` another (`X a salué la ratification par le Niger`), however the parser hangs the agent
            // `X eut beau célébrer …, les deux présidents signataires, A et B, …`: a status noun that names its own
            // holders in apposition is no act of the verb's subject
            List<Integer> objects = byAnAgent(site, head) || !named.isEmpty() ? new ArrayList<>() : new ArrayList<>(List.of(head));
            objects.addAll(g.governors(head, "nmod"));
            for (int o : objects) {
                for (int v : g.governors(o, "obj")) {
                    if (addressing(site, v)) {
                        continue; // `X a remercié les organisateurs`, `a félicité les signataires`
                    }
                    boolean partOf = g.word(o).equals("partie") && site.words().faireForms.contains(g.word(v));
                    if (site.hit().role() == RoleType.PARTICIPANT && !site.words().groupJoiningVerbs.contains(g.word(v)) && !partOf) {
                        continue; // `X a rencontré les membres de la délégation`, `a reçu les invités`: met, not one of them
                        // (`X fait partie des invités` is one of them)
                    }
                    out.addAll(site.phrases(g.dependents(v, "nsubj"), Confidence.NOUN_RULE, s -> g.word(v) + " … " + site.cueText()));
                }
            }
        }
        if (out.isEmpty()) {
            out.addAll(headOfTheHostState(site));
        }
        return out.isEmpty() ? nextToNoun(site) : out;
    }

    /** How many `de` complements up from `pays hôte` the head's title may stand (`le chef de l'État du pays hôte`). */
    private static final int TITLE_DEPTH = 2;

    /**
     * (h14-blocs) `X, le chef de l'État du pays hôte, …`, `Le président du pays hôte, X, …`: the head of state a title
     * over `du pays hôte` names, in apposition either way, hosts the meeting (`host_state_head_titles`).
     */
    private static List<Finding> headOfTheHostState(CueSite site) {
        SentenceGraph g = site.graph();
        if (site.hit().role() != RoleType.HOST || site.cueNode() <= 0) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        List<Integer> states = new ArrayList<>();
        for (String rel : List.of("compound", "appos", "amod", "nmod")) {
            states.addAll(g.governors(site.cueNode(), rel)); // `pays hôte`, however the parser hangs the noun
        }
        for (int state : states) {
            if (!site.words().stateNounsOfHost.contains(g.word(state))) {
                continue;
            }
            int node = state;
            for (int depth = 0; depth < TITLE_DEPTH && out.isEmpty(); depth++) {
                List<Integer> up = g.governors(node, "nmod");
                if (up.isEmpty()) {
                    break;
                }
                node = up.get(0);
                if (!site.words().hostStateHeadTitles.contains(g.word(node))) {
                    continue;
                }
                List<Integer> named = new ArrayList<>(g.dependents(node, "appos"));
                named.addAll(g.governors(node, "appos"));
                for (int n : named) {
                    Mention m = g.mentionAt(g.startOf(n));
                    if (m != null && m.type() == org.summitcoverage.model.EntityType.PERSON) {
                        out.add(site.finding(m, Confidence.NOUN_RULE, "noun: head of the host state",
                                m.text() + ", " + g.word(node) + " du pays " + site.cueText()));
                    }
                }
            }
        }
        return out;
    }

    /** A verb addressing words, thanks or a message to its object or oblique (`addressing_stems`). */
    private static boolean addressing(CueSite site, int verb) {
        String w = TextFolding.fold(site.graph().word(verb));
        return site.words().addressingStems.entries().stream().anyMatch(w::startsWith);
    }

    /**
     * (r21) `Hôte du sommet, le chancelier X a salué les délégations`, `En tant qu'hôte, X a salué …`: the status noun
     * fronted before the verb's subject with no determiner, bare or after `en tant que`, says what the subject is,
     * whatever the verb.
     */
    private static boolean frontedAttribute(SentenceGraph g, int head, int verb) {
        List<Integer> subjects = g.dependents(verb, "nsubj");
        if (subjects.isEmpty() || subjects.stream().anyMatch(s -> s < head)) {
            return false;
        }
        // no determiner: `Les organisateurs, X les a salués` is an object put first and taken up by `les`
        return g.incoming(head).stream().anyMatch(e -> e.governor() == verb && e.relation().equals("obl:mod"))
                && g.dependents(head, "det").isEmpty()
                && g.dependents(head, "case").stream().allMatch(c -> TextFolding.fold(g.word(c)).equals("en"));
    }

    private static boolean byAnAgent(CueSite site, int head) {
        List<Token> toks = site.tokens();
        int t = site.graph().tokenIndexAt(site.graph().startOf(head));
        return t >= 0 && t + 1 < toks.size() && toks.get(t + 1).folded().equals("par");
    }

    /** `coorganisateurs`, `signataires`: a plural status noun in apposition is the whole coordination's. */
    /** The phrases a noun introduces as examples (`comme`, `tels que`: the parser's `nmod:comme`, `nmod:tels_que`). */
    /**
     * (h58-a) `déplorée par plusieurs des participants à ce sommet, notamment A ou encore B`: the parser hangs the
     * examples on the quantifier whose `de` complement the status noun is (`partitive_quantifiers`); they are members
     * of the set as well.
     */
    static List<Integer> examplesOfAPart(CueSite site) {
        List<Integer> out = new ArrayList<>();
        for (int q : site.governors("nmod:de")) {
            if (site.words().partitiveQuantifiers.contains(site.graph().word(q).toLowerCase(java.util.Locale.ROOT))) {
                out.addAll(examples(site.graph(), q));
                out.addAll(site.graph().dependents(q, "appos")); // `plusieurs des participants, notamment A`
            }
        }
        return out;
    }

    static List<Integer> examples(SentenceGraph g, int head) {
        List<Integer> out = new ArrayList<>();
        for (org.summitcoverage.nlp.ParsedSentence.Edge e : g.outgoing(head)) {
            if (EXAMPLE_RELATIONS.contains(e.relation())) {
                out.add(e.dependent());
            }
        }
        return out;
    }

    /**
     * (h43-votes4) `Les opposants au texte sont nombreux, comme A et B`: the parser hangs the examples on the copula's
     * predicate (`obl:comme`), not on the plural noun that is its subject; they are that noun's examples all the same.
     * Only over a copula: `comme` on a full verb says in which capacity (`a participé comme observateur`); only names
     * (the parser makes titles in a list of people conjuncts too: `présents, comme X, le président du Brésil`), and
     * only for the sides of a vote (a list of people with their titles is read by the attendance readings).
     */
    static List<Integer> predicateExamples(SentenceGraph g, int subject) {
        List<Integer> out = new ArrayList<>();
        for (int predicate : g.governors(subject, "nsubj")) {
            if (g.dependents(predicate, "cop").isEmpty()) {
                continue;
            }
            out.addAll(examples(g, predicate));
            for (org.summitcoverage.nlp.ParsedSentence.Edge e : g.outgoing(predicate)) {
                if (PREDICATE_EXAMPLE_RELATIONS.contains(e.relation()) && "PROPN".equals(g.pos(e.dependent()))) {
                    out.add(e.dependent());
                }
            }
        }
        return out;
    }

    private static final java.util.Set<String> PREDICATE_EXAMPLE_RELATIONS =
            java.util.Set.of("obl:comme", "obl:tels_que", "obl:telles_que");

    private static final java.util.Set<String> EXAMPLE_RELATIONS =
            java.util.Set.of("nmod:comme", "nmod:tels_que", "nmod:telles_que");

    private static boolean plural(CueSite site) {
        String w = site.cueText();
        return w.endsWith("s") || w.endsWith("x");
    }

    /** The count the noun carries (`les deux coorganisateurs` → 2), or 0. */
    private static int count(CueSite site, int head) {
        int n = 0;
        for (int num : site.graph().dependents(head, "nummod")) {
            n = Math.max(n, site.words().count(site.graph().word(num)));
        }
        return n;
    }

    /** The last {@code count} items of {@code list} up to {@code last} when a count is given, else the whole list. */
    private static List<Mention> lastItems(List<Mention> list, Mention last, int count) {
        if (count <= 0) {
            return list;
        }
        List<Mention> sorted = new ArrayList<>(list.stream().filter(x -> x.start() <= last.start()).toList());
        sorted.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return count >= sorted.size() ? sorted : sorted.subList(sorted.size() - count, sorted.size());
    }

    /**
     * `le Kenya, pays hôte`, `Pays hôte, l'Inde avait placé …`, `le président hôte du sommet, X`: the name next to the noun, by the
     * words.
     */
    private static List<Finding> nextToNoun(CueSite site) {
        List<Token> toks = site.tokens();
        RoleWords words = site.words();
        int first = site.hit().first();
        int before = first - 1;
        int count = 0;
        while (before >= 0 && (words.statusNounFillers.containsWord(toks.get(before))
                || words.absoluteCopulas.containsWord(toks.get(before)) // `X étant le pays hôte`
                || count == 0 && words.count(toks.get(before).word()) > 0)) {
            count = Math.max(count, words.count(toks.get(before).word()));
            before--;
        }
        // (h36) `en présence du président hôte du sommet, X`: a title right before the status noun is its head, and the
        // name is the apposition after the meeting complement's comma (read below), not a holder before it; only with
        // that complement (a bare `Le président hôte, X, a reçu …` is left to the guest readings)
        boolean titleHead = before >= 0 && before == first - 1 && words.isTitle(toks.get(before).word())
                && meetingComplementEnd(site, site.hit().end()) > site.hit().end();
        // (h57-invites) `la présidente de la Confédération et hôte du sommet, X`: the status noun coordinated with a title
        // shares its head, so the name is the apposition after the meeting complement's comma, as above
        titleHead |= before == first - 1 && coordinatedWithATitle(site, before)
                && meetingComplementEnd(site, site.hit().end()) > site.hit().end();
        if (before >= 0 && !titleHead && !(toks.get(before).folded().equals("et") && before < first - 1
                && meetingComplementEnd(site, site.hit().end()) > site.hit().end())
                && !stateNounComplement(site, before, first)) { // (h49-votes7) `du pays hôte, le Pérou`: read after it
            Mention m = before < first - 1 ? site.graph().holderAtToken(before) : null;
            if (m == null) {
                return List.of();
            }
            if (toks.get(first - 1).folded().equals("pays") && m.type() != EntityType.COUNTRY) {
                // (h49-faux16) `L'Égypte, qui assurait la présidence de la COP en tant que pays organisateur`: a `pays`
                // status is a state's; the body or meeting right before it is a complement, not its holder
                return List.of();
            }
            // `le Chili et le Pérou, coorganisateurs de l'événement`: a plural status is the whole coordination's;
            // `A, B et C (les deux coorganisateurs)`: the last two items'
            List<Mention> holders = plural(site) ? lastItems(Enumerations.coordination(site.graph(), m), m, count) : List.of(m);
            List<Finding> out = new ArrayList<>();
            for (Mention h : holders) {
                out.add(site.finding(h, Confidence.TOKEN_RULE, "tokens: next to noun", h.text() + ", " + site.cueText()));
            }
            return out;
        }
        // `Le pays hôte de la conférence, le Chili, …`: past the noun's complement naming the meeting
        int k = Math.max(site.hit().end(), meetingComplementEnd(site, site.hit().end()));
        if (k >= toks.size() || !toks.get(k).word().equals(",")) {
            return plural(site) ? membersAfterTheSubjectsClause(site) : List.of();
        }
        // the fronted apposition qualifies the subject after the comma
        k++;
        if (plural(site) && k + 1 < toks.size() && toks.get(k).folded().equals("parmi")
                && words.amongThem.containsWord(toks.get(k + 1))) {
            // `Les organisateurs, parmi lesquels A et B, ont …`: the members named hold the status
            List<Finding> out = new ArrayList<>();
            for (Mention h : Enumerations.listAfter(site.graph(), k + 2, 2)) {
                out.add(site.finding(h, Confidence.TOKEN_RULE, "tokens: parmi lesquels", site.cueText() + ", parmi … " + h.text()));
            }
            return out;
        }
        while (k < toks.size() && words.definiteArticles.containsWord(toks.get(k))) {
            k++;
        }
        Mention m = site.graph().holderAtToken(k);
        if (m == null) {
            return List.of();
        }
        // (h62-lists) `Les co-organisateurs, le Japon et la Banque mondiale, ont …`: a plural status noun's apposition is
        // the whole list after the comma, every item holds the status
        List<Mention> holders = plural(site) ? Enumerations.coordination(site.graph(), m).stream()
                .filter(x -> x.start() >= m.start()).toList() : List.of(m);
        List<Finding> out = new ArrayList<>();
        for (Mention h : holders) {
            out.add(site.finding(h, Confidence.TOKEN_RULE, "tokens: fronted noun", site.cueText() + ", " + h.text()));
        }
        return out;
    }

    /** How far after `parmi eux` the first member may start, as in a colon list (`le président de la Commission de l'UA`). */
    private static final int SUBJECT_LIST_SLACK = 5;

    /**
     * (h60-lists) `Les co-organisateurs ont ensuite pris la parole, parmi eux A, B et C`: the plural status noun is the
     * subject of the verb after it, and the clause closes on a comma and `parmi eux` (`amongThem`) with no name, plural
     * noun or comma between that could own the list (`Les organisateurs ont invité des dirigeants, parmi eux A`: the
     * guests); the members named hold the status.
     */
    private static List<Finding> membersAfterTheSubjectsClause(CueSite site) {
        SentenceGraph g = site.graph();
        List<Token> toks = site.tokens();
        if (site.governors("nsubj").stream().noneMatch(v -> g.startOf(v) > toks.get(site.hit().first()).start())) {
            return List.of();
        }
        for (int k = site.hit().end(); k + 2 < toks.size(); k++) {
            Token t = toks.get(k);
            if (t.word().equals(",")) {
                if (!toks.get(k + 1).folded().equals("parmi") || !site.words().amongThem.containsWord(toks.get(k + 2))) {
                    return List.of();
                }
                List<Finding> out = new ArrayList<>();
                for (Mention h : Enumerations.listAfter(g, k + 3, SUBJECT_LIST_SLACK)) {
                    out.add(site.finding(h, Confidence.TOKEN_RULE, "tokens: parmi eux", site.cueText() + " … parmi … " + h.text()));
                }
                return out;
            }
            String pos = g.pos(g.nodeAt(t.start()));
            boolean pluralNoun = ("NOUN".equals(pos) || "PROPN".equals(pos)) && (t.word().endsWith("s") || t.word().endsWith("x"));
            if (g.mentionAt(t.start()) != null || pluralNoun || t.word().equals(".")) {
                return List.of();
            }
        }
        return List.of();
    }

    /** The most tokens back from `et` to the title the status noun is coordinated with (`la présidente de la Confédération`). */
    private static final int COORDINATED_TITLE_SPAN = 8;

    /**
     * (h57-invites) The token at {@code et} is `et` and a title (`président`, `chef`) opens the phrase before it, with no
     * comma and no person named in between: `le président du Ghana et hôte …` is one person's two titles.
     */
    private static boolean coordinatedWithATitle(CueSite site, int et) {
        List<Token> toks = site.tokens();
        if (et < 1 || !toks.get(et).folded().equals("et")) {
            return false;
        }
        for (int k = et - 1; k >= Math.max(0, et - COORDINATED_TITLE_SPAN); k--) {
            String w = toks.get(k).word();
            Mention m = site.graph().mentionAt(toks.get(k).start());
            if (w.equals(",") || m != null && m.type() == EntityType.PERSON) {
                return false;
            }
            if (site.words().isTitle(w) || site.words().isHolderTitle(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * (h49-votes7) `Le discours du pays hôte, le Pérou, …`: the status noun on a state noun (`host_state_nouns`) in the `de`
     * complement of a word that holds no role (no holder before it): the state is named in the apposition after it.
     */
    private static boolean stateNounComplement(CueSite site, int before, int first) {
        List<Token> toks = site.tokens();
        if (before < 0 || before >= first - 1 || site.graph().holderAtToken(before) != null
                || !site.words().stateNounsOfHost.containsWord(toks.get(first - 1))) {
            return false;
        }
        for (int k = before; k < first - 1; k++) {
            String w = toks.get(k).folded().replace('’', '\'');
            if (w.equals("de") || w.equals("d'") || w.equals("du") || w.equals("des")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The comma that closes a `de` complement of the noun naming the meeting (`hôte de la conférence,`, `organisateur
     * de la COP41,`: a meeting word or an event), or -1.
     */
    private static int meetingComplementEnd(CueSite site, int from) {
        List<Token> toks = site.tokens();
        if (from >= toks.size() || !List.of("de", "du", "des", "d'").contains(toks.get(from).folded().replace('’', '\''))) {
            return -1;
        }
        boolean meeting = false;
        for (int k = from + 1; k < Math.min(toks.size(), from + 8); k++) {
            String w = toks.get(k).word();
            if (w.equals(",")) {
                return meeting ? k : -1;
            }
            if (site.words().earlierMeetingAdjectives.contains(w) || TextFolding.fold(w).startsWith("prochain")) {
                return -1; // `le pays hôte de la prochaine édition, X`: another meeting's host
            }
            Mention m = site.graph().mentionAt(toks.get(k).start());
            meeting |= site.words().joinedMeetings.contains(w) || site.words().meetingNouns.contains(w)
                    || m != null && m.type() == org.summitcoverage.model.EntityType.EVENT;
            if (m != null && m.type() != org.summitcoverage.model.EntityType.EVENT && SentenceGraph.canHoldRole(m)) {
                return -1; // `hôte du sommet de l'Union africaine`: a holder inside the complement
            }
        }
        return -1;
    }

    /**
     * (h31-hotes) `… six chefs d'État : l'hôte de l'événement, l'Ivoirien X, le Sénégalais Y et le Ghanéen Z`: the parser
     * makes the name in apposition to a singular status noun with its definite article the first conjunct of a list; that
     * item, right after the comma, holds the status (the person, when it names one), the items after it do not.
     */
    private static List<Finding> appositionTakenForAnItem(CueSite site, String licence) {
        SentenceGraph g = site.graph();
        int cue = site.cueNode();
        List<Integer> conjs = g.dependents(cue, "conj");
        if (!singularDefinite(site) || conjs.isEmpty()) {
            return List.of();
        }
        int first = conjs.stream().min(Integer::compare).orElseThrow();
        int k = g.tokenIndexAt(g.startOf(first));
        if (k < 1 || !g.tokens().get(k - 1).word().equals(",") || !g.dependents(first, "cc").isEmpty()) {
            return List.of();
        }
        List<Finding> named = site.phrases(List.of(first), Confidence.NOUN_RULE, a -> licence + " (apposition taken for an item)")
                .stream().filter(f -> !f.rule().equals("enumeration")).toList();
        boolean person = named.stream().anyMatch(f -> f.mention().type() == org.summitcoverage.model.EntityType.PERSON);
        return named.stream().filter(f -> !person || f.mention().type() == org.summitcoverage.model.EntityType.PERSON).toList();
    }

    /** `l'hôte`, `le pays hôte`: one holder, named by a definite article. */
    private static boolean singularDefinite(CueSite site) {
        SentenceGraph g = site.graph();
        return !plural(site) && g.dependents(site.cueNode(), "det").stream()
                .anyMatch(d -> List.of("le", "la", "l'", "l’").contains(TextFolding.fold(g.word(d)).toLowerCase(java.util.Locale.ROOT)));
    }
}
