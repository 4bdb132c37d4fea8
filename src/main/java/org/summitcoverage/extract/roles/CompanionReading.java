package org.summitcoverage.extract.roles;

import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.model.RoleType;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence with no role cue that gives a companion to the person the previous sentence said attends: `X a pris part
 * à la séance. Il était accompagné du ministre Y.` (a subject pronoun, its auxiliaries, then a marker of
 * `likewise_attendance_markers`): the companions attend too. Nothing when the previous sentence gave no person a
 * role of attendance.
 */
final class CompanionReading {
    /** How far past the marker a person may stand behind a title and its complement (`du secrétaire général de l'ONU, X`). */
    private static final int TITLED_SLACK = 6;
    /** The most auxiliaries between the pronoun and the marker (`a été`). */
    private static final int MAX_AUXILIARIES = 2;

    private final RoleWords words;

    CompanionReading(RoleWords words) {
        this.words = words;
    }

    List<Finding> read(SentenceGraph g, String trigger) {
        List<Token> toks = g.tokens();
        if (toks.isEmpty() || !words.subjectPronouns.contains(toks.get(0).word())) {
            return List.of();
        }
        int k = 1;
        while (k < toks.size() && k <= MAX_AUXILIARIES && words.auxiliaries.contains(toks.get(k).word())) {
            k++;
        }
        if (k == 1) {
            return List.of();
        }
        int from = -1;
        for (List<String> marker : words.likewiseAttendanceMarkers) {
            int end = RoleWords.phraseEnd(toks, k, marker);
            if (end > 0) {
                from = end;
                break;
            }
        }
        if (from < 0) {
            return List.of();
        }
        List<Mention> list = Enumerations.listAfter(g, from, 3);
        if (list.isEmpty()) {
            List<Mention> titled = Enumerations.listAfter(g, from, TITLED_SLACK);
            if (!titled.isEmpty() && titled.get(0).type() == EntityType.PERSON) {
                list = titled;
            }
        }
        List<Finding> out = new ArrayList<>();
        for (Mention m : list) {
            out.add(new Finding(RoleType.PARTICIPANT, m, trigger, Confidence.ENUMERATION, "companion",
                    toks.get(0).word() + " … " + toks.get(k).word() + " " + m.text() + " (previous sentence: " + trigger + ")", null));
        }
        return out;
    }
}
