package org.summitcoverage.extract.roles;

import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.model.RoleType;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A head of state the subject names as represented (`Le président X, représenté par son ministre Y, a pris part aux
 * travaux`) did not attend: his representative did (DELEGATION_HEAD, {@link RepresentationReading}). The attendance
 * verb gives the head no PARTICIPANT row, nor his unnamed title; a state so represented (`Le Bénin, représenté par
 * son ministre Y, a pris part`) still attends. Nor does a head in the object of an active verb of representing
 * (`Représentant le président X, Y a pris la parole`: `representing_verbs`).
 */
final class RepresentedHeadIsAbsent implements HolderReading {
    private final HolderReading reading;

    RepresentedHeadIsAbsent(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        List<Finding> found = reading.read(site);
        if (site.role() != RoleType.PARTICIPANT || found.isEmpty() || site.cueNode() <= 0) {
            return found;
        }
        SentenceGraph g = site.graph();
        List<Mention> represented = new ArrayList<>();
        for (int subject : site.dependents("nsubj")) {
            for (int participle : g.dependents(subject, "acl")) {
                if (!site.words().representedParticiples.contains(g.word(participle).toLowerCase(java.util.Locale.ROOT))) {
                    continue;
                }
                List<Integer> agents = g.dependents(participle, "obl:agent");
                if (agents.isEmpty()) {
                    continue;
                }
                Set<Mention> standIns = new java.util.HashSet<>();
                agents.forEach(a -> standIns.addAll(g.phraseWithoutConj(a)));
                for (Mention m : g.phraseWithoutConj(subject)) {
                    if (!standIns.contains(m) && (m.type() == EntityType.PERSON || TitleAppositions.isTitleDemonym(m))) {
                        represented.add(m);
                    }
                }
            }
        }
        // `Représentant le président X, le vice-président Y a pris la parole`, `Y, qui représentait le président X, …`:
        // the head in the object of an active verb of representing (`representing_verbs`) did not come
        for (int k = 0; k < g.tokens().size(); k++) {
            if (!site.words().representingVerbs.containsWord(g.tokens().get(k))) {
                continue;
            }
            int verb = g.nodeAt(g.tokens().get(k).start());
            for (int o : verb > 0 ? g.dependents(verb, "obj") : List.<Integer>of()) {
                for (Mention m : g.phraseWithoutConj(o)) {
                    if (m.type() == EntityType.PERSON || TitleAppositions.isTitleDemonym(m)) {
                        represented.add(m);
                    }
                }
                Mention named = headNamedAfterTheTitle(g, verb, o);
                if (named != null) {
                    represented.add(named);
                }
            }
        }
        represented.addAll(inAFrontedParticiple(site, g));
        if (represented.isEmpty()) {
            return found;
        }
        List<Finding> out = new ArrayList<>(found);
        out.removeIf(f -> represented.contains(f.mention()));
        return out;
    }

    /**
     * (h30-misses) `En représentant le président X, le Premier ministre Y a pris part au sommet`: the parser may hang the
     * gerund's object on the main verb as its subject, next to Y. A participle of representing that opens the sentence
     * (after `en` or not) runs to its first comma, so every person or title demonym named before that comma is the one
     * represented, whatever the parse says.
     */
    static List<Mention> inAFrontedParticiple(CueSite site, SentenceGraph g) {
        List<org.summitcoverage.nlp.Token> toks = g.tokens();
        int k = !toks.isEmpty() && toks.get(0).folded().equals("en") ? 1 : 0;
        if (k >= toks.size() || !site.words().representingVerbs.containsWord(toks.get(k))) {
            return List.of();
        }
        int comma = k + 1;
        while (comma < toks.size() && !toks.get(comma).word().equals(",")) {
            comma++;
        }
        if (comma >= toks.size()) {
            return List.of();
        }
        int from = toks.get(k).end();
        int to = toks.get(comma).start();
        List<Mention> out = new ArrayList<>();
        for (Mention m : g.mentions()) {
            if (m.start() >= from && m.end() <= to && (m.type() == EntityType.PERSON || TitleAppositions.isTitleDemonym(m))) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * `Le Premier ministre X, représentant le chef de l'État, le général Y, a participé`: the parser hangs Y, the name
     * of the represented head's title, on the subject as a second apposition. Only for a participle on a noun before it
     * (its representative named before), whose object is a title with no name of its own: in `Représentant le chef de
     * l'État, le ministre Z a pris part` the name after the title is the subject's.
     */
    private static Mention headNamedAfterTheTitle(SentenceGraph g, int verb, int title) {
        boolean onANounBefore = g.incoming(verb).stream()
                .anyMatch(e -> e.relation().equals("acl") && e.governor() > 0 && e.governor() < verb);
        if (!onANounBefore || !g.words().isTitle(g.word(title))
                || g.phraseWithoutConj(title).stream().anyMatch(m -> m.type() == EntityType.PERSON)) {
            return null;
        }
        return TitleAppositions.personAfterTitle(g, title);
    }
}
