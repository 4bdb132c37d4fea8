package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.model.Mention;
import org.summitcoverage.model.RoleType;
import org.summitcoverage.nlp.AnnotatedText;
import org.summitcoverage.nlp.Sentence;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * A vote tally names who took each side after the count, in brackets or after `ceux de`: `13 voix pour, une contre
 * (Russie) et deux abstentions (Chine, Inde)`, `Quatre pays ont voté contre (A, B, C et D)`, `deux votes contre, ceux
 * de A et de B`. The side is the word before the names: against (after a count, a vote noun or a vote verb) and an
 * abstention are refusals, for is a signature. A bracket that holds anything but names (`(AFP)` after a word, a
 * date, a figure) names nobody; a name before the bracket (`à Abuja (Nigeria)`) is no side. Read on the tokens of
 * every sentence of an article about a meeting: the count that opens a tally (`par 12 voix pour`) is often no cue.
 * (h23-onu) A side's count followed by `dont` names some of that side: `10 contre dont A et B`, `12 abstentions, dont C`.
 * (h46-votes5) So does a bracket that opens on `dont` (`10 contre (dont A et B)`), and a colon after the side's count
 * names all of it (`sept contre : A, B et C`).
 */
final class VoteTallyReading {

    private final RoleWords words;

    VoteTallyReading(RoleWords words) {
        this.words = words;
    }

    List<SentenceFinding> read(AnnotatedText doc, List<Mention> mentions) {
        List<SentenceFinding> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<Token> toks = s.tokens();
            if (toks.stream().noneMatch(t -> t.word().equals("(") || t.word().equals("dont") || t.word().equals(":")
                    || words.tallyBackReferences.containsWord(t))) {
                continue;
            }
            List<Mention> inSentence = mentions.stream().filter(m -> m.sentenceIndex() == s.index()).toList();
            SentenceGraph g = SentenceGraph.unparsed(toks, inSentence, words);
            for (Finding f : read(g)) {
                out.add(new SentenceFinding(f, s.index(), doc.text().substring(s.start(), s.end())));
            }
        }
        return out;
    }

    List<Finding> read(SentenceGraph g) {
        List<Finding> out = new ArrayList<>();
        List<Token> toks = g.tokens();
        for (int k = 2; k < toks.size(); k++) {
            String w = toks.get(k).word();
            List<Mention> named;
            int sideAt = k;
            if (w.equals("(")) {
                named = bracketed(g, k);
            } else if (w.equals("dont") && k + 1 < toks.size()) {
                // (h23-onu) `Par 142 voix pour, 10 contre dont Israël et les Etats-Unis`: some of that side, named after `dont`
                named = Enumerations.listAfter(g, k + 1, 2);
                // (h46-votes5) `10 contre (dont Israël et les Etats-Unis)`: the side stands before the bracket `dont` opens
                sideAt = toks.get(k - 1).word().equals(",") || toks.get(k - 1).word().equals("(") ? k - 1 : k;
            } else if (w.equals(":") && k + 1 < toks.size()) {
                // (h46-votes5) `141 pour et sept contre : Bélarus, Érythrée et Mali`: the side's count, then its names
                named = Enumerations.listAfter(g, k + 1, 2);
            } else if (w.equals(",") && k + 3 < toks.size() && words.tallyBackReferences.containsWord(toks.get(k + 1))
                    && isDe(toks.get(k + 2))) {
                named = Enumerations.listAfter(g, k + 3, 2); // `deux votes contre, ceux de la Russie et du Mozambique`
            } else {
                continue;
            }
            RoleType side = named.isEmpty() || sideAt < 2 ? null : side(words, toks, sideAt);
            if (side == null) {
                continue;
            }
            for (Mention m : named) {
                out.add(new Finding(side, m, toks.get(sideAt - 1).word(), Confidence.TOKEN_RULE, "vote tally",
                        toks.get(k - 1).word() + " " + w + " " + m.text(), null));
            }
        }
        return out;
    }

    /** The side the word before {@code k} names, or null. */
    private static RoleType side(RoleWords words, List<Token> toks, int k) {
        String before = toks.get(k - 1).word();
        if (words.abstentionWords.contains(before)) {
            return RoleType.NON_SIGNATORY;
        }
        String counted = toks.get(k - 2).word();
        boolean tally = words.tallyNouns.contains(counted) || words.voteVerbs.contains(counted)
                || words.tallyCounts.contains(counted) || counted.matches("\\d+");
        if (!tally) {
            return null;
        }
        if (words.voteAgainstWords.contains(before)) {
            return RoleType.NON_SIGNATORY;
        }
        return words.voteForWords.contains(before) ? RoleType.SIGNATORY : null;
    }

    /** The names a bracket opening at {@code open} holds when it holds only names, articles and separators; else none. */
    static List<Mention> bracketed(SentenceGraph g, int open) {
        List<Token> toks = g.tokens();
        List<Mention> out = new ArrayList<>();
        for (int k = open + 1; k < toks.size(); k++) {
            Token t = toks.get(k);
            if (t.word().equals(")")) {
                return out;
            }
            Mention m = g.mentionAt(t.start());
            if (m != null) {
                if (!SentenceGraph.canHoldRole(m)) {
                    return List.of();
                }
                if (out.isEmpty() || out.get(out.size() - 1) != m) {
                    out.add(m);
                }
                continue;
            }
            if (insideLast(out, t)) {
                continue;
            }
            if (!g.words().bracketListFillers.containsWord(t)) {
                return List.of();
            }
        }
        return List.of();
    }

    private static boolean insideLast(List<Mention> out, Token t) {
        return !out.isEmpty() && t.start() < out.get(out.size() - 1).end();
    }

    private static boolean isDe(Token t) {
        String w = t.folded();
        return w.equals("de") || w.equals("du") || w.equals("des") || w.equals("d'");
    }
}
