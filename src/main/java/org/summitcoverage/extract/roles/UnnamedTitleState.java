package org.summitcoverage.extract.roles;

import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.model.RoleType;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * (h25-europe) `Coprésidé par la Haute représentante, X, et le ministre jordanien des Affaires étrangères`, `organisé à
 * l'invitation du président égyptien`: a chair or a host named only by a singular title with its demonym, whom the
 * article names nowhere else, is that state (docs/annotation.md: when the text names no person, the role goes to the
 * country). The parse phrase drops such a demonym (an unnamed person, not his state, is who acts in `le chef de l'État
 * gabonais a été accueilli`); for chairing and hosting, the roles a state itself holds (`coprésidée par la France et
 * l'Égypte`), the state is the row the text gives.
 */
final class UnnamedTitleState {
    private UnnamedTitleState() {
    }

    /**
     * The demonym states of the singular, unnamed titles among the conjuncts of {@code node}, for a CHAIR or HOST cue;
     * the person instead when the article names him elsewhere with the same title and demonym.
     */
    static List<Mention> statesOfUnnamedChairsAndHosts(CueSite site, int node, Set<Mention> holders) {
        if (site.role() != RoleType.CHAIR && site.role() != RoleType.HOST) {
            return new ArrayList<>();
        }
        return statesOfUnnamedTitles(site, node, holders);
    }

    /**
     * (h37) The same for an item of a cue's list, whatever its role: `en présence de la vice-présidente gambienne et du
     * Premier ministre capverdien`, named nowhere else, lists the states that attend (the guide's unnamed holder).
     */
    static List<Mention> statesOfUnnamedTitles(CueSite site, int node, Set<Mention> holders) {
        List<Mention> out = new ArrayList<>();
        SentenceGraph g = site.graph();
        for (int c : g.conjuncts(node)) {
            String title = g.word(c);
            if (!g.words().isHolderTitle(title) || !g.words().isTitle(title) || title.endsWith("s")
                    || TitleAppositions.personAfterTitle(g, c) != null
                    || g.dependents(c, "appos").stream().anyMatch(a -> g.words().isTitle(g.word(a)))) {
                continue; // `le président zambien, président en exercice de l'UA`: the older reading names no one
            }
            Set<Mention> phrase = g.entitiesInConjunct(c);
            if (phrase.stream().anyMatch(m -> m.type() != EntityType.COUNTRY || holders.contains(m))) {
                continue; // a person, a body or a place in the phrase: not a bare title and its state
            }
            List<Mention> demonyms = phrase.stream().filter(TitleAppositions::isTitleDemonym).toList();
            if (demonyms.size() != 1 || phrase.size() != 1) {
                continue;
            }
            out.add(holderOfTitle(site, demonyms.get(0)));
        }
        return out;
    }

    /** The person the article names elsewhere with this title and demonym, as the guide asks; else the demonym's state. */
    static Mention holderOfTitle(CueSite site, Mention demonym) {
        Mention person = site.discourse() == null ? null
                : TitleAppositions.personNamedElsewhere(site.discourse(), demonym, site.words());
        return person == null ? demonym : person;
    }
}
