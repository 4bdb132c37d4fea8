package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;

import java.util.List;
import java.util.Set;

/**
 * (h25-paix) `rallier` with an object and an `à` complement wins someone over to a text: `Kyiv rallie ses alliés à sa
 * formule de paix`, `Le Chili a rallié le Pérou et la Bolivie à sa déclaration`. Who joins is the object, not the subject
 * (the text's author, who wins them over); without its `à` complement the verb keeps its reading (`Le Pérou a rallié la
 * déclaration`: Peru joins). The verbs are `winning_over_verbs` (role_words.tsv), all their forms.
 */
final class WonOverObjectJoins implements HolderReading {
    private static final Set<String> CLITICS = Set.of("se", "s'", "me", "m'", "te", "t'", "nous", "vous", "le", "la", "l'",
            "les", "lui", "leur");

    private final HolderReading reading;

    WonOverObjectJoins(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        int cue = site.cueNode();
        if (cue <= 0 || site.hit().cue().words().size() != 1 || !site.words().isWinningOverForm(site.hit().cue().words().get(0))) {
            return reading.read(site);
        }
        // a clitic object is the reflexive of `se rallier à` (the subject joins) or a pronoun the readings do not resolve
        List<Integer> objects = site.dependents("obj").stream()
                .filter(o -> !CLITICS.contains(TextFolding.fold(site.graph().word(o)))).toList();
        // (h32-hotes) a clock time is no `à` complement: `X a rallié Dakar à 22 heures` reaches the city (an arrival)
        List<Integer> to = new java.util.ArrayList<>(site.dependents("obl:à"));
        to.addAll(site.dependents("obl:au"));
        to.removeIf(n -> site.words().clockTimeNouns.contains(site.graph().word(n)));
        if (objects.isEmpty() || to.isEmpty()) {
            return reading.read(site);
        }
        // the ones won over join; an unnamed set of them (`ses alliés`) names no holder
        return site.phrases(objects, Confidence.PARSE_SUBJECT, n -> "rallier … à: obj " + site.graph().word(n));
    }
}
