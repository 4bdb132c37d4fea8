package org.summitcoverage.extract.roles;

import org.summitcoverage.model.RoleType;

import java.util.List;

/**
 * A verb of speaking (`s'exprimer`, `prendre la parole`, `intervenir`) attends the meeting only when the
 * words are said there: `S'exprimant lors d'un point de presse, le porte-parole X a …` speaks elsewhere
 * (docs/annotation.md, a quoted speaker), as does `depuis` + a place (`s'exprimant depuis Lomé`), unless the sentence also
 * places the words at the meeting.
 */
final class SpeechElsewhereIsNoAttendance implements HolderReading {
    private final HolderReading reading;

    SpeechElsewhereIsNoAttendance(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        if (site.role() == RoleType.PARTICIPANT && speaking(site)
                && (RoleWords.containsPhrase(site.tokens(), site.words().speechElsewhere) || QuotedSpeakerReading.saidFromAPlace(site))
                && !RoleWords.containsPhrase(site.tokens(), site.words().speechAtMeeting)) {
            return List.of();
        }
        if (site.role() == RoleType.PARTICIPANT && speaking(site) && conveysThanks(site)) {
            return List.of();
        }
        return reading.read(site);
    }

    /**
     * A non-reflexive `exprimer` whose object is thanks (`Le gouvernement X a exprimé sa gratitude aux hôtes`,
     * `thanks_nouns`): a message, said nowhere in particular; `s'exprimer` speaks.
     */
    private static boolean conveysThanks(CueSite site) {
        if (site.cueNode() < 0 || !site.graph().word(site.cueNode()).toLowerCase(java.util.Locale.ROOT).startsWith("exprim")) {
            return false;
        }
        if (!site.dependents("expl").isEmpty() || !site.dependents("expl:pv").isEmpty()
                || !site.dependents("expl:comp").isEmpty() || site.precededBy("s'") || site.precededBy("s’")
                || site.precededBy("se")) {
            return false;
        }
        for (int o : site.dependents("obj")) {
            if (site.words().thanksNouns.contains(site.graph().word(o).toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean speaking(CueSite site) {
        for (int k = site.hit().first(); k < site.hit().end(); k++) {
            if (site.words().speakingCues.contains(site.tokens().get(k).word())) {
                return true;
            }
        }
        return false;
    }
}
