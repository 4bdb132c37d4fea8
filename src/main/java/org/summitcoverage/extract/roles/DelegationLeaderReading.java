package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.extract.roles.RoleCueLexicon.Hit;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.model.RoleType;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * `la délégation marocaine, conduite par X`, `X dirigeait la délégation`, `c'est X qui conduisait la
 * délégation`: a delegation head, on behalf of the delegation's country or body.
 */
final class DelegationLeaderReading implements HolderReading {
    @Override
    public List<Finding> read(CueSite site) {
        SentenceGraph g = site.graph();
        Hit h = site.hit();
        int cue = site.cueNode();
        if (TextFolding.fold(h.text()).endsWith("tete")) {
            return headedBy(site);
        }
        if (cue <= 0) {
            return byWords(site);
        }
        List<Finding> out = new ArrayList<>();
        // the pronoun subject comes first: the parser hangs `tandis que celle du Bénin sera dirigée par Y` on the first
        // clause's verb, and the delegation noun found through it is the first state's, not the one Y leads
        int delegation = demonstrativeForADelegation(site);
        if (delegation <= 0) {
            delegation = Delegations.delegationNoun(g, cue);
        }
        if (delegation <= 0) {
            delegation = frontedDelegation(g, h);
        }
        if (delegation <= 0) {
            delegation = demonstrativeInTheSentence(site);
        }
        if (delegation <= 0) {
            return ledMeeting(site);
        }
        String onBehalf = Delegations.owner(g, delegation);
        List<Integer> agents = g.dependents(cue, "obl:agent");
        if (agents.isEmpty()) {
            agents = new ArrayList<>(RelativeAntecedent.subjectsOf(g, cue)); // `X, qui conduisait la délégation congolaise`
            if (agents.isEmpty() && g.dependents(cue, "obj").contains(delegation)) {
                // `Le chef de la diplomatie tchadienne, X, conduisait la délégation`: an active verb with the delegation
                // as its object that the parser hangs on the subject noun (`acl`) leaves that noun its subject
                g.governors(cue, "acl").stream().filter(n -> n < cue).forEach(agents::add);
            }
        }
        int members = membersClause(g, h);
        if (members > 0) {
            // `dirigée par le Président du Conseil, qui comprend le ministre X, et le ministre Y`: the parser hangs the
            // clause's members on the agent; those after the clause of inclusion are the delegation's, not its heads
            agents = agents.stream().filter(a -> g.startOf(a) < members).toList();
        }
        Mention focus = cleftFocus(g, h);
        if (focus != null && focus.type() == EntityType.PERSON) {
            out.add(head(h, focus, Confidence.PARSE_AGENT, "delegation",
                    "c'est " + focus.text() + " qui " + h.text() + " la délégation", onBehalf));
            return out;
        }
        java.util.Set<Mention> heads = new java.util.LinkedHashSet<>();
        for (int a : agents) {
            for (Mention m : HolderPhrases.holderMentions(g, a)) {
                if (members > 0 && m.start() >= members) {
                    continue;
                }
                if (m.type() == EntityType.PERSON && heads.add(m)) {
                    out.add(head(h, m, Confidence.PARSE_AGENT, "delegation", "délégation ← " + h.text() + " par " + m.text(),
                            onBehalf));
                }
            }
        }
        if (heads.isEmpty()) {
            for (int a : agents) {
                Mention state = titledState(g, a);
                if (state != null) {
                    // `conduite par la ministre kényane des Affaires étrangères`: the person the article names with
                    // that title, or none (RoleExtractor hands the state's row to that person or drops it)
                    out.add(head(h, state, Confidence.PARSE_AGENT, "delegation-title",
                            "délégation ← " + h.text() + " par " + state.text() + " (an unnamed title)", onBehalf));
                }
            }
        }
        // what the agent's phrase itself set aside (`X, représentant du roi Y, a conduit la délégation`: Y) is no list item
        java.util.Set<Mention> inside = new java.util.HashSet<>();
        for (int a : agents) {
            for (int c : g.conjuncts(a)) {
                inside.addAll(g.phraseWithoutConj(c));
            }
        }
        for (Mention m : List.copyOf(heads)) {
            // `dirigée par la présidente de la Commission X, le président du Conseil Y, et la chef de la diplomatie Z`:
            // the people listed with the first, their titles between them, lead it with them
            for (Mention other : Enumerations.coordination(g, m)) {
                if (members > 0 && other.start() >= members) {
                    continue;
                }
                if (other.type() == EntityType.PERSON && !inside.contains(other) && heads.add(other)) {
                    out.add(head(h, other, Confidence.ENUMERATION, "delegation-enumeration",
                            "délégation ← " + h.text() + " par " + m.text() + ", " + other.text(), onBehalf));
                }
            }
        }
        if (out.isEmpty()) {
            out.addAll(personsAfterPar(g, h, onBehalf, h.text() + " par "));
        }
        if (out.isEmpty() && onBehalf != null && !g.dependents(cue, "obl:agent").isEmpty()
                && agents.stream().allMatch(a -> RepresentationReading.unnamedHead(g, a))) {
            // `La délégation du Lesotho sera conduite par son Premier ministre`: no one named leads it, the state attends
            for (Mention m : g.entitiesInPhrase(delegation)) {
                if (m.type() == EntityType.COUNTRY && m.entityId().equals(onBehalf)) {
                    out.add(site.withRole(RoleType.PARTICIPANT).finding(m, Confidence.PARSE_AGENT, "delegation-unnamed-head",
                            "délégation " + m.text() + " ← " + h.text() + " par (an unnamed title)"));
                    break;
                }
            }
        }
        List<Integer> titled = g.dependents(cue, "obl:agent");
        if (out.isEmpty() && onBehalf != null && titled.size() == 1) {
            for (Mention m : g.entitiesInPhrase(delegation)) {
                if (m.type() == EntityType.COUNTRY && m.entityId().equals(onBehalf)) {
                    out.addAll(DefiniteTitleLeadsADelegation.read(site, titled.get(0), m, onBehalf));
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Where a clause of inclusion after the cue opens (`…, qui comprend`, `…, comprenant`: `inclusion_verbs`), as the
     * character offset of its verb, or 0: the people after it are the delegation's members, not its heads. Read by the
     * words, as the parser hangs the clause on the agent, its apposition or the verb.
     */
    private static int membersClause(SentenceGraph g, Hit h) {
        List<Token> toks = g.tokens();
        for (int k = h.end(); k < toks.size(); k++) {
            String w = toks.get(k).word();
            if (g.words().inclusionVerbs.contains(w)
                    && (w.endsWith("ant") || k > 0 && g.words().relativePronouns.containsWord(toks.get(k - 1)))) {
                return toks.get(k).start();
            }
        }
        return 0;
    }

    /**
     * `Les travaux ont été dirigés par le président X`, `le sommet, conduit par Y`: a meeting or its talks
     * (`joined_meetings`) led by its agent, with no delegation in sight, is chaired by it.
     */
    private static List<Finding> ledMeeting(CueSite site) {
        SentenceGraph g = site.graph();
        List<Integer> led = new ArrayList<>(site.dependents("nsubj:pass"));
        led.addAll(site.governors("acl"));
        boolean meeting = led.stream().anyMatch(n -> Meetings.isMeeting(g, n) || g.words().joinedMeetings.contains(g.word(n)));
        if (!meeting) {
            return List.of();
        }
        return site.phrases(site.dependents("obl:agent"), Confidence.PARSE_AGENT, a -> "travaux ← " + site.hit().text() + " par").stream()
                .filter(f -> f.mention().type() != EntityType.ORGANIZATION)
                .map(f -> new Finding(RoleType.CHAIR, f.mention(), f.trigger(), f.confidence(), "led-meeting", f.licence(), null))
                .toList();
    }

    /**
     * The state of an unnamed title that heads a phrase (`la ministre kényane des Affaires étrangères`, `le président du
     * Tchad`), or null when the phrase names a person or is no such title.
     */
    static Mention titledState(SentenceGraph g, int node) {
        if (!g.words().isHolderTitle(g.word(node)) || TextFolding.fold(g.word(node)).endsWith("s")) {
            return null;
        }
        Mention state = null;
        for (Mention m : g.phraseWithoutConj(node)) {
            if (m.type() == EntityType.PERSON) {
                return null;
            }
            if (state == null && m.type() == EntityType.COUNTRY
                    && TitleAppositions.stateTitle(g.tokens(), m, g.words()) != null
                    && TitleAppositions.personNamingTitle(g.tokens(), g.mentions(), m) == null) {
                state = m;
            }
        }
        return state;
    }

    /**
     * `Conduite par X, la délégation turque …`: a participle opening the sentence qualifies the subject right
     * after its comma, whatever the parser made of it (it may take a capitalised participle for a noun).
     */
    /**
     * `La délégation omanaise sera dirigée par X. Celle du Qatar sera conduite par Y`: a demonstrative `celle(s)` with its
     * own `de` complement as the passive's subject, right after a sentence about a delegation, stands for a delegation
     * (the state of its complement); -1 otherwise. (h58-b) So does one after a delegation earlier in its own sentence
     * (`La délégation du Lesotho sera conduite par X, tandis que celle des Seychelles sera dirigée par Y`).
     */
    private static int demonstrativeForADelegation(CueSite site) {
        SentenceGraph g = site.graph();
        org.summitcoverage.nlp.Sentence prev = site.discourse().previous();
        boolean delegationBefore = prev != null
                && prev.tokens().stream().anyMatch(t -> t.folded().startsWith("delegation"));
        for (int s : site.dependents("nsubj:pass")) {
            if ((g.word(s).equals("celle") || g.word(s).equals("celles")) && !g.dependents(s, "nmod").isEmpty()
                    && (delegationBefore || delegationBefore(g, s))) {
                return s;
            }
        }
        return -1;
    }

    /**
     * (h23-sud) `une quarantaine de délégations africaines dont celle de la Côte d'Ivoire conduite par X`: a pronoun
     * for a delegation the sentence names before it, with its owner's `de`; the parser hangs the participle on the
     * pronoun or on its owner. The pronoun stands for the delegation (its owner is read from its `de`).
     */
    private static int demonstrativeInTheSentence(CueSite site) {
        SentenceGraph g = site.graph();
        for (int c : site.governors("acl")) {
            List<Integer> candidates = new ArrayList<>(List.of(c));
            for (String rel : List.of("nmod:de", "nmod:du", "nmod:des", "nmod:d'", "nmod")) {
                candidates.addAll(g.governors(c, rel));
            }
            for (int d : candidates) {
                if (g.words().gappedDelegationPronouns.contains(TextFolding.fold(g.word(d))) && delegationBefore(g, d)) {
                    return d;
                }
            }
        }
        return -1;
    }

    /** A `délégation` word before the node in the sentence. */
    private static boolean delegationBefore(SentenceGraph g, int node) {
        int start = g.startOf(node);
        return g.tokens().stream().anyMatch(t -> t.start() < start && t.folded().startsWith("delegation"));
    }

    private static int frontedDelegation(SentenceGraph g, Hit h) {
        List<Token> toks = g.tokens();
        if (h.first() != 0) {
            return -1;
        }
        for (int k = h.end(); k < toks.size(); k++) {
            String w = toks.get(k).word();
            if (w.equals(";") || w.equals(".") || w.equals(":")) {
                return -1;
            }
            if (w.equals(",")) {
                for (int j = k + 1; j < Math.min(toks.size(), k + 4); j++) {
                    if (toks.get(j).folded().startsWith("delegation")) {
                        return g.nodeAt(toks.get(j).start());
                    }
                }
                return -1;
            }
        }
        return -1;
    }

    /**
     * `La délégation chinoise avait à sa tête le Premier ministre X`, `une délégation avec à sa tête X`: the
     * people listed right after `à sa tête` head the delegation named before it.
     */
    private static List<Finding> headedBy(CueSite site) {
        SentenceGraph g = site.graph();
        Hit h = site.hit();
        List<Token> toks = g.tokens();
        int delegation = delegationWordBefore(toks, h.first(), 8);
        if (delegation < 0) {
            return List.of();
        }
        int node = g.nodeAt(toks.get(delegation).start());
        String onBehalf = node > 0 ? Delegations.owner(g, node) : null;
        if (onBehalf == null) {
            onBehalf = stateOrBodyBetween(g, delegation + 1, h.first());
        }
        List<Finding> out = new ArrayList<>();
        for (Mention m : Enumerations.listAfter(g, h.end(), 4)) {
            if (m.type() == EntityType.PERSON) {
                out.add(head(h, m, Confidence.TOKEN_RULE, "delegation-headed-by", "délégation … " + h.text() + " " + m.text(),
                        onBehalf));
            }
        }
        return out;
    }

    /** Without a parse: `la délégation marocaine, conduite par X` read from the words alone. */
    private static List<Finding> byWords(CueSite site) {
        SentenceGraph g = site.graph();
        Hit h = site.hit();
        List<Token> toks = g.tokens();
        int delegation = delegationWordBefore(toks, h.first(), 6);
        if (delegation < 0) {
            return List.of();
        }
        String onBehalf = stateOrBodyBetween(g, delegation + 1, h.first());
        return personsAfterPar(g, h, onBehalf, "délégation … " + h.text() + " par ");
    }

    /** The last `délégation(s)` among the {@code reach} tokens before {@code at}, or -1. */
    private static int delegationWordBefore(List<Token> toks, int at, int reach) {
        for (int k = at - 1; k >= Math.max(0, at - reach); k--) {
            if (toks.get(k).folded().startsWith("delegation")) {
                return k;
            }
        }
        return -1;
    }

    /** The first state or body named in tokens [from, to): whose delegation it is (`la délégation marocaine`). */
    private static String stateOrBodyBetween(SentenceGraph g, int from, int to) {
        List<Token> toks = g.tokens();
        for (int k = from; k < to; k++) {
            Mention m = g.mentionAt(toks.get(k).start());
            if (m != null && (m.type() == EntityType.COUNTRY || m.type() == EntityType.ORGANIZATION)) {
                return m.entityId();
            }
        }
        return null;
    }

    private static List<Finding> personsAfterPar(SentenceGraph g, Hit h, String onBehalf, String licence) {
        List<Finding> out = new ArrayList<>();
        for (Mention m : Enumerations.listAfterWord(g, h.end(), "par")) {
            if (m.type() == EntityType.PERSON) {
                out.add(head(h, m, Confidence.TOKEN_RULE, "delegation-tokens", licence + m.text(), onBehalf));
            }
        }
        return out;
    }

    private static Finding head(Hit h, Mention person, double confidence, String rule, String licence, String onBehalf) {
        return new Finding(RoleType.DELEGATION_HEAD, person, h.text(), confidence, rule, licence, onBehalf);
    }

    /**
     * The focus of a cleft sentence, `c'est X qui <cue>` (`C'est donc M. Delaney qui conduisait la
     * délégation`, `c'est la ministre de la Défense, Anita Sandhu-Gagnon, qui dirigeait …`): the person named
     * between `c'est` and the `qui` right before the cue, or else the first state or body there.
     */
    private static Mention cleftFocus(SentenceGraph g, Hit h) {
        List<Token> toks = g.tokens();
        RoleWords words = g.words();
        int qui = h.first() - 1;
        while (qui >= 0 && !toks.get(qui).folded().equals("qui")
                && (words.skippableBeforeVerb.containsWord(toks.get(qui)) && !toks.get(qui).word().equals(",")
                || ClauseReading.isAdverb(toks, qui))) {
            qui--;
        }
        if (qui < 2 || !toks.get(qui).folded().equals("qui")) {
            return null;
        }
        for (int k = qui - 1; k >= 1; k--) {
            String w = toks.get(k).folded();
            if (w.equals(".") || w.equals(";") || w.equals("qui")) {
                return null;
            }
            if ((w.equals("est") || w.equals("etait") || w.equals("fut")) && toks.get(k - 1).folded().equals("c'")) {
                Mention state = null;
                for (int j = k + 1; j < qui; j++) {
                    Mention m = g.mentionAt(toks.get(j).start());
                    if (m != null && m.type() == EntityType.PERSON) {
                        return m;
                    }
                    if (m != null && state == null && SentenceGraph.canHoldRole(m)) {
                        state = m;
                    }
                }
                return state;
            }
        }
        return null;
    }
}
