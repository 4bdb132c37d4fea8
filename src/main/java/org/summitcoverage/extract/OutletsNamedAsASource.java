package org.summitcoverage.extract;

import org.summitcoverage.dict.Dictionaries;
import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.nlp.AnnotatedText;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * (h44-entites11) `selon Le Soleil, …`, `a rapporté La Presse`, `le quotidien Le Temps`: a newspaper's title, an article
 * and one capitalised noun, right after a word naming a source (`dict/source_cues.txt`) is the outlet, a body with its
 * article, although the tagger often reads it as a person. A person of the article whose name ends with the same words
 * (`Jean-Yves Le Drian` … `selon Le Drian`) keeps them a person.
 */
final class OutletsNamedAsASource {
    private static final Set<String> TITLE_ARTICLES = Set.of("Le", "La", "Les");

    private OutletsNamedAsASource() {
    }

    static List<Candidate> apply(Dictionaries dict, AnnotatedText doc, List<Candidate> all) {
        List<Candidate> out = new ArrayList<>(all.size());
        for (Candidate c : all) {
            if (c.type() == EntityType.PERSON && c.method().equals("ner") && titleAfterASourceWord(dict, doc, c)
                    && !endsALongerPerson(all, c)) {
                c = c.asOrganization();
            }
            out.add(c);
        }
        return out;
    }

    /** The span is `Le|La|Les` + one capitalised word, after a source word (`selon`, `d'après`, `rapporte`, `quotidien`). */
    private static boolean titleAfterASourceWord(Dictionaries dict, AnnotatedText doc, Candidate c) {
        if (c.endToken() - c.firstToken() != 2 || c.firstToken() < 1) {
            return false;
        }
        List<Token> toks = doc.sentences().get(c.sentenceIndex()).tokens();
        Token article = toks.get(c.firstToken());
        Token noun = toks.get(c.firstToken() + 1);
        return TITLE_ARTICLES.contains(article.word()) && noun.isCapitalized()
                && dict.sourceCues.contains(toks.get(c.firstToken() - 1).word());
    }

    private static boolean endsALongerPerson(List<Candidate> all, Candidate c) {
        String tail = " " + TextFolding.fold(c.text().strip());
        for (Candidate o : all) {
            if (o.type() == EntityType.PERSON && o != c && TextFolding.fold(o.text().strip()).endsWith(tail)) {
                return true;
            }
        }
        return false;
    }
}
