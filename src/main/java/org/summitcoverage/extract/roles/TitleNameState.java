package org.summitcoverage.extract.roles;

import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.nlp.Token;

import java.util.List;

/**
 * (h59-titles) `le président Mwayi X du Kenya`, `le Premier ministre Y de la Guinée`: the title, the person's name,
 * then `de` + the state. The article names that person with the title and state as surely as in `le président kényan
 * X`, so an unnamed `le président kényan` elsewhere is him ({@link TitleAppositions#personNamedElsewhere}).
 */
final class TitleNameState {
    private TitleNameState() {
    }

    /**
     * The person whose name ends right before `de`/`du`/`de la`/`d'` + this state's name and begins right after a
     * singular holder's title; null for any other shape (a demonym, no title before the name).
     */
    static Mention personBetween(List<Token> toks, List<Mention> sentenceMentions, Mention state, RoleWords words) {
        if (state.type() != EntityType.COUNTRY || TitleAppositions.isTitleDemonym(state)) {
            return null;
        }
        int of = TitleAppositions.indexAt(toks, state.start()) - 1;
        if (of > 0 && isArticle(TitleAppositions.fold(toks, of)) && TitleAppositions.fold(toks, of - 1).equals("de")) {
            of--; // `de la Guinée`, `de l'Ouganda`
        }
        if (of < 1 || !isOf(TitleAppositions.fold(toks, of))) {
            return null;
        }
        Mention p = TitleAppositions.mentionAt(sentenceMentions, toks.get(of - 1).start());
        if (p == null || p.type() != EntityType.PERSON) {
            return null;
        }
        return titleBefore(toks, p, words) == null ? null : p;
    }

    /** The title right before a person's name (`au président`, `le Premier ministre`), as a state title; or null. */
    static TitleAppositions.StateTitle titleBefore(List<Token> toks, Mention person, RoleWords words) {
        int head = TitleAppositions.indexAt(toks, person.start()) - 1;
        if (head < 0) {
            return null;
        }
        String headWord = TitleAppositions.fold(toks, head);
        if (headWord.endsWith("s") || !words.isHolderTitle(headWord)) {
            return null;
        }
        StringBuilder title = new StringBuilder();
        int article = head - 1;
        if (TitleAppositions.isTitlePrefix(toks, article)) {
            title.append(TitleAppositions.fold(toks, article)).append(' '); // `premier ministre`
            article--;
        }
        title.append(headWord);
        return new TitleAppositions.StateTitle(title.toString(), TitleAppositions.genderOfArticle(toks, article), "", false);
    }

    private static boolean isOf(String w) {
        return w.equals("de") || w.equals("du") || w.equals("d'");
    }

    private static boolean isArticle(String w) {
        return w.equals("la") || w.equals("l'") || w.equals("le");
    }
}
