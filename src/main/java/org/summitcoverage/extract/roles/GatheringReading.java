package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * A meeting gathers those it names: `Le sommet a réuni les présidents de l'Azerbaïdjan X et de Turquie Y`,
 * `une session réunissant l'UE et l'OCDE`. Only when the one gathering is a meeting (a meeting noun or an
 * event): `Le président a réuni ses ministres` says nothing of a summit.
 */
final class GatheringReading implements HolderReading {
    private final HolderReading colonList = new ColonListReading();

    @Override
    public List<Finding> read(CueSite site) {
        if (site.words().compositionVerbs.contains(site.cueText())) {
            return delegationMembers(site);
        }
        if (!aMeetingGathers(site)) {
            return peersAConvenerGathers(site);
        }
        List<Finding> out = new ArrayList<>();
        if (site.cueNode() > 0) {
            out.addAll(site.phrases(gathered(site), Confidence.NOUN_RULE, o -> "meeting " + site.cueText()));
        }
        if (out.isEmpty()) {
            for (Mention m : Enumerations.listAfter(site.graph(), site.hit().end(), 3)) {
                out.add(site.finding(m, Confidence.TOKEN_RULE, "tokens: meeting gathers", site.cueText() + " " + m.text()));
            }
        }
        if (out.isEmpty() && namedFurtherOn(site)) {
            // `Le sommet réunit des dirigeants de 19 pays d'Amérique latine, à savoir A, B et C`: the set it gathers is
            // named in the list its opener brings further on
            out.addAll(colonList.read(site));
        }
        return out;
    }

    /**
     * A worded opener (`à savoir`, `dont`) after the gathered set: not a colon, which may open a clause that explains
     * (`a rassemblé des experts : le Maroc compte …`), and not a set of the body's own (`réunit les dirigeants de ses
     * cinq États membres, à savoir …`), whose list is the body's membership, not those this meeting gathers.
     */
    private static boolean namedFurtherOn(CueSite site) {
        List<Token> toks = site.tokens();
        int from = ColonListReading.listStart(site.words().listOpeners, toks, site.hit().end());
        if (from < 0 || toks.get(from - 1).word().equals(":")) {
            return false;
        }
        for (int k = site.hit().end(); k < from; k++) {
            if (site.words().possessives.contains(toks.get(k).folded())) {
                return false;
            }
        }
        return true;
    }

    /**
     * `La délégation malienne était composée des ministres A et B`, `une délégation comprenant X`: the members of a
     * delegation attend; what anything else is made of (`Le G7 comprend …`) says nothing of the meeting.
     */
    private static List<Finding> delegationMembers(CueSite site) {
        SentenceGraph g = site.graph();
        if (site.cueNode() <= 0) {
            return List.of();
        }
        List<Integer> wholes = new ArrayList<>(site.dependents("nsubj"));
        wholes.addAll(site.dependents("nsubj:pass"));
        wholes.addAll(site.governors("acl"));
        // `une délégation conduite par X, et composée de A, B`: the parser coordinates the second participle with the noun
        wholes.addAll(site.governors("conj"));
        if (wholes.stream().noneMatch(n -> TextFolding.fold(g.word(n)).startsWith("delegation"))) {
            return List.of();
        }
        List<Integer> members = new ArrayList<>(site.dependents("obj"));
        members.addAll(site.dependents("obl:de"));
        members.addAll(site.dependents("obl:arg"));
        return site.phrases(members, Confidence.NOUN_RULE, o -> "delegation " + site.cueText());
    }

    /**
     * The cue's objects, and the nominal conjuncts the parser hangs on the verb after them (`il rassemble les pays de
     * l'UE, ainsi que la Turquie et le Canada`: `ainsi que` items taken for a coordinated clause).
     */
    private static List<Integer> gathered(CueSite site) {
        SentenceGraph g = site.graph();
        List<Integer> out = new ArrayList<>(site.dependents("obj"));
        if (out.isEmpty()) {
            out.addAll(peersHungOnAnAdverbial(site));
        }
        if (out.isEmpty()) {
            return out;
        }
        for (int c : site.dependents("conj")) {
            String pos = g.pos(c);
            // (h58-cand) `a réuni les chefs d'État des pays membres, et ceux des pays observateurs, A et B`: the demonstrative
            // standing for the set's noun is a nominal conjunct too
            boolean nominal = pos.equals("NOUN") || pos.equals("PROPN") || Enumerations.standsForTheSetNoun(g.word(c));
            if (c > out.get(0) && nominal && g.dependents(c, "nsubj").isEmpty()
                    && g.dependents(c, "aux").isEmpty() && g.dependents(c, "cop").isEmpty()) {
                out.add(c);
            }
        }
        out.addAll(membersAfterDont(g, out));
        out.addAll(itemsHungOnAFrontedPhrase(site));
        return out;
    }

    /**
     * (h27-ocean) `a réuni une trentaine de dirigeants dont la chancelière allemande, la présidente de la Commission
     * et les premiers ministres britannique et canadien`: the parser hangs the first member on the counted set as an
     * apposition opened by `dont`, and the others on that member as its conjuncts; every conjunct is a member too.
     */
    private static List<Integer> membersAfterDont(SentenceGraph g, List<Integer> objects) {
        List<Integer> sets = new ArrayList<>(objects);
        for (int o : objects) {
            sets.addAll(g.dependents(o, "nmod:de"));
        }
        List<Integer> out = new ArrayList<>();
        for (int set : sets) {
            List<Integer> firsts = new ArrayList<>(g.dependents(set, "appos"));
            for (int r : g.dependents(set, "acl:relcl")) {
                String pos = g.pos(r);
                if ((pos.equals("NOUN") || pos.equals("PROPN")) && g.dependents(r, "nsubj").isEmpty()
                        && g.dependents(r, "aux").isEmpty() && g.dependents(r, "cop").isEmpty()) {
                    firsts.add(r); // or as a verbless relative clause: `dont le président ghanéen, la présidente …`
                }
            }
            for (int first : firsts) {
                boolean opened = g.dependents(first, "nmod").stream().anyMatch(d -> d < first && g.word(d).equalsIgnoreCase("dont"));
                if (opened) {
                    for (int c : g.dependents(first, "conj")) {
                        if (!out.contains(c) && !objects.contains(c)) {
                            out.add(c);
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * (h26-amerique) `a rassemblé durant trois heures dans un grand hôtel ses homologues A, B`: after adverbials of time
     * and place the parser may hang the object on the last one as its apposition. A peer noun (`guest_nouns`) with a
     * possessive, after the verb, is no apposition of a place: it is what the verb gathers.
     */
    private static List<Integer> peersHungOnAnAdverbial(CueSite site) {
        SentenceGraph g = site.graph();
        List<Integer> out = new ArrayList<>();
        for (int o : site.dependents("obl")) {
            for (int a : g.dependents(o, "appos")) {
                if (a > site.cueNode() && site.words().guestNouns.contains(g.word(a))
                        && g.dependents(a, "det").stream().anyMatch(d -> site.words().possessives.contains(g.word(d)))) {
                    out.add(a);
                }
            }
        }
        return out;
    }

    /**
     * A leader or a state that gathers its peers receives them: `Le président X a réuni à Abuja ses homologues du
     * Ghana, A, et du Togo, B` — the peers named attend. Only peers (`homologues`, `dirigeants`, a named person or
     * state): the ministers a president gathers hold a cabinet meeting, not the summit.
     */
    private static List<Finding> peersAConvenerGathers(CueSite site) {
        SentenceGraph g = site.graph();
        if (site.cueNode() <= 0) {
            return List.of();
        }
        List<Integer> subjects = site.dependents("nsubj");
        if (subjects.size() != 1 || !isPersonOrState(g, subjects.get(0)) && !isTheHost(site, subjects.get(0))) {
            return List.of();
        }
        List<Integer> peers = new ArrayList<>();
        for (int n : gathered(site)) {
            if (site.words().guestNouns.contains(g.word(n)) || isPersonOrState(g, n)) {
                peers.add(n);
            }
        }
        return site.phrases(peers, Confidence.NOUN_RULE, o -> "convener " + site.cueText() + " " + g.word(o));
    }

    /**
     * (h26-amerique) `L'hôte du sommet a rassemblé ses homologues A, B`: the meeting's host, named by the noun alone
     * (`convener_host_nouns` with a definite article), is a leader or a state gathering its peers.
     */
    private static boolean isTheHost(CueSite site, int node) {
        SentenceGraph g = site.graph();
        return site.words().convenerHostNouns.contains(g.word(node).toLowerCase(java.util.Locale.ROOT))
                && g.dependents(node, "det").stream().anyMatch(d -> site.words().definiteArticles.contains(g.word(d).toLowerCase(java.util.Locale.ROOT)));
    }

    /** The phrase of {@code node} names a person or a state, or is headed by a title the next words name (`le président X`). */
    private static boolean isPersonOrState(SentenceGraph g, int node) {
        Mention m = g.mentionAt(g.startOf(node));
        if (m != null) {
            return m.type() == EntityType.PERSON || m.type() == EntityType.COUNTRY;
        }
        for (int d : g.dependents(node, "appos")) {
            Mention a = g.mentionAt(g.startOf(d));
            if (a != null && a.type() == EntityType.PERSON) {
                return true;
            }
        }
        for (int d : g.dependents(node, "flat:name")) {
            Mention a = g.mentionAt(g.startOf(d));
            if (a != null && a.type() == EntityType.PERSON) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> PRONOUNS = java.util.Set.of("il", "elle");

    /** The previous sentence opens on a meeting noun (`Un sommet de la coalition sera tenu …`), which `il` takes up. */
    private static boolean previousOpensOnAMeeting(CueSite site) {
        org.summitcoverage.nlp.Sentence prev = site.discourse().previous();
        if (prev == null) {
            return false;
        }
        List<Token> toks = prev.tokens();
        for (int k = 0; k < Math.min(3, toks.size()); k++) {
            if (site.words().meetingNouns.containsWord(toks.get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * `La capitale accueille le sommet, réunissant le président X et ses homologues de A et B`: the parser coordinates a
     * present participle with (or hangs it on) the verb whose object is the meeting it qualifies; the meeting gathers them. Only a
     * participle (`réunissant`), which has no subject of its own: `X accueille le sommet et réunit ses ministres` is X's.
     */
    private static boolean presentParticipleAfterAMeeting(CueSite site) {
        SentenceGraph g = site.graph();
        if (!TextFolding.fold(site.cueText()).endsWith("ant")) {
            return false;
        }
        List<Integer> verbs = new ArrayList<>(site.governors("conj"));
        verbs.addAll(site.governors("advcl")); // or hangs it on that verb as an adverbial clause
        for (int v : verbs) {
            List<Integer> objects = g.dependents(v, "obj");
            if (!objects.isEmpty() && objects.get(objects.size() - 1) < site.cueNode()
                    && Meetings.isMeeting(g, objects.get(objects.size() - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * (h32-listes) `Rassemblant une vingtaine de dirigeants, dont A et B, le sommet a adopté …`: a present participle that
     * opens the sentence has the main clause's subject; the parser may make it the root and hang the main clause on a
     * name of its list. The subject is then the first meeting (a meeting noun after its determiner, or an event) right
     * after a comma.
     */
    private static boolean openingParticipleOfAMeeting(CueSite site) {
        if (site.hit().first() != 0 || !TextFolding.fold(site.cueText()).endsWith("ant")) {
            return false;
        }
        SentenceGraph g = site.graph();
        List<Token> toks = site.tokens();
        for (int k = site.hit().end(); k + 1 < toks.size(); k++) {
            if (!toks.get(k).word().equals(",")) {
                continue;
            }
            Mention m = g.mentionAt(toks.get(k + 1).start());
            if (m != null && m.type() == EntityType.EVENT) {
                return true;
            }
            boolean determiner = site.words().definiteArticles.containsWord(toks.get(k + 1))
                    || site.words().clauseDemonstratives.containsWord(toks.get(k + 1));
            if (m == null && determiner && k + 2 < toks.size() && site.words().meetingNouns.containsWord(toks.get(k + 2))) {
                return true;
            }
        }
        return false;
    }

    /** `Le sommet s'est ouvert à Bagdad, rassemblant A et B`: an adverbial present participle's subject is its clause's. */
    private static boolean clauseSubjectIsAMeeting(CueSite site) {
        if (!site.cueText().endsWith("ant")) {
            return false;
        }
        SentenceGraph g = site.graph();
        for (int v : site.governors("advcl")) {
            List<Integer> subjects = new ArrayList<>(g.dependents(v, "nsubj"));
            subjects.addAll(g.dependents(v, "nsubj:pass"));
            if (subjects.stream().anyMatch(n -> Meetings.isMeeting(g, n))) {
                return true;
            }
        }
        return false;
    }

    /**
     * (h32-listes) `Outre le président ghanéen, X, cette session de la Cedeao, qui se déroule à Accra, rassemble les chefs
     * d'État burkinabé, A, ivoirien, B`: the parser makes the fronted `Outre` phrase the root, coordinates the real
     * subject with it and hangs the verb on it; a phrase opened by a preposition is no subject, its conjuncts before the
     * verb are.
     */
    private static List<Integer> subjectsCoordinatedWithAFrontedPhrase(CueSite site) {
        int head = frontedHead(site);
        return conjunctsOfTheFrontedHead(site, head, c -> c > head && c < site.cueNode());
    }

    /** The conjuncts and appositions of the fronted noun {@code head} (none when it is -1) that {@code keep} accepts. */
    private static List<Integer> conjunctsOfTheFrontedHead(CueSite site, int head, java.util.function.IntPredicate keep) {
        SentenceGraph g = site.graph();
        List<Integer> out = new ArrayList<>();
        if (head > 0) {
            for (String rel : List.of("conj", "appos")) {
                for (int c : g.dependents(head, rel)) {
                    if (keep.test(c)) {
                        out.add(c);
                    }
                }
            }
        }
        return out;
    }

    /** The noun of a phrase whose preposition opens the sentence (`Outre le président …`) that the parser hangs the cue on; -1 if none. */
    private static int frontedHead(CueSite site) {
        SentenceGraph g = site.graph();
        for (int head : site.governors("acl")) {
            if (head < site.cueNode() && g.dependents(head, "case").contains(1)) {
                return head;
            }
        }
        return -1;
    }

    /** In that broken parse, the items after the verb that the parser hangs on the fronted noun are gathered too. */
    private static List<Integer> itemsHungOnAFrontedPhrase(CueSite site) {
        return conjunctsOfTheFrontedHead(site, frontedHead(site), c -> c > site.cueNode());
    }

    /** The subject of the cue (or the noun its participle qualifies) is a meeting; without a parse, one stands just before. */
    private static boolean aMeetingGathers(CueSite site) {
        SentenceGraph g = site.graph();
        if (site.cueNode() > 0) {
            List<Integer> gatherers = new ArrayList<>(site.dependents("nsubj"));
            gatherers.addAll(site.governors("acl"));
            gatherers.addAll(subjectsCoordinatedWithAFrontedPhrase(site));
            if (gatherers.stream().anyMatch(n -> Meetings.isMeeting(g, n)) || clauseSubjectIsAMeeting(site)) {
                return true;
            }
            if (gatherers.size() == 1 && PRONOUNS.contains(g.word(gatherers.get(0)).toLowerCase(java.util.Locale.ROOT))) {
                return previousOpensOnAMeeting(site); // `Un sommet se tiendra à Paris. … il rassemble A et B`
            }
            if (gatherers.isEmpty() && presentParticipleAfterAMeeting(site)) {
                return true;
            }
            if (gatherers.isEmpty() && openingParticipleOfAMeeting(site)) {
                return true;
            }
            if (!gatherers.isEmpty()) {
                return false;
            }
        }
        List<Token> toks = site.tokens();
        for (int k = site.hit().first() - 1; k >= Math.max(0, site.hit().first() - 6); k--) {
            Mention m = g.mentionAt(toks.get(k).start());
            if (site.words().meetingNouns.containsWord(toks.get(k)) || m != null && m.type() == EntityType.EVENT) {
                return true;
            }
            if (toks.get(k).word().equals(",") || toks.get(k).word().equals(";")) {
                return false;
            }
        }
        return false;
    }
}
