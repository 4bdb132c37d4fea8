package org.summitcoverage.extract.roles;

import java.util.ArrayList;
import java.util.List;

/**
 * (h49-votes7) A reflexive cue of agreeing (`agreeing_cue_words`: `se mettre d'accord`, `s'accorder`) whose `pour` or
 * `sur` adverbial is an appointment (`appointment_nouns`): `les pays s'étaient mis d'accord pour la candidature unique
 * de X`, `se sont accordés sur la nomination de Y` agree on a choice of person, they sign no text.
 */
final class AgreedAppointmentIsNoSigning implements HolderReading {
    private final HolderReading reading;

    AgreedAppointmentIsNoSigning(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        return agreesOnAnAppointment(site) ? List.of() : reading.read(site);
    }

    static boolean agreesOnAnAppointment(CueSite site) {
        if (site.cueNode() <= 0 || site.hit().first() < 0) {
            return false;
        }
        SentenceGraph g = site.graph();
        if (!site.words().agreeingCueWords.containsWord(g.tokens().get(site.hit().first()))) {
            return false;
        }
        List<Integer> about = new ArrayList<>(site.dependents("obl:pour"));
        about.addAll(site.dependents("obl:sur"));
        return !about.isEmpty() && about.stream().allMatch(n -> site.words().appointmentNouns.contains(g.word(n)));
    }
}
