package org.summitcoverage.extract.roles;

import java.util.List;
import java.util.Locale;

import org.summitcoverage.model.RoleType;
import org.summitcoverage.nlp.Sentence;

/**
 * (h33-sources) `Il s'est ensuite envolé pour Rome, où il effectue une visite d'État à l'invitation du président X`: in a
 * summit article, an invitation in a sentence on a state or official visit (`state_visit_phrases`) is the visit's, and
 * its inviter hosts no role of the summit. An article whose headline or lede speaks of the visit is about it, and there
 * the inviter hosts (`signés à l'occasion de la visite d'État qu'effectue X, à l'invitation du président Y`).
 */
final class LaterVisitInvitationIsNoHost implements HolderReading {
    /** The headline and the lede: the sentences that say what the article is about. */
    private static final int LEAD_SENTENCES = 2;

    private final HolderReading reading;

    LaterVisitInvitationIsNoHost(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        return isAnotherVisitsInvitation(site) ? List.of() : reading.read(site);
    }

    private static boolean isAnotherVisitsInvitation(CueSite site) {
        if (site.role() != RoleType.HOST || site.discourse() == null) {
            return false;
        }
        boolean invitation = false;
        for (int k = site.hit().first(); k < site.hit().end(); k++) {
            invitation |= site.tokens().get(k).word().toLowerCase(Locale.ROOT).startsWith("invitation");
        }
        Sentence sentence = site.discourse().sentence();
        if (!invitation || sentence.index() < LEAD_SENTENCES
                || !RoleWords.containsPhrase(sentence.tokens(), site.words().stateVisitPhrases)) {
            return false;
        }
        List<Sentence> all = site.discourse().doc().sentences();
        for (int i = 0; i < LEAD_SENTENCES && i < all.size(); i++) {
            if (RoleWords.containsPhrase(all.get(i).tokens(), site.words().stateVisitPhrases)) {
                return false;
            }
        }
        return true;
    }
}
