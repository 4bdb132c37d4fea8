package org.summitcoverage.extract.roles;

import org.summitcoverage.model.RoleType;

import java.util.ArrayList;
import java.util.List;

/**
 * `On retrouve parmi les signataires X, Y et Z`, `On compte dans les signataires X`: an impersonal verb of finding
 * places the role noun, or a group of which it is the `de` complement (`Dans le groupe des autres non-signataires, on
 * trouve A, B`: `holder_group_nouns`), and its object lists the holders. The members are the object because the subject is the
 * writer's `on`; the examples after `tels que` are holders as well. The wrapped reading reads the cue as well.
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
        List<Integer> places = new ArrayList<>(site.governors("obl"));
        for (int n : site.governors("nmod")) {
            if (site.words().holderGroupNouns.contains(g.word(n))) {
                places.addAll(g.governors(n, "obl")); // `Dans le groupe des non-signataires, on trouve A, B`
            }
        }
        for (int v : places) {
            boolean impersonal = g.dependents(v, "nsubj").stream().anyMatch(s -> site.words().impersonalSubjects.contains(g.word(s)));
            if (impersonal && site.words().findingVerbs.contains(g.word(v))) {
                List<Integer> listed = listed(g, v, site.words());
                List<Integer> absences = new ArrayList<>(listed);
                absences.removeIf(o -> !site.words().absenceNouns.contains(g.word(o)));
                listed.removeAll(absences);
                out.addAll(site.phrases(listed, Confidence.NOUN_RULE,
                        o -> "on " + g.word(v) + " parmi les " + site.cueText() + " " + g.word(o)));
                out.addAll(absentFromTheSet(site, g, v, absences));
            }
        }
        return out;
    }

    /**
     * (h36) `Parmi les signataires, on note l'absence du Togo`: the noun of absence (`absence_nouns`) the verb finds takes
     * its `de` complements out of the set, so among signatories they refused (as `l'absence de X parmi les signataires`);
     * absent from any other set (`parmi les participants, on note l'absence de X`) they hold no role.
     */
    private static List<Finding> absentFromTheSet(CueSite site, SentenceGraph g, int verb, List<Integer> absences) {
        if (site.role() != RoleType.SIGNATORY) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (int absence : absences) {
            out.addAll(site.withRole(RoleType.NON_SIGNATORY).phrases(g.dependents(absence, "nmod:de"), Confidence.NOUN_RULE,
                    n -> "on " + g.word(verb) + " l'" + g.word(absence) + " de " + g.word(n) + " … " + site.cueText()));
        }
        return out;
    }

    /**
     * The holders the verb lists: its object, and the examples it introduces with `tels que` (`on compte parmi les
     * signataires des pays pétroliers, tels que la Norvège ou le Mexique`), which the parser hangs on the verb when it
     * reads the object noun as a complement of the role noun: the examples are the named members of the group.
     */
    private static List<Integer> listed(SentenceGraph g, int verb, RoleWords words) {
        List<Integer> out = new ArrayList<>(g.dependents(verb, "obj"));
        for (String relation : words.exampleRelations.entries()) {
            out.addAll(g.dependents(verb, relation));
        }
        return out;
    }
}
