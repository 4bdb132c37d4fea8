package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;

import java.util.Locale;

/**
 * (h55-divers2) `Le Burkina Faso abritera le premier sommet des parlementaires de l'AES`, in an article on the summit of
 * the heads of state: a host verb whose object is a meeting noun with a complement naming another kind of attendees
 * (`other_attendee_kinds`: parlementaires, ministres, jeunes, …) hosts that other meeting, not the article's
 * (docs/roles.md, roles about another meeting). Not when the article's meeting's name says the same attendees (an
 * article on a meeting of ministers keeps `X abritera la réunion des ministres`). (h62-wrong) So does the subject of a
 * verb of holding, and an adjective of those attendees right after the noun (`la session parlementaire se tiendra au X`).
 * (h63-wrong) So does a meeting noun followed by its format (`X et Y organiseront un sommet en format Normandie`): a
 * meeting of another format, unless the article's meeting is named by a format too.
 */
final class OtherKindOfMeetingHosted {
    private OtherKindOfMeetingHosted() {
    }

    static boolean hostsAnother(RoleWords words, SentenceGraph g, int cue, String mainEventName) {
        if (cue <= 0) {
            return false;
        }
        String main = " " + TextFolding.fold(mainEventName == null ? "" : mainEventName).toLowerCase(Locale.ROOT) + " ";
        // (h62-wrong) also the subject of a verb of holding: `la première session parlementaire se tiendra au Burkina Faso`
        java.util.List<Integer> meetings = new java.util.ArrayList<>(g.dependents(cue, "obj"));
        meetings.addAll(g.dependents(cue, "nsubj"));
        for (int o : meetings) {
            if (!words.meetingNouns.contains(g.word(o).toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (inAnotherFormat(g, o, main)) {
                return true;
            }
            // the parser may make the plural noun an adjective of the meeting noun (`amod(sommet, parlementaires)`)
            java.util.List<Integer> complements = new java.util.ArrayList<>(g.dependents(o, "nmod"));
            complements.addAll(g.dependents(o, "amod"));
            for (int n : complements) {
                String w = g.word(n).toLowerCase(Locale.ROOT);
                if (words.otherAttendeeKinds.contains(w) && !main.contains(" " + TextFolding.fold(w).toLowerCase(Locale.ROOT) + " ")
                        && (rightAfterDe(g, o, n) || adjectiveRightAfter(g, o, n))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Words that put a format after a meeting noun: `en format`, `au format`, `sous le format`. */
    private static final java.util.Set<String> FORMAT_PREPOSITIONS = java.util.Set.of("en", "au", "sous", "dans");

    /**
     * (h63-wrong) the meeting noun {@code o} is followed by a preposition, an optional `le`, and `format` (`un sommet
     * en format Normandie`); the article's own meeting keeps its host when its name says a format.
     */
    private static boolean inAnotherFormat(SentenceGraph g, int o, String main) {
        if (main.contains(" format ") || o + 2 > g.nodeCount()) {
            return false;
        }
        if (!FORMAT_PREPOSITIONS.contains(g.word(o + 1))) {
            return false;
        }
        int k = o + 2;
        if (g.word(k).equals("le") && k < g.nodeCount()) {
            k++;
        }
        return g.word(k).equals("format");
    }

    /** (h62-wrong) {@code n} is an adjective right after the meeting noun {@code o} (`session parlementaire`, `réunion ministérielle`). */
    private static boolean adjectiveRightAfter(SentenceGraph g, int o, int n) {
        return n == o + 1 && g.dependents(o, "amod").contains(n);
    }

    /** {@code n} follows the meeting noun {@code o} with only `de`/`des` (`de les` once split) between them. */
    private static boolean rightAfterDe(SentenceGraph g, int o, int n) {
        if (n <= o + 1) {
            return false;
        }
        boolean de = false;
        for (int k = o + 1; k < n; k++) {
            String w = g.word(k);
            if (w.equals("de") || w.equals("des") || w.equals("d'") || w.equals("d’")) {
                de = true;
            } else if (!w.equals("les")) {
                return false;
            }
        }
        return de;
    }
}
