package org.summitcoverage.extract.roles;

import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * A list of people each followed by a title of their own, the last one closed by an active representing participle
 * (`Ont participé : A, Président du Niger ; B, Président du Tchad et M. C, Ministre de la Défense, représentant S.E. D,
 * Président du Cameroun`): the parser hangs the participle on the list's first person, but it qualifies only the item
 * it closes, C, who stands for D, the state D's title names. Whole-list readings of the participle are a parse
 * artefact: titled items are separate people, each with his own function.
 */
final class TitledListItems {
    private TitledListItems() {
    }

    /**
     * Of the people a representing participle's holder phrase names, the one whose item the participle closes: the
     * nearest person before the cue token {@code cueToken}, when a title stands between him and the person before
     * him (the people are items of a titled list); otherwise all of them (`Les ministres A et B, représentant leurs
     * présidents`).
     */
    static List<Mention> itemBefore(SentenceGraph g, List<Mention> holders, int cueToken) {
        if (cueToken < 0 || cueToken >= g.tokens().size()) {
            return holders;
        }
        int cueStart = g.tokens().get(cueToken).start();
        List<Mention> people = new ArrayList<>();
        for (Mention m : holders) {
            if (m.type() == EntityType.PERSON && m.end() <= cueStart) {
                people.add(m);
            }
        }
        if (people.size() < 2) {
            return holders;
        }
        people.sort((a, b) -> Integer.compare(a.start(), b.start()));
        Mention last = people.get(people.size() - 1);
        Mention before = people.get(people.size() - 2);
        return titleBetween(g, before.end(), last.start()) ? List.of(last) : holders;
    }

    /**
     * The state the title of the represented head names, after the participle ending at token {@code cueEnd}
     * (`représentant S.E. D, Président de la République du Cameroun` → CM), before any other person; or null.
     */
    static String stateOfTheRepresented(SentenceGraph g, int cueEnd) {
        if (cueEnd < 0 || cueEnd >= g.tokens().size()) {
            return null;
        }
        int from = g.tokens().get(cueEnd).start();
        List<Mention> after = new ArrayList<>();
        for (Mention m : g.mentions()) {
            if (m.start() >= from) {
                after.add(m);
            }
        }
        after.sort((a, b) -> Integer.compare(a.start(), b.start()));
        int people = 0;
        for (Mention m : after) {
            if (m.type() == EntityType.PERSON && ++people > 1) {
                return null; // a second person: the state is his, not the represented head's
            }
            if (m.type() == EntityType.COUNTRY) {
                return people == 1 ? m.entityId() : null;
            }
        }
        return null;
    }

    private static boolean titleBetween(SentenceGraph g, int from, int to) {
        for (Token t : g.tokens()) {
            if (t.start() >= from && t.end() <= to && g.words().isTitle(t.word())) {
                return true;
            }
        }
        return false;
    }
}
