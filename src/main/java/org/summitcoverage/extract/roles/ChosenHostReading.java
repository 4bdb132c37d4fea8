package org.summitcoverage.extract.roles;

import java.util.ArrayList;
import java.util.List;

/**
 * `Le Chili a été désigné pour accueillir la prochaine édition`, `Le Gabon a été choisi pour organiser le sommet`,
 * `Le Nigeria, désigné pour accueillir la prochaine réunion, …` (the participle's noun):
 * the one chosen to host holds the infinitive's role (hosting the next edition is HOST, docs/annotation.md); the
 * infinitive has no subject of its own, so the chosen one is the subject of the verb of choosing
 * (`election_verbs`) that governs it. Read only when the wrapped reading finds no holder.
 */
final class ChosenHostReading implements HolderReading {
    private final HolderReading reading;

    ChosenHostReading(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        List<Finding> found = reading.read(site);
        if (!found.isEmpty() || site.cueNode() <= 0) {
            return found;
        }
        SentenceGraph g = site.graph();
        List<Finding> out = new ArrayList<>();
        for (String rel : List.of("advcl", "xcomp")) {
            for (int v : site.governors(rel)) {
                if (site.words().electionVerbs.contains(g.word(v))) {
                    List<Integer> chosen = new ArrayList<>(g.dependents(v, "nsubj:pass"));
                    chosen.addAll(g.dependents(v, "nsubj"));
                    if (chosen.isEmpty()) {
                        chosen.addAll(g.governors(v, "acl")); // `Le Nigeria, désigné pour accueillir la prochaine réunion, …`
                    }
                    out.addAll(site.phrases(chosen, Confidence.PARSE_SUBJECT, s -> g.word(v) + " pour " + site.cueText()));
                }
            }
        }
        return out;
    }
}
