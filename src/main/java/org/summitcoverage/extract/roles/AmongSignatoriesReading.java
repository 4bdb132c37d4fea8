package org.summitcoverage.extract.roles;

import org.summitcoverage.model.RoleType;

import java.util.ArrayList;
import java.util.List;

/**
 * `Les États-Unis ne figurent pas parmi les 61 premiers pays signataires de la déclaration`: the role noun stands in
 * apposition to the noun of the `parmi` phrase, too far from the negation for the cue's own scope to see it. The
 * subject of the verb that places itself among them holds the role, and the verb's own negation makes a signature a
 * refusal. Read only when the wrapped reading finds no holder.
 */
final class AmongSignatoriesReading implements HolderReading {
    private final HolderReading reading;

    AmongSignatoriesReading(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        List<Finding> out = new ArrayList<>(reading.read(site));
        if (!out.isEmpty() || site.cueNode() <= 0 || site.role() != RoleType.SIGNATORY) {
            return out;
        }
        SentenceGraph g = site.graph();
        for (int noun : site.governors("appos")) {
            for (int v : g.governors(noun, "obl:parmi")) {
                RoleType role = negated(site.words(), g, v) ? RoleType.NON_SIGNATORY : RoleType.SIGNATORY;
                CueSite asRead = site.withRole(role);
                out.addAll(asRead.phrases(g.dependents(v, "nsubj"), Confidence.NOUN_RULE,
                        s -> g.word(v) + " parmi les " + g.word(noun) + " " + site.cueText()));
            }
        }
        return out;
    }

    /** The verb carries `ne … pas` (or `jamais`, `plus`) itself. */
    private static boolean negated(RoleWords words, SentenceGraph g, int verb) {
        return g.dependents(verb, "advmod").stream().anyMatch(a -> words.negators.contains(g.word(a)));
    }
}
