package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.nlp.Sentence;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who arrives or comes to the meeting attends it: `Le président X est arrivé dimanche à Marrakech`, `De l'Afrique de
 * l'Ouest sont arrivés A et B`, `A et B ont été les premiers à arriver à Rome`, and who comes with them (`Arrivé avec
 * le ministre X, Y a …`). Not `arriver à conclure` (to manage
 * to), `arrivé au pouvoir`, `arrivé à échéance`, `vient de signer`, nor a thing that comes (`La paix en Somalie ne
 * peut venir que d'un dialogue`, `L'aide du Japon arrivera`: `arriving_things`, `situation_nouns`).
 */
final class ArrivalReading implements ParsedReading {
    private final HolderReading wordOrder = new TokenFallbackReading(false);
    private final SubjectReading pronounSubject = new SubjectReading();

    private final HolderReading setMembers = new SetMembersReading();
    private final HolderReading relativeAntecedent = new RelativeClauseReading();

    @Override
    public List<Finding> readParsed(CueSite site) {
        SentenceGraph g = site.graph();
        // `X est arrivé à convaincre`: managed to; but `X est arrivé le premier au sommet` only ranks the arrival, which
        // the parser also reads as an xcomp (with the destination hung on the rank)
        if (site.dependents("xcomp").stream().anyMatch(x -> !site.words().arrivalRanks.contains(g.word(x))
                || g.dependents(x, "det").isEmpty()) // `arrivé premier du marathon`: a race's placing
                || site.dependents("obl").stream()
                .anyMatch(n -> site.words().notArrivals.contains(g.word(n)))) {
            return List.of();
        }
        if (staying(site) && !placed(site)) {
            return List.of(); // (h43-presences10) `X se trouve dans une impasse`: a state, not a stay at the meeting's place
        }
        if (pronominalOnly(site) && !CueScope.reflexiveBefore(site.tokens(), site.cueNode() - 1, PRONOUN_REACH)) {
            return List.of(); // `X a succédé à Y`: succeeding someone in office; `la réunion a été déplacée`: moved
        }
        // `se trouvent`: the cue opens on its `se`; the verb after it has the subject
        int verb = staying(site) ? g.nodeAt(site.tokens().get(site.hit().end() - 1).start()) : site.cueNode();
        List<Integer> subjects = new ArrayList<>(ClauseReading.subjects(g, verb > 0 ? verb : site.cueNode(), false));
        if (staying(site) && subjects.removeIf(n -> nonPersonNamed(g, n)) && subjects.isEmpty()) {
            return List.of(); // `Le Niger se trouve au Sahel`: a state or body named as who stays is where it lies
        }
        if (isSuccession(site)) {
            // `se succéder` takes no object: an `obj` is its subject put after the verb, which the parser misreads
            // (`Tour à tour, se sont succédé sur le tarmac les présidents A (X) et B (Y)`)
            subjects.addAll(site.dependents("obj"));
        }
        for (int gov : site.governors("acl")) {
            subjects.addAll(g.dependents(gov, "nsubj")); // `A et B ont été les premiers à arriver`
            if (site.words().turnNouns.contains(g.word(gov))) {
                subjects.addAll(g.dependents(gov, "nmod")); // (h43-presences10) `C'était au tour de A et de B d'arriver`
            }
        }
        // `La paix en Somalie ne peut venir que d'un dialogue`, `l'aide du Japon arrivera`: a thing comes, no one attends
        if (subjects.removeIf(n -> site.words().arrivingThings.contains(g.word(n)) || site.words().situationNouns.contains(g.word(n)))
                && subjects.isEmpty()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>(site.phrases(subjects, Confidence.PARSE_SUBJECT, s -> "arrived: " + site.cueText()));
        if (out.isEmpty() && CueScope.startsWithParmi(g.tokens())) {
            // `Parmi les premiers arrivés figurent A et B`: the set the participle names, its members the main verb lists
            out.addAll(setMembers.read(site));
        }
        if (out.isEmpty() && subjects.stream().anyMatch(s -> site.words().subjectPronouns.contains(g.word(s)))) {
            // `X a annoncé qu'il viendrait au sommet`: the pronoun read as for any verb (the speaker, the previous subject)
            out.addAll(pronounSubject.readParsed(site));
        }
        if (out.isEmpty() && subjects.stream().anyMatch(s -> site.words().relativePronouns.contains(g.word(s).toLowerCase(Locale.ROOT)))) {
            // (h23-otan) `X, président du Conseil, et Y, présidente de la Commission, qui sont venus pour le sommet`: the
            // relative pronoun stands for its antecedent, the whole list when the verb is plural, not for the body
            // that ends the last title before `qui`
            out.addAll(relativeAntecedent.read(site));
        }
        if (out.isEmpty() && subjects.isEmpty()) {
            out.addAll(invertedSubjects(site));
        }
        if (out.isEmpty()) {
            out.addAll(wordOrder.read(site));
        }
        if (!out.isEmpty()) {
            // `Arrivé avec le chancelier X, Y a rencontré …`: who comes with a participant attends too
            out.addAll(site.phrases(site.dependents("obl:avec"), Confidence.NOUN_RULE, c -> site.cueText() + " avec"));
            // `X est arrivé en matinée suivi en soirée par Y et Z`: who follows an arrival arrives too
            List<Integer> followers = followers(g, site.cueNode());
            out.addAll(site.phrases(followers, Confidence.NOUN_RULE, c -> site.cueText() + " suivi par"));
            if (followers.isEmpty()) {
                out.addAll(followersByWords(site));
            }
        }
        return out;
    }

    /**
     * (h27-arabe) `En vue du sommet, sont arrivés dimanche à X, le roi A, le président de B, C, et l'émir D`: an arrival
     * opening its clause (its auxiliary right after a comma or the sentence's start) puts its subject after it, past a
     * comma; the parser hangs that list on the comma. The people named from that comma to the end of the sentence
     * arrive (people only: a state there qualifies a title, `le roi de Bahreïn, Hamad`).
     */
    private static List<Finding> invertedSubjects(CueSite site) {
        List<Token> toks = site.tokens();
        int cue = site.hit().first();
        int aux = cue - 1;
        if (aux < 0 || !site.words().auxiliaries.containsWord(toks.get(aux))
                || aux > 0 && !toks.get(aux - 1).word().equals(",")) {
            return List.of();
        }
        int comma = -1;
        for (int k = site.hit().end(); k < toks.size(); k++) {
            String w = toks.get(k).word();
            if (w.equals(",")) {
                comma = k;
                break;
            }
            if (w.equals(";") || w.equals(":") || site.graph().holderAtToken(k) != null
                    && site.graph().holderAtToken(k).type() == EntityType.PERSON) {
                return List.of(); // a person before any comma is a complement (`arrivé avec X`), not the list
            }
        }
        return comma < 0 ? List.of() : peopleUpToASemicolon(site, comma + 1, Confidence.ENUMERATION,
                "arrival, subject after the verb", m -> site.cueText() + " …, " + m.text());
    }

    /** Each person named from token {@code from} to the sentence's end or its first semicolon, once, as an arrival. */
    private static List<Finding> peopleUpToASemicolon(CueSite site, int from, double confidence, String rule,
                                                      java.util.function.Function<Mention, String> licence) {
        List<Token> toks = site.tokens();
        List<Finding> out = new ArrayList<>();
        for (int k = from; k < toks.size() && !toks.get(k).word().equals(";"); k++) {
            Mention m = site.graph().holderAtToken(k);
            if (m != null && m.type() == EntityType.PERSON && out.stream().noneMatch(f -> f.mention().equals(m))) {
                out.add(site.finding(m, confidence, rule, licence.apply(m)));
            }
        }
        return out;
    }

    private static final Set<String> FOLLOWED_BY = Set.of("de", "du", "des", "d'", "d’", "par");

    /**
     * (h27-arabe) `X est arrivé le premier, suivi du Premier ministre libanais, A, du président palestinien, B, du roi C
     * de Bahreïn, et du président D`: a long titled list the parser scatters (`obl:arg(suivi, ministre)`); the people
     * named from `suivi de` to the end of the sentence follow the arrival.
     */
    private static List<Finding> followersByWords(CueSite site) {
        List<Token> toks = site.tokens();
        for (int k = site.hit().end(); k + 1 < toks.size(); k++) {
            String w = toks.get(k).word();
            if (w.equals(";") || w.equals(":") || w.equals(".")) {
                return List.of(); // `suivi` in another clause follows something else (`; le débat, suivi par X, a duré`)
            }
            if (FOLLOWED.contains(w.toLowerCase(Locale.ROOT)) && toks.get(k - 1).word().equals(",")
                    && FOLLOWED_BY.contains(toks.get(k + 1).folded())) {
                return peopleUpToASemicolon(site, k + 2, Confidence.NOUN_RULE, "arrival, followed by",
                        m -> site.cueText() + " suivi de " + m.text());
            }
        }
        return List.of();
    }

    /** Words before the verb where its `se` may stand: `se sont tous deux déplacés`, `s'y est déplacé`. */
    private static final int PRONOUN_REACH = 5;

    /** A verb that comes only in its pronominal form (`pronominal_only_arrivals`: `se succéder`, `se déplacer`). */
    private static boolean pronominalOnly(CueSite site) {
        String w = TextFolding.fold(site.graph().word(site.cueNode()));
        return site.words().pronominalOnlyArrivals.entries().stream().anyMatch(w::startsWith);
    }

    /** Tokens past a verb of staying where its place may stand (`se trouvent depuis vendredi dans la capitale angolaise`). */
    private static final int PLACE_REACH = 8;
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("a", "au", "aux", "dans", "en");

    /** (h43-presences10) A verb of staying (`staying_arrivals`: `se trouver`, `séjourner`): one attends only where one stays. */
    private static boolean staying(CueSite site) {
        String w = site.tokens().get(site.hit().end() - 1).folded();
        return site.words().stayingArrivals.entries().stream().anyMatch(w::startsWith);
    }

    /**
     * A place after the verb of staying, within the clause, that is the meeting's: a city or venue (`à Luanda`) that
     * a sentence naming a meeting names too (`Le sommet s'ouvre lundi à Luanda`; not `se trouve à Paris pour une
     * visite`), or a place noun (`dans la capitale angolaise`) in an article that names a meeting. Who is where the
     * meeting is held attends it.
     */
    private static boolean placed(CueSite site) {
        List<Token> toks = site.tokens();
        for (int k = site.hit().end(); k < Math.min(toks.size(), site.hit().end() + PLACE_REACH); k++) {
            String w = toks.get(k).folded();
            if (w.equals(";") || w.equals(".") || w.equals(":")) {
                return false;
            }
            if (!PLACE_PREPOSITIONS.contains(w)) {
                continue;
            }
            for (int j = k + 1; j < Math.min(toks.size(), k + 3); j++) {
                Mention m = site.graph().mentionAt(toks.get(j).start());
                if (m != null && m.type() == EntityType.LOCATION) {
                    return meetingSentences(site).stream().anyMatch(s -> site.discourse().allMentions().stream()
                            .anyMatch(o -> o.sentenceIndex() == s.index() && o.entityId().equals(m.entityId())));
                }
                if (site.words().placeNouns.contains(toks.get(j).word().toLowerCase(Locale.ROOT))) {
                    return !meetingSentences(site).isEmpty();
                }
            }
        }
        return false;
    }

    /** The article's sentences that name a meeting (an event's name or a meeting noun), none without the article. */
    private static List<Sentence> meetingSentences(CueSite site) {
        if (site.discourse() == null) {
            return List.of();
        }
        return site.discourse().doc().sentences().stream()
                .filter(s -> site.discourse().allMentions().stream()
                        .anyMatch(m -> m.sentenceIndex() == s.index() && m.type() == EntityType.EVENT)
                        || s.tokens().stream().anyMatch(t -> site.words().meetingNouns.containsWord(t)))
                .toList();
    }

    /** A subject that is itself a country's or a body's name, not a person nor a title (`la délégation malienne`). */
    private static boolean nonPersonNamed(SentenceGraph g, int node) {
        Mention m = g.mentionAt(g.startOf(node));
        return m != null && m.type() != EntityType.PERSON;
    }

    /** A form of `succéder`, an arrival only as `se succéder` (one after another): `A et B se sont succédé à Rome`. */
    private static boolean isSuccession(CueSite site) {
        return TextFolding.fold(site.graph().word(site.cueNode())).startsWith("succed");
    }

    private static final Set<String> FOLLOWED = Set.of("suivi", "suivie", "suivis", "suivies");

    /**
     * The `par`/`de` agents of a participle of `suivre` hanging on the arrival clause, on the verb or on one of its
     * complements (`est arrivé en matinée suivi en début de soirée par Y`, parsed `acl(matinée, suivi)`).
     */
    private static List<Integer> followers(SentenceGraph g, int verb) {
        List<Integer> out = new ArrayList<>();
        for (int n = verb + 1; n <= g.nodeCount(); n++) { // nodes, not tokens: a clause-only parse has fewer
            if (!FOLLOWED.contains(g.word(n).toLowerCase(Locale.ROOT))) {
                continue;
            }
            List<Integer> heads = new ArrayList<>();
            for (String rel : List.of("acl", "advcl", "xcomp", "conj")) {
                heads.addAll(g.governors(n, rel));
            }
            boolean onTheArrival = heads.stream().anyMatch(h -> h == verb || g.governors(h, "obl").contains(verb)
                    || g.governors(h, "obj").contains(verb));
            if (onTheArrival) {
                out.addAll(g.dependents(n, "obl:agent"));
                out.addAll(g.dependents(n, "obl:de"));
            }
        }
        return out;
    }
}
