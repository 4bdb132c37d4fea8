package org.summitcoverage.extract.roles;

import java.util.ArrayList;
import java.util.List;

/**
 * The speaker a pronoun subject of a reported clause stands for: `X a annoncé qu'elle présiderait le sommet`. The
 * clause may be the cue's own verb or a verb it is the infinitive complement of (`qu'elle allait présider`, `qu'elle va
 * prendre la présidence`): the parser hangs the `que` clause on the reporting verb through that first verb, so the chain
 * of `xcomp` governors is climbed before looking for the `ccomp` edge.
 */
final class ReportedSpeaker {
    private ReportedSpeaker() {
    }

    /** The non-pronoun subjects of the reporting verbs ({@code reported_speech_verbs}) whose clause holds {@code verb}. */
    static List<Integer> of(SentenceGraph g, int verb, RoleWords words) {
        List<Integer> out = new ArrayList<>();
        for (int v : reportingVerbs(g, verb, words, 3)) {
            for (int s : ClauseReading.subjects(g, v, false)) {
                if (!words.subjectPronouns.contains(g.word(s))) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /** The reporting verbs over {@code verb}'s clause, past at most {@code climb} infinitive governors. */
    static List<Integer> reportingVerbs(SentenceGraph g, int verb, RoleWords words, int climb) {
        List<Integer> out = new ArrayList<>();
        List<Integer> chain = new ArrayList<>(List.of(verb));
        for (int i = 0; i < chain.size() && i <= climb; i++) {
            for (int reporting : g.governors(chain.get(i), "ccomp")) {
                if (words.reportedSpeechVerbs.contains(g.word(reporting)) && !out.contains(reporting)) {
                    out.add(reporting);
                }
            }
            for (int up : g.governors(chain.get(i), "xcomp")) {
                if (!chain.contains(up)) {
                    chain.add(up);
                }
            }
        }
        return out;
    }
}
