package org.summitcoverage.extract.roles;

import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.nlp.Sentence;
import org.summitcoverage.nlp.Token;

import java.util.List;

/**
 * (h62-titles) `Le président du Vietnam a souligné … . M. X a déclaré en outre …`: a title with its state and no name,
 * followed by a sentence that opens on a newly named person as its subject (an honorific, the name, then the verb),
 * names that person: the reporter goes on about the same holder. Not when that person is named before, or with a title
 * or a state of their own anywhere (`M. Y, ministre ghanéen, a ajouté`): someone else.
 */
final class NextSentenceNamesTheTitle {
    private NextSentenceNamesTheTitle() {
    }

    /** The person the sentence after the state's unnamed title opens on, as above; null for any other shape. */
    static Mention person(Discourse d, Mention state, RoleWords words) {
        List<Sentence> sentences = d.doc().sentences();
        int here = state.sentenceIndex();
        if (here < 0 || here + 1 >= sentences.size()) {
            return null;
        }
        List<Token> toks = sentences.get(here).tokens();
        TitleAppositions.StateTitle title = TitleAppositions.stateTitle(toks, state, words);
        if (title == null || title.ofAnotherNoun()) {
            return null;
        }
        List<Token> next = sentences.get(here + 1).tokens();
        int k = 0;
        while (k < next.size() && k < 2 && isHonorific(next.get(k))) {
            k++;
        }
        if (k == 0 || k >= next.size()) {
            return null; // the honorific marks the name as the one just spoken of, not a new topic
        }
        Mention p = TitleAppositions.mentionAt(TitleAppositions.inSentence(d, here + 1), next.get(k).start());
        if (p == null || p.type() != EntityType.PERSON) {
            return null;
        }
        int after = TitleAppositions.indexAt(next, p.end() - 1) + 1;
        if (after >= next.size() || !words.auxiliaries.contains(next.get(after).word())) {
            return null; // `M. Y, ministre ghanéen, a ajouté`: an apposition may give him another title
        }
        List<Mention> all = d.allMentions();
        for (Mention m : all) {
            if (!m.entityId().equals(p.entityId())) {
                continue;
            }
            if (m.sentenceIndex() < here + 1 || TitleAppositions.stateRightBefore(all, m) != null) {
                return null;
            }
        }
        return p;
    }

    private static boolean isHonorific(Token t) {
        String w = t.folded();
        return w.equals("m.") || w.equals("mme") || w.equals("m") || w.equals(".");
    }
}
