package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.model.EntityType;

import java.util.ArrayList;
import java.util.List;

/**
 * (h46-faux13) `une rencontre organisée par le secrétaire général entre A et B`: a meeting introduced by an indefinite
 * determiner (`indefinite_determiners`) with an `entre` complement is a new, side meeting between two parties, which
 * a go-between arranges; its organiser hosts no meeting of the article (docs/annotation.md § Roles: roles about
 * another meeting are no roles of this summit). A summit (`sommet`) between two leaders, or the
 * meeting under a definite or demonstrative determiner (`la rencontre organisée par Singapour entre A et B`), is still
 * hosted.
 */
final class SideMeetingBetweenParties implements HolderReading {
    /** Most tokens from the cue to its `entre`, and from `entre` to the `et` of its second party. */
    private static final int BETWEEN_REACH = 15;

    private final HolderReading reading;

    SideMeetingBetweenParties(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        if (site.cueNode() > 0 && site.role() == org.summitcoverage.model.RoleType.HOST) {
            SentenceGraph g = site.graph();
            List<Integer> meetings = new ArrayList<>(site.governors("acl"));
            meetings.addAll(site.dependents("nsubj:pass"));
            for (int n : meetings) {
                if (sideMeeting(site, g, n)) {
                    return List.of();
                }
            }
        }
        return reading.read(site);
    }

    private static boolean sideMeeting(CueSite site, SentenceGraph g, int n) {
        String w = g.word(n).toLowerCase(java.util.Locale.ROOT);
        if (!site.words().meetingNouns.contains(w) || w.startsWith("sommet")
                || g.mentions().stream().anyMatch(m -> m.type() == EntityType.EVENT && m.start() <= g.startOf(n) && g.startOf(n) < m.end())) {
            return false;
        }
        boolean indefinite = g.dependents(n, "det").stream()
                .anyMatch(d -> site.words().indefiniteDeterminers.contains(TextFolding.fold(g.word(d))));
        if (!indefinite) {
            return false;
        }
        if (!g.dependents(n, "nmod:entre").isEmpty() || !site.dependents("obl:entre").isEmpty()) {
            return true;
        }
        // the parser may hang `entre A et B` on the organiser's apposed name, or on no word of the cue's phrase
        // (`organisée par le secrétaire général, X, entre A et B`): an `entre` soon after the cue, in its clause, that
        // coordinates two parties (`et` after it)
        List<org.summitcoverage.nlp.Token> toks = site.tokens();
        int from = g.tokenIndexAt(g.startOf(site.cueNode()));
        for (int k = from + 1; from >= 0 && k < Math.min(toks.size(), from + BETWEEN_REACH); k++) {
            String t = toks.get(k).word().toLowerCase(java.util.Locale.ROOT);
            if (t.equals(".") || t.equals(";") || site.words().relativePronouns.contains(t)) {
                return false;
            }
            if (t.equals("entre")) {
                for (int j = k + 2; j < Math.min(toks.size(), k + 2 + BETWEEN_REACH); j++) {
                    if (toks.get(j).word().equals("et")) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }
}
