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
        return reading.read(site);
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
