package org.summitcoverage.extract.roles;

import org.summitcoverage.extract.Words;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.model.RoleType;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * A person who attends in a head's stead leads the delegation (ANNOTATION.md, DELEGATION_HEAD): `X a pris part au
 * sommet en lieu et place du président sénégalais`, `X a participé aux travaux au nom du chef de l'État`. The head
 * must be named by a title (`stand_in_markers` then an article and a holder title): `au nom de l'Union européenne`
 * or `au nom de la Tchéquie` is speaking for a body or a group, not standing in for a head. The bearer of a head's
 * message or his envoy (`Porteur d'un message du président X, Y a pris part`, `envoyé spécial du`) and one a head sent
 * (`Dépêché par le président tchadien, Y a participé`, `sending_participles` + `par`) stand in for him too.
 */
final class StandInIsDelegationHead implements HolderReading {
    private final HolderReading reading;

    StandInIsDelegationHead(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        List<Finding> found = reading.read(site);
        if (site.role() != RoleType.PARTICIPANT || found.isEmpty()) {
            return found;
        }
        List<Token> toks = site.tokens();
        for (int k = 0; k < toks.size(); k++) {
            if (k + 1 < toks.size() && toks.get(k + 1).word().equals("par")
                    && site.words().sendingParticiples.contains(toks.get(k).word().toLowerCase(java.util.Locale.ROOT))) {
                List<Finding> out = standIn(site, found, k, k + 2); // `Dépêché par le président tchadien, Y a participé`
                if (out != null) {
                    return out;
                }
            }
            String first = RoleWords.fold(toks.get(k)); // once per token, not once per marker
            for (List<String> marker : site.words().accountMarkers) {
                int end = marker.get(0).equals(first) ? RoleWords.phraseEnd(toks, k, marker) : -1;
                if (end > 0) {
                    List<Finding> out = forState(site, found, k, end);
                    if (out != null) {
                        return out;
                    }
                }
            }
            for (List<String> marker : site.words().standInMarkers) {
                int end = marker.get(0).equals(first) ? RoleWords.phraseEnd(toks, k, marker) : -1;
                if (end > 0) {
                    List<Finding> out = standIn(site, found, k, end);
                    if (out != null) {
                        return out;
                    }
                }
            }
        }
        return found;
    }

    /**
     * `X a participé au sommet pour le compte du Burkina Faso`: the people found lead the delegation of the state that
     * opens right after the marker (its article skipped); null when no state opens there.
     */
    private static List<Finding> forState(CueSite site, List<Finding> found, int marker, int end) {
        List<Token> toks = site.tokens();
        int t = end;
        while (t < toks.size() && site.words().definiteArticles.containsWord(toks.get(t))) {
            t++;
        }
        Mention state = t < toks.size() ? site.graph().mentionAt(toks.get(t).start()) : null;
        if (state == null || state.type() != EntityType.COUNTRY) {
            return null;
        }
        List<Finding> out = new ArrayList<>();
        for (Finding f : found) {
            if (f.mention().type() == EntityType.PERSON) {
                out.add(new Finding(RoleType.DELEGATION_HEAD, f.mention(), f.trigger(), f.confidence(), f.rule() + "+stand-in",
                        f.licence() + " " + String.join(" ", toks.subList(marker, end).stream().map(Token::word).toList()) + " "
                                + state.text(), state.entityId()));
            } else if (!f.mention().equals(state)) {
                out.add(f);
            }
        }
        return out;
    }

    /** The demonym of a title right before it (`le Premier ministre luxembourgeois`): an unnamed person's state. */
    private static boolean titleDemonym(SentenceGraph g, Mention m) {
        int at = g.tokenIndexAt(m.start());
        return TitleAppositions.isTitleDemonym(m) && at > 0 && g.words().isHolderTitle(g.tokens().get(at - 1).word());
    }

    /** The findings turned into delegation heads when a head's title follows the marker at {@code end}, else null. */
    private static List<Finding> standIn(CueSite site, List<Finding> found, int marker, int end) {
        List<Token> toks = site.tokens();
        SentenceGraph g = site.graph();
        int t = end;
        while (t < toks.size() && site.words().definiteArticles.containsWord(toks.get(t))) {
            t++;
        }
        // `du Premier ministre portugais`, `du Président de la République`: a title capitalised as many outlets do
        if (t >= toks.size() || !Character.isLetter(toks.get(t).word().charAt(0))
                || !site.words().isHolderTitle(toks.get(t).word().toLowerCase(java.util.Locale.ROOT))) {
            return null;
        }
        // the head's phrase: up to the next punctuation
        int stop = t;
        while (stop < toks.size() && !(Words.isPunctuation(toks.get(stop)) && !toks.get(stop).word().equals("'"))) {
            stop++;
        }
        for (int k = t; k < stop; k++) {
            if (toks.get(k).word().equals("pour") || toks.get(k).word().equals("auprès")) {
                return null; // `envoyé spécial du président américain pour les Grands Lacs`: a standing post
            }
        }
        int from = toks.get(marker).start();
        int to = stop < toks.size() ? toks.get(stop).start() : Integer.MAX_VALUE;
        String onBehalf = null;
        List<Mention> head = new ArrayList<>();
        for (Mention m : g.mentions()) {
            if (m.start() >= from && m.end() <= to) {
                head.add(m);
                if (onBehalf == null && (m.type() == EntityType.COUNTRY || m.type() == EntityType.ORGANIZATION)) {
                    onBehalf = m.entityId();
                }
            }
        }
        List<Finding> out = new ArrayList<>();
        for (Finding f : found) {
            if (head.contains(f.mention())) {
                continue; // the head stayed away
            }
            if (f.mention().type() == EntityType.PERSON || titleDemonym(g, f.mention())) {
                // `Le Premier ministre luxembourgeois y a participé en remplacement du président en exercice`: the unnamed
                // title's state goes to the person the article names with that title (TitleAppositions)
                out.add(new Finding(RoleType.DELEGATION_HEAD, f.mention(), f.trigger(), f.confidence(), f.rule() + "+stand-in",
                        f.licence() + " " + String.join(" ", toks.subList(marker, end).stream().map(Token::word).toList()) + " "
                                + toks.get(t).word(), onBehalf));
            } else {
                out.add(f);
            }
        }
        return out;
    }
}
