package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.extract.Words;
import org.summitcoverage.extract.roles.RoleCueLexicon.Hit;
import org.summitcoverage.model.Entity;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.nlp.AnnotatedText;
import org.summitcoverage.nlp.ParsedSentence;
import org.summitcoverage.nlp.Sentence;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How a French clause names who acts when the parse alone does not say it: a subject reached through an
 * auxiliary the parser took for the verb, a topic opened by `Quant à`, adverbs, appositions and stressing
 * pronouns between subject and verb, and the agreement that tells a relative clause about a whole list
 * from one about its last item. Also whether an article speaks of a meeting at all.
 */
final class ClauseReading {
    private ClauseReading() {
    }

    /**
     * `Le ministre des Affaires étrangères, de l'Union européenne et de la Coopération, X, participe`: a `de` phrase the
     * parser coordinates with a singular title (and so makes a subject of the verb) is a portfolio of that title.
     */
    static boolean portfolioOfATitle(SentenceGraph g, int node) {
        boolean ofPhrase = g.dependents(node, "case").stream()
                .anyMatch(c -> DE_FORMS.contains(g.word(c).toLowerCase(java.util.Locale.ROOT).replace('’', '\'')));
        if (!ofPhrase) {
            return false;
        }
        for (int t : g.governors(node, "conj")) {
            String title = g.word(t);
            if (g.words().isTitle(title) && !title.endsWith("s") && !title.endsWith("x")) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> DE_FORMS = java.util.Set.of("de", "du", "des", "d'");

    /**
     * The cue's subjects (a pronominal verb's too when the parser read it as a passive); when the parser made
     * the auxiliary the main verb (`n'ont pas paraphé` read as
     * `ont` + xcomp `paraphé`), the auxiliary's subject.
     */
    /**
     * A "subject" the parser made of a fronted adverbial: one with a preposition of its own (`À Lomé, sous l'égide de
     * X, A et B signent`) or a topic noun (`Côté brésilien, étaient présents A, B`): no subject, the word order decides.
     */
    static boolean frontedAdverbial(SentenceGraph g, int subject) {
        if (g.words().topicNouns.contains(g.word(subject))) {
            return true;
        }
        return g.dependents(subject, "case").stream().anyMatch(c -> g.words().frontedAdverbialPrepositions.contains(g.word(c)));
    }

    /**
     * (h26-amerique) `A l'ouverture du sommet dans la capitale, X, qui termine son mandat, a réaffirmé …`: with no subject
     * on the verb, the parser may hang the person after the fronted adverbial's comma on it as a conjunct (no `et`): that
     * person, after a comma, before the verb, is the verb's subject. Asked by the speaker's reading only: for other
     * verbs (`Lors du sommet, X, négociateur …, a rencontré la presse`) the clause's own readings stay as they were.
     */
    static List<Integer> subjectsConjoinedToAFrontedAdverbial(SentenceGraph g, int cue) {
        List<Integer> out = new ArrayList<>();
        for (ParsedSentence.Edge e : g.outgoing(cue)) {
            int o = e.dependent();
            if (!e.relation().startsWith("obl") || o > cue || g.dependents(o, "case").isEmpty()) {
                continue;
            }
            for (int c : g.dependents(o, "conj")) {
                org.summitcoverage.model.Mention m = g.mentionAt(g.startOf(c));
                int k = g.tokenIndexAt(g.startOf(c));
                if (c > o && c < cue && g.dependents(c, "cc").isEmpty() && m != null
                        && m.type() == org.summitcoverage.model.EntityType.PERSON && k > 0 && g.tokens().get(k - 1).word().equals(",")) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /**
     * (h51-presences18) `Le président brésilien Luiz Inácio Lula da Silva accueille des dirigeants`: the parser takes the
     * particle inside a person's name (`da`, `de`, `dos`) for a conjunction that opens the verb's clause, makes the verb a
     * clause on the title before the name and leaves it with no subject; the person whose name holds that particle is
     * the subject.
     */
    static List<Integer> nameSplitByAParticle(SentenceGraph g, int cue) {
        if (!g.dependents(cue, "nsubj").isEmpty() || !g.dependents(cue, "nsubj:pass").isEmpty()
                || g.governors(cue, "acl").isEmpty()) {
            return List.of();
        }
        for (int mark : g.dependents(cue, "mark")) {
            org.summitcoverage.model.Mention m = g.mentionAt(g.startOf(mark));
            if (mark < cue && m != null && m.type() == org.summitcoverage.model.EntityType.PERSON) {
                int name = g.nodeAt(m.start());
                if (name > 0 && name < mark) {
                    return List.of(name);
                }
            }
        }
        return List.of();
    }

    static List<Integer> subjects(SentenceGraph g, int cue, boolean pronominal) {
        List<Integer> direct = new ArrayList<>(g.dependents(cue, "nsubj"));
        direct.addAll(negativePronounSubjects(g, cue));
        direct.addAll(nameSplitByAParticle(g, cue));
        for (int gov : g.governors(cue, "acl:de")) {
            // `Aucune des neuf puissances, A, B, n'a prévu de s'y rallier`: the infinitive's subject is its governor's
            direct.addAll(negativePronounSubjects(g, gov));
        }
        for (int s : g.dependents(cue, "nsubj")) {
            if (frontedAdverbial(g, s)) {
                // `Du côté de l'Europe, A (France), B (Allemagne) ont répondu`: the parser hangs the real subject on the
                // topic as its appositions; those that name a holder are the verb's subjects
                for (int a : g.dependents(s, "appos")) {
                    org.summitcoverage.model.Mention m = g.mentionAt(g.startOf(a));
                    if (a > s && m != null && SentenceGraph.canHoldRole(m)) {
                        direct.add(a);
                    }
                }
            }
        }
        for (int s : List.copyOf(direct)) {
            List<Integer> focused = FocusedSubject.names(g, s);
            if (!focused.isEmpty()) {
                // (h26-commerce) `seules la Chine et la Russie n'ont pas approuvé`: the names under `seul`
                direct.remove(Integer.valueOf(s));
                direct.addAll(focused);
            }
        }
        // (r22) `A et B ont participé, mais se sont abstenues de signer`: the parser may take the clitic of a pronominal
        // verb coordinated by its conjunction for its subject; it is none, and the verb shares its conjunct's subject
        // (only there: the clitic an infinitive's controlled subject takes over, `X s'est engagé à ratifier`, stays, so
        // that a pledge still names no signatory)
        boolean coordinated = !g.dependents(cue, "cc").isEmpty() && !g.governors(cue, "conj").isEmpty();
        direct.removeIf(s -> portfolioOfATitle(g, s) || frontedAdverbial(g, s)
                || coordinated && CueScope.isReflexivePronoun(g.word(s)));
        if (pronominal || !g.dependents(cue, "expl").isEmpty()) {
            // `s'y est associée`, `le Togo s'y est refusé` parsed as a passive: its subject is the verb's own
            direct.addAll(g.dependents(cue, "nsubj:pass"));
        }
        if (!direct.isEmpty()) {
            for (int subject : List.copyOf(direct)) {
                boolean ainsiQue = g.dependents(subject, "cc").stream()
                        .anyMatch(c -> g.word(c).equalsIgnoreCase("ainsi") && !g.dependents(c, "fixed").isEmpty());
                if (ainsiQue && g.governors(subject, "conj").isEmpty()) {
                    // `Le président de la Commission de A, X, ainsi que celui de B, Y, y assistent`: the parser makes the
                    // first item the root and the verb its adverbial; the first item is the verb's subject too
                    for (int first : g.governors(cue, "advcl")) {
                        if (first < subject && g.incoming(first).stream().anyMatch(e -> e.relation().equals("root"))) {
                            direct.add(first);
                        }
                    }
                }
            }
            // (h32-listes) `Le nouveau président de la Commission de A, X, ainsi que celui de B, Y y assistent`: the parser
            // makes the first item the root, the `ainsi que` item its conjunct and the verb that item's parataxis (or its
            // relative clause); the
            // first item is the verb's subject too
            List<Integer> items = new ArrayList<>(g.governors(cue, "parataxis"));
            items.addAll(g.governors(cue, "acl:relcl")); // or as a relative clause with its own subject
            for (int item : items) {
                boolean ainsiQue = item < cue && g.dependents(item, "cc").stream()
                        .anyMatch(c -> g.word(c).equalsIgnoreCase("ainsi") && !g.dependents(c, "fixed").isEmpty());
                if (ainsiQue) {
                    for (int first : g.governors(item, "conj")) {
                        // its person in apposition, not the title (whose phrase runs on into the `ainsi que` item)
                        List<Integer> named = g.dependents(first, "appos").stream().filter(a -> a < item).toList();
                        for (int n : named.isEmpty() ? List.of(first) : named) {
                            if (first < item && !direct.contains(n)) {
                                direct.add(n);
                            }
                        }
                    }
                }
            }
            // `le président de la République française, la chancelière de l'Allemagne, … et le secrétaire général des
            // Nations unies ont organisé`: the parser hangs the first titles of a long subject on the verb as `dep`
            direct.addAll(BrokenTitleSubjectList.leadingItems(g, cue, List.copyOf(direct)));
            return direct;
        }
        List<Integer> out = new ArrayList<>();
        int absoluteSubject = AbsoluteClauses.subjectOf(g, cue);
        if (absoluteSubject > 0) {
            // (h23-otan) `…, le Venezuela et le Nicaragua s'étant abstenus`: the clause's own subject, never the main one's
            out.add(absoluteSubject);
            return out;
        }
        if (!g.dependents(cue, "nsubj:pass").isEmpty()) {
            // `X a critiqué …, alors qu'une déclaration a été adoptée`: a passive with a subject of its own is no
            // gerund or participle of the main clause; its agent, if any, is read as an agent
            return out;
        }
        // a gerund or a participle that opens the sentence (`a marqué l'histoire en participant au sommet`, `Arrivé
        // avec son ministre, X a rencontré …`) has the subject of the clause it qualifies
        // a passive with its own auxiliaries (`au sommet, à l'issue duquel ont été adoptés 24 documents`) has an inverted
        // subject of its own, what was done: never the subject of the clause it qualifies
        boolean ownPassive = !g.dependents(cue, "aux:pass").isEmpty() && !g.dependents(cue, "aux").isEmpty();
        for (int gov : ownPassive ? List.<Integer>of() : g.governors(cue, "advcl")) {
            if (g.words().invitingVerbs.contains(g.word(gov)) && !g.dependents(gov, "obj").isEmpty()) {
                continue; // `X a invité les pays à Rome pour assister à la conférence`: the invited would attend, not X
            }
            if (frontedDeInfinitive(g, cue, gov)) {
                continue; // (h33-signe) `le désir de la Namibie de ratifier le traité, le Bureau … a contribué`: a noun's complement
            }
            if (g.words().appointingVerbs.contains(g.word(gov)) && !g.dependents(gov, "obj").isEmpty()
                    && g.dependents(gov, "obj").stream().noneMatch(o -> isPlace(g, o))) {
                // (h31-hotes) `La présidente a choisi X pour présider la conférence`: the one chosen chairs, not who chose;
                // a place chosen (`Le Brésil a choisi Belém pour accueillir la COP30`) leaves the chooser the host
                out.addAll(g.dependents(gov, "obj"));
                continue;
            }
            out.addAll(g.dependents(gov, "nsubj"));
            // `X est rentré à Praia après avoir pris part au sommet`: a verb of motion with `être`, parsed as a passive
            out.addAll(g.dependents(gov, "nsubj:pass"));
        }
        if (isGerund(g, cue)) {
            for (int gov : g.governors(cue, "obl")) {
                // `X a ouvert la journée en accueillant les dirigeants de A`: the gerund parsed as the verb's `en` adverbial
                out.addAll(g.dependents(gov, "nsubj"));
            }
        }
        if (g.tokenIndexAt(g.startOf(cue)) == 0) {
            // `Intervenant après elle, le secrétaire exécutif … a appelé`: the opening participle parsed as the
            // subject noun's modifier; not a meeting, which is what the participle says was done (`Organisé à Kinshasa, le
            // 22e sommet de la CEEAC a …`: the body in the meeting's name organised nothing)
            for (int gov : g.governors(cue, "acl")) {
                if (!Meetings.isMeeting(g, gov)) {
                    out.add(gov);
                }
            }
        }
        if (!g.dependents(cue, "cc").isEmpty()) {
            for (int gov : g.governors(cue, "conj")) {
                // `X a évité de commenter mais a signé l'accord`: a verb coordinated by its conjunction, without its own
                // subject, shares the first's (a participle tacked on with a comma, `signant au passage`, does not)
                out.addAll(g.dependents(gov, "nsubj"));
            }
        }
        if (!TextFolding.fold(g.word(cue)).matches(".*(e|ee|es|ees|i|ie|is|ies|u|ue|us|ues)")) {
            for (int last : g.governors(cue, "acl")) {
                // `Le Premier ministre X, accompagné de Y, ainsi que la ministre Z, participent`: the parser makes the
                // first item the root, the last its `ainsi que` conjunct and the finite verb the last one's clause
                if (g.dependents(last, "cc").isEmpty()) {
                    continue;
                }
                int first = rootAbove(g, last);
                if (first > 0 && first < last && g.dependents(first, "nsubj").isEmpty() && g.dependents(first, "aux").isEmpty()
                        && g.dependents(first, "cop").isEmpty() && !HolderPhrases.holderMentions(g, first).isEmpty()) {
                    out.add(first);
                    out.add(last);
                }
            }
        }
        for (int gov : g.governors(cue, "acl:à")) {
            // (h21-traites) `X a été le premier chef d'État à la signer`, `X sera l'une des rares ministres à faire le
            // déplacement`: the infinitive qualifies a ranked predicate noun, whose copula's subject does what it says
            // under a negated copula the rank asserts nothing (`n'est pas le premier pays à signer`)
            boolean negated = g.dependents(gov, "advmod").stream().anyMatch(a -> g.words().negators.contains(g.word(a)));
            if (!g.dependents(gov, "cop").isEmpty() && ranked(g, gov) && !negated) {
                out.addAll(g.dependents(gov, "nsubj"));
            }
        }
        for (int gov : g.governors(cue, "acl:à")) {
            // (h35-hotes3) `Premier à prendre la parole, le président X a rappelé …`: a rank opening the sentence before
            // its infinitive is an apposition to the main clause's subject, wherever the parser hangs the rank
            if (g.tokenIndexAt(g.startOf(gov)) == 0 && g.words().rankingWords.contains(g.word(gov))
                    && g.dependents(gov, "cop").isEmpty()) {
                int top = rootAbove(g, gov, 8);
                if (top > 0) {
                    out.addAll(g.dependents(top, "nsubj"));
                }
            }
        }
        for (int gov : g.governors(cue, "xcomp")) {
            // `n'ont pas paraphé` read as `ont` + xcomp; `X doit lui aussi prendre part`: the infinitive's subject is
            // its governor's (a modal governor, `pourrait`, `appelle`, is read as such by the cue's scope)
            out.addAll(g.dependents(gov, "nsubj"));
            if (g.dependents(gov, "nsubj").stream().anyMatch(s -> g.words().relativePronouns.contains(g.word(s).toLowerCase(java.util.Locale.ROOT)))) {
                // (h19-host) `annoncé par X, qui est venu clôturer la conférence`: the relative pronoun stands for the
                // antecedent its clause hangs on
                out.addAll(g.governors(gov, "acl:relcl"));
            }
        }
        return out;
    }

    /**
     * (h33-signe) An infinitive after a bare `de` that the parser hangs, fronted, on a verb with no copula as its adverbial
     * (`advcl:de`) is the complement of a noun before it (`le désir de X de ratifier`): the verb's subject does not
     * control it.
     */
    private static boolean frontedDeInfinitive(SentenceGraph g, int cue, int gov) {
        return cue < gov && g.dependents(gov, "cop").isEmpty()
                && g.incoming(cue).stream().anyMatch(e -> e.governor() == gov && e.relation().equals("advcl:de"));
    }

    /** (h21-traites) A predicate noun that ranks its subject in a set (`ranking_words`: `l'une des rares`, `le premier chef d'État`). */
    private static boolean ranked(SentenceGraph g, int noun) {
        if (g.words().rankingWords.contains(g.word(noun))) {
            return true;
        }
        return g.dependents(noun, "amod").stream().anyMatch(a -> g.words().rankingWords.contains(g.word(a)));
    }

    /**
     * `Aucune des grandes puissances, A, B, C, n'a signé`: the parser leaves a negative pronoun subject (`negative_words`),
     * its items as conjuncts, a bare `dep` of the verb before it.
     */
    private static List<Integer> negativePronounSubjects(SentenceGraph g, int verb) {
        List<Integer> out = new ArrayList<>();
        for (int d : g.dependents(verb, "dep")) {
            if (d < verb && !g.word(d).equals("ni") && g.words().negativeWords.contains(g.word(d))) {
                out.add(d);
            }
        }
        return out;
    }

    /** The root {@code node} hangs from, a few steps up (its conjunct, the companion's participle): -1 if none. */
    private static int rootAbove(SentenceGraph g, int node) {
        return rootAbove(g, node, 4);
    }

    /** The root {@code node} hangs from, at most {@code maxSteps} steps up: -1 if none or if it is the root itself. */
    private static int rootAbove(SentenceGraph g, int node, int maxSteps) {
        int cur = node;
        for (int step = 0; step < maxSteps; step++) {
            List<ParsedSentence.Edge> in = g.incoming(cur);
            if (in.isEmpty()) {
                return -1;
            }
            if (in.stream().anyMatch(e -> e.relation().equals("root"))) {
                return step == 0 ? -1 : cur;
            }
            cur = in.get(0).governor();
        }
        return -1;
    }

    /** The stressing pronoun sits after the auxiliary (`s'est lui aussi`); after a comma it is the subject. */
    static boolean isEmphaticPronoun(RoleWords words, List<Token> toks, int k) {
        return k > 0 && words.emphaticPronouns.containsWord(toks.get(k))
                && !toks.get(k - 1).word().equals(",")
                && words.skippableBeforeVerb.containsWord(toks.get(k - 1));
    }

    /**
     * The opening comma of a lower-case apposition that ends at the comma {@code closing}
     * (`, premier producteur de pétrole du continent,`), or -1: no relative clause, no other comma.
     */
    static int appositionStart(RoleWords words, List<Token> toks, int closing) {
        for (int j = closing - 1; j > 0 && closing - j <= 12; j--) {
            if (toks.get(j).word().equals(",")) {
                Token first = toks.get(j + 1);
                String w = first.folded();
                boolean apposition = j + 1 < closing && Words.isLowerWord(first)
                        && !words.clauseOpeners.contains(w);
                return apposition ? j : -1;
            }
        }
        return -1;
    }

    /** An adverb between the subject and the verb: `a finalement signé`, `a purement et simplement refusé`. */
    static boolean isAdverb(List<Token> toks, int k) {
        String w = toks.get(k).folded();
        if (w.length() > 5 && w.endsWith("ment") && Words.isLowerWord(toks.get(k))) {
            return true;
        }
        return w.equals("et") && k > 0 && toks.get(k - 1).folded().endsWith("ment")
                && k + 1 < toks.size() && toks.get(k + 1).folded().endsWith("ment");
    }


    /** The verb of the relative clause agrees in the plural: `qui ont rejoint`, `qui signent`, `qui signeront`. */
    static boolean pluralRelative(RoleWords words, List<Token> toks, Hit h) {
        for (int k = h.first(); k >= Math.max(0, h.first() - 4); k--) {
            String w = toks.get(k).folded();
            if (w.equals("qui")) {
                return false;
            }
            // (h52-sweep-monde) the future plural too: `qui présideront`, `qui signeront`
            if (words.pluralAuxiliaries.contains(w) || k == h.first() && (w.endsWith("ent") && w.length() > 4
                    || w.endsWith("ront") && w.length() > 5)) {
                return true;
            }
        }
        return false;
    }

    /** The article names an event, or at least speaks of a summit, a conference, a meeting or a delegation. */
    static boolean speaksOfAMeeting(RoleWords words, AnnotatedText doc, List<Entity> entities) {
        return speaksOfAMeeting(words, doc, entities, List.of());
    }

    static boolean speaksOfAMeeting(RoleWords words, AnnotatedText doc, List<Entity> entities,
                                    List<org.summitcoverage.model.Mention> mentions) {
        if (entities.stream().anyMatch(e -> e.type() == EntityType.EVENT)) {
            return true;
        }
        // `rencontre` is also a match or a university's talks: a meeting of states only where two states are named
        boolean states = entities.stream().filter(e -> e.type() == EntityType.COUNTRY).map(Entity::entityId).distinct().count() >= 2;
        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) {
                if (words.meetingWords.containsWord(t) || states && words.meetingWordsBetweenStates.containsWord(t)) {
                    return true;
                }
            }
            // (h46-votes5) a text signed in a sentence that names two states: the signing of states is the act
            if (s.tokens().stream().anyMatch(t -> words.signingWordsBetweenStates.containsWord(t))
                    && mentions.stream().filter(m -> m.sentenceIndex() == s.index() && m.type() == EntityType.COUNTRY)
                    .map(org.summitcoverage.model.Mention::entityId).distinct().count() >= 2) {
                return true;
            }
            // a state visit or a joint commission is a meeting of two governments, whatever it is called besides
            if (RoleWords.containsPhrase(s.tokens(), words.bilateralMeetingPhrases)) {
                return true;
            }
        }
        return false;
    }


    /** A gerund: a present participle (`-ant`) with `en` as its case marker (`en accueillant`, `en signant`). */
    static boolean isGerund(SentenceGraph g, int node) {
        return node > 0 && TextFolding.fold(g.word(node)).endsWith("ant")
                && g.dependents(node, "case").stream().anyMatch(c -> TextFolding.fold(g.word(c)).equals("en"));
    }

    private static boolean isPlace(SentenceGraph g, int node) {
        int start = g.startOf(node);
        org.summitcoverage.model.Mention m = start < 0 ? null : g.mentionAt(start);
        return m != null && m.type() == org.summitcoverage.model.EntityType.LOCATION;
    }
}
