package org.summitcoverage.extract.roles;

import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;

import java.util.ArrayList;
import java.util.List;

/**
 * Whom a host receives attends: `X a reçu ses homologues brésilien, A, et chinois, B`, `accueille l'événement,
 * recevant un groupe de dirigeants, dont A (USA), B (Chine)`, `A et B ont été accueillis par leur homologue`.
 * The members named of the people a meeting received is made of attend too (`accueille un sommet des dirigeants
 * africains dont le président X`). Only people, states and the groups that stand for them are guests: a meeting or a body received is hosted, a
 * proposal received is welcomed, and `a reçu le soutien de la France` receives no one.
 */
final class GuestReading implements ParsedReading {
    @Override
    public List<Finding> readParsed(CueSite cue) {
        if (CliticPlaceOfTheMeeting.opensOnTheClitic(cue) && !CliticPlaceOfTheMeeting.takesUpTheMeeting(cue)) {
            return List.of(); // `X ira à Paris. Il y retrouvera Y`: another place
        }
        // `Ils y retrouvent A et B`: the objects hang on the verb after the clitic
        CueSite site = CliticPlaceOfTheMeeting.opensOnTheClitic(cue) ? CliticPlaceOfTheMeeting.fromTheVerb(cue) : cue;
        SentenceGraph g = site.graph();
        if (Admission.admits(site)) {
            return List.of(); // `accueillent A et B en tant que nouveaux membres`: admitted to the bloc, not guests
        }
        for (int adv : site.dependents("advmod")) {
            if (site.words().welcomeAdverbs.contains(g.word(adv))) {
                return List.of(); // `accueille favorablement la proposition`
            }
        }
        // (h33-sources) a passive has no object: what the parser hangs on it as one past the agent, `accueilli par A, ainsi
        // que par le ministre B, l'ambassadeur C`, is an apposition of an agent, a greeter and no guest
        List<Integer> objects = site.dependents("aux:pass").isEmpty() ? new ArrayList<>(site.dependents("obj")) : new ArrayList<>();
        if (objects.isEmpty() && ClauseReading.isGerund(g, site.cueNode())) {
            // `a fait les honneurs en accueillant les dirigeants de A, de B`: the parser hangs the gerund's objects on
            // the verb it qualifies; those after the gerund are its own
            for (int gov : site.governors("obl")) {
                for (int n : g.dependents(gov, "obj")) {
                    if (n > site.cueNode()) {
                        objects.add(n);
                    }
                }
            }
        }
        for (int n : site.dependents("obl:arg")) {
            if (partitiveDes(g, n) || partitiveDeBeforeAnAdjective(g, n)) {
                // (h28-onu) `X accueille des dirigeants tels que A (Pérou), B (Chili)`: the parser splits the partitive
                // `des` into `de` + `les` and hangs the object as an oblique; it is the object received
                objects.add(n);
            }
        }
        objects.addAll(namedAfterAColon(site, objects));
        List<Integer> guests = new ArrayList<>();
        for (int n : objects) {
            if (isGuest(site, n)) {
                guests.add(n);
            }
        }
        for (int n : site.dependents("nsubj:pass")) {
            if (isGuest(site, n)) {
                guests.add(n);
            }
        }
        List<Finding> out = new ArrayList<>(site.phrases(guests, Confidence.NOUN_RULE, n -> site.cueText() + " " + g.word(n)));
        for (int n : objects) {
            for (Mention m : listApposedToAGuestNoun(site, n)) {
                out.add(site.finding(m, Confidence.TOKEN_RULE, "guests apposed",
                        site.cueText() + " " + g.word(n) + ", " + m.text()));
            }
        }
        // (h38-hotes4) `Une vingtaine de dirigeants, dont le chef de l'ONU, X, seront accueillis par Y`: the people named
        // after `dont` in the set received (the `de` complement of the subject's quantity head; a guest noun subject is
        // read above with its whole phrase) are guests too; the parser hangs them on the set as appositions, past their titles
        for (int n : site.dependents("nsubj:pass")) {
            for (int people : g.dependents(n, "nmod")) {
                if (people != n && !isGuest(site, n) && site.words().guestNouns.contains(g.word(people))) {
                    int dont = firstDontAfter(site, g.startOf(people));
                    for (Mention m : dont < 0 ? java.util.Set.<Mention>of() : g.entitiesInPhrase(people)) {
                        if (m.type() == EntityType.PERSON && m.start() > dont) {
                            out.add(site.finding(m, Confidence.TOKEN_RULE, "received set, dont",
                                    g.word(people) + " … dont " + m.text() + " " + site.cueText()));
                        }
                    }
                    break;
                }
            }
        }
        // `accueille un sommet des dirigeants africains, dont le président X`: the members named of the meeting's people
        for (int n : site.dependents("obj")) {
            if (!Meetings.isMeeting(g, n)) {
                continue;
            }
            for (int people : g.dependents(n, "nmod")) {
                if (site.words().memberNouns.contains(g.word(people)) || site.words().guestNouns.contains(g.word(people))) {
                    for (Mention m : HolderPhrases.countFollowedByList(g, people)) {
                        out.add(site.finding(m, Confidence.TOKEN_RULE, "meeting of people, dont",
                                site.cueText() + " " + g.word(n) + " … dont " + m.text()));
                    }
                }
            }
        }
        return out;
    }

    /**
     * (h32-listes) `X a accueilli des homologues en ouverture du sommet : A (Brésil), B (Inde) et C (Russie)`: a guest noun
     * object (`guest_nouns`) names its people after a colon, which the parser hangs on the verb as its appositions.
     */
    private static List<Integer> namedAfterAColon(CueSite site, List<Integer> objects) {
        SentenceGraph g = site.graph();
        List<Integer> out = new ArrayList<>();
        int noun = objects.stream().filter(n -> site.words().guestNouns.contains(g.word(n))).findFirst().orElse(-1);
        if (noun < 0) {
            return out;
        }
        int colon = site.dependents("punct").stream().filter(p -> p > noun && g.word(p).equals(":")).findFirst().orElse(-1);
        if (colon < 0) {
            return out;
        }
        for (int a : site.dependents("appos")) {
            if (a > colon) {
                out.add(a);
            }
        }
        return out;
    }

    /** The most tokens (articles, titles, demonyms) between the comma after a guest noun and the first person named. */
    private static final int MAX_TITLE_TOKENS = 5;

    /**
     * (h52-afrique2) `X a reçu ses pairs, le Malien A et le Burkinabè B`: the people named in the list apposed right after a
     * guest noun object (`guest_nouns`, past a comma) are the guests; found on the tokens, since the parser often hangs
     * the list on the subject or on the comma. Only a list that opens on articles, titles and demonyms is read.
     */
    private static List<Mention> listApposedToAGuestNoun(CueSite site, int noun) {
        SentenceGraph g = site.graph();
        List<Mention> out = new ArrayList<>();
        if (!site.words().guestNouns.contains(g.word(noun))) {
            return out;
        }
        List<org.summitcoverage.nlp.Token> toks = g.tokens();
        int k = g.tokenIndexAt(g.startOf(noun));
        if (k < 0 || k + 2 >= toks.size() || !toks.get(k + 1).word().equals(",")) {
            return out;
        }
        Mention first = null;
        for (int j = k + 2; j < toks.size() && j <= k + 1 + MAX_TITLE_TOKENS; j++) {
            org.summitcoverage.nlp.Token t = toks.get(j);
            Mention m = g.mentionAt(t.start());
            if (m != null && m.type() == EntityType.PERSON) {
                first = m;
                break;
            }
            if (m != null && m.type() == EntityType.COUNTRY) {
                continue; // `le Malien A`, `le président malien A`
            }
            String w = t.folded();
            if (!ARTICLES.contains(w) && !site.words().isHolderTitle(w) && !site.words().isTitle(w)) {
                return out;
            }
        }
        if (first == null) {
            return out;
        }
        for (Mention m : Enumerations.coordination(g, first)) {
            if (m.type() == EntityType.PERSON && m.start() > toks.get(k + 1).start()) {
                out.add(m);
            }
        }
        return out;
    }

    private static final java.util.Set<String> ARTICLES = java.util.Set.of("le", "la", "l'", "les");

    /** The start of the first `dont` after {@code from} and before the cue, or -1. */
    private static int firstDontAfter(CueSite site, int from) {
        List<org.summitcoverage.nlp.Token> toks = site.tokens();
        for (int k = 0; from >= 0 && k < Math.min(toks.size(), site.hit().first()); k++) {
            if (toks.get(k).start() > from && toks.get(k).word().equalsIgnoreCase("dont")) {
                return toks.get(k).start();
            }
        }
        return -1;
    }

    /**
     * (h57-invites) `X accueillera de hauts responsables turcs, russes …`: before an adjective the partitive `des` is written
     * `de`, which the parser takes for a preposition with no article; an oblique opened by `de` alone, with an adjective
     * before its noun, is the object received.
     */
    private static boolean partitiveDeBeforeAnAdjective(SentenceGraph g, int node) {
        boolean de = g.dependents(node, "case").stream().anyMatch(c -> g.word(c).equalsIgnoreCase("de"));
        boolean noArticle = g.dependents(node, "det").isEmpty();
        boolean adjectiveBefore = g.dependents(node, "amod").stream().anyMatch(a -> a < node);
        return de && noArticle && adjectiveBefore;
    }

    /** An oblique opened by `de` + `les`, the partitive article `des` the parser split in two. */
    private static boolean partitiveDes(SentenceGraph g, int node) {
        boolean de = g.dependents(node, "case").stream().anyMatch(c -> g.word(c).equalsIgnoreCase("de"));
        boolean les = g.dependents(node, "det").stream().anyMatch(d -> g.word(d).equalsIgnoreCase("les"));
        return de && les;
    }

    /** The phrase names a person, a state or a body, or a noun for people a host receives (`homologues`, `dirigeants`). */
    private static boolean isGuest(CueSite site, int node) {
        SentenceGraph g = site.graph();
        Mention m = g.mentionAt(g.startOf(node));
        if (m != null) {
            // a body received is its meeting hosted (`accueillera le G20`, `accueillait la Communauté politique
            // européenne`); its delegation (`une délégation de l'UE`) is a guest
            return m.type() == EntityType.PERSON || m.type() == EntityType.COUNTRY;
        }
        String w = g.word(node);
        if (site.words().presidencyNouns.contains(w.toLowerCase(java.util.Locale.ROOT))) {
            // (h26-commerce) `Après avoir reçu la présidence de l'ASEAN, X …`: the office taken over, no one received;
            // whose presidency it is (`de l'ASEAN`) names no guest
            return false;
        }
        return site.words().guestNouns.contains(w) || site.words().isHolderTitle(w) || site.words().isTitle(w)
                || site.words().memberNouns.contains(w);
    }
}
