package org.summitcoverage.extract.roles;

import org.summitcoverage.nlp.ParsedSentence;

import java.util.ArrayList;
import java.util.List;

/**
 * A bloc that `accueille` new members admits them; it hosts no meeting and receives no guests: `Les BRICS
 * accueillent six nouveaux membres`, `accueilleront A et B en tant que membres à part entière`, `a accueilli C
 * comme nouveau pays partenaire`. Joining a body is no role of the summit (docs/annotation.md, joining). Read from
 * the parse: a membership noun (`admission_nouns`, also as the noun's `compound` or `amod`: `six nouveaux pays
 * membres`) that is the verb's object or passive subject under a newness adjective (`newness_adjectives`), or the
 * verb's `comme` / `en tant que` complement. `accueille les membres du G20` (no newness) stays a host with guests.
 */
final class Admission {
    private Admission() {
    }

    static boolean admits(CueSite site) {
        SentenceGraph g = site.graph();
        int cue = site.cueNode();
        if (cue <= 0) {
            return false;
        }
        for (ParsedSentence.Edge e : g.outgoing(cue)) {
            if (e.relation().startsWith("obl") && (e.relation().contains("comme") || e.relation().contains("tant"))
                    && isMembership(site, e.dependent())) {
                return true; // `accueillera le Pérou en tant que membre`, `comme nouveau pays partenaire`
            }
        }
        List<Integer> admitted = new ArrayList<>(g.dependents(cue, "obj"));
        admitted.addAll(g.dependents(cue, "nsubj:pass"));
        admitted.addAll(g.governors(cue, "acl"));
        for (int n : admitted) {
            if (isMembership(site, n) && g.dependents(n, "amod").stream()
                    .anyMatch(a -> site.words().newnessAdjectives.contains(g.word(a)))) {
                return true; // `accueillent six nouveaux membres`, `six nouveaux pays membres`
            }
        }
        return false;
    }

    private static boolean isMembership(CueSite site, int n) {
        SentenceGraph g = site.graph();
        if (site.words().admissionNouns.contains(g.word(n))) {
            return true;
        }
        List<Integer> mods = new ArrayList<>(g.dependents(n, "compound"));
        mods.addAll(g.dependents(n, "amod"));
        mods.addAll(g.dependents(n, "appos")); // the parser's `appos(pays, membres)` in `nouveaux pays membres, dont`
        return mods.stream().anyMatch(m -> site.words().admissionNouns.contains(g.word(m)));
    }
}
