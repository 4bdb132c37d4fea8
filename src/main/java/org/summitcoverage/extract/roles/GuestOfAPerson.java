package org.summitcoverage.extract.roles;

import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.model.RoleType;

import java.util.ArrayList;
import java.util.List;

/**
 * `hôte` names a guest as well as a host: `X et Y étaient les hôtes du président Z` says X and Y were Z's guests.
 * When the noun's `de` complement names a person (`guest_of_nouns`), that person hosts and the noun's own holders
 * (its copula subject, its apposition) attend; over a meeting (`l'hôte du sommet`) the noun keeps its host reading.
 */
final class GuestOfAPerson implements HolderReading {
    /** The rule of the host row a guest noun gives its complement's person. */
    static final String RULE = "guest of a person";

    private final HolderReading reading;

    GuestOfAPerson(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        List<Integer> complements = personComplements(site.graph(), site.cueNode(), site.cueText());
        if (complements.isEmpty() && welcomed(site.graph(), site.cueNode(), site.cueText())) {
            return asGuests(reading.read(site), List.of()); // (h44-faux11) `les hôtes qu'il reçoit`: guests, who attend
        }
        if (complements.isEmpty()) {
            return reading.read(site);
        }
        List<Finding> out = new ArrayList<>();
        List<Mention> hosts = new ArrayList<>();
        for (Finding f : site.phrases(complements, Confidence.NOUN_RULE, x -> "")) {
            hosts.add(f.mention());
            out.add(site.finding(f.mention(), Confidence.NOUN_RULE, RULE, site.cueText() + " de " + f.mention().text()));
        }
        out.addAll(asGuests(reading.read(site), hosts));
        return out;
    }

    /** The noun's own holders as guests: they attend (none that is one of the {@code hosts}). */
    private static List<Finding> asGuests(List<Finding> found, List<Mention> hosts) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : found) {
            if (hosts.stream().noneMatch(h -> h.start() == f.mention().start())) {
                out.add(new Finding(RoleType.PARTICIPANT, f.mention(), f.trigger(), f.confidence(), f.rule(),
                        f.licence() + " (guest)", f.onBehalfOf()));
            }
        }
        return out;
    }

    /**
     * (h44-faux11) A guest noun that a verb of welcoming takes as its object, directly (`accueillir ses hôtes`) or
     * through a relative `que` on it (`les nombreux hôtes qu'il reçoit à l'aéroport`): those received are guests.
     */
    private static boolean welcomed(SentenceGraph g, int cue, String cueText) {
        if (cue <= 0 || !g.words().guestOfNouns.contains(cueText)) {
            return false;
        }
        for (int v : g.governors(cue, "obj")) {
            if (welcoming(g, v)) {
                return true;
            }
        }
        for (int v : g.dependents(cue, "acl:relcl")) {
            if (welcoming(g, v) && g.dependents(v, "obj").stream()
                    .anyMatch(o -> List.of("que", "qu'", "qu’").contains(g.word(o).toLowerCase(java.util.Locale.ROOT)))) {
                return true;
            }
        }
        return false;
    }

    /** A form of `accueillir` or `recevoir` (`receiving_verbs`). */
    private static boolean welcoming(SentenceGraph g, int v) {
        String w = g.word(v).toLowerCase(java.util.Locale.ROOT);
        return w.startsWith("accueill") || g.words().receivingVerbs.contains(w);
    }

    /**
     * The `de` complements of a guest noun that name a person (`les hôtes d'Ali Bongo`) or a person's title (`l'hôte du
     * président gabonais`, `du roi`); none over anything else, a meeting above all (`l'hôte du sommet de X`).
     */
    private static List<Integer> personComplements(SentenceGraph g, int cue, String cueText) {
        if (cue <= 0 || !g.words().guestOfNouns.contains(cueText)) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        for (int n : g.dependents(cue, "nmod")) {
            if (n < cue || g.dependents(n, "case").stream().noneMatch(c -> isDe(g.word(c)))
                    || Meetings.isMeeting(g, n)) {
                continue;
            }
            Mention m = g.mentionAt(g.startOf(n));
            if (m != null && m.type() == EntityType.PERSON || g.words().isTitle(g.word(n))) {
                out.add(n);
            }
        }
        return out;
    }

    private static boolean isDe(String w) {
        return List.of("de", "d'", "du", "des").contains(org.summitcoverage.dict.TextFolding.fold(w));
    }

    /**
     * A host cue used as a guest noun whose guests its sentence did not name (`D'autres chefs d'État étaient les hôtes de X.
     * Il s'agissait de A, B`): the list the next sentence gives attends.
     */
    static boolean guestsUnnamed(SentenceGraph g, RoleCueLexicon.Hit h, List<Finding> found) {
        int cue = h.first() < 0 ? -1 : g.nodeAt(g.tokens().get(h.first()).start());
        return !personComplements(g, cue, h.text()).isEmpty()
                && found.stream().noneMatch(f -> f.trigger().equals(h.text()) && f.role() == RoleType.PARTICIPANT);
    }

    /**
     * By the words, in a sentence that names no holder and is not parsed: a guest noun over a bare title (`D'autres chefs
     * d'État étaient les hôtes du roi. Il s'agissait de A, B`), whose guests the next sentence may list.
     */
    static boolean guestOfATitle(RoleWords words, List<org.summitcoverage.nlp.Token> toks, RoleCueLexicon.Hit h) {
        if (h.role() != RoleType.HOST || h.first() < 0 || !words.guestOfNouns.contains(h.text())) {
            return false;
        }
        int k = h.end();
        if (k >= toks.size() || !isDe(toks.get(k).word())) {
            return false;
        }
        k++;
        while (k < toks.size() && words.definiteArticles.containsWord(toks.get(k))) {
            k++;
        }
        return k < toks.size() && words.isTitle(toks.get(k).word());
    }
}
