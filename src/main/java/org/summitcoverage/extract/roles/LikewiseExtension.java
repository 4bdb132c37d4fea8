package org.summitcoverage.extract.roles;

import org.summitcoverage.extract.roles.RoleCueLexicon.Hit;
import org.summitcoverage.model.Mention;
import org.summitcoverage.model.RoleType;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * What a verb cue says of its holders holds for those named after `tout comme`, `de même que` or `pas plus
 * que` later in the sentence (`X a pris part aux travaux, tout comme le président de l'Afreximbank, Y`;
 * `La Chine et l'Inde n'ont pas signé le texte, pas plus que les États-Unis`). `aux côtés de` extends
 * attendance only: who presides `aux côtés de` someone may preside a part of the meeting, not the meeting.
 */
final class LikewiseExtension implements HolderReading {
    private final HolderReading reading;

    LikewiseExtension(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        List<Finding> found = reading.read(site);
        if (found.isEmpty()) {
            return found;
        }
        List<Token> toks = site.tokens();
        Hit h = site.hit();
        RoleWords words = site.words();
        for (int k = h.end(); k + 2 < toks.size(); k++) {
            int from = markerEnd(words.likewiseMarkers, toks, k);
            if (from < 0 && site.role() == RoleType.PARTICIPANT) {
                from = markerEnd(words.likewiseAttendanceMarkers, toks, k);
            }
            if (from > 0) {
                List<Finding> out = new ArrayList<>(found);
                for (Mention m : Enumerations.listAfter(site.graph(), from, 3)) {
                    out.add(site.finding(m, Confidence.ENUMERATION, "tout comme",
                            h.text() + " … " + toks.get(k).word() + " " + toks.get(k + 1).word() + " " + m.text()));
                }
                return out;
            }
        }
        return found;
    }

    private static int markerEnd(List<List<String>> markers, List<Token> toks, int k) {
        for (List<String> marker : markers) {
            int end = RoleWords.phraseEnd(toks, k, marker);
            if (end > 0) {
                return end;
            }
        }
        return -1;
    }
}
