package org.summitcoverage.extract;

import org.summitcoverage.dict.Dictionaries;
import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.extract.RoleCueLexicon.CueKind;
import org.summitcoverage.extract.RoleCueLexicon.Hit;
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

import static org.summitcoverage.extract.ClauseReading.*;
import static org.summitcoverage.extract.CueScope.*;
import static org.summitcoverage.extract.Enumerations.*;

/**
 * The role half of the extract stage (ANNOTATION.md § Roles). Only sentences with a cue from
 * {@link RoleCueLexicon} are parsed; the holder of a role is read from the dependency parse (subject,
 * {@code par}-agent, apposition, coordination), with token rules where the parse fails on long lists.
 * Exception and negation win over the surrounding cue; hypotheses, demands and questions assert nothing.
 */
public final class RoleExtractor {
    static final double PARSE_AGENT = 0.9;
    static final double PARSE_SUBJECT = 0.85;
    static final double EXCEPTION = 0.9;
    static final double NOUN_RULE = 0.8;
    static final double ENUMERATION = 0.75;
    static final double TOKEN_RULE = 0.65;
    static final double PRONOUN = 0.6;

    private static final Set<String> LISTING_VERBS = Set.of("figurent", "figure", "figuraient", "figurait",
            "trouvent", "trouve", "comptent", "compte", "citons", "notamment");
    private static final Set<String> NOMINAL_POS = Set.of("NOUN", "PROPN", "DET", "ADP", "NN", "NNP", "NC", "NPP");
    static final Set<String> PRONOUNS = Set.of("il", "elle", "ils", "elles");
    static final Set<String> SKIPPABLE_BEFORE_VERB = Set.of("a", "ont", "avait", "avaient", "aura", "auront",
            "est", "sont", "était", "étaient", "été", "sera", "seront", "s'", "se", "ne", "n'", "pas", "déjà", "aussi",
            "également", "finalement", "officiellement", "ensuite", "enfin", "bien", "tous", "toutes", "y", "en",
            "lui", "leur", "d'abord", "notamment", "jamais", "plus", "effectivement", "formellement", "d'ailleurs",
            "à", "son", "tour", "eux", "quant", "pour", "part", "sa", ",", "qui", "vite", "immédiatement", "davantage",
            "toujours", "encore", "alors", "pourtant", "néanmoins", "cependant", "unanimement", "solennellement",
            "conjointement", "collectivement", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
            "hier", "aujourd'hui", "désormais", "rapidement", "symboliquement", "avoir", "pu");
    private static final Set<String> CHAIR_VERBS_FOR_NOUN = Set.of("assure", "assurent", "assuré", "assurée",
            "assurait", "assurera", "exerce", "exercent", "exercé", "exercée", "exerçait", "exercera", "occupe",
            "occupé", "occupée", "occupait", "prend", "prendra", "pris", "prise", "hérite", "hérité", "détient",
            "détenait", "assumera", "assume", "assumé", "assumée", "reprend", "repris", "reprise", "reprendra");

    private final RoleCueLexicon lexicon;
    private final Dictionaries dict;

    private final boolean useParser;

    public RoleExtractor(RoleCueLexicon lexicon, Dictionaries dict) {
        this(lexicon, dict, true);
    }

    /**
     * @param useParser false for the fast mode: token rules only, no dependency parse (several times
     *                  faster, lower recall; see the README's figures)
     */
    public RoleExtractor(RoleCueLexicon lexicon, Dictionaries dict, boolean useParser) {
        this.lexicon = lexicon;
        this.dict = dict;
        this.useParser = useParser;
    }

    /** True when the sentence carries a role cue, i.e. is worth a dependency parse. */
    public boolean hasCue(Sentence s) {
        for (Hit h : lexicon.find(s.tokens())) {
            if (h.role() != null) {
                return true;
            }
        }
        return false;
    }

    public List<RoleFinding> extract(AnnotatedText doc, List<Mention> mentions, List<Entity> entities,
                                     Function<Sentence, ParsedSentence> parser) {
        if (!speaksOfAMeeting(doc, entities)) {
            return List.of(); // a football report or a health column: no summit, so nobody signs or attends one
        }
        Map<String, Entity> byId = new HashMap<>();
        for (Entity e : entities) {
            byId.put(e.entityId(), e);
        }
        String mainEvent = mainEvent(entities);
        Map<String, RoleFinding> out = new LinkedHashMap<>();
        Hit unnamed = null;
        for (Sentence s : doc.sentences()) {
            List<Hit> hits = lexicon.find(s.tokens());
            Hit carried = unnamed;
            unnamed = null;
            if (carried != null && startsWithAmongThem(s.tokens())) {
                // `Une trentaine d'ONG ont signé l'appel. Parmi elles, MSF, Greenpeace…`
                hits = new ArrayList<>(hits);
                hits.add(new Hit(carried.cue(), -1, -1, carried.text()));
            }
            if (hits.stream().noneMatch(h -> h.role() != null) || isQuestion(s)) {
                continue;
            }
            List<Mention> inSentence = new ArrayList<>();
            for (Mention m : mentions) {
                if (m.sentenceIndex() == s.index()) {
                    inSentence.add(m);
                }
            }
            if (inSentence.stream().noneMatch(SentenceGraph::canHoldRole) && !opensWithPronoun(s)) {
                // nobody to hold a role, not worth a parse; but `Une trentaine d'ONG l'ont signé.` may be
                // followed by `Parmi elles, MSF, Greenpeace…`
                for (Hit h : hits) {
                    if (h.role() != null && h.first() >= 0 && (h.kind() == CueKind.VERB || h.kind() == CueKind.REFLEXIVE)
                            && !isNegated(s.tokens(), h, hits) && !blockedByTokens(s.tokens(), h, hits)) {
                        unnamed = h;
                    }
                }
                continue;
            }
            List<Hit> live = new ArrayList<>();
            for (Hit h : hits) {
                if (h.role() != null && isLive(h, s.tokens())) {
                    live.add(h);
                }
            }
            if (live.isEmpty()) {
                continue;
            }
            // The dependency parse is most of the cost of a run: only cues that read the parse pay for it.
            boolean needsParse = useParser && live.stream().anyMatch(h -> h.kind() != CueKind.VENUE
                    && h.kind() != CueKind.LISTED);
            ParsedSentence parse = needsParse ? parser.apply(s) : new ParsedSentence(List.of(), List.of());
            SentenceGraph g = new SentenceGraph(parse, s.tokens(), inSentence);
            String eventId = sentenceEvent(inSentence, mainEvent);
            String evidence = doc.text().substring(s.start(), s.end());
            List<Finding> found = readSentence(doc, s, g, hits, mentions);
            for (Hit h : hits) {
                if (h.role() != null && h.first() >= 0 && found.stream().noneMatch(f -> f.trigger.equals(h.text()))
                        && !blocked(s.tokens(), h, hits, g) && !isNegated(s.tokens(), h, hits)) {
                    unnamed = h;
                }
            }
            for (Finding f : found) {
                Entity e = byId.get(f.mention.entityId());
                if (e == null) {
                    continue;
                }
                Role role = new Role(f.role, e.entityId(), e.type(), e.canonicalName(), eventId,
                        f.onBehalfOf == null ? "" : f.onBehalfOf, f.trigger, s.index(), evidence, f.confidence);
                String key = f.role + "|" + e.entityId() + "|" + s.index();
                out.merge(key, new RoleFinding(role, f.rule, f.licence),
                        (a, b) -> a.role().confidence() >= b.role().confidence() ? a : b);
            }
        }
        return negationWins(new ArrayList<>(out.values()));
    }

    /** One role read in one sentence, before it becomes a row. */
    private record Finding(RoleType role, Mention mention, String trigger, double confidence, String rule,
                           String licence, String onBehalfOf) {
    }

    private List<Finding> readSentence(AnnotatedText doc, Sentence s, SentenceGraph g, List<Hit> hits,
                                       List<Mention> allMentions) {
        List<Token> toks = s.tokens();
        boolean hasSignatoryCue = hits.stream().anyMatch(h -> h.role() == RoleType.SIGNATORY);
        Set<Mention> excepted = new LinkedHashSet<>();
        List<Finding> out = new ArrayList<>();
        for (Hit h : hits) {
            if (h.kind() == CueKind.EXCEPTION && g.mentionAt(toks.get(h.first()).start()) != null) {
                continue; // `Médecins sans frontières`: the word belongs to a name
            }
            if (h.kind() == CueKind.EXCEPTION && (hasSignatoryCue || h.end() < toks.size())) {
                List<Mention> listed = listAfter(g, h.end(), 3);
                if (hasSignatoryCue) {
                    for (Mention m : listed) {
                        excepted.add(m);
                        out.add(new Finding(RoleType.NON_SIGNATORY, m, h.text(), EXCEPTION, "exception",
                                h.text() + " → " + m.text(), null));
                    }
                }
            }
        }
        for (Hit h : hits) {
            if (h.role() == null || coveredByLongerHit(h, hits) || blocked(toks, h, hits, g)) {
                continue;
            }
            boolean negated = isNegated(toks, h, hits);
            RoleType role = h.role();
            if (negated) {
                if (role != RoleType.SIGNATORY) {
                    continue;
                }
                role = RoleType.NON_SIGNATORY;
            }
            for (Finding f : holders(doc, s, g, h, role, allMentions)) {
                if (f.role == RoleType.SIGNATORY && excepted.contains(f.mention)) {
                    continue;
                }
                if (f.role == RoleType.DELEGATION_HEAD && f.mention.type() != EntityType.PERSON) {
                    continue;
                }
                out.add(f);
            }
        }
        return out;
    }

    private List<Finding> holders(AnnotatedText doc, Sentence s, SentenceGraph g, Hit h, RoleType role,
                                  List<Mention> allMentions) {
        List<Token> toks = s.tokens();
        if (h.first() < 0) {
            List<Finding> out = new ArrayList<>();
            for (Mention m : listAfter(g, 2, 4)) {
                out.add(new Finding(role, m, h.text(), PRONOUN, "coref: parmi eux",
                        "previous sentence: " + h.text() + " … parmi eux " + m.text(), null));
            }
            return out;
        }
        int cue = g.nodeAt(toks.get(h.first()).start());
        return switch (h.kind()) {
            case VERB, REFLEXIVE -> withToutComme(g, h, role, verbHolders(doc, s, g, h, role, cue, allMentions));
            case AGENT -> agentHolders(g, h, cue);
            // `l'intervention du ministre indien, X`: a person spoke; `l'intervention militaire de la Russie` is no attendance
            case NOUN -> role == RoleType.PARTICIPANT
                    ? nounHolders(g, h, role, cue).stream().filter(f -> f.mention.type() == EntityType.PERSON).toList()
                    : nounHolders(g, h, role, cue);
            case VENUE -> venueHolders(g, h);
            case SPEECH -> speakers(g, h, cue);
            case LISTED -> listedAfter(g, h, role);
            default -> List.of();
        };
    }

    private List<Finding> verbHolders(AnnotatedText doc, Sentence s, SentenceGraph g, Hit h, RoleType role, int cue,
                                      List<Mention> allMentions) {
        List<Finding> out = new ArrayList<>();
        if (NOMINAL_POS.contains(g.pos(cue))) {
            return out; // `Signe de l'intérêt international, …`: the noun, not the verb `signer`
        }
        if (role == RoleType.DELEGATION_HEAD) {
            return representedBy(g, h, cue);
        }
        if (role == RoleType.HOST && welcomesSomethingElse(g, cue)) {
            return out;
        }
        if (cue > 0) {
            for (int a : g.dependents(cue, "obl:agent")) {
                addPhrase(out, g, a, role, h, PARSE_AGENT, "parse: obl:agent(" + h.text() + ", " + g.word(a) + ")");
            }
            if (role == RoleType.CHAIR || role == RoleType.HOST) {
                // `X a coprésidé le sommet avec Y`: the partner shares the role.
                List<Integer> partners = g.dependents(cue, "obl:avec");
                for (int partner : partners) {
                    addPhrase(out, g, partner, role, h, PARSE_SUBJECT, "parse: obl:avec(" + h.text() + ", " + g.word(partner) + ")");
                }
                if (partners.isEmpty()) {
                    out.addAll(partnerAfterAvec(g, h, role));
                }
            }
            Mention antecedent = relativeAntecedent(g, h);
            if (antecedent != null && out.stream().noneMatch(f -> f.confidence >= PARSE_AGENT)) {
                // `…, le Cambodge, le Laos et le Timor oriental, qui participait à son premier sommet`: a singular
                // relative clause is about its antecedent alone; a plural one (`l'Égypte, l'Éthiopie et l'Iran,
                // qui ont rejoint le groupe`) about the whole enumeration.
                List<Mention> held = pluralRelative(g.tokens(), h) ? coordination(g, antecedent) : List.of(antecedent);
                for (Mention m : held) {
                    out.add(new Finding(role, m, h.text(), m == antecedent ? PARSE_SUBJECT : ENUMERATION,
                            "relative clause", m.text() + ", qui " + h.text(), null));
                }
                return out;
            }
            if (out.stream().noneMatch(f -> f.confidence >= PARSE_AGENT)) {
                for (int subj : subjects(g, cue, h.kind() == CueKind.REFLEXIVE)) {
                    String w = g.word(subj);
                    Mention topic = PRONOUNS.contains(w) ? topicOf(g) : null;
                    if (topic != null) {
                        // `Quant à l'Argentine, elle a refusé de signer`
                        out.add(new Finding(role, topic, h.text(), PRONOUN, "pronoun",
                                w + " → " + topic.text() + " (quant à)", null));
                    } else if (PRONOUNS.contains(w)) {
                        for (Mention m : previousSubject(doc, s, g, w, allMentions)) {
                            out.add(new Finding(role, m, h.text(), PRONOUN, "pronoun",
                                    w + " → " + m.text() + " (previous sentence)", null));
                        }
                    } else {
                        addPhrase(out, g, subj, role, h, PARSE_SUBJECT, "parse: nsubj(" + h.text() + ", " + g.word(subj) + ")");
                    }
                }
            }
        }
        if (out.isEmpty() && cue > 0) {
            // `Parmi les pays qui ont rejoint l'alliance figurent X, Y`: the relative clause names the set,
            // the main verb's subject lists its members.
            for (int noun : g.governors(cue, "acl:relcl")) {
                for (int v : g.governors(noun, "obl")) {
                    for (int subj : g.dependents(v, "nsubj")) {
                        addPhrase(out, g, subj, role, h, PARSE_SUBJECT, "parse: parmi les " + g.word(noun) + " qui "
                                + h.text() + " … " + g.word(v));
                    }
                }
            }
        }
        if (out.isEmpty() && !subjectIsMembersOfABody(g, cue)) {
            out.addAll(tokenFallback(g, h, role));
        }
        if (out.isEmpty() || namesASetOfMembers(g, cue)) {
            // `signée par une coalition de pays … : la Colombie, les Pays-Bas, …`,
            // `Dix pays et l'UE ont adopté la déclaration … : l'Australie, le Canada, …`
            List<Token> toks = g.tokens();
            for (int k = h.end(); k < toks.size(); k++) {
                if (toks.get(k).word().equals(":")) {
                    for (Mention m : listAfter(g, k + 1, 3)) {
                        out.add(new Finding(role, m, h.text(), TOKEN_RULE, "tokens: list after colon",
                                h.text() + " … : " + m.text(), null));
                    }
                    break;
                }
            }
        }
        return out;
    }

    /** `dirigée par X`: a delegation head, for the delegation the participle describes. */
    private List<Finding> agentHolders(SentenceGraph g, Hit h, int cue) {
        List<Finding> out = new ArrayList<>();
        if (cue <= 0) {
            return delegationByTokens(g, h);
        }
        int delegation = delegationNoun(g, cue);
        if (delegation <= 0) {
            return out;
        }
        String onBehalf = delegationOwner(g, delegation);
        List<Integer> agents = g.dependents(cue, "obl:agent");
        if (agents.isEmpty()) {
            agents = g.dependents(cue, "nsubj");
        }
        Mention focus = cleftFocus(g, h);
        if (focus != null && focus.type() == EntityType.PERSON) {
            out.add(new Finding(RoleType.DELEGATION_HEAD, focus, h.text(), PARSE_AGENT, "delegation",
                    "c'est " + focus.text() + " qui " + h.text() + " la délégation", onBehalf));
            return out;
        }
        for (int a : agents) {
            for (Mention m : holderMentions(g, a)) {
                if (m.type() == EntityType.PERSON) {
                    out.add(new Finding(RoleType.DELEGATION_HEAD, m, h.text(), PARSE_AGENT, "delegation",
                            "délégation ← " + h.text() + " par " + m.text(), onBehalf));
                }
            }
        }
        if (out.isEmpty()) {
            for (Mention m : listAfterWord(g, h.end(), "par")) {
                if (m.type() == EntityType.PERSON) {
                    out.add(new Finding(RoleType.DELEGATION_HEAD, m, h.text(), TOKEN_RULE, "delegation-tokens",
                            h.text() + " par " + m.text(), onBehalf));
                }
            }
        }
        return out;
    }

    private static final Set<String> MEMBER_NOUNS = Set.of("dirigeants", "membres", "pays", "états", "chefs",
            "gouvernements", "leaders", "représentants", "ministres", "délégations");

    /** The subject or agent is a counted set (`Dix pays`, `une coalition de pays`) whose members are listed later. */
    private static boolean namesASetOfMembers(SentenceGraph g, int cue) {
        if (cue <= 0) {
            return false;
        }
        List<Integer> args = new ArrayList<>(g.dependents(cue, "nsubj"));
        args.addAll(g.dependents(cue, "obl:agent"));
        for (int a : args) {
            if (MEMBER_NOUNS.contains(g.word(a)) || SET_NOUNS.contains(g.word(a))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> SET_NOUNS = Set.of("organisations", "entreprises", "sociétés", "groupes",
            "institutions", "coalition", "ong", "nations", "capitales", "signataires", "participants");

    /** `Les dirigeants des BRICS ont adopté`: the members acted; the body named after them did not. */
    private static boolean subjectIsMembersOfABody(SentenceGraph g, int cue) {
        if (cue <= 0) {
            return false;
        }
        for (int subj : g.dependents(cue, "nsubj")) {
            if (MEMBER_NOUNS.contains(g.word(subj))) {
                return true;
            }
        }
        return false;
    }

    /** Hosting is of a meeting: `une proposition accueillie favorablement par l'AUF` is a welcome, not a host. */
    private static boolean welcomesSomethingElse(SentenceGraph g, int cue) {
        if (cue <= 0) {
            return false;
        }
        List<Integer> hosted = new ArrayList<>(g.dependents(cue, "obj"));
        hosted.addAll(g.dependents(cue, "nsubj:pass"));
        hosted.addAll(g.governors(cue, "acl"));
        for (int n : hosted) {
            if (WELCOMED_NOT_HOSTED.contains(g.word(n))) {
                return true;
            }
        }
        for (int adv : g.dependents(cue, "advmod")) {
            if (g.word(adv).endsWith("ment")) {
                return true; // `accueilli favorablement`, `chaleureusement`
            }
        }
        return false;
    }

    private static final Set<String> WELCOMED_NOT_HOSTED = Set.of("proposition", "propositions", "annonce", "idée",
            "nouvelle", "décision", "initiative", "texte", "accord", "plan", "offre", "demande", "appel", "projet",
            "déclaration", "réfugiés", "migrants", "critiques", "résultat", "résultats", "compromis", "nomination");

    /** Without a parse: `la délégation marocaine, conduite par X` read from the words alone. */
    private List<Finding> delegationByTokens(SentenceGraph g, Hit h) {
        List<Finding> out = new ArrayList<>();
        List<Token> toks = g.tokens();
        int delegation = -1;
        for (int k = h.first() - 1; k >= Math.max(0, h.first() - 6); k--) {
            if (TextFolding.fold(toks.get(k).word()).startsWith("delegation")) {
                delegation = k;
                break;
            }
        }
        if (delegation < 0) {
            return out;
        }
        String onBehalf = null;
        for (int k = delegation + 1; k < h.first(); k++) {
            Mention m = g.mentionAt(toks.get(k).start());
            if (m != null && (m.type() == EntityType.COUNTRY || m.type() == EntityType.ORGANIZATION)) {
                onBehalf = m.entityId();
                break;
            }
        }
        for (Mention m : listAfterWord(g, h.end(), "par")) {
            if (m.type() == EntityType.PERSON) {
                out.add(new Finding(RoleType.DELEGATION_HEAD, m, h.text(), TOKEN_RULE, "delegation-tokens",
                        "délégation … " + h.text() + " par " + m.text(), onBehalf));
            }
        }
        return out;
    }

    /** The delegation a participle or verb is about: `délégation dirigée par`, `X dirigeait la délégation`. */
    private static int delegationNoun(SentenceGraph g, int cue) {
        List<Integer> candidates = new ArrayList<>();
        candidates.addAll(g.governors(cue, "acl"));
        candidates.addAll(g.dependents(cue, "nsubj:pass"));
        candidates.addAll(g.dependents(cue, "obj"));
        for (int c : candidates) {
            if (g.word(c).startsWith("délégation")) {
                return c;
            }
        }
        return -1;
    }

    /** Whose delegation: `délégation marocaine`, `délégation du Maroc`, or `Le Maroc, représenté par une délégation`. */
    private static String delegationOwner(SentenceGraph g, int delegation) {
        for (Mention m : g.entitiesInPhrase(delegation)) {
            if (m.type() == EntityType.COUNTRY || m.type() == EntityType.ORGANIZATION) {
                return m.entityId();
            }
        }
        for (int rep : g.governors(delegation, "obl:agent")) {
            for (int owner : g.governors(rep, "acl")) {
                String id = firstStateOrOrg(g, owner);
                if (id != null) {
                    return id;
                }
            }
            for (int owner : g.dependents(rep, "nsubj:pass")) {
                String id = firstStateOrOrg(g, owner);
                if (id != null) {
                    return id;
                }
            }
        }
        return null;
    }

    private static String firstStateOrOrg(SentenceGraph g, int node) {
        for (Mention m : g.entitiesInPhrase(node)) {
            if (m.type() == EntityType.COUNTRY || m.type() == EntityType.ORGANIZATION) {
                return m.entityId();
            }
        }
        return null;
    }

    /**
     * The focus of a cleft sentence, `c'est X qui <cue>` (`C'est donc M. Delaney qui conduisait la
     * délégation`, `c'est la ministre de la Défense, Anita Sandhu-Gagnon, qui dirigeait …`): the person named
     * between `c'est` and the `qui` right before the cue, or else the first state or body there.
     */
    private Mention cleftFocus(SentenceGraph g, Hit h) {
        List<Token> toks = g.tokens();
        int qui = h.first() - 1;
        while (qui >= 0 && !TextFolding.fold(toks.get(qui).word()).equals("qui")
                && (SKIPPABLE_BEFORE_VERB.contains(TextFolding.fold(toks.get(qui).word())) && !toks.get(qui).word().equals(",")
                || isAdverb(toks, qui))) {
            qui--;
        }
        if (qui < 2 || !TextFolding.fold(toks.get(qui).word()).equals("qui")) {
            return null;
        }
        for (int k = qui - 1; k >= 1; k--) {
            String w = TextFolding.fold(toks.get(k).word());
            if (w.equals(".") || w.equals(";") || w.equals("qui")) {
                return null;
            }
            if ((w.equals("est") || w.equals("etait") || w.equals("fut")) && TextFolding.fold(toks.get(k - 1).word()).equals("c'")) {
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

    /** `X était représenté par Y` / `Y a représenté X`: Y led X's delegation. */
    private List<Finding> representedBy(SentenceGraph g, Hit h, int cue) {
        List<Finding> out = new ArrayList<>();
        if (cue <= 0) {
            return out;
        }
        List<Integer> agents = g.dependents(cue, "obl:agent");
        String onBehalf = null;
        List<Integer> people;
        if (!agents.isEmpty()) {
            people = agents;
            for (int p : g.dependents(cue, "nsubj:pass")) {
                onBehalf = firstStateOrOrg(g, p);
            }
            for (int p : g.governors(cue, "acl")) {
                if (onBehalf == null) {
                    onBehalf = firstStateOrOrg(g, p);
                }
            }
        } else {
            people = g.dependents(cue, "nsubj");
            for (int o : g.dependents(cue, "obj")) {
                onBehalf = firstStateOrOrg(g, o);
            }
        }
        if (onBehalf == null) {
            return out;
        }
        for (int p : people) {
            for (Mention m : holderMentions(g, p)) {
                if (m.type() == EntityType.PERSON) {
                    out.add(new Finding(RoleType.DELEGATION_HEAD, m, h.text(), PARSE_AGENT, "represented-by",
                            h.text() + " → " + m.text(), onBehalf));
                }
            }
        }
        return out;
    }

    private List<Finding> nounHolders(SentenceGraph g, Hit h, RoleType role, int cue) {
        List<Finding> out = new ArrayList<>();
        if (cue <= 0) {
            return out;
        }
        String licence = "noun: " + h.text();
        switch (role) {
            case CHAIR -> {
                for (int v : g.governors(cue, "obj")) {
                    if (CHAIR_VERBS_FOR_NOUN.contains(g.word(v))) {
                        for (int subj : g.dependents(v, "nsubj")) {
                            addPhrase(out, g, subj, role, h, PARSE_SUBJECT, g.word(v) + " la " + h.text());
                        }
                    }
                }
                for (int acl : g.dependents(cue, "acl")) {
                    for (int a : g.dependents(acl, "obl:agent")) {
                        addPhrase(out, g, a, role, h, PARSE_AGENT, h.text() + " " + g.word(acl) + " par");
                    }
                }
                if (precededBy(g, h, "sous")) {
                    for (int n : g.dependents(cue, "nmod")) {
                        addPhrase(out, g, n, role, h, NOUN_RULE, "sous la " + h.text() + " de");
                    }
                }
                for (int adj : g.dependents(cue, "amod")) {
                    Mention m = g.mentionAt(nodeStart(g, adj));
                    if (m != null && m.type() == EntityType.COUNTRY) {
                        out.add(new Finding(role, m, h.text(), NOUN_RULE, "presidency-demonym",
                                h.text() + " " + m.text(), null));
                    }
                }
                if (out.isEmpty()) {
                    out.addAll(presidencyByTokens(g, h));
                }
            }
            case PARTICIPANT -> {
                // `l'intervention du ministre indien, X`, `l'allocution de la présidente Y`
                for (int n : g.dependents(cue, "nmod:de")) {
                    addPhrase(out, g, n, role, h, NOUN_RULE, h.text() + " de " + g.word(n));
                }
                // `X a réclamé à la tribune …`: who speaks from the rostrum attends
                for (int v : g.governors(cue, "obl:à")) {
                    for (int subj : subjects(g, v, false)) {
                        addPhrase(out, g, subj, role, h, NOUN_RULE, g.word(v) + " à la " + h.text());
                    }
                }
            }
            case HOST, SIGNATORY, NON_SIGNATORY -> {
                List<Integer> heads = new ArrayList<>(List.of(cue));
                // `pays hôte`, `pays signataires`: the noun the cue qualifies carries the relations.
                for (int gov : g.governors(cue, "amod")) {
                    heads.add(gov);
                }
                for (int gov : g.governors(cue, "nmod")) {
                    if (g.word(gov).equals("pays")) {
                        heads.add(gov);
                    }
                }
                for (int head : heads) {
                    for (int subj : g.dependents(head, "nsubj")) {
                        addPhrase(out, g, subj, role, h, NOUN_RULE, licence + " (copula subject)");
                    }
                    for (int ap : g.dependents(head, "appos")) {
                        addPhrase(out, g, ap, role, h, NOUN_RULE, licence + " (apposition)");
                    }
                    for (int ap : g.governors(head, "appos")) {
                        Mention m = g.mentionAt(nodeStart(g, ap));
                        if (m != null && SentenceGraph.canHoldRole(m)) {
                            out.add(new Finding(role, m, h.text(), NOUN_RULE, "noun-apposition",
                                    m.text() + ", " + h.text(), null));
                        }
                    }
                    for (int v : g.governors(head, "obl")) {
                        for (int subj : g.dependents(v, "nsubj")) {
                            addPhrase(out, g, subj, role, h, NOUN_RULE, g.word(v) + " parmi les " + h.text());
                        }
                    }
                    // `X a déposé ses instruments de ratification`, `X a apposé sa signature`: the one who acts.
                    List<Integer> objects = new ArrayList<>(List.of(head));
                    objects.addAll(g.governors(head, "nmod"));
                    for (int o : objects) {
                        for (int v : g.governors(o, "obj")) {
                            for (int subj : g.dependents(v, "nsubj")) {
                                addPhrase(out, g, subj, role, h, NOUN_RULE, g.word(v) + " … " + h.text());
                            }
                        }
                    }
                }
                if (out.isEmpty()) {
                    out.addAll(adjacentToNoun(g, h, role));
                }
            }
            case DELEGATION_HEAD -> {
                if (precededBy(g, h, "tête") || precededBy(g, h, "chef") || precededBy(g, h, "cheffe")) {
                    String owner = delegationOwner(g, cue);
                    Mention person = nearestPerson(g, h);
                    if (person != null) {
                        out.add(new Finding(role, person, "à la tête de la " + h.text(), NOUN_RULE, "delegation-head",
                                person.text() + " … tête/chef de la " + h.text(), owner));
                    }
                }
            }
            default -> { }
        }
        return out;
    }

    private static final double SPEECH = 0.6;

    /** `en présence du président sénégalais, X, et de Y`: whoever is listed right after the cue. */
    private List<Finding> listedAfter(SentenceGraph g, Hit h, RoleType role) {
        List<Finding> out = new ArrayList<>();
        List<Mention> first = listAfter(g, h.end(), 6);
        if (first.isEmpty()) {
            return out;
        }
        // the list may mix people and states: follow it mention by mention, whatever the type
        List<Mention> after = new ArrayList<>();
        for (Mention m : g.mentions()) {
            if (SentenceGraph.canHoldRole(m) && m.start() >= first.get(0).start()) {
                after.add(m);
            }
        }
        after.sort((a, b) -> Integer.compare(a.start(), b.start()));
        Mention prev = null;
        for (Mention m : after) {
            if (prev != null && !onlyConnectorsBetween(g, prev, m)) {
                break;
            }
            prev = m;
            Mention holder = isTitleDemonym(m) ? personRightAfter(g, m) : m;
            if (holder != null && out.stream().noneMatch(f -> f.mention.equals(holder))) {
                out.add(new Finding(role, holder, h.text(), NOUN_RULE, "listed", h.text() + " " + holder.text(), null));
            }
        }
        return out;
    }

    /** `« … », a martelé le président polonais, Tomasz Wierzbicki`: whoever is quoted spoke at the meeting. */
    private List<Finding> speakers(SentenceGraph g, Hit h, int cue) {
        List<Finding> out = new ArrayList<>();
        boolean quotes = false;
        for (Token t : g.tokens()) {
            String w = t.word();
            quotes |= w.contains("«") || w.contains("»") || w.contains("\"") || w.contains("“") || w.contains("”");
        }
        if (!quotes || cue <= 0) {
            return out;
        }
        for (int subj : g.dependents(cue, "nsubj")) {
            Set<Mention> phrase = g.entitiesInPhrase(subj);
            if (phrase.isEmpty() && isTitle(g.word(subj))) {
                Mention p = personAfterTitle(g, subj);
                if (p != null) {
                    phrase = Set.of(p);
                }
            }
            for (Mention m : phrase) {
                if (m.type() == EntityType.PERSON) {
                    out.add(new Finding(RoleType.PARTICIPANT, m, h.text(), SPEECH, "speech",
                            "quoted, " + h.text() + " " + m.text(), null));
                }
            }
        }
        if (out.isEmpty()) {
            // `», a martelé Brandtner, dont le discours …`: the parser hung the name elsewhere; French puts the
            // speaker right after the verb of an attribution.
            List<Token> toks = g.tokens();
            int k = h.end();
            while (k < toks.size() && k - h.end() < 3 && (isTitle(toks.get(k).word())
                    || Set.of("m.", "mme", "le", "la").contains(TextFolding.fold(toks.get(k).word())))) {
                k++;
            }
            Mention m = k < toks.size() ? g.mentionAt(toks.get(k).start()) : null;
            if (m != null && m.type() == EntityType.PERSON) {
                out.add(new Finding(RoleType.PARTICIPANT, m, h.text(), SPEECH, "speech",
                        "quoted, " + h.text() + " " + m.text() + " (tokens)", null));
            }
        }
        return out;
    }

    /** `X a coprésidé le sommet avec le président de la Commission, Y`, when the parse hangs `avec` elsewhere. */
    private List<Finding> partnerAfterAvec(SentenceGraph g, Hit h, RoleType role) {
        List<Token> toks = g.tokens();
        for (int k = h.end(); k < Math.min(toks.size(), h.end() + 5); k++) {
            String w = toks.get(k).word();
            if (w.equals(",") || w.equals(";") || w.equals(".")) {
                break;
            }
            if (TextFolding.fold(w).equals("avec")) {
                for (int j = k + 1; j < Math.min(toks.size(), k + 12); j++) {
                    Mention m = g.mentionAt(toks.get(j).start());
                    if (m != null && SentenceGraph.canHoldRole(m)) {
                        Mention holder = m.type() == EntityType.PERSON ? m : personRightAfterAny(g, m);
                        if (holder == null && !isTitleDemonym(m)) {
                            holder = m;
                        }
                        return holder == null ? List.of() : List.of(new Finding(role, holder, h.text(), TOKEN_RULE,
                                "tokens: avec", h.text() + " … avec " + holder.text(), null));
                    }
                }
                break;
            }
        }
        return List.of();
    }

    /** The person named right after a title's complement (`président de la Commission de l'UA, le Djiboutien X`). */
    private static Mention personRightAfterAny(SentenceGraph g, Mention m) {
        List<Token> toks = g.tokens();
        int commas = 0;
        for (Token t : toks) {
            if (t.start() < m.end()) {
                continue;
            }
            if (t.word().equals(",") && ++commas > 1 || t.word().equals(".") || t.word().equals(";")) {
                return null;
            }
            Mention p = g.mentionAt(t.start());
            if (p != null && p.type() == EntityType.PERSON) {
                return p;
            }
        }
        return null;
    }

    /** `Le Brésil assure jusqu'au 30 novembre la présidence`: the subject of the verb before the noun, by the words. */
    private List<Finding> presidencyByTokens(SentenceGraph g, Hit h) {
        List<Token> toks = g.tokens();
        for (int v = h.first() - 1; v >= Math.max(0, h.first() - 7); v--) {
            String w = toks.get(v).word().toLowerCase(java.util.Locale.ROOT);
            if (w.equals(",") || w.equals(";")) {
                break;
            }
            if (CHAIR_VERBS_FOR_NOUN.contains(w)) {
                int k = v - 1;
                while (k >= 0 && SKIPPABLE_BEFORE_VERB.contains(TextFolding.fold(toks.get(k).word()))
                        && !toks.get(k).word().equals(",")) {
                    k--;
                }
                Mention m = k >= 0 ? g.mentionAt(toks.get(k).start()) : null;
                if (m != null && SentenceGraph.canHoldRole(m)) {
                    return List.of(new Finding(RoleType.CHAIR, m, h.text(), TOKEN_RULE, "tokens: assure la présidence",
                            m.text() + " " + toks.get(v).word() + " … " + h.text(), null));
                }
                break;
            }
        }
        return List.of();
    }

    /** `se tiendra en Turquie`: the country where the meeting will be held hosts it. */
    private List<Finding> venueHolders(SentenceGraph g, Hit h) {
        List<Finding> out = new ArrayList<>();
        List<Token> toks = g.tokens();
        String first = TextFolding.fold(toks.get(h.first()).word());
        boolean reflexive = first.equals("aura") || first.equals("a") || first.equals("ont") || first.equals("auront")
                || first.equals("avait");
        for (int k = Math.max(0, h.first() - 3); k < h.first() && !reflexive; k++) {
            String w = TextFolding.fold(toks.get(k).word());
            reflexive = w.equals("se") || w.equals("s'");
        }
        if (!reflexive) {
            return out;
        }
        for (int k = h.end(); k < Math.min(toks.size(), h.end() + 6); k++) {
            String w = TextFolding.fold(toks.get(k).word());
            if (w.equals("en") || w.equals("au") || w.equals("aux") || w.equals("a")) {
                // `à` only introduces a country for islands and city-states (`à Chypre`, `à Singapour`):
                // the mention must then be a COUNTRY, which the check below already requires
                if (k + 1 < toks.size()) {
                    Mention m = g.mentionAt(toks.get(k + 1).start());
                    if (m == null && k + 2 < toks.size()) {
                        m = g.mentionAt(toks.get(k + 2).start());
                    }
                    if (m != null && m.type() == EntityType.COUNTRY) {
                        out.add(new Finding(RoleType.HOST, m, h.text() + " " + toks.get(k).word(), NOUN_RULE, "venue",
                                h.text() + " " + toks.get(k).word() + " " + m.text(), null));
                    }
                }
                break;
            }
            if (w.equals(".") || w.equals(";")) {
                break;
            }
        }
        return out;
    }

    /** The cue qualifies the noun of an opening `Parmi les …` phrase: no verb, comma or name before it. */
    private boolean inOpeningParmiPhrase(List<Token> toks, Hit h) {
        if (h.first() > 6) {
            return false;
        }
        for (int k = 0; k < h.first(); k++) {
            String w = TextFolding.fold(toks.get(k).word());
            boolean name = k > 0 && toks.get(k).isCapitalized() && !dict.stateNouns.contains(toks.get(k).word())
                    && !dict.commonWords.contains(toks.get(k).word());
            if (w.equals(",") || LISTING_VERBS.contains(w) || name) {
                return false;
            }
        }
        return true;
    }

    /** Token rules for when the parse found no argument: `par` + list after a participle, list right before a verb. */
    private List<Finding> tokenFallback(SentenceGraph g, Hit h, RoleType role) {
        List<Finding> out = new ArrayList<>();
        for (Mention m : listAfterWord(g, h.end(), "par")) {
            Mention holder = isTitleDemonym(m) ? personRightAfter(g, m) : m;
            if (holder != null) {
                out.add(new Finding(role, holder, h.text(), TOKEN_RULE, "tokens: par", h.text() + " par " + holder.text(), null));
            }
        }
        if (!out.isEmpty()) {
            return out;
        }
        List<Token> toks = g.tokens();
        int k = h.first() - 1;
        while (k >= 0 && (SKIPPABLE_BEFORE_VERB.contains(TextFolding.fold(toks.get(k).word())) || isAdverb(toks, k)
                || isEmphaticPronoun(toks, k))) {
            if (toks.get(k).word().equals(",") && !(k + 1 < h.first() && TextFolding.fold(toks.get(k + 1).word()).equals("qui"))
                    && !personBefore(g, k)) {
                int opening = appositionStart(toks, k);
                if (opening > 0) {
                    // `Le Nigeria, premier producteur du continent, s'est tenu à l'écart`: skip the apposition
                    k = opening - 1;
                    break;
                }
                // `Les deux pays, qui coorganiseront … avec le Portugal, ont signé`: the name before the comma
                // closes an incise; it is not the subject. A person there is the usual apposition to a title
                // (`Le Premier ministre belge, Alexander De Croo, a pris part`).
                return out;
            }
            k--;
        }
        boolean relative = false;
        for (int j = Math.max(0, k); j < h.first(); j++) {
            relative |= TextFolding.fold(toks.get(j).word()).equals("qui");
        }
        if ((relative || inOpeningParmiPhrase(toks, h)) && startsWithParmi(toks)) {
            // `Parmi les pays qui ont rejoint l'alliance figurent X, Y`, `Parmi les dirigeants présents
            // figuraient X, Y`: the cue names the set, the members follow the main verb.
            for (int v = h.end(); v < Math.min(toks.size(), h.end() + 12); v++) {
                if (LISTING_VERBS.contains(TextFolding.fold(toks.get(v).word()))) {
                    for (Mention x : listAfter(g, v + 1, 3)) {
                        out.add(new Finding(role, x, h.text(), TOKEN_RULE, "tokens: parmi … qui … figurent",
                                h.text() + " … " + toks.get(v).word() + " " + x.text(), null));
                    }
                    return out;
                }
            }
        }
        if (k < 0) {
            // `Ont participé à la réunion l'Allemagne, l'Arménie…`: the subject follows the verb.
            for (Mention x : listAfter(g, h.end(), 8)) {
                out.add(new Finding(role, x, h.text(), TOKEN_RULE, "tokens: inverted subject",
                        h.text() + " … " + x.text(), null));
            }
            return out;
        }
        if (k >= 0) {
            Mention m = g.mentionAt(toks.get(k).start());
            if (m == null && PRONOUNS.contains(TextFolding.fold(toks.get(k).word()))) {
                m = topicOf(g); // `Quant à l'Argentine, elle a purement et simplement refusé de signer`
            }
            if (m != null && SentenceGraph.canHoldRole(m)) {
                for (Mention x : coordination(g, m)) {
                    out.add(new Finding(role, x, h.text(), TOKEN_RULE, "tokens: subject before verb",
                            x.text() + " … " + h.text(), null));
                }
            }
        }
        return out;
    }

    /** The entity right before `qui` when the cue's clause is a relative clause on it, else null. */
    private static Mention relativeAntecedent(SentenceGraph g, Hit h) {
        List<Token> toks = g.tokens();
        int k = h.first() - 1;
        while (k >= 0 && SKIPPABLE_BEFORE_VERB.contains(TextFolding.fold(toks.get(k).word()))
                && !TextFolding.fold(toks.get(k).word()).equals("qui")) {
            k--;
        }
        if (k < 1 || !TextFolding.fold(toks.get(k).word()).equals("qui")) {
            return null;
        }
        int before = k - 1;
        if (toks.get(before).word().equals(",") && before > 0) {
            before--;
        }
        Mention m = g.mentionAt(toks.get(before).start());
        // `Rauf Gasimzade, le ministre azerbaïdjanais de l'Écologie, qui préside la COP29`, `Kwame Asante,
        // directeur adjoint de la FAO, qui a pris la parole`: the person the title is in apposition to, not
        // the body named in the title.
        boolean closedApposition = toks.get(k - 1).word().equals(",");
        Mention person = closedApposition ? personBeforeApposition(g, before) : null;
        if (person != null) {
            return person;
        }
        if (m != null && SentenceGraph.canHoldRole(m) && !isTitleDemonym(m)) {
            return m;
        }
        return closedApposition ? null : personBeforeApposition(g, before);
    }

    /** The person a title is in apposition to, the title ending at token {@code before}. */
    private static Mention personBeforeApposition(SentenceGraph g, int before) {
        List<Token> toks = g.tokens();
        for (int c = before; c > Math.max(1, before - 10); c--) {
            if (toks.get(c).word().equals(",")) {
                Mention p = g.mentionAt(toks.get(c - 1).start());
                String opener = TextFolding.fold(toks.get(c + 1).word());
                if (p != null && p.type() == EntityType.PERSON && (APPOSITION_OPENERS.contains(opener)
                        || Dictionaries.shared().isTitle(toks.get(c + 1).word()))) {
                    return p;
                }
                return null;
            }
        }
        return null;
    }

    /** `par l'ancien diplomate allemand Matthias Kellermann`: the person the demonym's title belongs to. */
    private static Mention personRightAfter(SentenceGraph g, Mention title) {
        for (Mention m : g.mentions()) {
            if (m.type() == EntityType.PERSON && m.start() >= title.end() && m.start() - title.end() <= 3) {
                return m;
            }
        }
        return null;
    }

    private static final Set<String> APPOSITION_OPENERS = Set.of("le", "la", "l'", "son", "sa", "leur", "un", "une");

    /** `le président costaricien`: a demonym found inside a title, which qualifies a person rather than acting. */
    private static boolean isTitleDemonym(Mention m) {
        return m.type() == EntityType.COUNTRY && !m.text().isEmpty() && Character.isLowerCase(m.text().charAt(0));
    }

    private static boolean personBefore(SentenceGraph g, int commaIndex) {
        if (commaIndex == 0) {
            return false;
        }
        Mention m = g.mentionAt(g.tokens().get(commaIndex - 1).start());
        return m != null && m.type() == EntityType.PERSON;
    }

    private List<Finding> adjacentToNoun(SentenceGraph g, Hit h, RoleType role) {
        List<Finding> out = new ArrayList<>();
        List<Token> toks = g.tokens();
        int before = h.first() - 1;
        while (before >= 0 && Set.of(",", "pays", "le", "la", "l'", "les", "en", "tant", "que", "qu'", "est", "sont",
                "était", "sera", "comme").contains(TextFolding.fold(toks.get(before).word()))) {
            before--;
        }
        if (before >= 0 && before < h.first() - 1) {
            Mention m = g.mentionAt(toks.get(before).start());
            if (m != null && SentenceGraph.canHoldRole(m)) {
                out.add(new Finding(role, m, h.text(), TOKEN_RULE, "tokens: next to noun", m.text() + ", " + h.text(),
                        null));
            }
        }
        if (out.isEmpty() && before < 0 && h.end() < toks.size() && toks.get(h.end()).word().equals(",")) {
            // `Pays hôte, l'Inde avait placé …`: the fronted apposition qualifies the subject after the comma
            int k = h.end() + 1;
            while (k < toks.size() && Set.of("le", "la", "l'", "les").contains(TextFolding.fold(toks.get(k).word()))) {
                k++;
            }
            Mention m = k < toks.size() ? g.mentionAt(toks.get(k).start()) : null;
            if (m != null && SentenceGraph.canHoldRole(m)) {
                out.add(new Finding(role, m, h.text(), TOKEN_RULE, "tokens: fronted noun", h.text() + ", " + m.text(),
                        null));
            }
        }
        return out;
    }

    /**
     * The entities a noun phrase names as the holder; after a bare title, the name in apposition
     * (`le chef de l'État colombien, Andrés Cárdenas`) is the holder, not the title's demonym.
     */
    private Set<Mention> holderMentions(SentenceGraph g, int node) {
        Set<Mention> out = new LinkedHashSet<>();
        for (int c : g.conjuncts(node)) {
            Set<Mention> phrase = g.entitiesInConjunct(c);
            if (TextFolding.fold(g.word(c)).startsWith("delegation")) {
                // `La délégation rwandaise, conduite par la ministre X, a signé`: the delegation acts for its
                // country; the person who leads it is its head, not the signatory.
                Set<Mention> states = new LinkedHashSet<>();
                for (Mention m : g.phraseWithoutConj(c)) {
                    if (m.type() == EntityType.COUNTRY || m.type() == EntityType.ORGANIZATION) {
                        states.add(m);
                    }
                }
                if (!states.isEmpty()) {
                    out.addAll(states);
                    continue;
                }
            }
            if (phrase.stream().noneMatch(m -> m.type() == EntityType.PERSON) && isTitle(g.word(c))) {
                Mention person = personAfterTitle(g, c);
                if (person != null) {
                    out.add(person);
                    continue;
                }
            }
            out.addAll(phrase);
        }
        return out;
    }

    private void addPhrase(List<Finding> out, SentenceGraph g, int node, RoleType role, Hit h, double confidence,
                           String licence) {
        Set<Mention> phrase = holderMentions(g, node);
        phrase.addAll(dontList(g, node));
        Set<Mention> all = new LinkedHashSet<>(phrase);
        for (Mention m : phrase) {
            all.addAll(coordination(g, m));
        }
        for (Mention m : all) {
            double c = phrase.contains(m) ? confidence : ENUMERATION;
            out.add(new Finding(role, m, h.text(), c, phrase.contains(m) ? "parse" : "enumeration",
                    licence + " → " + m.text(), null));
        }
    }

    private boolean isTitle(String word) {
        String w = Dictionaries.withoutTitlePrefix(word);
        return dict.titles.contains(w) || dict.stateNouns.contains(w) || w.equals("diplomate");
    }

    /** The first person named within the title's apposition: no clause boundary, at most one comma before it. */
    private static Mention personAfterTitle(SentenceGraph g, int node) {
        List<Token> toks = g.tokens();
        int t = g.tokenIndexAt(nodeStart(g, node));
        if (t < 0) {
            return null;
        }
        int commas = 0;
        for (int k = t + 1; k < Math.min(toks.size(), t + 12); k++) {
            String w = toks.get(k).word();
            if (w.equals(".") || w.equals(";") || w.equals(":") || w.equals("(")) {
                return null;
            }
            Mention m = g.mentionAt(toks.get(k).start());
            if (m != null && m.type() == EntityType.PERSON) {
                return m;
            }
            if (w.equals(",") && ++commas > 1) {
                return null;
            }
        }
        return null;
    }

    /** `60 pays, dont le Maroc`: the entities named after `dont` belong to the phrase. */
    private List<Mention> dontList(SentenceGraph g, int node) {
        List<Token> toks = g.tokens();
        int t = g.tokenIndexAt(nodeStart(g, node));
        if (t < 0) {
            return List.of();
        }
        for (int k = t + 1; k < Math.min(toks.size(), t + 6); k++) {
            String w = TextFolding.fold(toks.get(k).word());
            if (w.equals("dont") || w.equals("notamment") || w.equals("parmi")) {
                return listAfter(g, k + 1, 3);
            }
            if (w.equals(".") || w.equals(";")) {
                break;
            }
        }
        return List.of();
    }

    private static Mention nearestPerson(SentenceGraph g, Hit h) {
        Mention best = null;
        int bestDistance = Integer.MAX_VALUE;
        int cueStart = g.tokens().get(h.first()).start();
        for (Mention m : g.mentions()) {
            if (m.type() == EntityType.PERSON) {
                int d = Math.abs(m.start() - cueStart);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = m;
                }
            }
        }
        return best;
    }

    private static boolean precededBy(SentenceGraph g, Hit h, String word) {
        List<Token> toks = g.tokens();
        for (int k = Math.max(0, h.first() - 4); k < h.first(); k++) {
            if (TextFolding.fold(toks.get(k).word()).equals(TextFolding.fold(word))) {
                return true;
            }
        }
        return false;
    }

    private static int nodeStart(SentenceGraph g, int node) {
        return g.tokens().isEmpty() ? 0 : parseStart(g, node);
    }

    private static int parseStart(SentenceGraph g, int node) {
        for (Token t : g.tokens()) {
            if (g.nodeAt(t.start()) == node) {
                return t.start();
            }
        }
        return -1;
    }

    /**
     * `X a pris part aux travaux, tout comme le président de l'Afreximbank, Y`: what is said of the subject
     * holds for those named after `tout comme` / `de même que` / `aux côtés de` later in the sentence.
     */
    private static List<Finding> withToutComme(SentenceGraph g, Hit h, RoleType role, List<Finding> found) {
        if (found.isEmpty()) {
            return found;
        }
        List<Token> toks = g.tokens();
        for (int k = h.end(); k + 2 < toks.size(); k++) {
            String w = TextFolding.fold(toks.get(k).word());
            String next = TextFolding.fold(toks.get(k + 1).word());
            boolean toutComme = w.equals("tout") && next.equals("comme");
            boolean deMemeQue = w.equals("de") && next.equals("meme") && TextFolding.fold(toks.get(k + 2).word()).equals("que");
            // `a participé à une table ronde, aux côtés du commissaire européen X` (attending only: who
            // presides `aux côtés de` someone may preside a part of the meeting, not the meeting)
            boolean auxCotes = role == RoleType.PARTICIPANT && w.equals("aux") && next.equals("cotes") && k + 3 < toks.size()
                    && Set.of("de", "du", "des", "d'").contains(TextFolding.fold(toks.get(k + 2).word()));
            // `La Chine et l'Inde n'ont pas signé le texte, pas plus que les États-Unis`
            boolean pasPlusQue = w.equals("pas") && next.equals("plus") && TextFolding.fold(toks.get(k + 2).word()).equals("que");
            if (toutComme || deMemeQue || auxCotes || pasPlusQue) {
                int from = toutComme ? k + 2 : k + 3;
                List<Finding> out = new ArrayList<>(found);
                for (Mention m : listAfter(g, from, 3)) {
                    out.add(new Finding(role, m, h.text(), ENUMERATION, "tout comme",
                            h.text() + " … " + w + " " + next + " " + m.text(), null));
                }
                return out;
            }
        }
        return found;
    }

    /**
     * The subject of the previous sentence, for `Il a signé`: the entity (or the coordinated entities, for
     * `ils`/`elles`) that opens it. Nothing when the previous sentence opens otherwise: the antecedent
     * would be a guess.
     */
    private List<Mention> previousSubject(AnnotatedText doc, Sentence s, SentenceGraph g, String pronoun,
                                          List<Mention> allMentions) {
        if (s.index() == 0) {
            return List.of();
        }
        Sentence prev = doc.sentences().get(s.index() - 1);
        List<Mention> inPrev = new ArrayList<>();
        for (Mention m : allMentions) {
            if (m.sentenceIndex() == prev.index() && SentenceGraph.canHoldRole(m)) {
                inPrev.add(m);
            }
        }
        inPrev.sort((a, b) -> Integer.compare(a.start(), b.start()));
        if (inPrev.isEmpty()) {
            return List.of();
        }
        Mention first = inPrev.get(0);
        int openingTokens = 0;
        for (Token t : prev.tokens()) {
            if (t.start() >= first.start()) {
                break;
            }
            openingTokens++;
        }
        if (openingTokens > 2) {
            return List.of();
        }
        boolean plural = pronoun.equals("ils") || pronoun.equals("elles");
        if (!plural) {
            return List.of(first);
        }
        SentenceGraph prevGraph = new SentenceGraph(new ParsedSentence(List.of(), List.of()), prev.tokens(), inPrev);
        List<Mention> list = coordination(prevGraph, first);
        return list.size() > 1 ? list : List.of();
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

    /** Negation and exception win (ANNOTATION.md): no SIGNATORY row for an entity the article says did not sign. */
    private static List<RoleFinding> negationWins(List<RoleFinding> findings) {
        Set<String> refused = new HashSet<>();
        for (RoleFinding f : findings) {
            if (f.role().role() == RoleType.NON_SIGNATORY) {
                refused.add(f.role().entityId() + "|" + f.role().eventId());
            }
        }
        List<RoleFinding> out = new ArrayList<>();
        for (RoleFinding f : findings) {
            if (f.role().role() == RoleType.SIGNATORY && refused.contains(f.role().entityId() + "|" + f.role().eventId())) {
                continue;
            }
            out.add(f);
        }
        return out;
    }
}
