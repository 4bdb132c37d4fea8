package org.summitcoverage.extract.roles;

import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.model.RoleType;
import org.summitcoverage.nlp.Sentence;
import org.summitcoverage.nlp.Token;

import java.util.List;

/**
 * The party a delegation head acted for when the reading that found the head named none (`on_behalf_of`, read by
 * users, not scored): the state named nearest to the head in its sentence, before it first (`Le président
 * centrafricain X, empêché, a délégué son ministre Y`: CF), then after it; a state that only places something (`à
 * Dakar, au Sénégal`) is none. A sentence naming no state that opens on a subject pronoun takes the first state of
 * the sentence before (`Souffrant, le président burundais X ne s'est pas rendu au sommet. Il sera représenté par Y.`),
 * or, when that sentence names one person, the state of that person's demonym elsewhere in the article; so does a
 * head represented in a sentence naming no state after a sentence naming one person (`Le chef de l'État sera représenté par Y`).
 */
final class RepresentedParty {
    private RepresentedParty() {
    }

    static Finding filled(RoleWords words, Discourse d, List<Token> toks, List<Mention> inSentence, Finding f) {
        if (f.role() != RoleType.DELEGATION_HEAD || f.onBehalfOf() != null || f.mention().type() != EntityType.PERSON) {
            return f;
        }
        Mention head = f.mention();
        Mention before = null;
        Mention after = null;
        for (Mention m : inSentence) {
            if (m.type() != EntityType.COUNTRY || placed(words, toks, m)) {
                continue;
            }
            if (m.end() <= head.start() && (before == null || m.start() > before.start())) {
                before = m;
            } else if (m.start() >= head.end() && (after == null || m.start() < after.start())) {
                after = m;
            }
        }
        Mention other = before == null ? null : otherPersonBetween(words, d, toks, inSentence, before, head);
        // (h62-wrong) `du président rwandais A, qui se fait représenter par son ministre B, et du président Y représenté
        // par son ministre C`: another person named between the state and the head is the one the head stands for, and
        // the state was the first person's: the party is the state the article names with that other person, or none
        Mention party = other != null ? stateNamedWith(d, other.entityId()) : before != null ? before : after;
        if (party == null && !toks.isEmpty() && words.subjectPronouns.contains(toks.get(0).word().toLowerCase(java.util.Locale.ROOT))) {
            Sentence prev = d.previous();
            if (prev != null && !namesSomeone(words, d, prev)) {
                // (h49-presences16) `Le président X ne viendra pas. Un forum est prévu au Kenya. Il sera représenté par Y`:
                // past sentences naming no person and no state but a place, the one the pronoun takes up
                Sentence back = antecedentSentence(words, d);
                prev = back != null ? back : prev;
            }
            party = stateOfTheOnePerson(d, prev);
            for (Mention m : party != null ? List.<Mention>of() : d.allMentions()) {
                if (prev != null && m.sentenceIndex() == prev.index() && m.type() == EntityType.COUNTRY
                        && (party == null || m.start() < party.start())) {
                    party = m;
                }
            }
        }
        if (party == null && f.rule().startsWith("represented") && inSentence.stream().noneMatch(m -> m.type() == EntityType.COUNTRY)) {
            // `Le président argentin X ne viendra pas. Le chef de l'État sera représenté par Y`: the one person before;
            // not a delegation's head, whose state a topic the entities miss may name (`Côté français, la délégation`)
            party = stateOfTheOnePerson(d, d.previous());
        }
        return party == null ? f : new Finding(f.role(), f.mention(), f.trigger(), f.confidence(), f.rule(), f.licence(),
                party.entityId());
    }

    /**
     * The person named nearest before {@code head} and after {@code state} whose name the state does not title right
     * before it (`le président rwandais A`: A is the state's own), or null.
     */
    private static Mention otherPersonBetween(RoleWords words, Discourse d, List<Token> toks, List<Mention> inSentence,
            Mention state, Mention head) {
        Mention nearest = null;
        for (Mention m : inSentence) {
            if (m.type() == EntityType.PERSON && m.start() >= state.end() && m.end() <= head.start()
                    && !m.entityId().equals(head.entityId()) && (nearest == null || m.start() > nearest.start())) {
                nearest = m;
            }
        }
        return nearest == null || state.equals(TitleAppositions.stateRightBefore(d.allMentions(), nearest))
                || onlyTitlesBetween(words, toks, state, nearest) ? null : nearest;
    }

    /** `l'émir du Koweït, Cheikh X`: a comma and title words (`cheikh`, `Dr`) between the state and the name it titles. */
    private static boolean onlyTitlesBetween(RoleWords words, List<Token> toks, Mention state, Mention person) {
        boolean any = false;
        for (Token t : toks) {
            if (t.start() >= state.end() && t.end() <= person.start()) {
                if (!t.word().equals(",") && !words.isTitle(t.folded())) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** The state whose demonym or name the article puts right before one of the person's names, or null. */
    private static Mention stateNamedWith(Discourse d, String person) {
        List<Mention> all = d.allMentions();
        for (Mention named : all) {
            Mention state = named.entityId().equals(person) ? TitleAppositions.stateRightBefore(all, named) : null;
            if (state != null) {
                return state;
            }
        }
        return null;
    }

    /**
     * `Alors que son armée recule en Ukraine, X a décidé de bouder le sommet. Il s'est fait représenter par Y`: when the
     * sentence before names one person, the pronoun is that person, and the party is the state whose demonym the
     * article puts right before that person's name (`le président russe X`), not the first state named.
     */
    private static Mention stateOfTheOnePerson(Discourse d, Sentence prev) {
        if (prev == null) {
            return null;
        }
        String person = null;
        for (Mention m : d.allMentions()) {
            if (m.sentenceIndex() == prev.index() && m.type() == EntityType.PERSON) {
                if (person != null && !person.equals(m.entityId())) {
                    return null;
                }
                person = m.entityId();
            }
        }
        if (person == null) {
            return null;
        }
        return stateNamedWith(d, person);
    }

    /** How many sentences back a subject pronoun may take up a person or state, past sentences naming neither. */
    private static final int MAX_PRONOUN_REACH = 3;

    /**
     * (h49-presences16) The nearest sentence before {@code d}'s one, at most {@link #MAX_PRONOUN_REACH} back, that names a
     * person or a state other than as a place (`Atteint d'un AVC, il n'a pas repris ses voyages. Il sera représenté par
     * Y`: the sentence before that names the head): what a subject pronoun opening the sentence takes up. Null if none.
     */
    static Sentence antecedentSentence(RoleWords words, Discourse d) {
        int i = d.sentence().index();
        for (int k = i - 1; k >= 0 && k >= i - MAX_PRONOUN_REACH; k--) {
            Sentence s = d.doc().sentences().get(k);
            if (namesSomeone(words, d, s)) {
                return s;
            }
        }
        return null;
    }

    /** The sentence names a person, or a state other than as the complement of a place preposition. */
    private static boolean namesSomeone(RoleWords words, Discourse d, Sentence s) {
        for (Mention m : d.allMentions()) {
            if (m.sentenceIndex() == s.index() && (m.type() == EntityType.PERSON
                    || m.type() == EntityType.COUNTRY && !placed(words, s.tokens(), m))) {
                return true;
            }
        }
        return false;
    }

    /** The state is the complement of a place preposition (`à Dakar, au Sénégal`, `en Éthiopie`). */
    private static boolean placed(RoleWords words, List<Token> toks, Mention m) {
        for (int k = 0; k < toks.size(); k++) {
            if (toks.get(k).start() == m.start()) {
                int j = k - 1;
                while (j >= 0 && words.definiteArticles.containsWord(toks.get(j))) {
                    j--;
                }
                return j >= 0 && words.statePlaceMarkers.contains(toks.get(j).word().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return false;
    }
}
