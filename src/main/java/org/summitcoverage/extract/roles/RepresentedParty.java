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
 * the sentence before (`Souffrant, le président burundais X ne s'est pas rendu au sommet. Il sera représenté par Y.`).
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
        Mention party = before != null ? before : after;
        if (party == null && !toks.isEmpty() && words.subjectPronouns.contains(toks.get(0).word().toLowerCase(java.util.Locale.ROOT))) {
            Sentence prev = d.previous();
            for (Mention m : d.allMentions()) {
                if (prev != null && m.sentenceIndex() == prev.index() && m.type() == EntityType.COUNTRY
                        && (party == null || m.start() < party.start())) {
                    party = m;
                }
            }
        }
        return party == null ? f : new Finding(f.role(), f.mention(), f.trigger(), f.confidence(), f.rule(), f.licence(),
                party.entityId());
    }

    /** The state is the complement of a place preposition (`à Dakar, au Sénégal`, `en Éthiopie`). */
    private static boolean placed(RoleWords words, List<Token> toks, Mention m) {
        for (int k = 0; k < toks.size(); k++) {
            if (toks.get(k).start() == m.start()) {
                int j = k - 1;
                while (j >= 0 && words.definiteArticles.contains(toks.get(j).word())) {
                    j--;
                }
                return j >= 0 && words.statePlaceMarkers.contains(toks.get(j).word().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return false;
    }
}
