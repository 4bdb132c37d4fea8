package org.summitcoverage.extract.roles;

import org.summitcoverage.extract.Words;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * (h43-presences10) A sentence that opens on a companion (`companion_fronted_markers`: `Avec`, `Aux côtés de`, `En
 * compagnie de`) and goes on with its verb of presence puts the main clause's subject after that verb: `Avec le
 * président X seront également présents à ce sommet A, B et C`. The name that ends the fronted phrase is the
 * preposition's complement, no subject; being present with them, the companion attends too.
 */
final class FrontedCompanion {
    /** The rule of the companion's finding, which tells a reading that the word order found this construction. */
    static final String RULE = "tokens: fronted companion";

    private FrontedCompanion() {
    }

    /** Whether the sentence opens on a companion marker (`Avec`, `Aux côtés de`). */
    static boolean opens(RoleWords words, List<Token> toks) {
        return LikewiseExtension.markerEnd(words.companionFrontedMarkers, toks, 0) > 0;
    }

    /**
     * The people (else states or bodies) of the companion phrase that opens the sentence and ends at token
     * {@code last}, right before the verb group; empty when the sentence opens otherwise or the phrase holds a
     * punctuation mark or a verb (`Avec X, le Togo a …` is read as usual: the comma must end the phrase).
     */
    static List<Mention> endingAt(SentenceGraph g, RoleWords words, List<Token> toks, int last) {
        int from = LikewiseExtension.markerEnd(words.companionFrontedMarkers, toks, 0);
        if (from <= 0 || from > last) {
            return List.of();
        }
        List<Mention> people = new ArrayList<>();
        List<Mention> others = new ArrayList<>();
        for (int j = from; j <= last; j++) {
            Token t = toks.get(j);
            int node = g.nodeAt(t.start());
            if (Words.isPunctuation(t) && !t.word().equals("'") || node > 0 && ("VERB".equals(g.pos(node)) || "AUX".equals(g.pos(node)))) {
                return List.of();
            }
            Mention m = g.holderAtToken(j);
            if (m != null && !people.contains(m) && !others.contains(m)) {
                (m.type() == EntityType.PERSON ? people : others).add(m);
            }
        }
        return people.isEmpty() ? others : people;
    }
}
