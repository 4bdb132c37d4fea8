package org.summitcoverage.extract.roles;

import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.model.RoleType;
import org.summitcoverage.nlp.ParsedSentence;

import java.util.ArrayList;
import java.util.List;

/**
 * `rejoindre` and `soutenir` sign a text (`le Chili a rejoint l'appel`, `soutient la déclaration`) but only join or
 * back a group or a person when their object names states or people (`Les pays qui n'ont pas adhéré vont être
 * rejoints par quatre autres`, `Les Philippines rejoignent le Burundi`, `a rejoint l'AES`, `a soutenu son
 * homologue X`): a different body, a set of states or a person, not the summit's text (docs/annotation.md,
 * joining), so the cue holds no role there; nor does refusing to join them (`a refusé de s'associer aux États`).
 * A participle apposed to the states it joins (`A et B, rejoints par C, avaient rompu …`) is read as their passive.
 * Joining the meeting itself or its talks (`a rejoint les discussions`), or the place it is held in (`ont rejoint la
 * capitale éthiopienne`, `a rejoint Banjul`, `a rallié Libreville`: `place_nouns`, a location or a capital), or the room
 * it sits in (`a rejoint la salle plénière`, `venue_nouns`), is attendance; so not joining it (`n'a pas rejoint la
 * conférence`) is an absence, no role.
 */
final class GroupJoiningReading implements HolderReading {
    private final HolderReading reading;

    GroupJoiningReading(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        if (site.cueNode() <= 0) {
            return reading.read(site);
        }
        SentenceGraph g = site.graph();
        if (site.words().groupJoiningVerbs.containsWord(g.tokens().get(site.hit().first())) && joinsAGroup(site, site.cueNode(), false)) {
            // (h59-presence) but a person joined where the meeting is told to have them: whoever joins attends
            return site.role() == RoleType.SIGNATORY ? JoinedAtTheMeeting.joiners(site) : List.of();
        }
        if (site.role() == RoleType.SIGNATORY && joinsTheMeeting(site)) {
            return reading.read(site.withRole(RoleType.PARTICIPANT)); // `a rejoint les discussions`: came, signed nothing
        }
        if (site.role() == RoleType.NON_SIGNATORY && joinsTheMeeting(site)) {
            // `n'a pas rejoint la conférence`: a negated attendance, no refusal of a text (docs/annotation.md, negation)
            return List.of();
        }
        for (int x : site.dependents("xcomp")) {
            // `a refusé de s'associer aux États occidentaux`: refusing to side with states is no refusal to sign
            if (site.role() == RoleType.NON_SIGNATORY && site.words().groupJoiningVerbs.contains(g.word(x)) && joinsAGroup(site, x, true)) {
                return List.of();
            }
        }
        return reading.read(site);
    }

    /** `rejoindre` whose object is the meeting or its work (`a rejoint le sommet`, `les négociations`), or its people (`ses homologues`). */
    private static boolean joinsTheMeeting(CueSite site) {
        SentenceGraph g = site.graph();
        if (!site.words().meetingJoiningVerbs.containsWord(g.tokens().get(site.hit().first()))) {
            return false;
        }
        List<Integer> joined = new ArrayList<>(g.dependents(site.cueNode(), "obj"));
        for (int n : g.dependents(site.cueNode(), "obl")) {
            if (g.dependents(n, "case").isEmpty()) {
                joined.add(n); // `a rallié Bamako dimanche soir`: the place parsed as a bare adverbial
            }
        }
        for (int n : joined) {
            Mention m = g.mentionAt(g.startOf(n));
            if (site.words().joinedMeetings.contains(g.word(n)) || site.words().placeNouns.contains(g.word(n))
                    || site.words().venueNouns.contains(g.word(n))
                    // (h36) `a rejoint ses homologues`: joining the meeting's people (`guest_nouns`), not a text
                    || site.words().guestNouns.contains(g.word(n))
                    || m != null && (m.type() == EntityType.LOCATION
                    || m.type() == EntityType.COUNTRY && site.words().isCityName(m.text()))) {
                // `ont rejoint la capitale éthiopienne`, `a rejoint Banjul`, `a rallié Libreville` (the capital typed as
                // its country): arriving where the meeting is
                return true;
            }
        }
        return false;
    }

    /**
     * The object or the passive subject (and for `s'associer à`, the `à` complement) is a noun for states or people,
     * or for a standing body (`ont rejoint le groupe l'an dernier`: `joined_bodies`), or names a holder.
     */
    private static boolean joinsAGroup(CueSite site, int verb, boolean withA) {
        SentenceGraph g = site.graph();
        List<Integer> joined = new ArrayList<>(g.dependents(verb, "obj"));
        joined.addAll(g.dependents(verb, "nsubj:pass"));
        // (h28-asie) `A, B et C, rejoints par D, avaient rompu …`: a participle apposed to a noun, with its agent, joins
        // what that noun names, as a passive's subject would (not a relative clause: `les pays qui ont rejoint l'alliance`)
        // the parser may name the agent `obl:par` when a word sits before `par` (`rejointe depuis par C`)
        if (!g.dependents(verb, "obl:agent").isEmpty() || !g.dependents(verb, "obl:par").isEmpty()) {
            for (ParsedSentence.Edge e : g.incoming(verb)) {
                if (e.relation().equals("acl") && e.governor() > 0) {
                    joined.add(e.governor());
                }
                if (e.relation().startsWith("conj") && e.governor() > 0) {
                    joined.addAll(BlocDescription.qualifiedNoun(g, e.governor()));
                }
            }
        }
        if (withA) {
            joined.addAll(g.dependents(verb, "obl:à"));
        }
        for (int n : joined) {
            Mention m = g.mentionAt(g.startOf(n));
            if (site.words().memberNouns.contains(g.word(n)) || site.words().joinedBodies.contains(g.word(n))
                    || m != null && SentenceGraph.canHoldRole(m)) {
                return true;
            }
            if (m == null && (site.words().joinedPersonNouns.contains(g.word(n)) || site.words().isTitle(g.word(n)))
                    && !site.words().guestNouns.contains(g.word(n))) {
                // (h47-faux14) `pour rejoindre le locataire du Bureau ovale`, `rejoindre le président américain`: a person
                // named by a periphrasis or a title is joined, no text (`a rejoint ses homologues` stays attendance)
                return true;
            }
        }
        for (int n : joined) {
            if (g.words().objectClitics.contains(g.word(n)) && cliticTakesUpABody(g, n)) {
                return true; // (h23-sud) `membre du groupe depuis qu'elle l'a rejoint`
            }
        }
        return joinedByAPersonOnly(g, verb);
    }

    /**
     * (h23-sud) An object clitic (`l'a rejoint`) takes up the nearest noun before it in the sentence; when that noun is a
     * standing body (`joined_bodies`) or names an organisation (`membre des BRICS depuis qu'elle l'a rejoint`), the verb
     * joins that body, not the summit's text.
     */
    private static boolean cliticTakesUpABody(SentenceGraph g, int clitic) {
        int start = g.startOf(clitic);
        List<org.summitcoverage.nlp.Token> toks = g.tokens();
        for (int k = g.tokenIndexAt(start) - 1; k >= 0; k--) {
            org.summitcoverage.nlp.Token t = toks.get(k);
            Mention m = g.mentionAt(t.start());
            if (m != null && m.type() == EntityType.ORGANIZATION) {
                return true;
            }
            if (m != null) {
                return false; // another holder or a named text or event is nearer
            }
            String pos = g.pos(g.nodeAt(t.start()));
            if (pos.equals("NOUN") || pos.equals("PROPN")) {
                return g.words().joinedBodies.contains(t.word().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return false;
    }

    /**
     * `Il sera rejoint par le président X`: a subject pronoun joined by a person is someone met, not a text
     * signed (a text is joined by states: `Il a été rejoint par douze pays` still signs).
     */
    private static boolean joinedByAPersonOnly(SentenceGraph g, int verb) {
        boolean pronoun = false;
        for (int n : g.dependents(verb, "nsubj:pass")) {
            pronoun |= g.words().subjectPronouns.contains(g.word(n));
        }
        List<Integer> agents = g.dependents(verb, "obl:agent");
        if (!pronoun || agents.isEmpty()) {
            return false;
        }
        for (int a : agents) {
            for (Mention m : g.entitiesInPhrase(a)) {
                if (m.type() != EntityType.PERSON) {
                    return false;
                }
            }
            if (g.entitiesInPhrase(a).isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
