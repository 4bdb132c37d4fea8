package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.model.RoleType;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * (h25-paix) A list of people, each behind a title of its own, is one list: when a reading finds the first and the
 * last of them, those between hold the role too. `Le président américain A, le chef de l'État égyptien B, l'émir du
 * Qatar C et le président turc D ont signé`: the parser hangs the items as appositions of the first title, and B and C,
 * whose names it buries inside their titles' complements (an apposition on `État`, a `flat:name` on `Qatar`), came out
 * of no reading. Between the two people found, the words must be list items only: items divided by a comma or `et`, each
 * naming one person, no cue, auxiliary, relative pronoun, bracket, quotation mark or stop between them.
 */
final class PeopleBetweenListedPeople implements HolderReading {
    /** Words that end a list of items: a clause, an incise or a quotation starts. */
    private static final Set<String> BREAKS = Set.of(".", ":", ";", "(", ")", "«", "»", "\"", "qui", "que", "qu'", "dont",
            "ou", "où", "lequel", "laquelle", "lesquels", "lesquelles", "-", "–", "—");

    private final HolderReading reading;

    PeopleBetweenListedPeople(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        List<Finding> found = reading.read(site);
        if (site.role() == RoleType.DELEGATION_HEAD || site.hit().first() < 0) {
            return found; // a head acts on behalf of a state each item would have to name
        }
        List<Finding> people = found.stream().filter(f -> f.mention().type() == EntityType.PERSON).toList();
        if (people.size() < 2) {
            return found;
        }
        Mention first = people.get(0).mention();
        Mention last = first;
        Set<String> held = new HashSet<>();
        for (Finding f : found) {
            held.add(f.mention().entityId());
        }
        for (Finding f : people) {
            first = f.mention().start() < first.start() ? f.mention() : first;
            last = f.mention().start() > last.start() ? f.mention() : last;
        }
        List<Token> toks = site.tokens();
        int from = tokenAfter(toks, first.end());
        int to = tokenAt(toks, last.start());
        if (from < 0 || to < 0 || from >= to || site.hit().first() < to && site.hit().end() > from) {
            return found; // the cue stands between them: two clauses, not one list
        }
        List<Mention> between = new ArrayList<>();
        int peopleInItem = 0;
        int itemStart = from;
        for (int k = from; k < to; k++) {
            String w = toks.get(k).folded();
            if (BREAKS.contains(w) || site.words().auxiliaries.contains(w)) {
                return found;
            }
            if (w.equals(",") || w.equals("et")) {
                if (peopleInItem > 1) {
                    return found;
                }
                peopleInItem = 0;
                itemStart = k + 1;
                continue;
            }
            Mention m = site.graph().mentionAt(toks.get(k).start());
            if (m != null && m.type() == EntityType.PERSON && m.start() == toks.get(k).start()) {
                if (!opensOnATitle(site.words(), toks, itemStart, k)) {
                    return found; // `…, représentant le président B, …`: B is named in another phrase than an item's
                }
                peopleInItem++;
                if (!held.contains(m.entityId())) {
                    between.add(m);
                }
            }
        }
        if (between.isEmpty() || peopleInItem > 1) {
            return found;
        }
        List<Finding> out = new ArrayList<>(found);
        for (Mention m : between) {
            if (held.add(m.entityId())) {
                out.add(site.finding(m, Confidence.ENUMERATION, "list of people",
                        first.text() + " … " + m.text() + " … " + last.text()));
            }
        }
        return out;
    }

    /**
     * The item names its person right away or after its title opened by an article: `l'émir du Qatar C`, `le chef de
     * l'État égyptien B`.
     */
    private static boolean opensOnATitle(RoleWords words, List<Token> toks, int itemStart, int person) {
        int k = itemStart;
        while (k < person && (words.definiteArticles.containsWord(toks.get(k)) || words.titlePremodifiers.containsWord(toks.get(k)))) {
            k++;
        }
        // an article before the title: a bare `représentant le président B` is a participle's object, no item
        return k == itemStart && k == person
                || k > itemStart && k < person && (words.isTitle(toks.get(k).word()) || words.isHolderTitle(toks.get(k).word()));
    }

    /** The first token that starts at or after {@code offset}, or -1. */
    private static int tokenAfter(List<Token> toks, int offset) {
        for (int k = 0; k < toks.size(); k++) {
            if (toks.get(k).start() >= offset) {
                return k;
            }
        }
        return -1;
    }

    /** The token that starts at {@code offset}, or -1. */
    private static int tokenAt(List<Token> toks, int offset) {
        for (int k = 0; k < toks.size(); k++) {
            if (toks.get(k).start() == offset) {
                return k;
            }
        }
        return -1;
    }
}
