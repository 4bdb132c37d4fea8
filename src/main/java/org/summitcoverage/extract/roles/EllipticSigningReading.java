package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.model.Mention;
import org.summitcoverage.model.RoleType;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * A short sentence that takes up the signature the previous sentence told, without its verb: `La Pologne a signé la
 * déclaration. La Finlande aussi.` (the same act), `Le Danemark et la Norvège ne l'ont pas fait.` (the act refused:
 * `faire` stands for it; `a fait de même`, `en a fait autant`: the same act), `La Norvège non plus.` after a refusal
 * (the refusal), and a list opened by `ni` after a refusal (`Ni le Chili, le Pérou ou encore la Bolivie.`:
 * `elliptic_neither_list`). The holders are the sentence's states, bodies and people, opening it (after at most a
 * restrictive word, `Seule l'Érythrée ne l'a pas fait`: `elliptic_restrictives`); the words are `elliptic_likewise`,
 * `elliptic_neither` and the pro-verb `faire`. (h35-signature3) Followers do the same act: the holders after the agent of a
 * passive of following (`Il a été suivi par A et B`), or opening the sentence before `elliptic_following` (`B lui a emboîté le pas`).
 */
final class EllipticSigningReading {
    /** The most words besides the holders' in such a sentence (`ne l'ont pas fait non plus`). */
    private static final int MAX_OTHER_TOKENS = 8;
    /** The furthest into the sentence a participle of following may stand (`Elle a ensuite été suivie par`). */
    private static final int MAX_FOLLOWED_TOKENS = 6;
    /** The longest act phrase between the participle and its agent (`dans ce geste historique`). */
    private static final int ACT_PHRASE_MAX_TOKENS = 4;

    private final RoleWords words;

    EllipticSigningReading(RoleWords words) {
        this.words = words;
    }

    /**
     * The findings of the sentence {@code toks} (with its {@code mentions}) that takes up {@code previous}, the
     * signing role the previous sentence asserted; empty when the sentence is no such ellipsis.
     */
    List<Finding> read(List<Token> toks, List<Mention> mentions, RoleType previous, String trigger) {
        List<Finding> out = new ArrayList<>();
        List<Mention> holders = mentions.stream().filter(SentenceGraph::canHoldRole).toList();
        if (previous == null || holders.isEmpty()) {
            return out;
        }
        List<String> rest = new ArrayList<>();
        int firstOther = -1;
        // (h28-afrique) `Seule l'Érythrée ne l'a pas fait.`: a restrictive word may open the sentence before the holders
        int from = toks.size() > 1 && words.ellipticRestrictives.containsWord(toks.get(0)) ? 1 : 0;
        for (int k = from; k < toks.size(); k++) {
            Token t = toks.get(k);
            boolean inMention = holders.stream().anyMatch(m -> m.start() <= t.start() && t.start() < m.end());
            String w = t.folded();
            if (inMention || w.equals(",") || w.equals(".") || w.equals("et") || words.definiteArticles.contains(w)
                    && k + 1 < toks.size() && startsAHolder(holders, toks.get(k + 1))) {
                continue;
            }
            if (firstOther < 0) {
                firstOther = k;
            }
            rest.add(w);
        }
        if (!rest.isEmpty() && firstOther == 0 && rest.get(0).equals("ni") && previous == RoleType.NON_SIGNATORY
                && rest.size() <= MAX_OTHER_TOKENS && rest.stream().allMatch(words.ellipticNeitherList::contains)) {
            // `X n'a pas signé. Ni le Mexique, l'Indonésie ou encore la Thaïlande.`: a list opened by `ni`, the refusal
            for (Mention m : holders) {
                out.add(new Finding(RoleType.NON_SIGNATORY, m, trigger, Confidence.TOKEN_RULE, "elliptic signature",
                        "ni " + m.text() + " (previous sentence: " + trigger + ")", null));
            }
            return out;
        }
        List<Mention> followers = followersAfterTheAgent(toks, holders);
        // (h64-sign) `dans ce geste historique` names the act followed: its words count as none of the sentence's own
        if (!followers.isEmpty() && rest.size() - actPhraseLength(toks) <= MAX_OTHER_TOKENS) {
            // (h35-signature3) `Le Ghana a signé l'accord. Il a été suivi par le Bénin et le Mali.`: the same act
            for (Mention m : followers) {
                out.add(new Finding(previous, m, trigger, Confidence.TOKEN_RULE, "elliptic signature",
                        "suivi par " + m.text() + " (previous sentence: " + trigger + ")", null));
            }
            return out;
        }
        if (rest.isEmpty() || rest.size() > MAX_OTHER_TOKENS || firstOther == from) {
            return out; // the holders open the sentence: `La Finlande aussi.`, not `Aussi la Finlande …`
        }
        String joined = String.join(" ", rest);
        if (words.ellipticFollowing.contains(joined)) {
            // (h35-signature3) `Le Togo lui a emboîté le pas.`, `Le Bénin et le Mali ont suivi.`: the same act
            for (Mention m : holders) {
                out.add(new Finding(previous, m, trigger, Confidence.TOKEN_RULE, "elliptic signature",
                        m.text() + " " + joined + " (previous sentence: " + trigger + ")", null));
            }
            return out;
        }
        RoleType role = null;
        boolean negated = rest.contains("ne") || rest.contains("n'") || rest.contains("pas") || rest.contains("jamais");
        if (standsForTheAct(rest)) {
            // `ne l'ont pas fait`, `a fait de même`, `en a fait autant`: faire stands for the act told before
            role = negated ? opposite(previous) : previous;
        } else if (words.ellipticLikewise.contains(joined) && previous == RoleType.SIGNATORY) {
            role = RoleType.SIGNATORY; // `La Finlande aussi.`
        } else if (words.ellipticNeither.contains(joined) && previous == RoleType.NON_SIGNATORY) {
            role = RoleType.NON_SIGNATORY; // `La Norvège non plus.`
        }
        if (role == null) {
            return out;
        }
        for (Mention m : holders) {
            out.add(new Finding(role, m, trigger, Confidence.TOKEN_RULE, "elliptic signature",
                    m.text() + " " + joined + " (previous sentence: " + trigger + ")", null));
        }
        return out;
    }

    /**
     * `ne l'ont pas fait`, `l'a fait aussi`, `a fait de même`, `en a fait (tout) autant`: the pro-verb faire, its clitic before
     * it and nothing after it but a likewise or neither; `a fait l'impasse sur la déclaration` is faire with an object.
     */
    private boolean standsForTheAct(List<String> rest) {
        int f = rest.indexOf("fait");
        if (f < 0) {
            return false;
        }
        String tail = String.join(" ", rest.subList(f + 1, rest.size()));
        boolean clitic = rest.subList(0, f).contains("l'") || rest.subList(0, f).contains("le");
        if (tail.equals("de meme") || tail.equals("autant") || tail.equals("tout autant")) {
            return true;
        }
        return clitic && (tail.isEmpty() || words.ellipticLikewise.contains(tail) || words.ellipticNeither.contains(tail));
    }

    /**
     * The holders after the agent of a passive of following (`Il a été suivi par A et B`, `Elle a été imitée par A`):
     * the participle opens no later than {@link #MAX_FOLLOWED_TOKENS} words into the sentence, its subject (a pronoun or
     * the one who signed) before it, and only the holders, commas and `et` come after the agent. Empty otherwise.
     */
    private List<Mention> followersAfterTheAgent(List<Token> toks, List<Mention> holders) {
        for (int p = 1; p + 1 < toks.size() && p <= MAX_FOLLOWED_TOKENS; p++) {
            if (!words.followerParticiples.containsWord(toks.get(p))) {
                continue;
            }
            int agent = p + 1 + actPhraseLengthAt(toks, p + 1);
            if (agent >= toks.size() || !words.followerAgents.containsWord(toks.get(agent))) {
                continue;
            }
            int agentEnd = toks.get(agent).end();
            List<Mention> after = holders.stream().filter(m -> m.start() >= agentEnd).toList();
            for (int k = agent + 1; k < toks.size(); k++) {
                Token t = toks.get(k);
                String w = t.folded();
                boolean allowed = startsAHolder(after, t) || w.equals(",") || w.equals(".") || w.equals("et")
                        || words.definiteArticles.contains(w) && k + 1 < toks.size() && startsAHolder(after, toks.get(k + 1))
                        || words.followerAgents.contains(w) && k + 1 < toks.size() && startsAHolder(after, toks.get(k + 1));
                if (!allowed) {
                    return List.of(); // `Il a été suivi par le Bénin, qui a refusé`: a clause of its own
                }
            }
            return after;
        }
        return List.of();
    }

    /** The words of the act phrase after the first participle of following in the sentence (0 when there is none). */
    private int actPhraseLength(List<Token> toks) {
        for (int p = 1; p + 1 < toks.size() && p <= MAX_FOLLOWED_TOKENS; p++) {
            if (words.followerParticiples.containsWord(toks.get(p))) {
                return actPhraseLengthAt(toks, p + 1);
            }
        }
        return 0;
    }

    /**
     * (h64-sign) The words of `dans` + demonstrative + act noun (+ one adjective: `dans ce geste historique`) opening at
     * {@code k}, the act the followers repeat, when the agent comes right after it; 0 otherwise (`suivi dans cette salle`).
     */
    private int actPhraseLengthAt(List<Token> toks, int k) {
        if (k + 3 >= toks.size() || !toks.get(k).folded().equals("dans")
                || !words.clauseDemonstratives.containsWord(toks.get(k + 1)) || !words.followerActNouns.containsWord(toks.get(k + 2))) {
            return 0;
        }
        for (int len = 3; len <= ACT_PHRASE_MAX_TOKENS && k + len < toks.size(); len++) {
            if (words.followerAgents.containsWord(toks.get(k + len))) {
                return len;
            }
        }
        return 0;
    }

    private static boolean startsAHolder(List<Mention> holders, Token t) {
        return holders.stream().anyMatch(m -> m.start() <= t.start() && t.start() < m.end());
    }

    private static RoleType opposite(RoleType r) {
        return r == RoleType.SIGNATORY ? RoleType.NON_SIGNATORY : RoleType.SIGNATORY;
    }
}
