package org.summitcoverage.extract.roles;

import java.util.ArrayList;
import java.util.List;

/**
 * `Parmi les pays qui ont rejoint l'alliance figurent X, Y`: the relative clause with the cue names the
 * set, and the subject of the main verb lists its members; also an adjective cue (`Parmi les chefs d'État
 * présents figuraient X, Y`), and the object after an impersonal `on` (`…, on notait X, Y`).
 */
final class SetMembersReading implements ParsedReading {
    @Override
    public List<Finding> readParsed(CueSite site) {
        SentenceGraph g = site.graph();
        List<Finding> out = new ArrayList<>();
        List<Integer> sets = new ArrayList<>(site.governors("acl:relcl"));
        if (CueScope.startsWithParmi(g.tokens())) {
            sets.addAll(site.governors("amod")); // `Parmi les chefs d'État présents, figuraient X, Y`
        }
        for (int noun : sets) {
            List<Integer> verbs = new ArrayList<>(g.governors(noun, "obl"));
            for (int v : g.dependents(noun, "acl")) {
                if (site.words().listingVerbs.contains(g.word(v))) {
                    verbs.add(v); // `Parmi les dirigeants présents figuraient …` parsed with the noun as the root
                }
            }
            for (int v : verbs) {
                List<Integer> members = new ArrayList<>();
                for (int s : g.dependents(v, "nsubj")) {
                    if (site.words().impersonalSubjects.contains(g.word(s))) {
                        members.addAll(g.dependents(v, "obj")); // `Parmi les chefs d'État présents, on notait X, Y`
                    } else {
                        members.add(s);
                    }
                }
                if (members.isEmpty() && site.words().listingVerbs.contains(g.word(v))) {
                    members.addAll(g.dependents(v, "obj")); // `… figuraient l'émir du Qatar, X, …`: the parser's object
                }
                out.addAll(site.phrases(members, Confidence.PARSE_SUBJECT,
                        s -> "parse: parmi les " + g.word(noun) + " " + site.cueText() + " … " + g.word(v)));
            }
        }
        return out;
    }
}
