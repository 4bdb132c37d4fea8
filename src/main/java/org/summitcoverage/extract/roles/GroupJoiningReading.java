package org.summitcoverage.extract.roles;

import org.summitcoverage.model.Mention;

import java.util.ArrayList;
import java.util.List;

/**
 * `rejoindre` and `soutenir` sign a text (`le Chili a rejoint l'appel`, `soutient la déclaration`) but only join or
 * back a group or a person when their object names states or people (`Les pays qui n'ont pas adhéré vont être
 * rejoints par quatre autres`, `Les Philippines rejoignent le Burundi`, `a rejoint l'AES`, `a soutenu son
 * homologue X`): a different body, a set of states or a person, not the summit's text (docs/annotation.md,
 * joining), so the cue holds no role there.
 */
final class GroupJoiningReading implements HolderReading {
    private final HolderReading reading;

    GroupJoiningReading(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        if (site.cueNode() > 0 && site.words().groupJoiningVerbs.contains(site.graph().tokens().get(site.hit().first()).word())
                && joinsAGroup(site)) {
            return List.of();
        }
        return reading.read(site);
    }

    /** The object (or the passive subject) is a noun for states or people, or names a state, a body or a person. */
    private static boolean joinsAGroup(CueSite site) {
        SentenceGraph g = site.graph();
        List<Integer> joined = new ArrayList<>(site.dependents("obj"));
        joined.addAll(site.dependents("nsubj:pass"));
        for (int n : joined) {
            Mention m = g.mentionAt(g.startOf(n));
            if (site.words().memberNouns.contains(g.word(n)) || m != null && SentenceGraph.canHoldRole(m)) {
                return true;
            }
        }
        return false;
    }
}
