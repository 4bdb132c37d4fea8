package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;

import java.util.ArrayList;
import java.util.List;

/**
 * (h32-precision) A role verb over several meetings (`a présidé une série de réunions`, `avait assisté à deux
 * visioconférences`, `a participé à plusieurs sommets`: `several_meeting_nouns` after a quantifier, a numeral or a
 * series noun) speaks of other meetings than the article's summit, which is one: no role of it (docs/annotation.md,
 * roles about another meeting). Not the parts of the summit named as such (`plusieurs sessions du sommet`), nor talks on
 * its sidelines (`en marge du sommet`), which place the holder at it.
 */
final class SeveralMeetingsAreOtherMeetings implements HolderReading {
    private final HolderReading reading;

    SeveralMeetingsAreOtherMeetings(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        if (site.cueNode() > 0 && overSeveralMeetings(site) && !onTheSidelines(site)) {
            return List.of();
        }
        return reading.read(site);
    }

    private static boolean overSeveralMeetings(CueSite site) {
        SentenceGraph g = site.graph();
        RoleWords words = site.words();
        List<Integer> governed = new ArrayList<>(site.dependents("obj"));
        governed.addAll(site.dependents("obl:à"));
        governed.addAll(site.dependents("obl:arg"));
        for (int n : governed) {
            boolean series = words.meetingSeriesNouns.contains(g.word(n));
            List<Integer> meetings = series ? g.dependents(n, "nmod:de") : List.of(n);
            for (int m : meetings) {
                if (words.severalMeetingNouns.contains(g.word(m)) && (series || counted(g, words, m) || dated(g, m)
                        || habitual(site)) && !partOfAMeeting(g, words, m)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A numeral above one or a quantifier of several on the noun (`deux`, `plusieurs`, `des`, `de nombreuses`). */
    private static boolean counted(SentenceGraph g, RoleWords words, int n) {
        for (String rel : List.of("det", "nummod", "amod")) {
            for (int d : g.dependents(n, rel)) {
                String w = TextFolding.fold(g.word(d));
                if (words.severalQuantifiers.contains(g.word(d)) || rel.equals("nummod") && !w.equals("un") && !w.equals("une")
                        && !w.equals("1")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * (h33-sources) `a organisé les sommets de 2006 et 2017`: a plural meeting noun dated by a year in its `de` complement
     * names earlier (or later) editions, each a meeting of its own.
     */
    private static boolean dated(SentenceGraph g, int n) {
        for (int d : g.dependents(n, "nmod")) {
            if (g.word(d).matches("(19|20)\\d\\d")) {
                return true;
            }
        }
        return false;
    }

    /**
     * (h56-sweepc) `La Russie participe régulièrement aux sommets depuis 1999`: an adverb of a habit on the verb
     * (`habitual_adverbs`), or `depuis` + a year after it, makes the plural meetings many editions, not the article's one.
     */
    private static boolean habitual(CueSite site) {
        SentenceGraph g = site.graph();
        for (int a : site.dependents("advmod")) {
            if (site.words().habitualAdverbs.contains(g.word(a).toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        List<org.summitcoverage.nlp.Token> toks = site.tokens();
        for (int k = Math.max(0, site.hit().end()); k + 1 < toks.size(); k++) {
            String w = toks.get(k).word();
            if (w.equals(".") || w.equals(";")) {
                return false;
            }
            if (TextFolding.fold(w).equals("depuis") && toks.get(k + 1).word().matches("(19|20)\\d\\d")) {
                return true;
            }
        }
        return false;
    }

    /** `plusieurs sessions du sommet`: the meetings are parts of a meeting the complement names. */
    private static boolean partOfAMeeting(SentenceGraph g, RoleWords words, int n) {
        for (int c : g.dependents(n, "nmod:de")) {
            if (Meetings.isMeeting(g, c)) {
                return true;
            }
        }
        for (int c : g.dependents(n, "nmod:du")) {
            if (Meetings.isMeeting(g, c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean onTheSidelines(CueSite site) {
        return RoleWords.containsPhrase(site.tokens(), List.of(List.of("en", "marge")));
    }
}
