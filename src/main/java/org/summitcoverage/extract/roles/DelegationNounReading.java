package org.summitcoverage.extract.roles;

import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.model.RoleType;
import org.summitcoverage.nlp.Token;

import java.util.List;

/** `à la tête de la délégation`, `chef de la délégation`, `président de la délégation`: the person named nearest leads it. */
final class DelegationNounReading implements ParsedReading {
    @Override
    public List<Finding> readParsed(CueSite site) {
        if (!ledBy(site) || compoundTitleEnChef(site)) {
            return List.of();
        }
        Mention person = nearestPerson(site);
        if (person == null) {
            person = titledState(site);
        }
        if (person == null) {
            return List.of();
        }
        String owner = Delegations.owner(site.graph(), site.cueNode());
        return List.of(new Finding(RoleType.DELEGATION_HEAD, person, "à la tête de la " + site.hit().text(),
                Confidence.NOUN_RULE, "delegation-head", person.text() + " … tête/chef de la " + site.hit().text(), owner));
    }

    /**
     * `à la tête de la délégation`, `chef de la délégation` (within the four words before the cue), and (r24) a title
     * joined to the cue by `de` and at most a determiner, `X, président de la délégation américaine`, the delegation's
     * head as some agencies word it (`delegation_leader_titles`); not a title further off, `le président a reçu la
     * délégation`.
     */
    private static boolean ledBy(CueSite site) {
        return ledBy(site.tokens(), site.hit().first(), site.words());
    }

    /** {@link #ledBy(CueSite)} on the tokens, for the cue's live check too (CueScope). */
    static boolean ledBy(List<Token> toks, int first, RoleWords words) {
        for (int k = Math.max(0, first - 4); k < first; k++) {
            if (words.delegationLeadingNouns.containsWord(toks.get(k))) {
                return true;
            }
        }
        int k = first - 1;
        if (k >= 0 && words.subjectDeterminers.contains(toks.get(k).word().toLowerCase(java.util.Locale.ROOT))) {
            k--;
        }
        return k >= 1 && toks.get(k).word().equalsIgnoreCase("de")
                && words.delegationLeaderTitles.contains(toks.get(k - 1).word().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * (h23-onu) `négociateur en chef de la délégation brésilienne`, `porte-parole en chef de la délégation`: `en chef`
     * closes a compound title (the delegation's chief negotiator), whose holder does not lead the delegation.
     */
    private static boolean compoundTitleEnChef(CueSite site) {
        List<Token> toks = site.tokens();
        for (int k = Math.max(1, site.hit().first() - 4); k < site.hit().first(); k++) {
            String w = toks.get(k).folded();
            if ((w.equals("chef") || w.equals("cheffe"))
                    && toks.get(k - 1).folded().equals("en")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The person named nearest the cue, not one named after it in a relative clause on the delegation (`X était à la
     * tête de la délégation malienne, qui comprenait aussi le ministre Y`: Y is a member).
     */
    private static Mention nearestPerson(CueSite site) {
        Mention best = null;
        int bestDistance = Integer.MAX_VALUE;
        int cueStart = site.tokens().get(site.hit().first()).start();
        int relative = relativeAfterCue(site);
        for (Mention m : site.graph().mentions()) {
            if (m.type() == EntityType.PERSON && (relative < 0 || m.start() < relative)) {
                int d = Math.abs(m.start() - cueStart);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = m;
                }
            }
        }
        return best;
    }

    /** The start of the first relative pronoun after the cue, before any sentence break; -1 when none. */
    private static int relativeAfterCue(CueSite site) {
        List<Token> toks = site.tokens();
        for (int k = site.hit().end(); k < toks.size(); k++) {
            String w = toks.get(k).word();
            if (w.equals(".") || w.equals(";")) {
                return -1;
            }
            if (k > 0 && toks.get(k - 1).word().equals(",") && (site.words().relativePronouns.contains(w) || w.equals("dont"))) {
                return toks.get(k).start();
            }
        }
        return -1;
    }

    /**
     * `Le Premier ministre algérien était à la tête de la délégation` with no one named in the sentence: the state of
     * that unnamed title, whose row goes to the person the article names with it (RoleExtractor) or is dropped.
     */
    private static Mention titledState(CueSite site) {
        SentenceGraph g = site.graph();
        for (Mention m : g.mentions()) {
            if (m.type() == EntityType.PERSON) {
                return null;
            }
        }
        int cueStart = site.tokens().get(site.hit().first()).start();
        for (Mention m : g.mentions()) {
            if (m.type() == EntityType.COUNTRY && m.end() <= cueStart
                    && TitleAppositions.stateTitle(g.tokens(), m, g.words()) != null) {
                return m;
            }
        }
        return null;
    }
}
