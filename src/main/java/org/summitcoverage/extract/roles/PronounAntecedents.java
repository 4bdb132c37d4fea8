package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.model.Mention;
import org.summitcoverage.nlp.Sentence;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/** What a subject pronoun stands for, when the text says it plainly enough to risk no guess. */
final class PronounAntecedents {
    private PronounAntecedents() {
    }

    /** The mention a sentence opens on with `Quant à` (`Quant à l'Argentine, elle …`), or null. */
    static Mention topicOf(SentenceGraph g) {
        List<Token> toks = g.tokens();
        if (toks.size() < 4 || !TextFolding.fold(toks.get(0).word()).equals("quant")) {
            return null;
        }
        for (int k = 1; k < Math.min(toks.size(), 6); k++) {
            if (toks.get(k).word().equals(",")) {
                return null;
            }
            Mention m = g.mentionAt(toks.get(k).start());
            if (m != null && SentenceGraph.canHoldRole(m)) {
                return m;
            }
        }
        return null;
    }

    /**
     * The subject of the previous sentence, for `Il a signé`: the entity (or the coordinated entities, for
     * `ils`/`elles`) that opens it. Nothing when the previous sentence opens otherwise: the antecedent
     * would be a guess.
     */
    static List<Mention> previousSubject(Discourse d, RoleWords words, String pronoun) {
        Sentence prev = d.previous();
        if (prev == null) {
            return List.of();
        }
        List<Mention> inPrev = new ArrayList<>();
        for (Mention m : d.allMentions()) {
            if (m.sentenceIndex() == prev.index() && SentenceGraph.canHoldRole(m)) {
                inPrev.add(m);
            }
        }
        inPrev.sort((a, b) -> Integer.compare(a.start(), b.start()));
        if (inPrev.isEmpty()) {
            return List.of();
        }
        Mention first = inPrev.get(0);
        int openingTokens = 0;
        for (Token t : prev.tokens()) {
            if (t.start() >= first.start()) {
                break;
            }
            openingTokens++;
        }
        if (openingTokens > 2) {
            return List.of();
        }
        boolean plural = pronoun.equals("ils") || pronoun.equals("elles");
        if (!plural) {
            return List.of(first);
        }
        List<Mention> list = Enumerations.coordination(SentenceGraph.unparsed(prev.tokens(), inPrev, words), first);
        return list.size() > 1 ? list : List.of();
    }
}
