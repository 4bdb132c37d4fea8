package org.summitcoverage.extract.roles;

import java.util.ArrayList;
import java.util.List;

/**
 * `Le Nigeria est le principal pays à s'être abstenu`, `Le Ghana est le premier État à ratifier le texte`, `A et B ont été
 * parmi les premiers à signer` (`copula_set_words`; not under a negated copula): the cue
 * qualifies a noun (`pays à …`) that the copula predicates of its subject, so the subject holds the role. Read only
 * when the wrapped reading finds no holder, since the cue then has no subject of its own.
 */
final class CopulaSetMemberReading implements HolderReading {
    private final HolderReading reading;

    CopulaSetMemberReading(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        List<Finding> out = new ArrayList<>(reading.read(site));
        if (!out.isEmpty() || site.cueNode() <= 0) {
            return out;
        }
        SentenceGraph g = site.graph();
        for (int noun : site.governors("acl")) {
            boolean setWord = site.words().memberNouns.contains(g.word(noun)) || site.words().copulaSetWords.contains(g.word(noun));
            boolean negated = g.dependents(noun, "advmod").stream().anyMatch(a -> site.words().negators.contains(g.word(a)));
            if (!g.dependents(noun, "cop").isEmpty() && setWord && !negated) {
                out.addAll(site.phrases(g.dependents(noun, "nsubj"), Confidence.NOUN_RULE,
                        s -> "copula: " + g.word(s) + " … " + g.word(noun) + " à " + site.cueText()));
            } else if (setWord && !negated) {
                // `X est devenu le 20e État à ratifier`: the noun predicated by a verb of becoming
                for (int v : g.governors(noun, "xcomp")) {
                    out.addAll(becomingSubjects(site, v, noun));
                }
            }
        }
        // the parser may make the cue the verb of becoming's complement and the set noun its subject
        for (int v : site.governors("xcomp")) {
            for (int noun : site.dependents("nsubj:xsubj")) {
                if (site.words().memberNouns.contains(g.word(noun)) || site.words().copulaSetWords.contains(g.word(noun))) {
                    out.addAll(becomingSubjects(site, v, noun));
                }
            }
        }
        return out;
    }

    /** The subject of a verb of becoming (`becoming_verbs`), the antecedent for a relative `qui`; none when it is negated. */
    private static List<Finding> becomingSubjects(CueSite site, int verb, int noun) {
        SentenceGraph g = site.graph();
        if (!site.words().becomingVerbs.contains(g.word(verb))
                || g.dependents(verb, "advmod").stream().anyMatch(a -> site.words().negators.contains(g.word(a)))) {
            return List.of();
        }
        List<Integer> subjects = new ArrayList<>();
        for (int s : g.dependents(verb, "nsubj")) {
            if (org.summitcoverage.dict.TextFolding.fold(g.word(s)).equals("qui")) {
                subjects.addAll(g.governors(verb, "acl:relcl")); // `le Belize, qui est devenu le 21e État à ratifier`
            } else {
                subjects.add(s);
            }
        }
        return site.phrases(subjects, Confidence.NOUN_RULE, s -> "becoming: " + g.word(s) + " … " + g.word(noun) + " à " + site.cueText());
    }
}
