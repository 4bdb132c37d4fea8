package org.summitcoverage.extract.roles;

import java.util.List;
import java.util.Locale;

import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.nlp.Token;

/**
 * (h33-sources) `l'arrivée de la Suède au sein de l'Alliance`, `l'arrivée de la Finlande dans l'Otan`: an arrival noun
 * (`body_arrival_nouns`) whose place is a body (a named organisation, or a `standing_bodies` noun) says a state joins
 * that body, a membership and no role of this summit (reading guide, joining another body), so it reads nothing.
 */
final class ArrivalInABodyIsJoining implements HolderReading {
    /** Most words between the arrival noun and its place (`l'arrivée de la Macédoine du Nord au sein de`). */
    private static final int WINDOW = 10;

    private final HolderReading reading;

    ArrivalInABodyIsJoining(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        return intoABody(site) ? List.of() : reading.read(site);
    }

    private static boolean intoABody(CueSite site) {
        RoleWords w = site.words();
        List<Token> toks = site.tokens();
        if (!w.bodyArrivalNouns.contains(toks.get(site.hit().first()).word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int k = site.hit().end(); k < toks.size() && k < site.hit().end() + WINDOW; k++) {
            String word = toks.get(k).word().toLowerCase(Locale.ROOT);
            if (word.equals(",") || word.equals(".") || word.equals(";")) {
                return false;
            }
            int place = -1;
            if (word.equals("au") && k + 2 < toks.size() && toks.get(k + 1).word().equals("sein")
                    && w.complementMarkers.containsWord(toks.get(k + 2))) {
                place = k + 3;
            } else if (word.equals("dans")) {
                place = k + 1;
            }
            if (place < 0) {
                continue;
            }
            while (place < toks.size() && w.definiteArticles.contains(toks.get(place).word().toLowerCase(Locale.ROOT))) {
                place++;
            }
            if (place < toks.size() && isBody(site, toks.get(place))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBody(CueSite site, Token t) {
        Mention m = site.graph().mentionAt(t.start());
        return m != null && m.type() == EntityType.ORGANIZATION
                || site.words().standingBodies.contains(t.word().toLowerCase(Locale.ROOT));
    }
}
