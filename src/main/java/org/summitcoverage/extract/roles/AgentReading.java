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
 * The `par` agent of a verb cue (`signée par le Chili et le Kenya`), and for chairs and hosts the partner
 * named with `avec` (`X a coprésidé le sommet avec Y`), who shares the role.
 */
final class AgentReading implements ParsedReading {
    /** Quotation marks: a partner after `avec` is not sought past the end of a quotation (its speaker follows). */
    private static final java.util.Set<String> QUOTE_MARKS = java.util.Set.of("»", "«", "\"", "“", "”", "’’", "‘‘", "''", "’");

    /**
     * How far after the verb `avec` may stand, no comma between: `coprésidera jeudi une réunion de la « coalition des
     * volontaires » avec X` puts the object's complements first.
     */
    private static final int WITH_WINDOW = 14;
    /**
     * (h56-sweepa) How far a cue verb of a shared role looks for its partner's counterpart phrase past a long object
     * (`va co-présider mardi à Londres une conférence internationale consacrée à la crise au Soudan, aux côtés de son
     * homologue britannique X`): only `avec` or `aux côtés de` + a possessive + a counterpart noun counts that far.
     */
    private static final int JOINT_COUNTERPART_WINDOW = 32;

    @Override
    public List<Finding> readParsed(CueSite site) {
        SentenceGraph g = site.graph();
        List<Finding> out = new ArrayList<>(site.phrases(site.agents(), Confidence.PARSE_AGENT,
                a -> "parse: obl:agent(" + site.cueText() + ", " + g.word(a) + ")"));
        java.util.Set<Mention> found = new java.util.HashSet<>();
        out.forEach(f -> found.add(f.mention()));
        List<Integer> agentPhrases = new ArrayList<>(site.agents());
        for (Finding f : List.copyOf(out)) {
            // `par la Haute représentante, X, et le ministre jordanien`: the parser hangs the next item on the name
            int n = f.mention().type() == EntityType.PERSON ? g.nodeAt(f.mention().start()) : -1;
            if (n > 0) {
                agentPhrases.addAll(g.dependents(n, "conj"));
            }
        }
        for (int a : agentPhrases) {
            // `coprésidé par X et le ministre jordanien des Affaires étrangères`: the unnamed title's state
            for (Mention m : UnnamedTitleState.statesOfUnnamedChairsAndHosts(site, a, found)) {
                if (found.add(m)) {
                    out.add(site.finding(m, Confidence.PARSE_AGENT, "parse",
                            "parse: obl:agent(" + site.cueText() + ", " + g.word(a) + ") → unnamed title → " + m.text()));
                }
            }
        }
        if ((site.role() == RoleType.CHAIR || site.role() == RoleType.HOST) && !onAnIndefiniteMeeting(site)) {
            List<Integer> partners = site.dependents("obl:avec");
            out.addAll(partners.isEmpty() ? partnerOfWith(site) : site.phrases(partners, Confidence.PARSE_SUBJECT,
                    p -> "parse: obl:avec(" + site.cueText() + ", " + g.word(p) + ")"));
        }
        return out;
    }

    /**
     * (h31-hotes) A bare participle on a noun with an indefinite determiner (`lors d'une conférence organisée à Nice avec
     * ses homologues du Mexique et du Cambodge`): a meeting of its own, a press event beside the summit, whose partners
     * after `avec` host nothing of the summit.
     */
    private static boolean onAnIndefiniteMeeting(CueSite site) {
        SentenceGraph g = site.graph();
        return site.cueNode() > 0 && g.dependents(site.cueNode(), "aux").isEmpty()
                && g.governors(site.cueNode(), "acl").stream().anyMatch(n -> g.dependents(n, "det").stream()
                        .anyMatch(d -> site.words().indefiniteDeterminers.contains(g.word(d))));
    }

    /** True when one of the findings is a parse agent: the subject is then not read. */
    static boolean hasAgent(List<Finding> found) {
        return found.stream().anyMatch(f -> f.confidence() >= Confidence.PARSE_AGENT);
    }

    /**
     * The partner after `avec` and those listed with it (`organisée conjointement avec l'Union africaine, la Banque
     * mondiale et l'UNESCO`): each co-organiser shares the role, as the conjuncts of an `avec` the parse reads do.
     */
    private static List<Finding> partnersListedFrom(CueSite site, Mention first) {
        List<Finding> out = new ArrayList<>();
        List<Mention> items = new ArrayList<>(Enumerations.coordination(site.graph(), first));
        items.sort((a, b) -> Integer.compare(a.start(), b.start()));
        for (Mention m : items) {
            if (m != first && subjectOfTheNextClause(site, m)) {
                break;
            }
            if (m.start() >= first.start() && (m == first || m.type() != EntityType.PERSON || first.type() == EntityType.PERSON)) {
                out.add(site.finding(m, Confidence.TOKEN_RULE, "tokens: avec", site.hit().text() + " … avec " + m.text()));
            }
        }
        return out;
    }

    /**
     * An auxiliary right after the item (`avec X, et la ministre Y a pris la parole`): Y is the subject of the next
     * clause, no partner, and the list ends before it.
     */
    private static boolean subjectOfTheNextClause(CueSite site, Mention m) {
        for (Token t : site.tokens()) {
            if (t.start() >= m.end()) {
                return site.words().auxiliaries.containsWord(t);
            }
        }
        return false;
    }

    /** `X a coprésidé le sommet avec le président de la Commission, Y`, when the parse hangs `avec` elsewhere. */
    private static List<Finding> partnerOfWith(CueSite site) {
        SentenceGraph g = site.graph();
        Hit h = site.hit();
        List<Token> toks = g.tokens();
        boolean pastComma = false;
        int window = jointRoleVerb(site) ? JOINT_COUNTERPART_WINDOW : WITH_WINDOW;
        for (int k = h.end(); k < Math.min(toks.size(), h.end() + window); k++) {
            String w = toks.get(k).word();
            if (w.equals(";") || w.equals(".")) {
                break;
            }
            if (k >= h.end() + WITH_WINDOW && !counterpartPartnerAt(site, toks, k)) {
                continue; // (h56-sweepa) far from the cue, only one's counterpart is the shared role's partner
            }
            if (w.equals(",") || Enumerations.isDash(toks.get(k))) {
                // past a comma only one's counterpart is a partner (`avec son homologue`); (h47-faux14) a dash opens an
                // insert as a comma does
                pastComma = true;
                continue;
            }
            if (TextFolding.fold(w).equals("avec") && relativeAfter(site, toks, k)) {
                // (h47-faux14) `dirigé par X — avec qui Y entretient des relations tendues`: `avec` opens a relative on
                // X; the one after it is the relative's subject, no partner in the role
                break;
            }
            if (TextFolding.fold(w).equals("avec") && besideOne(site, toks, k)) {
                break; // (h22-afr) `présidée par X avec à ses côtés Y`: Y stands beside the chair, he co-chairs nothing
            }
            if (TextFolding.fold(w).equals("avec") && mannerAfter(g, toks, k)) {
                continue; // (h45-faux12) `organiser avec succès des pourparlers entre A et B`: a manner, no partner
            }
            int coOrganiser = coOrganiserAt(site, toks, k);
            boolean with = TextFolding.fold(w).equals("avec") || besideAJointHolder(site, toks, k) || coOrganiser > 0;
            if (with && (!pastComma || withOnesCounterpart(site, toks, k) || jointRoleVerb(site))) {
                int from = coOrganiser > 0 ? coOrganiser : k + 1;
                for (int j = from; j < Math.min(toks.size(), from + 11); j++) {
                    if (QUOTE_MARKS.contains(toks.get(j).word())) {
                        break; // (h32-hotes) `« … que la Chine organise avec une large participation », affirme X`: X speaks
                    }
                    Mention m = g.mentionAt(toks.get(j).start());
                    if (m != null && SentenceGraph.canHoldRole(m)) {
                        Mention holder = m.type() == EntityType.PERSON ? m : TitleAppositions.personRightAfterAny(g, m);
                        if (holder == null && !TitleAppositions.isTitleDemonym(m)) {
                            holder = m;
                        } else if (holder == null && jointRoleVerb(site)) {
                            // `a coprésidé la séance avec le président ghanéen`: a co-chair named by his title alone is
                            // his state (or the person the article names elsewhere with that title), as for an agent
                            holder = UnnamedTitleState.holderOfTitle(site, m);
                        }
                        return holder == null ? List.of() : partnersListedFrom(site, holder);
                    }
                }
                break;
            }
        }
        return List.of();
    }

    /**
     * (h31-hotes) `en compagnie de` right after a verb of organising (`co_organiser_markers`, `organising_verbs`): `X a
     * organisé ce sommet en compagnie du secrétaire général de l'ONU, Y` names a co-organiser, as `avec` does. The end of
     * the marker, or -1. After `accueillir` or `présider` the phrase tells only of company.
     */
    static int coOrganiserAt(CueSite site, List<Token> toks, int k) {
        return organisingVerb(site) ? LikewiseExtension.markerEnd(site.words().coOrganiserMarkers, toks, k) : -1;
    }

    static boolean organisingVerb(CueSite site) {
        return site.role() == RoleType.HOST && (site.words().organisingVerbs.contains(site.hit().text()) || jointRoleVerb(site));
    }

    /**
     * (h23-otan) A cue verb of a shared role (`joint_role_stems`: `copréside`, `coorganisera`): it needs a partner, so
     * `avec` past the commas of an adverbial names one (`X copréside dimanche, avec Y et Z, une réunion`), where for a
     * plain `préside` it may only tell of company (`, avec la participation de W`).
     */
    static boolean jointRoleVerb(CueSite site) {
        String cue = TextFolding.fold(site.hit().text());
        for (String stem : site.words().jointRoleStems.entries()) {
            if (cue.startsWith(TextFolding.fold(stem))) {
                return true;
            }
        }
        return false;
    }

    /**
     * `aux côtés de` after a cue verb of a shared role (`X a coprésidé la séance aux côtés du président Y`): a co-chair or
     * co-host needs a partner, so the one beside him is it, as after `avec`. After a plain `présidé` the phrase may only
     * tell of company (`présidée par X avec à ses côtés Y`), so it names no partner there.
     */
    private static boolean besideAJointHolder(CueSite site, List<Token> toks, int k) {
        return k + 1 < toks.size() && toks.get(k).folded().equals("aux")
                && toks.get(k + 1).folded().equals("cotes") && jointRoleVerb(site);
    }

    /**
     * (h22-afr) `avec à ses côtés`, `avec à son côté` (`beside_phrases`) right after `avec`: the people after it keep the
     * holder company (`La cérémonie a été présidée par X avec à ses côtés ses homologues Y et Z`), no partner in the role.
     */
    private static boolean besideOne(CueSite site, List<Token> toks, int avec) {
        if (avec + 3 >= toks.size()) {
            return false;
        }
        String next = toks.get(avec + 1).folded() + " " + toks.get(avec + 2).folded() + " "
                + toks.get(avec + 3).folded();
        return site.words().besidePhrases.contains(next);
    }

    /** `avec qui`, `avec lequel` (`partner_relatives`) at {@code avec}: the preposition belongs to a relative clause. */
    private static boolean relativeAfter(CueSite site, List<Token> toks, int avec) {
        return site.words().partnerRelatives.stream().anyMatch(r -> RoleWords.phraseEnd(toks, avec, r) > 0);
    }

    /**
     * (h45-faux12) `avec` + a bare common noun (`avec succès`, `avec brio`: no determiner, no possessive, no number) is an
     * adverbial of manner, not a partner: the names after it (`organiser avec succès le cycle de négociations entre
     * l'ASEAN et la Chine`) belong to the object and host nothing. A partner comes with its determiner or is a name.
     */
    private static boolean mannerAfter(SentenceGraph g, List<Token> toks, int avec) {
        if (avec + 1 >= toks.size()) {
            return false;
        }
        Token next = toks.get(avec + 1);
        int n = g.nodeAt(next.start());
        if (n <= 0 || !"NOUN".equals(g.pos(n)) || g.mentionAt(next.start()) != null
                || !Character.isLowerCase(next.word().charAt(0))) {
            return false;
        }
        return g.dependents(n, "det").isEmpty() && g.dependents(n, "nmod:poss").isEmpty() && g.dependents(n, "nummod").isEmpty();
    }

    /**
     * (h21-bilat) `avec son homologue` right after `avec`: `X a présidé, ce dimanche à Alger, avec son homologue
     * ougandais, Y, la cérémonie`. The adverbials between commas before it hide it from the plain window, and a one's
     * counterpart cannot be what the meeting is held with (`, avec la participation de Z` still names no partner).
     */
    /**
     * (h56-sweepa) `avec son homologue` or `aux côtés de son homologue` at {@code k}: the marker, a singular possessive
     * and a counterpart noun (`counterpart_nouns`).
     */
    private static boolean counterpartPartnerAt(CueSite site, List<Token> toks, int k) {
        String w = toks.get(k).folded();
        if (w.equals("avec")) {
            return withOnesCounterpart(site, toks, k);
        }
        return w.equals("aux") && k + 2 < toks.size() && toks.get(k + 1).folded().equals("cotes")
                && toks.get(k + 2).folded().equals("de") && withOnesCounterpart(site, toks, k + 2);
    }

    private static boolean withOnesCounterpart(CueSite site, List<Token> toks, int avec) {
        return avec + 2 < toks.size() && site.words().singularPossessives.containsWord(toks.get(avec + 1))
                && site.words().counterpartNouns.containsWord(toks.get(avec + 2));
    }
}
