package org.summitcoverage.extract.roles;

import org.summitcoverage.extract.roles.RoleCueLexicon.CueKind;
import org.summitcoverage.extract.roles.RoleCueLexicon.Hit;
import org.summitcoverage.extract.Words;
import org.summitcoverage.model.Mention;
import org.summitcoverage.model.RoleType;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * `signé par 61 États, à l'exception des États-Unis et du Royaume-Uni`: in a sentence about signing, the
 * entities listed after an exception did not sign. An exception about anything else (attendance) is no
 * refusal; the word inside a name (`Médecins sans frontières`) is no exception.
 */
final class ExceptionReading {
    /** The longest phrase between an exception and the colon of the list it announces (`de ceux de l'AES :`). */
    private static final int MAX_ANNOUNCING_TOKENS = 8;

    List<Finding> read(SentenceGraph g, List<Hit> hits) {
        List<Finding> out = new ArrayList<>();
        if (hits.stream().noneMatch(h -> h.role() == RoleType.SIGNATORY || h.role() == RoleType.NON_SIGNATORY)) {
            return out;
        }
        List<Token> toks = g.tokens();
        for (Hit h : hits) {
            if (h.kind() != CueKind.EXCEPTION || g.mentionAt(toks.get(h.first()).start()) != null) {
                continue;
            }
            RoleType excepted = exceptedRole(g, hits, h);
            if (excepted == null) {
                continue;
            }
            List<Mention> listed = new ArrayList<>(excepted(g, h));
            int end = frontedPhraseEnd(g, hits, h);
            listed.removeIf(m -> m.end() > end);
            for (Mention m : listed) {
                out.add(new Finding(excepted, m, h.text(), Confidence.EXCEPTION, "exception",
                        h.text() + " → " + m.text(), null));
            }
        }
        return out;
    }

    /**
     * Where the list of an exception that comes before every signing cue of its sentence ends: at the last comma
     * before the first such cue, which closes the fronted phrase (`Contrairement au Ghana, le Togo a signé`: the
     * Togo is the verb's subject, not a second exception); with a cue before it, or no comma, the sentence's end.
     */
    private static int frontedPhraseEnd(SentenceGraph g, List<Hit> hits, Hit exception) {
        List<Token> toks = g.tokens();
        Hit firstAfter = null;
        for (Hit c : hits) {
            if (c.role() != RoleType.SIGNATORY && c.role() != RoleType.NON_SIGNATORY || c.first() < 0
                    || c.kind() == CueKind.EXCEPTION) {
                continue;
            }
            if (c.first() < exception.first()) {
                return Integer.MAX_VALUE;
            }
            if (firstAfter == null || c.first() < firstAfter.first()) {
                firstAfter = c;
            }
        }
        if (firstAfter == null) {
            return Integer.MAX_VALUE;
        }
        int close = -1;
        for (int k = exception.end(); k < firstAfter.first(); k++) {
            if (toks.get(k).word().equals(",")) {
                close = k;
            }
        }
        return close < 0 ? Integer.MAX_VALUE : toks.get(close).start();
    }

    /**
     * The entities an exception lists: those right after it, or, after a participle that may follow its noun
     * (`postposed_exceptions`: `L'Angola mis à part, tous ont signé`, `le Botswana excepté`), the list that ends
     * right before it.
     */
    private static List<Mention> excepted(SentenceGraph g, Hit h) {
        if (g.words().bareExceptions.contains(h.text()) && !namedRightAfter(g, h.end())) {
            return List.of(); // `Sans réserve, le Maroc a signé`, `signée sans difficulté par le Ghana`: no exception
        }
        List<Mention> after = new ArrayList<>(Enumerations.listAfter(g, h.end(), 3));
        after.addAll(listAfterColon(g, h.end()));
        int close = bracketClose(g.tokens(), h);
        if (close >= 0) {
            after.removeIf(m -> m.start() >= close); // `les pays de l'UE (sauf la Hongrie), ainsi que la Turquie`
        }
        if (!after.isEmpty() || !g.words().postposedExceptions.contains(h.text()) || h.first() == 0) {
            return after;
        }
        Mention before = g.holderAtToken(h.first() - 1);
        if (before == null) {
            return List.of();
        }
        List<Mention> list = new ArrayList<>();
        for (Mention x : Enumerations.coordination(g, before)) {
            if (x.end() <= before.end()) {
                list.add(x);
            }
        }
        return list;
    }

    /** The offset of the `)` that closes a bracket opened right before the exception, or -1. */
    private static int bracketClose(List<Token> toks, Hit h) {
        if (h.first() < 1 || !toks.get(h.first() - 1).word().equals("(")) {
            return -1;
        }
        for (int k = h.end(); k < toks.size(); k++) {
            if (toks.get(k).word().equals(")")) {
                return toks.get(k).start();
            }
        }
        return -1;
    }

    /**
     * `à l'exception de ceux de l'AES : le Mali, le Burkina Faso et le Niger`: the exception's phrase announces a list
     * after a colon a few words on (no other clause between), and the list is the excepted.
     */
    private static List<Mention> listAfterColon(SentenceGraph g, int from) {
        int colon = announcedColon(g.tokens(), from);
        return colon < 0 ? List.of() : Enumerations.listAfter(g, colon + 1, 3);
    }

    /**
     * The colon an exception ending at token {@code from} announces (a few words on, no other punctuation between),
     * or -1. The list after it is the excepted, not the holders of a header (`Tous étaient présents à l'exception
     * de ceux du bloc : A, B`).
     */
    static int announcedColon(List<Token> toks, int from) {
        for (int k = from; k < Math.min(toks.size(), from + MAX_ANNOUNCING_TOKENS); k++) {
            String w = toks.get(k).word();
            if (w.equals(":")) {
                return k;
            }
            if (Words.isPunctuation(toks.get(k)) && !w.equals("'")) {
                break;
            }
        }
        return -1;
    }

    /** The token at {@code k} starts a holder or is an article before one (`sans le Ghana`, `sans Israël`). */
    private static boolean namedRightAfter(SentenceGraph g, int k) {
        if (g.holderAtToken(k) != null) {
            return true;
        }
        return k < g.tokens().size() && g.words().definiteArticles.containsWord(g.tokens().get(k))
                && g.holderAtToken(k + 1) != null;
    }

    /**
     * What the ones an exception lists did: the opposite of the signing cue nearest before it. `signé par 61 États,
     * à l'exception des États-Unis`: they refused; `Le Cameroun n'a pas signé, contrairement au Gabon` or `ont
     * refusé de signer, à l'exception du Gabon`: they signed. With no signing cue before it, the first one in the
     * sentence (`À l'exception du Brésil, tous ont signé`); with none at all, nothing.
     */
    private static RoleType exceptedRole(SentenceGraph g, List<Hit> hits, Hit exception) {
        Hit nearestBefore = null;
        Hit earliest = null;
        for (Hit h : hits) {
            if (h.role() != RoleType.SIGNATORY && h.role() != RoleType.NON_SIGNATORY || h.first() < 0) {
                continue;
            }
            if (earliest == null || h.first() < earliest.first()) {
                earliest = h;
            }
            if (h.first() < exception.first() && (nearestBefore == null || h.first() > nearestBefore.first())) {
                nearestBefore = h;
            }
        }
        Hit cue = nearestBefore != null ? nearestBefore : earliest;
        if (cue == null) {
            return null;
        }
        boolean signed = (cue.role() == RoleType.SIGNATORY) != CueScope.isNegated(g.words(), g.tokens(), cue)
                && !refused(g, cue);
        return signed ? RoleType.NON_SIGNATORY : RoleType.SIGNATORY;
    }

    /** `ont refusé de signer`, `a renoncé à signer`: a refusal verb right before the signing verb. */
    private static boolean refused(SentenceGraph g, Hit cue) {
        List<Token> toks = g.tokens();
        for (int k = Math.max(0, cue.first() - 3); k < cue.first(); k++) {
            String w = toks.get(k).word();
            if (g.words().refusalVerbs.contains(w) || g.words().actRefusalVerbs.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The entities an exception lists after the attendance cue {@code h} (`Tous étaient présents, à l'exception du
     * président X`), or in a phrase that opens the sentence and a comma closes before the cue (`Contrairement à la
     * Serbie, les autres capitales ont confirmé leur participation`, `À l'exception du Mali, tous étaient présents`):
     * they did not attend it; and under a negated cue (`Aucun chef d'État n'a pris part au sommet, à l'exception du
     * président X`) they did.
     */
    static List<Mention> exceptedFrom(SentenceGraph g, List<Hit> hits, Hit h) {
        List<Token> toks = g.tokens();
        List<Mention> out = new ArrayList<>();
        for (Hit e : hits) {
            if (e.kind() == CueKind.EXCEPTION && h.first() >= 0 && (e.first() > h.first() || opensTheSentenceBefore(toks, e, h))
                    && g.mentionAt(toks.get(e.first()).start()) == null) {
                List<Mention> listed = new ArrayList<>(excepted(g, e));
                if (e.first() < h.first()) {
                    // the phrase ends at the last comma before the cue: `À l'exception de la Syrie, le Liban était présent`
                    int close = h.first();
                    for (int k = e.end(); k < h.first(); k++) {
                        if (toks.get(k).word().equals(",")) {
                            close = k;
                        }
                    }
                    int end = toks.get(close).start();
                    listed.removeIf(m -> m.end() > end);
                }
                out.addAll(listed);
            }
        }
        return out;
    }

    /** The exception {@code e} is the sentence's first words, and a comma stands between it and the cue {@code h}. */
    private static boolean opensTheSentenceBefore(List<Token> toks, Hit e, Hit h) {
        if (e.first() >= h.first()) {
            return false;
        }
        for (int k = 0; k < e.first(); k++) {
            if (!Words.isPunctuation(toks.get(k))) {
                return false;
            }
        }
        for (int k = e.end(); k < h.first(); k++) {
            if (toks.get(k).word().equals(",")) {
                return true;
            }
        }
        return false;
    }
}
