package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.extract.roles.RoleCueLexicon.Hit;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.model.RoleType;
import org.summitcoverage.nlp.Token;

import java.util.List;
import java.util.Set;

/**
 * `se joindre à` signs a text (`s'est jointe à l'appel`) but joins people at a meeting (`X se joindra à eux`,
 * `se joindront : A ; B`): then whoever joins attends, and signs nothing.
 */
final class JoiningReading implements HolderReading {
    private final HolderReading reading;

    JoiningReading(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        if (promisesASignature(site)) {
            return List.of(); // `s'est engagé à signer la déclaration`: a promise, no signature yet
        }
        boolean people = joinsPeople(site.graph(), site.hit()) || joinsTheTalks(site.graph(), site.hit());
        return reading.read(people ? site.withRole(RoleType.PARTICIPANT) : site);
    }

    /** `s'engager à` + an infinitive of signing (`à signer`, `à ratifier`): a commitment to sign later. */
    private static boolean promisesASignature(CueSite site) {
        if (site.cueNode() <= 0) {
            return false;
        }
        for (int x : site.dependents("xcomp")) {
            RoleType act = "VERB".equals(site.graph().pos(x)) ? RefusedActReading.act(site, x) : null;
            if (act == RoleType.SIGNATORY || act == RoleType.NON_SIGNATORY) {
                return true;
            }
        }
        return false;
    }

    /**
     * (h22-minis) `s'est joint aux discussions`, `s'est associée aux travaux`: the `à` object is the meeting or its talks
     * (`joined_meetings`), as `a rejoint les discussions` is: whoever joins them attends, and signs nothing.
     */
    static boolean joinsTheTalks(SentenceGraph g, Hit h) {
        List<Token> toks = g.tokens();
        RoleWords words = g.words();
        if (h.first() < 0 || h.end() > toks.size() || !words.meetingJoiningReflexives.containsWord(toks.get(h.end() - 1))) {
            return false;
        }
        int k = h.end();
        while (k < toks.size()) { // (h38-listes5) past a manner phrase: `se joindront à distance aux débats`
            String w = toks.get(k).folded();
            if (Set.of("a", "en", "par").contains(w) && k + 1 < toks.size() && words.joiningMannerWords.containsWord(toks.get(k + 1))) {
                k += 2;
            } else if (words.joiningMannerWords.containsWord(toks.get(k))) {
                k++;
            } else {
                break;
            }
        }
        if (k >= toks.size() || !Set.of("a", "aux", "au").contains(toks.get(k).folded())) {
            return false;
        }
        int next = k + 1;
        while (next < toks.size() && words.definiteArticles.containsWord(toks.get(next))) {
            next++;
        }
        return next < toks.size() && words.joinedMeetings.containsWord(toks.get(next));
    }

    /**
     * What follows the verb is a list (a colon), a pronoun for people, a person or a noun for people (past its article,
     * quantifier or possessive: `joined_people_determiners`).
     */
    static boolean joinsPeople(SentenceGraph g, Hit h) {
        List<Token> toks = g.tokens();
        RoleWords words = g.words();
        int k = h.end();
        while (k < toks.size() && words.emphaticPronouns.containsWord(toks.get(k))
                || k < toks.size() && toks.get(k).folded().equals("aussi")) {
            k++;
        }
        if (k >= toks.size()) {
            return false;
        }
        String w = toks.get(k).folded();
        if (w.equals(":")) {
            return true;
        }
        if (!w.equals("a") && !w.equals("aux") && !w.equals("au")) {
            return false;
        }
        int next = k + 1;
        // (h52-sweep-monde) past a quantifier or possessive too: `s'est joint à d'autres dirigeants`, `à plusieurs chefs d'État`
        while (next < toks.size() && (words.definiteArticles.containsWord(toks.get(next))
                || words.joinedPeopleDeterminers.contains(toks.get(next).folded().replace('’', '\''))) && next < k + 4) {
            next++;
        }
        if (next >= toks.size()) {
            return false;
        }
        String object = toks.get(next).word();
        Mention m = g.mentionAt(toks.get(next).start());
        return words.emphaticPronouns.contains(object) || m != null && m.type() == EntityType.PERSON
                || words.guestNouns.contains(object) || words.isTitle(object);
    }
}
