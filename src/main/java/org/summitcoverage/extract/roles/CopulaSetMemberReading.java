package org.summitcoverage.extract.roles;

import org.summitcoverage.model.Mention;

import java.util.ArrayList;
import java.util.List;

/**
 * `Le Nigeria est le principal pays à s'être abstenu`, `Le Ghana est le premier État à ratifier le texte`, `A et B ont été
 * parmi les premiers à signer` (`copula_set_words`; not under a negated copula), and the inverse, `Les deux premiers à
 * signer ont été A et B` (the names predicated of the set noun hold the role), and the set noun in apposition to a name
 * (`Le Nigeria, seul pays à ne pas avoir signé, …`): the cue
 * qualifies a noun (`pays à …`) that the copula predicates of its subject, so the subject holds the role. Read only
 * when the wrapped reading finds no holder, since the cue then has no subject of its own.
 */
final class CopulaSetMemberReading implements HolderReading {
    private final HolderReading reading;

    CopulaSetMemberReading(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        List<Finding> out = new ArrayList<>(reading.read(site));
        if (!out.isEmpty() || site.cueNode() <= 0) {
            return out;
        }
        SentenceGraph g = site.graph();
        List<Integer> setNouns = new ArrayList<>(site.governors("acl"));
        for (int noun : site.governors("nmod:à")) {
            if (!g.dependents(noun, "nsubj").isEmpty() || !g.governors(noun, "nsubj").isEmpty()) {
                setNouns.add(noun); // `Les premiers à le parapher ont été …`: the parser takes the infinitive for a noun
            }
        }
        for (int noun : setNouns) {
            boolean setWord = site.words().memberNouns.contains(g.word(noun)) || site.words().copulaSetWords.contains(g.word(noun));
            boolean negated = g.dependents(noun, "advmod").stream().anyMatch(a -> site.words().negators.contains(g.word(a)));
            if (!g.dependents(noun, "cop").isEmpty() && setWord && !negated) {
                out.addAll(site.phrases(copulaSubjects(g, noun), Confidence.NOUN_RULE,
                        s -> "copula: " + g.word(s) + " … " + g.word(noun) + " à " + site.cueText()));
            } else if (setWord && !negated && !appositionHeads(g, noun).isEmpty()) {
                // (h35-signature3) `Le Nigeria, seul pays à ne pas avoir signé la déclaration, a demandé un délai`: the set
                // noun in apposition says it of the name it stands beside
                out.addAll(site.phrases(appositionHeads(g, noun), Confidence.NOUN_RULE,
                        s -> "apposition: " + g.word(s) + ", " + g.word(noun) + " à " + site.cueText()));
            } else if (setWord && !negated && !predicatedNames(site, noun).isEmpty()) {
                out.addAll(predicatedNames(site, noun));
            } else if (setWord && !negated) {
                // `X est devenu le 20e État à ratifier`: the noun predicated by a verb of becoming
                for (int v : g.governors(noun, "xcomp")) {
                    out.addAll(becomingSubjects(site, v, noun));
                }
            }
        }
        // the parser may make the cue the verb of becoming's complement and the set noun its subject
        for (int v : site.governors("xcomp")) {
            for (int noun : site.dependents("nsubj:xsubj")) {
                if (site.words().memberNouns.contains(g.word(noun)) || site.words().copulaSetWords.contains(g.word(noun))) {
                    out.addAll(becomingSubjects(site, v, noun));
                }
            }
        }
        return out;
    }

    /**
     * (h38-votes) The names the set noun stands in apposition to. After a fronted place or meeting (`Lors du sommet de X,
     * le Pérou, seul pays à voter contre, …`, `À Lindau, le Pérou, seul pays à …`) the parser may hang the name and the set
     * noun both on the place, as appositions or conjuncts: the name right before the set noun is then the one it speaks of
     * (a conjunct only so, set off by its comma, under a head that holds no role).
     */
    private static List<Integer> appositionHeads(SentenceGraph g, int noun) {
        List<Integer> out = new ArrayList<>();
        for (int head : g.governors(noun, "appos")) {
            int sibling = holderSiblingBefore(g, head, noun);
            int beyond = sibling > 0 ? -1 : holderBeyondAnApposition(g, head);
            out.add(sibling > 0 ? sibling : beyond > 0 ? beyond : head);
        }
        boolean commaBefore = g.dependents(noun, "punct").stream().anyMatch(p -> p < noun && g.word(p).equals(","));
        for (int head : commaBefore ? g.governors(noun, "conj") : List.<Integer>of()) {
            int sibling = holderSiblingBefore(g, head, noun);
            if (sibling > 0) {
                out.add(sibling);
            }
        }
        return out;
    }

    /**
     * (h58-b) A head that names no holder and is itself an apposition (`C'est le cas du Ghana, l'une des premières économies
     * de la région, principal pays à s'être abstenu`): the holder it stands beside, its governor or, after that
     * governor, the governor's `de` complement closest before it (`le cas du Ghana`); else -1.
     */
    private static int holderBeyondAnApposition(SentenceGraph g, int head) {
        Mention own = g.mentionAt(g.startOf(head));
        if (own != null && SentenceGraph.canHoldRole(own)) {
            return -1;
        }
        for (int gov : g.governors(head, "appos")) {
            Mention m = g.mentionAt(g.startOf(gov));
            if (m != null && SentenceGraph.canHoldRole(m)) {
                return gov;
            }
            int closest = -1;
            for (int c : g.dependents(gov, "nmod:de")) {
                Mention n = c < head ? g.mentionAt(g.startOf(c)) : null;
                if (n != null && SentenceGraph.canHoldRole(n) && c > closest) {
                    closest = c;
                }
            }
            if (closest > 0) {
                return closest;
            }
        }
        return -1;
    }

    /** For a head that names no holder, its apposition or conjunct closest before {@code noun} that names one; else -1. */
    private static int holderSiblingBefore(SentenceGraph g, int head, int noun) {
        Mention m = g.mentionAt(g.startOf(head));
        if (m != null && SentenceGraph.canHoldRole(m)) {
            return -1;
        }
        int sibling = -1;
        for (String rel : List.of("appos", "conj")) {
            for (int a : g.dependents(head, rel)) {
                Mention n = a < noun ? g.mentionAt(g.startOf(a)) : null;
                if (n != null && SentenceGraph.canHoldRole(n) && a > sibling) {
                    sibling = a;
                }
            }
        }
        return sibling;
    }

    /**
     * The copula's subject; for a copula coordinated with an earlier verb and no subject of its own (`Le Paraguay a
     * contesté plusieurs passages et a été le seul pays à ne pas l'approuver`), that verb's subject.
     */
    private static List<Integer> copulaSubjects(SentenceGraph g, int noun) {
        List<Integer> subjects = new ArrayList<>(g.dependents(noun, "nsubj"));
        if (subjects.isEmpty()) {
            for (int verb : g.governors(noun, "conj")) {
                if (verb < noun) {
                    subjects.addAll(g.dependents(verb, "nsubj"));
                }
            }
        }
        return subjects;
    }

    /**
     * `Les deux premiers à parapher le texte ont été A et B`: the set noun is the copula's subject and the names are its
     * predicate, so the predicate holds the role (the inverse of `A et B ont été les premiers à signer`); none under a
     * negated copula.
     */
    private static List<Finding> predicatedNames(CueSite site, int noun) {
        SentenceGraph g = site.graph();
        List<Finding> out = new ArrayList<>();
        for (int p : g.governors(noun, "nsubj")) {
            boolean negated = g.dependents(p, "advmod").stream().anyMatch(a -> site.words().negators.contains(g.word(a)));
            if (!g.dependents(p, "cop").isEmpty() && !negated && g.mentionAt(g.startOf(p)) != null) {
                out.addAll(site.phrases(List.of(p), Confidence.NOUN_RULE,
                        s -> "copula: " + g.word(noun) + " à " + site.cueText() + " … " + g.word(s)));
            }
        }
        return out;
    }

    /** The subject of a verb of becoming (`becoming_verbs`), the antecedent for a relative `qui`; none when it is negated. */
    private static List<Finding> becomingSubjects(CueSite site, int verb, int noun) {
        SentenceGraph g = site.graph();
        if (!site.words().becomingVerbs.contains(g.word(verb))
                || g.dependents(verb, "advmod").stream().anyMatch(a -> site.words().negators.contains(g.word(a)))) {
            return List.of();
        }
        List<Integer> subjects = new ArrayList<>();
        for (int s : g.dependents(verb, "nsubj")) {
            if (org.summitcoverage.dict.TextFolding.fold(g.word(s)).equals("qui")) {
                subjects.addAll(g.governors(verb, "acl:relcl")); // `le Belize, qui est devenu le 21e État à ratifier`
            } else {
                subjects.add(s);
            }
        }
        return site.phrases(subjects, Confidence.NOUN_RULE, s -> "becoming: " + g.word(s) + " … " + g.word(noun) + " à " + site.cueText());
    }
}
