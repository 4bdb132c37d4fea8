package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;

import java.util.ArrayList;
import java.util.List;

/**
 * A noun of support or consent (`support_nouns`: `soutien`, `appui`, `accord`, `feu vert`) signs only a text: its `à`
 * complement, or that of the verb it is the object of, is one (`La Bulgarie a apporté son soutien à la déclaration`,
 * `La Croatie a donné son accord au texte`), or the verb's subject is (`Le texte a recueilli le soutien de la Norvège`): `supported_texts`, not
 * `le soutien aux objectifs de l'ONU`.
 * `son soutien à l'Ukraine`, `avec l'appui de l'UE`, `sans l'accord de X` sign nothing. Other act nouns pass through.
 */
final class SupportOfATextOnly implements HolderReading {
    private final HolderReading reading;

    SupportOfATextOnly(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        if (!site.words().supportNouns.contains(site.hit().text())) {
            return reading.read(site);
        }
        if (site.cueNode() <= 0 || site.hit().first() > 0
                && site.tokens().get(site.hit().first() - 1).folded().matches("sans|avec|l'|le")
                && site.hit().first() > 1 && site.tokens().get(site.hit().first() - 2).folded().matches("sans|avec")) {
            return List.of();
        }
        return supportsAText(site) ? reading.read(site) : List.of();
    }

    private static boolean supportsAText(CueSite site) {
        SentenceGraph g = site.graph();
        List<Integer> targets = new ArrayList<>(site.dependents("nmod:à"));
        targets.addAll(site.dependents("nmod:au"));
        for (int v : site.governors("obj")) {
            targets.addAll(g.dependents(v, "obl:à"));
            targets.addAll(g.dependents(v, "obl:au"));
            for (int s : g.dependents(v, "nsubj")) {
                if (site.words().supportedTexts.contains(g.word(s))) {
                    return true; // `Le texte a recueilli le soutien de X`
                }
            }
        }
        return targets.stream().anyMatch(t -> site.words().supportedTexts.contains(g.word(t)));
    }
}
