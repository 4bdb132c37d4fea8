package org.summitcoverage.extract.roles;

import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.model.RoleType;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * (h43-presences10) A sentence with no role cue that gives the next turn in a sequence of arrivals or speakers the
 * article has just told: `X est arrivé lundi. Dans la soirée, ce fut le tour de A et de B` (`turn_sequence_openers`,
 * then the `de` list). The verb of the turn is the sequence's own, left out; those named take their turn at the
 * meeting. Nothing when no arrival or attendance stands in the sentences just before: a turn of anything else
 * (`c'est le tour de la Chine`) says nothing of the meeting. The people named hold it; states only when no one is named.
 */
final class TurnInASequenceReading {
    /** Words the list may start past the opener (`de son homologue`, a title before the name). */
    private static final int TITLED_SLACK = 6;

    private final RoleWords words;

    TurnInASequenceReading(RoleWords words) {
        this.words = words;
    }

    List<Finding> read(SentenceGraph g, String trigger) {
        List<Token> toks = g.tokens();
        for (int k = 0; k < toks.size(); k++) {
            if (k > 0 && !toks.get(k - 1).word().equals(",")) {
                continue; // the opener starts the sentence or follows its fronted adverbial (`Dans l'après-midi, c'était …`)
            }
            for (List<String> opener : words.turnSequenceOpeners) {
                int end = RoleWords.phraseEnd(toks, k, opener);
                int of = end > 0 ? turnOf(toks, end) : -1;
                if (of > 0) {
                    return holders(g, of, trigger, String.join(" ", opener));
                }
            }
        }
        return List.of();
    }

    /** Past `ensuite` and the like, `le tour de` / `au tour du`: where its `de` list starts, or -1. */
    private int turnOf(List<Token> toks, int k) {
        while (k < toks.size() && words.sequenceAdverbs.contains(RoleWords.fold(toks.get(k)))) {
            k++;
        }
        if (k + 2 >= toks.size() || !TURN_DETERMINERS.contains(RoleWords.fold(toks.get(k)))
                || !words.turnNouns.contains(RoleWords.fold(toks.get(k + 1)))) {
            return -1;
        }
        String de = RoleWords.fold(toks.get(k + 2));
        return de.equals("de") || de.equals("du") || de.equals("des") || de.startsWith("d'") || de.startsWith("d’") ? k + 3 : -1;
    }

    /** `le tour de`, `au tour de`: the determiners of the noun of turn (`un tour de table` is no sequence). */
    private static final java.util.Set<String> TURN_DETERMINERS = java.util.Set.of("le", "au");

    private static List<Finding> holders(SentenceGraph g, int from, String trigger, String opener) {
        List<Mention> list = Enumerations.listAfter(g, from, TITLED_SLACK);
        boolean anyone = list.stream().anyMatch(m -> m.type() == EntityType.PERSON);
        List<Finding> out = new ArrayList<>();
        for (Mention m : list) {
            if (!anyone || m.type() == EntityType.PERSON) {
                out.add(new Finding(RoleType.PARTICIPANT, m, trigger, Confidence.ENUMERATION, "turn in a sequence",
                        opener + " " + m.text() + " (earlier: " + trigger + ")", null));
            }
        }
        return out;
    }
}
