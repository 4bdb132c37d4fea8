package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.nlp.ParsedSentence;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The noun `présidence` as a CHAIR cue: `X assure la présidence`, `la présidence exercée par X`, `la présidence
 * est assurée par X`, `X, qui assure la présidence en exercice du sommet`, `sous la présidence de X`, `la présidence sud-africaine`.
 */
final class PresidencyReading implements ParsedReading {
    /**
     * `Sous la présidence du ministre délégué chargé de A et de B, Y, la réunion …`: after a long title the parser may
     * hang the person set off by a comma on the cue as a conjunct rather than on the title as an apposition; that person
     * holds the title's presidency (a conjunct after the title's `de` phrase, opened by a comma, that names a person).
     */
    private static List<Integer> titledPersonAfter(CueSite site) {
        SentenceGraph g = site.graph();
        List<Integer> of = site.dependents("nmod");
        List<Integer> out = new ArrayList<>();
        for (ParsedSentence.Edge e : g.outgoing(site.cueNode())) {
            if (!e.relation().startsWith("conj") || of.isEmpty() || e.dependent() < of.get(0)) {
                continue;
            }
            Mention m = g.mentionAt(g.startOf(e.dependent()));
            boolean comma = g.dependents(e.dependent(), "punct").stream().anyMatch(p -> g.word(p).equals(",") && p < e.dependent());
            if (m != null && m.type() == EntityType.PERSON && comma) {
                out.add(e.dependent());
            }
        }
        return out;
    }

    /** How many words past the cue (its `de` complement and a comma) the relative pronoun may stand. */
    private static final int RELATIVE_REACH = 8;

    /**
     * (h30-climat) `La présidence de la COP31, qu'assure l'Australie, a publié …`, `Sous la présidence de la COP
     * qu'exerce le ministre X`: the subject of a verb of holding (`chair_verbs_for_noun`) in a relative clause opened by
     * `que` after the cue, past its complement, holds the presidency. Read by the words up to the verb, since the parser
     * may hang the clause on the main verb (`a critiqué la présidence du sommet, qu'assure le Pérou`), then from the
     * verb's own subject.
     */
    private static List<Finding> heldThroughARelative(CueSite site) {
        List<Token> toks = site.tokens();
        SentenceGraph g = site.graph();
        int end = site.hit().end();
        for (int k = end; k < toks.size() && k < end + RELATIVE_REACH; k++) {
            String w = toks.get(k).folded().replace('’', '\'');
            if (w.equals(".") || w.equals(";") || w.equals(":") || w.equals("qui") || w.equals("dont")) {
                return List.of();
            }
            if (!w.equals("que") && !w.equals("qu'")) {
                continue;
            }
            for (int v = k + 1; v < toks.size() && v <= k + 4; v++) {
                if (!site.words().chairVerbsForNoun.containsWord(toks.get(v))) {
                    continue;
                }
                int verb = g.nodeAt(toks.get(v).start());
                if (verb <= 0) {
                    return List.of();
                }
                List<Integer> subjects = new ArrayList<>(g.dependents(verb, "nsubj"));
                subjects.removeIf(n -> site.words().relativePronouns.contains(g.word(n)));
                return site.phrases(subjects, Confidence.PARSE_SUBJECT, n -> "la " + site.cueText() + " qu'" + g.word(verb));
            }
            return List.of();
        }
        return List.of();
    }

    /**
     * (h32-hotes) The subject of a verb of holding, or of the verb whose infinitive complement it is (`X va prendre la
     * présidence de la COP`, `elle allait assurer la présidence`: the parser leaves the subject on `va`).
     */
    private static List<Integer> subjectOf(SentenceGraph g, int verb) {
        List<Integer> subjects = g.dependents(verb, "nsubj");
        if (!subjects.isEmpty()) {
            return subjects;
        }
        List<Integer> out = new ArrayList<>();
        for (org.summitcoverage.nlp.ParsedSentence.Edge e : g.incoming(verb)) {
            if (e.relation().equals("xcomp") && e.governor() > 0) {
                out.addAll(g.dependents(e.governor(), "nsubj"));
            }
        }
        return out;
    }

    @Override
    public List<Finding> readParsed(CueSite site) {
        SentenceGraph g = site.graph();
        String cue = site.cueText();
        if (site.words().guidanceNouns.contains(cue)) {
            return guidance(site);
        }
        if (site.words().handoverNouns.contains(cue)) {
            return batonHandedTo(site); // `A a passé le témoin à B`; `les témoins de la scène` chair nothing
        }
        if (site.words().successionOnlyNouns.contains(cue)) {
            return succeeded(site); // `X remplace Y à la tête de la COP21`; `à la tête de la délégation` chairs nothing
        }
        if (site.words().presidencyRaceWords.stream().anyMatch(site::precededBy)) {
            return List.of(); // `le candidat à la présidence américaine X`: an office sought elsewhere, no chair
        }
        List<Integer> of = new ArrayList<>(site.dependents("nmod"));
        for (int n : site.dependents("nmod")) {
            if (site.words().presidencyQualifiers.contains(g.word(n))) {
                of.addAll(g.dependents(n, "nmod")); // `la présidence en exercice de l'Union`
            }
        }
        for (int n : of) {
            if (site.words().standingBodies.contains(g.word(n))) {
                return List.of(); // `a assuré la présidence de ce mouvement`: a body's presidency, not the meeting's
            }
            if (!Meetings.isMeeting(g, n) && StandingBodyIsNoChair.bodyWithoutMeeting(site, g, n)) {
                // `l'Italie, qui assure la présidence du G7`, in an article on another meeting (not `de la COP`: a meeting)
                return List.of();
            }
        }
        if (bodyRightAfter(site)) {
            return List.of(); // `la présidence espagnole au Conseil de l'UE`, the parser hanging `au Conseil` on the verb
        }
        List<Finding> held = heldThroughARelative(site);
        if (!held.isEmpty()) {
            return held; // the one the relative clause says holds it chairs, not another name of the sentence
        }
        List<Finding> out = new ArrayList<>();
        for (int v : site.governors("obj")) {
            if (site.words().chairVerbsForNoun.contains(g.word(v))) {
                List<Integer> subjects = new ArrayList<>();
                for (int n : subjectOf(g, v)) {
                    // `Le Togo, qui assure la présidence du sommet`: the relative pronoun stands for its antecedent
                    if (site.words().relativePronouns.contains(g.word(n))) {
                        subjects.addAll(RelativeAntecedent.of(g, v));
                    } else if (site.words().subjectPronouns.contains(g.word(n))) {
                        // `X a annoncé qu'elle allait prendre la présidence de la COP`: the speaker takes it
                        subjects.addAll(ReportedSpeaker.of(g, v, site.words()));
                    } else {
                        subjects.add(n);
                    }
                }
                out.addAll(site.phrases(subjects, Confidence.PARSE_SUBJECT, s -> g.word(v) + " la " + cue));
            }
        }
        for (int v : site.governors("nsubj:pass")) {
            if (site.words().chairVerbsForNoun.contains(g.word(v))) {
                // `La présidence du sommet est assurée par le Niger`
                out.addAll(site.phrases(g.dependents(v, "obl:agent"), Confidence.PARSE_AGENT, a -> cue + " " + g.word(v) + " par"));
            }
        }
        out.addAll(handedTo(site));
        out.addAll(succeeded(site));
        for (int acl : site.dependents("acl")) {
            out.addAll(site.phrases(g.dependents(acl, "obl:agent"), Confidence.PARSE_AGENT, a -> cue + " " + g.word(acl) + " par"));
        }
        if (site.precededBy("sous") && !aStatesPresidency(site)) {
            List<Integer> heads = new ArrayList<>(site.dependents("nmod"));
            if (!cue.startsWith("co")) {
                // (h19-lists) `sous la présidence du général X, avec la participation de ses homologues du Mali et du
                // Niger`: the parse hangs the `avec` phrase on the presidency, but those it names attend, they chair
                // nothing (a co-presidency `avec` Y still names a co-chair)
                heads.removeAll(site.dependents("nmod:avec"));
            }
            if (site.dependents("amod").stream().anyMatch(a -> isState(g, a))) {
                // (h19-lists) `sous la présidence laotienne de l'ASEAN`, `sous la présidence française de l'UE`: the
                // demonym holds the presidency (the demonym reading), the body after `de` is the one presided, no chair
                heads.removeIf(n -> { Mention m = g.mentionAt(g.startOf(n)); return m != null && m.type() == EntityType.ORGANIZATION; });
            }
            heads.addAll(titledPersonAfter(site));
            heads.addAll(jointPresidencyHolders(site));
            out.addAll(site.phrases(heads, Confidence.NOUN_RULE, n -> "sous la " + cue + " de"));
        }
        // `un communiqué de la présidence sénégalaise`, `a annoncé la présidence sénégalaise`: the head of state's office
        // speaks, it chairs nothing
        // `Après la présidence chilienne, tous les membres …`: a term before or after this one, a time, not a chair
        boolean otherTerm = site.graph().dependents(site.cueNode(), "case").stream()
                .anyMatch(c -> List.of("apres", "avant").contains(TextFolding.fold(g.word(c))));
        // (h30-climat) `La présidence azerbaïdjanaise de la COP29 a publié le projet d'accord`: a presidency of the meeting
        // named in its `de` complement is that meeting's chair telling the talks' news, not the head of state's office
        boolean ofTheMeeting = of.stream().anyMatch(n -> Meetings.isMeeting(g, n));
        // (h32-listes) `D'après la présidence sénégalaise, vingt chefs d'État étaient arrivés`: a source, like `selon`
        boolean source = site.graph().dependents(site.cueNode(), "case").stream().anyMatch(c -> namesASource(site, c));
        boolean office = otherTerm || source || site.words().presidencyOffice.stream().anyMatch(site::precededBy)
                || !ofTheMeeting && site.governors("nsubj").stream().anyMatch(v -> officeVerb(site, g, v, 2))
                // `comme l'a fait savoir la présidence sud-africaine`: the causative's agent is who told it
                || site.governors("obj:agent").stream().anyMatch(v -> site.words().presidencyOfficeVerbs.contains(g.word(v)))
                || site.governors("obj").stream().anyMatch(v -> insertedReport(g, v, site.cueNode()))
                || officeTaken(site) || !ofTheMeeting && stanceTaken(site);
        for (int adj : office ? List.<Integer>of() : site.dependents("amod")) {
            Mention m = g.mentionAt(g.startOf(adj));
            if (m != null && m.type() == EntityType.COUNTRY) {
                out.add(site.finding(m, Confidence.NOUN_RULE, "presidency-demonym", cue + " " + m.text()));
            }
        }
        return out.isEmpty() ? byWords(site) : out;
    }

    /**
     * (h50-faux17) A verb of `presidency_office_verbs`, or one under the subject's verb: its infinitive (`vient
     * d'annoncer`, `a tenu à préciser`) or its gerund (`vient de mettre fin aux spéculations en confirmant …`), which
     * share the subject.
     */
    private static boolean officeVerb(CueSite site, SentenceGraph g, int v, int depth) {
        if (site.words().presidencyOfficeVerbs.contains(g.word(v))) {
            return true;
        }
        for (org.summitcoverage.nlp.ParsedSentence.Edge e : g.outgoing(v)) {
            int d = e.dependent();
            if (depth > 0 && e.baseRelation().equals("xcomp") && officeVerb(site, g, d, depth - 1)) {
                return true;
            }
            if (e.baseRelation().equals("advcl") && site.words().presidencyOfficeVerbs.contains(g.word(d))
                    && g.dependents(d, "mark").stream().anyMatch(m -> TextFolding.fold(g.word(m)).equals("en"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * (h44-presidences5) `A a passé le témoin à son homologue B`, `a transmis le flambeau de la présidence à B`, `le relais
     * a été passé à B` (`handover_nouns` as the object or passive subject of a verb of `presidency_transfer_verbs`): the
     * `à` complement takes the presidency at the summit and chairs, as after `a remis la présidence du sommet à B` (the
     * eval gold gives the receiver of a handover at the summit CHAIR); the one handing over is not said to chair.
     * Nothing without such a verb (`prendre le relais de l'aide`, `les témoins`).
     */
    private static List<Finding> batonHandedTo(CueSite site) {
        SentenceGraph g = site.graph();
        List<Integer> verbs = new ArrayList<>(site.governors("obj"));
        verbs.addAll(site.governors("nsubj:pass"));
        List<Finding> out = new ArrayList<>();
        for (int v : verbs) {
            if (site.words().presidencyTransferVerbs.contains(g.word(v))) {
                List<Integer> to = new ArrayList<>(g.dependents(v, "obl:à"));
                to.addAll(site.dependents("nmod:à")); // `a passé le témoin à B`, the `à` phrase hung on the noun
                out.addAll(site.phrases(to, Confidence.NOUN_RULE, a -> "le " + site.cueText() + " " + g.word(v) + " à"));
            }
        }
        return out;
    }

    /** The preposition {@code c} with its fixed words (`d'` + `après`) is a source preposition (`source_prepositions`). */
    private static boolean namesASource(CueSite site, int c) {
        SentenceGraph g = site.graph();
        StringBuilder p = new StringBuilder(g.word(c));
        for (int f : g.dependents(c, "fixed")) {
            p.append(p.toString().endsWith("'") ? "" : " ").append(g.word(f));
        }
        return site.words().sourcePrepositions.contains(TextFolding.fold(p.toString()));
    }

    /**
     * (h21-gulf) `sous la présidence conjointe de l'émir du Qatar, X, et de Y`: the parser takes the adjective of a shared
     * presidency (`joint_presidency_adjectives`) for a noun in apposition to the cue and hangs the holders on it, its `de`
     * phrase and the names set off by commas; those holders chair, as after `sous la présidence de`.
     */
    private static List<Integer> jointPresidencyHolders(CueSite site) {
        SentenceGraph g = site.graph();
        List<Integer> out = new ArrayList<>();
        for (String rel : List.of("appos", "amod")) {
            for (int a : site.dependents(rel)) {
                if (site.words().jointPresidencyAdjectives.contains(g.word(a))) {
                    out.addAll(g.dependents(a, "nmod"));
                    out.addAll(g.dependents(a, "appos"));
                }
            }
        }
        return out;
    }

    /**
     * `le Brésil, sous la présidence de X, …`, `de la part des États-Unis sous la présidence de Y`: the phrase qualifies a
     * state, or a noun of the state's (its `de` complement or demonym), not the meeting: the state's head, no chair.
     */
    private static boolean aStatesPresidency(CueSite site) {
        SentenceGraph g = site.graph();
        for (ParsedSentence.Edge e : g.incoming(site.cueNode())) {
            int gov = e.governor();
            if (e.relation().startsWith("obl") && gov > 0 && aStatesDeed(g, gov)) {
                return true;
            }
            if (!e.relation().startsWith("nmod") || gov < 0 || Meetings.isMeeting(g, gov)) {
                continue;
            }
            if (isState(g, gov)) {
                return true;
            }
            for (ParsedSentence.Edge d : g.outgoing(gov)) {
                String rel = d.relation();
                if ((rel.startsWith("nmod") || rel.equals("amod")) && d.dependent() != site.cueNode() && isState(g, d.dependent())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * (h38-votes) `Les États-Unis ont quitté l'accord sous la présidence de X`, `…, qui avaient quitté l'Unesco sous la
     * présidence de X`: the presidency is an adverbial of what a state did, the time its head was in office. The verb's
     * subject (a relative pronoun's antecedent) is a state, or a plural pronoun (`ils`, `elles`: no one meeting) over a
     * pluperfect, a deed before the meeting.
     */
    private static boolean aStatesDeed(SentenceGraph g, int verb) {
        for (int s : RelativeAntecedent.subjectsOf(g, verb)) {
            if (Meetings.isMeeting(g, s)) {
                return false;
            }
            if (isState(g, s)) {
                return true;
            }
            if (g.words().pluralSubjectPronouns.contains(g.word(s))
                    && g.dependents(verb, "aux").stream().anyMatch(a -> g.words().pluperfectAuxiliaries.contains(g.word(a)))) {
                return true;
            }
        }
        return false;
    }

    /** Most tokens between a word of taking office and the `à` of `à la présidence` (`la prise de fonctions de X Y à`). */
    private static final int OFFICE_TAKING_SPAN = 8;

    /**
     * (h27-sante) `depuis la prise de fonctions de Barack X à la présidence américaine`, `élu à la présidence française`:
     * `à la présidence` after a word of taking office (`presidency_taking_words`) within a few tokens is the state's own
     * office, whose demonym chairs nothing.
     */
    private static boolean officeTaken(CueSite site) {
        List<Token> toks = site.tokens();
        int f = site.hit().first();
        if (f < 2 || !toks.get(f - 1).folded().equals("la") || !toks.get(f - 2).folded().equals("a")) {
            return false;
        }
        for (int k = Math.max(0, f - 2 - OFFICE_TAKING_SPAN); k < f - 2; k++) {
            String w = toks.get(k).word();
            if (w.equals(".") || w.equals(";")) {
                continue;
            }
            if (site.words().presidencyTakingWords.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * (h47-faux14) `Cette position prise par la présidence argentine reflète …`: the presidency is the agent of a
     * participle on a noun of a stance (`presidency_stance_nouns`); a state's office takes a stance on the talks, which
     * says nothing of who chairs them (the meeting's own presidency names the meeting: `la présidence du G20`).
     */
    private static boolean stanceTaken(CueSite site) {
        SentenceGraph g = site.graph();
        for (int v : site.governors("obl:agent")) {
            for (int n : g.governors(v, "acl")) {
                if (site.words().presidencyStanceNouns.contains(g.word(n).toLowerCase(java.util.Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isState(SentenceGraph g, int node) {
        Mention m = g.mentionAt(g.startOf(node));
        return m != null && m.type() == EntityType.COUNTRY;
    }

    /**
     * `…, a rapporté jeudi la présidence française.`: a verb of saying inserted after a comma with the presidency after
     * it, which the parser takes for its object, is the office's report (an inverted subject), not a chair.
     */
    private static boolean insertedReport(SentenceGraph g, int verb, int cue) {
        if (!g.words().presidencyOfficeVerbs.contains(g.word(verb)) || cue < verb) {
            return false;
        }
        int first = verb;
        for (int a : g.dependents(verb, "aux")) {
            first = Math.min(first, a);
        }
        int t = g.tokenIndexAt(g.startOf(first));
        return t > 0 && g.tokens().get(t - 1).word().equals(",");
    }

    /**
     * `Le sommet s'est ouvert sous la houlette du président X`, `Sous la houlette de la Tunisie, les travaux ont …`
     * (`guidance_nouns`): who guides the meeting or its talks chairs it. Only when the phrase qualifies the meeting,
     * its talks (`joined_meetings`) or a verb whose subject they are: a delegation `sous la houlette de` its minister is
     * led, not chaired; and a body's guidance is an aegis, not a chair (`sous la houlette de l'ONU`).
     */
    private static List<Finding> guidance(CueSite site) {
        SentenceGraph g = site.graph();
        if (!site.precededBy("sous") || site.cueNode() <= 0) {
            return List.of();
        }
        boolean ofMeeting = false;
        for (ParsedSentence.Edge e : g.incoming(site.cueNode())) {
            if (!e.relation().startsWith("obl") && !e.relation().startsWith("nmod")) {
                continue;
            }
            int gov = e.governor();
            ofMeeting |= talks(g, gov);
            for (String rel : List.of("nsubj", "nsubj:pass")) {
                ofMeeting |= g.dependents(gov, rel).stream().anyMatch(n -> talks(g, n));
            }
        }
        if (!ofMeeting) {
            return List.of();
        }
        return site.phrases(site.dependents("nmod"), Confidence.NOUN_RULE, n -> "sous la " + site.cueText() + " de").stream()
                .filter(f -> f.mention().type() != EntityType.ORGANIZATION).toList();
    }

    /** A meeting (`sommet`, an event's name) or its talks (`les travaux`, `joined_meetings`). */
    private static boolean talks(SentenceGraph g, int node) {
        return Meetings.isMeeting(g, node) || node > 0 && g.words().joinedMeetings.contains(g.word(node));
    }

    /**
     * The presidency of the meeting handed to someone: `la présidence du sommet revient au Maroc`, `la présidence de la
     * COP33 a été transmise à l'Inde`, `X a remis la présidence du sommet à son homologue Y` (`presidency_transfer_verbs`):
     * the `à` complement chairs. Only the presidency of a meeting named in its `de` complement, not a rotating one nor
     * a body's (`la présidence tournante de l'organisation revient au Gabon`, `la présidence de la Conférence des chefs
     * d'État de la CEDEAO`).
     */
    private static List<Finding> handedTo(CueSite site) {
        SentenceGraph g = site.graph();
        RoleWords words = site.words();
        if (!presidencyOfTheMeeting(site) && !bareToTheHostOfThisMeeting(site)) {
            return List.of();
        }
        List<Integer> verbs = new ArrayList<>(site.governors("nsubj"));
        verbs.addAll(site.governors("nsubj:pass"));
        verbs.addAll(site.governors("obj"));
        List<Finding> out = new ArrayList<>();
        for (int v : verbs) {
            if (words.presidencyTransferVerbs.contains(g.word(v))) {
                List<Integer> to = new ArrayList<>(g.dependents(v, "obl:à"));
                if (site.governors("obj").contains(v)) {
                    to.addAll(site.dependents("nmod:à")); // `a remis la présidence du forum à Y`, hung on the noun
                    for (int n : site.dependents("nmod")) {
                        if (Meetings.isMeeting(g, n)) {
                            // (h44) `a cédé la présidence de la conférence à l'Éthiopie`: the `à` phrase hung on the meeting
                            to.addAll(g.dependents(n, "nmod:à"));
                        }
                    }
                }
                out.addAll(site.phrases(to, Confidence.NOUN_RULE, a -> site.cueText() + " " + g.word(v) + " à"));
            }
        }
        return out;
    }

    /** Demonstratives that make a meeting noun the article's own (`cette session`, `ce sommet`). */
    private static final java.util.Set<String> THIS = java.util.Set.of("ce", "cet", "cette");
    /** How deep in the recipient's phrase the meeting may stand: `gouvernement` → `hôte` → `session`. */
    private static final int RECIPIENT_DEPTH = 3;

    /**
     * A bare presidency (no `de` complement, not a rotating one) handed to one the sentence calls the host or head of
     * this meeting: `La délégation du Koweït a transmis la présidence au gouvernement irakien, hôte de cette session`.
     * Without that, a bare `la présidence` may be a body's (`a transmis la présidence à son successeur`).
     */
    private static boolean bareToTheHostOfThisMeeting(CueSite site) {
        SentenceGraph g = site.graph();
        if (!site.dependents("nmod").isEmpty()
                || site.dependents("amod").stream().anyMatch(a -> site.words().rotatingPresidencyWords.contains(g.word(a)))) {
            return false;
        }
        List<Integer> recipients = new ArrayList<>();
        for (int v : site.governors("obj")) {
            recipients.addAll(g.dependents(v, "obl:à"));
        }
        recipients.addAll(site.dependents("nmod:à"));
        for (int r : recipients) {
            if (namesThisMeeting(g, r, RECIPIENT_DEPTH)) {
                return true;
            }
        }
        return false;
    }

    /** A meeting noun with `ce`/`cette` within {@code depth} steps below {@code node} (`hôte de cette session`). */
    private static boolean namesThisMeeting(SentenceGraph g, int node, int depth) {
        if (depth < 0 || node <= 0) {
            return false;
        }
        if (g.words().meetingNouns.contains(g.word(node))
                && g.dependents(node, "det").stream().anyMatch(d -> THIS.contains(g.word(d).toLowerCase(java.util.Locale.ROOT)))) {
            return true;
        }
        for (String rel : List.of("appos", "nmod", "nmod:de", "acl", "amod", "compound")) {
            for (int d : g.dependents(node, rel)) {
                if (namesThisMeeting(g, d, depth - 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The presidency is a meeting's named in its `de` complement: not a rotating one, nor a body's. */
    private static boolean presidencyOfTheMeeting(CueSite site) {
        SentenceGraph g = site.graph();
        if (site.dependents("amod").stream().anyMatch(a -> site.words().rotatingPresidencyWords.contains(g.word(a)))) {
            return false;
        }
        boolean ofMeeting = false;
        for (int n : site.dependents("nmod")) {
            ofMeeting |= Meetings.isMeeting(g, n);
        }
        return ofMeeting && !bodyNamedAfter(site);
    }

    /**
     * Who comes to the presidency of the meeting: `Le Portugal succède au Pérou à la présidence de la COP41`, `X remplace Y
     * à la présidence du sommet`, `X a été nommée à la présidence de la conférence`, `la Colombie, qui succède à la Chine à
     * la présidence de la COP16` (`presidency_succession_verbs` over the noun as their `à` complement): the verb's subject
     * chairs, not the predecessor. Only the presidency of a meeting named in its `de` complement, not a body's (`succède à
     * Y à la présidence de la Commission`) nor a rotating one.
     */
    private static List<Finding> succeeded(CueSite site) {
        SentenceGraph g = site.graph();
        RoleWords words = site.words();
        if (!presidencyOfTheMeeting(site)) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (int v : site.governors("obl")) {
            if (!words.presidencySuccessionVerbs.contains(g.word(v))) {
                continue;
            }
            List<Integer> subjects = new ArrayList<>();
            for (String rel : List.of("nsubj", "nsubj:pass")) {
                for (int n : g.dependents(v, rel)) {
                    // `la Colombie, qui succède à la Chine à la présidence`: the relative pronoun stands for its antecedent
                    subjects.addAll(words.relativePronouns.contains(g.word(n)) ? RelativeAntecedent.of(g, v) : List.of(n));
                }
            }
            if (subjects.isEmpty()) {
                subjects.addAll(g.governors(v, "acl")); // `le Portugal succédant au Pérou à la présidence de la COP41`
            }
            out.addAll(site.phrases(subjects, Confidence.PARSE_SUBJECT, n -> g.word(v) + " à la " + site.cueText()));
        }
        return out;
    }

    /**
     * A body named between the noun and the verb or the `à` that hands it over (`la présidence de la Conférence des chefs
     * d'État de la CEDEAO revient au Sénégal`): the body's rotating presidency.
     */
    private static boolean bodyNamedAfter(CueSite site) {
        List<Token> toks = site.tokens();
        int end = site.hit().end();
        while (end < toks.size() && !site.words().presidencyTransferVerbs.containsWord(toks.get(end))
                && !List.of("à", "au", "aux", "a").contains(toks.get(end).folded())) {
            end++;
        }
        int from = site.hit().end() < toks.size() ? toks.get(site.hit().end()).start() : Integer.MAX_VALUE;
        int to = end < toks.size() ? toks.get(end).start() : Integer.MAX_VALUE;
        return site.graph().mentions().stream()
                .anyMatch(m -> m.type() == EntityType.ORGANIZATION && m.start() >= from && m.start() < to
                        && !site.words().meetingNouns.contains(m.text())); // `la COP`, typed as a body, is the meeting
    }

    /**
     * A standing body right after the noun and its adjectives, by the words (`la présidence belge du Conseil de l'UE`,
     * `la présidence tournante de l'Union`): the body's presidency, whatever the parser hangs the complement on.
     */
    private static boolean bodyRightAfter(CueSite site) {
        List<Token> toks = site.tokens();
        RoleWords words = site.words();
        SentenceGraph g = site.graph();
        int k = site.hit().end();
        for (int skipped = 0; k < toks.size() && skipped < 3; skipped++) {
            Mention m = g.mentionAt(toks.get(k).start());
            String w = toks.get(k).folded();
            if (m != null && m.type() == EntityType.COUNTRY && !toks.get(k).isCapitalized()
                    || words.rotatingPresidencyWords.containsWord(toks.get(k)) || words.presidencyQualifiers.contains(w)
                    || w.equals("en")) {
                k++; // `espagnole`, `tournante`, `en exercice`
            } else {
                break;
            }
        }
        if (k >= toks.size() || !List.of("au", "du", "de", "a").contains(toks.get(k).folded())) {
            return false;
        }
        k++;
        while (k < toks.size() && List.of("la", "l'", "l’", "le").contains(toks.get(k).folded())) {
            k++;
        }
        return k < toks.size() && words.standingBodies.containsWord(toks.get(k));
    }

    /** `Le Brésil assure jusqu'au 30 novembre la présidence`: the subject of the verb before the noun, by the words. */
    private static List<Finding> byWords(CueSite site) {
        List<Token> toks = site.tokens();
        RoleWords words = site.words();
        for (int v = site.hit().first() - 1; v >= Math.max(0, site.hit().first() - 7); v--) {
            String w = toks.get(v).word().toLowerCase(Locale.ROOT);
            if (w.equals(",") || w.equals(";")) {
                break;
            }
            if (words.chairVerbsForNoun.contains(w)) {
                int k = v - 1;
                while (k >= 0 && words.skippableBeforeVerb.containsWord(toks.get(k)) && !toks.get(k).word().equals(",")) {
                    k--;
                }
                Mention m = site.graph().holderAtToken(k);
                return m == null ? List.of() : List.of(site.finding(m, Confidence.TOKEN_RULE, "tokens: assure la présidence",
                        m.text() + " " + toks.get(v).word() + " … " + site.cueText()));
            }
        }
        return site.precededBy("sous") ? personAfterTitleChain(site) : List.of();
    }

    /** Longest chain of titles, in tokens, between `sous la présidence du` and the person it ends on. */
    private static final int MAX_TITLE_CHAIN = 30;
    /** The small words of a title's complements (`du Conseil national pour la Sauvegarde de la Patrie`). */
    private static final List<String> TITLE_LINKS = List.of("de", "du", "des", "d'", "la", "le", "l'", "les", "et", "pour", ",");

    /**
     * `sous la présidence du Président du Conseil de la République, Chef de l'État, le Général de Brigade X`: a chain
     * of capitalised titles set off by commas, which the parser breaks apart, ends on the person who chairs. Only when
     * every word before that person is a capitalised title word or a small word of its complements: a verb, a lower-case
     * noun or another person ends the chain (`sous la présidence tournante, le ministre X a déclaré`: no chair).
     */
    private static List<Finding> personAfterTitleChain(CueSite site) {
        List<Token> toks = site.tokens();
        SentenceGraph g = site.graph();
        int k = site.hit().end();
        if (k >= toks.size() || !List.of("de", "du", "d'").contains(toks.get(k).folded())
                || aStatesPresidency(site)) {
            return List.of(); // `le Chili, sous la présidence de X`: the state's head, no chair
        }
        boolean titled = false;
        for (k = k + 1; k < Math.min(toks.size(), site.hit().end() + MAX_TITLE_CHAIN); k++) {
            Token t = toks.get(k);
            Mention m = g.mentionAt(t.start());
            if (m != null && m.type() == EntityType.PERSON) {
                if (!titled) {
                    return List.of(); // no title before the person: the parse had the say
                }
                return List.of(site.finding(m, Confidence.TOKEN_RULE, "tokens: sous la présidence du titre",
                        "sous la " + site.cueText() + " du … " + m.text()));
            }
            String w = t.folded();
            boolean capitalised = !t.word().isEmpty() && Character.isUpperCase(t.word().charAt(0));
            if (!capitalised && !TITLE_LINKS.contains(w)) {
                return List.of();
            }
            titled |= capitalised;
        }
        return List.of();
    }
}
