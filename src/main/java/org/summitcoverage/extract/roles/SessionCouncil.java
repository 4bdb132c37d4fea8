package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.model.Mention;
import org.summitcoverage.nlp.AnnotatedText;
import org.summitcoverage.nlp.Sentence;
import org.summitcoverage.nlp.Token;

import java.util.List;

/**
 * (h22-minis) The council whose session an article is about: a headline or lede that names a session of a council
 * (`Ouverture de la 82e session ordinaire du Conseil des ministres de la CEDEAO`, `Session extraordinaire du Conseil
 * exécutif de l'UA`) makes that council's sitting the meeting, so its president's title (`X, président du Conseil des
 * ministres de la CEDEAO`) names the session's chair. The council is known by its signature, the first word after
 * `conseil` past articles and `de` (`ministres`, `exécutif`, `ligue`): `président du Conseil de sécurité` is another one.
 * Only the first two sentences count: a summit article that mentions a ministers' session in passing keeps the
 * council a standing body (docs/annotation.md § Roles).
 */
final class SessionCouncil {

    /** How many sentences open the article (headline and lede). */
    private static final int OPENING_SENTENCES = 2;
    /** Most filler words between `session` and `conseil` (`session ordinaire du`). */
    private static final int FILLER_SPAN = 4;

    private SessionCouncil() {
    }

    /** The signature of the council whose session the article's opening names, or null. */
    static String ofArticle(RoleWords words, AnnotatedText doc) {
        for (Sentence s : doc.sentences()) {
            if (s.index() >= OPENING_SENTENCES) {
                break;
            }
            List<Token> toks = s.tokens();
            for (int k = 0; k < toks.size(); k++) {
                if (!words.councilSessionNouns.containsWord(toks.get(k))) {
                    continue;
                }
                int c = k + 1;
                while (c < toks.size() && c <= k + FILLER_SPAN && words.councilSessionFillers.containsWord(toks.get(c))) {
                    c++;
                }
                if (c < toks.size() && words.councilHeads.containsWord(toks.get(c))) {
                    int sig = signatureIndex(words, toks, c);
                    if (sig > 0) {
                        return toks.get(sig).folded();
                    }
                }
            }
        }
        return null;
    }

    /**
     * When the council head at {@code c} is the article's council (same signature), the token after the title's
     * complement (past the body it belongs to: `du Conseil des ministres de la CEDEAO`), else -1.
     */
    static int titleComplementEnd(RoleWords words, List<Token> toks, int c, String council, List<Mention> inSentence) {
        int sig = signatureIndex(words, toks, c);
        if (sig < 0 || !toks.get(sig).folded().equals(council)) {
            return -1;
        }
        int end = sig + 1;
        // `de la CEDEAO`, `de l'Union africaine`: the body the council belongs to closes the title
        int n = end;
        if (n < toks.size() && words.complementMarkers.containsWord(toks.get(n))) {
            n++;
            while (n < toks.size() && words.definiteArticles.containsWord(toks.get(n))) {
                n++;
            }
            int body = bodyEnd(toks, n, inSentence);
            if (body > n) {
                end = body;
            }
        }
        return end;
    }

    /** The first word after `conseil` past articles and `de` (`des Ministres` → Ministres), or -1. */
    private static int signatureIndex(RoleWords words, List<Token> toks, int c) {
        for (int n = c + 1; n < Math.min(toks.size(), c + 4); n++) {
            String w = toks.get(n).word();
            if (words.complementMarkers.contains(w) || words.definiteArticles.contains(w)) {
                continue;
            }
            return Character.isLetter(w.isEmpty() ? ' ' : w.charAt(0)) ? n : -1;
        }
        return -1;
    }

    /** A mention or a run of capitalised words at {@code n}: the token after it, else {@code n}. */
    private static int bodyEnd(List<Token> toks, int n, List<Mention> inSentence) {
        if (n >= toks.size()) {
            return n;
        }
        int start = toks.get(n).start();
        for (Mention m : inSentence) {
            if (m.start() == start) {
                int k = n;
                while (k < toks.size() && toks.get(k).start() < m.end()) {
                    k++;
                }
                return k;
            }
        }
        int k = n;
        while (k < toks.size() && !toks.get(k).word().isEmpty() && Character.isUpperCase(toks.get(k).word().charAt(0))) {
            k++;
        }
        return k;
    }
}
