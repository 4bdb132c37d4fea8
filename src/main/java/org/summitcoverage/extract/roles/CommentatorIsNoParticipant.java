package org.summitcoverage.extract.roles;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.nlp.Sentence;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * (h21-passing) A market analyst or an economist quoted on a summit comments on it from outside (docs/annotation.md,
 * a quoted speaker: words given elsewhere are no attendance): `« … », commente X, responsable de la recherche
 * économique chez Saxo Banque`, `« … », note M. Y` when the article calls Y `analyste de CMC Markets` elsewhere. The
 * speaker's title, in any sentence of the article, is read from the apposition after a comma right after the name
 * (within six words) or the word before it (`l'analyste Z`): a word of `commentator_titles` (`chez` + a firm too).
 * A sentence that places the words at the meeting (`à la tribune`, `lors de la séance`) keeps the row.
 */
final class CommentatorIsNoParticipant implements HolderReading {
    private static final int TITLE_WORDS = 6;

    private final HolderReading reading;

    CommentatorIsNoParticipant(HolderReading reading) {
        this.reading = reading;
    }

    @Override
    public List<Finding> read(CueSite site) {
        List<Finding> found = reading.read(site);
        if (found.isEmpty() || site.words().placesSpeechAtMeeting(site.tokens())) {
            return found;
        }
        List<Finding> out = new ArrayList<>();
        for (Finding f : found) {
            if (f.mention().type() != EntityType.PERSON || !commentator(site, f.mention().entityId())) {
                out.add(f);
            }
        }
        return out;
    }

    private static boolean commentator(CueSite site, String entityId) {
        List<Sentence> sentences = site.discourse().doc().sentences();
        for (Mention m : site.discourse().allMentions()) {
            if (!m.entityId().equals(entityId) || m.sentenceIndex() < 0 || m.sentenceIndex() >= sentences.size()) {
                continue;
            }
            List<Token> toks = sentences.get(m.sentenceIndex()).tokens();
            int after = -1;
            int before = -1;
            for (int k = 0; k < toks.size(); k++) {
                if (toks.get(k).start() >= m.end() && after < 0) {
                    after = k;
                }
                if (toks.get(k).end() <= m.start()) {
                    before = k;
                }
            }
            if (before >= 0 && site.words().commentatorTitles.containsWord(toks.get(before))) {
                return true; // `l'analyste Z`
            }
            if (after >= 0 && after < toks.size() && toks.get(after).word().equals(",")) {
                for (int k = after + 1; k < Math.min(toks.size(), after + 1 + TITLE_WORDS); k++) {
                    String w = toks.get(k).folded();
                    if (w.equals(",") || w.equals(".")) {
                        break;
                    }
                    if (site.words().commentatorTitles.contains(w)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
