package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.nlp.Token;

import java.util.List;

/**
 * `remplacer` stands in for someone at the meeting only where the text says the one replaced stays away, or places the
 * replacement at the meeting: `X, n'ayant pas fait le déplacement, était remplacé par sa vice-présidente Y`, `remplacé
 * au sommet par Y`, `remplacé au pied levé par Y`. With an office in the sentence (`remplacé par Y à la tête du
 * ministère`, `remplace X à la présidence de la COP`) it is a succession, no delegation.
 */
final class ReplacementIsAStandIn implements HolderReading {
    /** Folded, as {@link RoleWords#containsPhrase} compares: (h30-misses) `levé` written with its accent never matched. */
    private static final List<List<String>> AT_SHORT_NOTICE = List.of(List.of("au", "pied", "leve"));

    private final HolderReading inner;

    ReplacementIsAStandIn(HolderReading inner) {
        this.inner = inner;
    }

    @Override
    public List<Finding> read(CueSite site) {
        if (!TextFolding.fold(site.cueText()).startsWith("remplac")) {
            return inner.read(site);
        }
        List<Token> toks = site.tokens();
        RoleWords words = site.words();
        if (toks.stream().anyMatch(t -> words.officeNouns.containsWord(t))) {
            return List.of();
        }
        boolean standsIn = RoleWords.containsPhrase(toks, words.attendanceCancellations)
                || RoleWords.containsPhrase(toks, AT_SHORT_NOTICE) || atTheMeeting(site) || absentJustBefore(site);
        return standsIn ? inner.read(site) : List.of();
    }

    /**
     * (h46-presences13) `Le roi X n'a pas fait le déplacement. Il a été remplacé par le prince héritier Y`: a sentence
     * opening on a subject pronoun takes up the one the previous sentence says stays away; the replacement stands in.
     */
    private static boolean absentJustBefore(CueSite site) {
        List<Token> toks = site.tokens();
        org.summitcoverage.nlp.Sentence previous = site.discourse().previous();
        return previous != null && !toks.isEmpty() && SUBJECT_PRONOUNS.contains(toks.get(0).folded())
                && RoleWords.containsPhrase(previous.tokens(), site.words().attendanceCancellations);
    }

    private static final java.util.Set<String> SUBJECT_PRONOUNS = java.util.Set.of("il", "elle");

    /** The replacement's place is the meeting: `remplacé au sommet par`, `remplacé à cet événement par`. */
    private static boolean atTheMeeting(CueSite site) {
        SentenceGraph g = site.graph();
        for (String rel : List.of("obl:à", "obl")) {
            for (int o : site.dependents(rel)) {
                if (Meetings.isMeeting(g, o)) {
                    return true;
                }
            }
        }
        return false;
    }
}
