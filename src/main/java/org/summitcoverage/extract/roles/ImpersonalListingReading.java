package org.summitcoverage.extract.roles;

import java.util.ArrayList;
import java.util.List;

/**
 * `On retrouve parmi les signataires X, Y et Z`, `On compte dans les signataires X`: an impersonal verb of finding
 * places the role noun, and its object lists the holders. The members are the object because the subject is the
 * writer's `on`; the wrapped reading reads the cue as well.
 */
final class ImpersonalListingReading implements HolderReading {
    private final HolderReading reading;

    ImpersonalListingReading(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        List<Finding> out = new ArrayList<>(reading.read(site));
        if (site.cueNode() <= 0) {
            return out;
        }
        SentenceGraph g = site.graph();
        for (int v : site.governors("obl")) {
            boolean impersonal = g.dependents(v, "nsubj").stream().anyMatch(s -> site.words().impersonalSubjects.contains(g.word(s)));
            if (impersonal && site.words().findingVerbs.contains(g.word(v))) {
                out.addAll(site.phrases(g.dependents(v, "obj"), Confidence.NOUN_RULE,
                        o -> "on " + g.word(v) + " parmi les " + site.cueText() + " " + g.word(o)));
            }
        }
        return out;
    }
}
