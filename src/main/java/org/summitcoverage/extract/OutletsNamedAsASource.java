package org.summitcoverage.extract;

import org.summitcoverage.dict.Dictionaries;
import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.nlp.AnnotatedText;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * (h44-entites11) `selon Le Soleil, …`, `a rapporté La Presse`, `le quotidien Le Temps`: a newspaper's title, an article
 * and one capitalised noun, right after a word naming a source (`dict/source_cues.txt`) is the outlet, a body with its
 * article, although the tagger often reads it as a person. A person of the article whose name ends with the same words
 * (`Jean-Yves Le Drian` … `selon Le Drian`) keeps them a person. (h49-entites17) One capitalised word ending an
 * inverted source phrase (`…, rapporte Xinhuanet.`) or given a statement (`a déclaré à Blick que`, `une interview à X`)
 * is an outlet too, in all its mentions, unless the article names a person so elsewhere (`Jean Blick`, `M. Blick`).
 */
final class OutletsNamedAsASource {
    private static final Set<String> TITLE_ARTICLES = Set.of("Le", "La", "Les");
    /** Verbs of an inverted source phrase at a sentence's end (`…, rapporte X.`). */
    private static final Set<String> REPORTING_VERBS = Set.of("rapporte", "rapportait", "ajoute", "ajoutait", "indique",
            "précise", "souligne", "écrit", "relate", "révèle", "annonce", "signale", "note", "titre", "affirme");
    /** Participles of a statement given to someone (`a déclaré à X que`). */
    private static final Set<String> STATEMENT_PARTICIPLES = Set.of("déclaré", "confié", "indiqué", "expliqué",
            "affirmé", "précisé", "assuré", "raconté", "dit", "souligné", "annoncé", "révélé");
    /** Nouns of a statement given to an outlet (`dans une interview à X`, `une déclaration à X`). */
    private static final Set<String> STATEMENT_NOUNS = Set.of("déclaration", "déclarations", "interview", "entretien",
            "confidences");
    /** Words before a person's name: honorifics, initials of a title. */
    private static final Set<String> PERSON_MARKS = Set.of("M.", "Mme", "MM.", "Mr", "Mr.", "Dr", "Dr.", "Pr",
            "président", "présidente", "ministre", "roi", "reine", "prince", "cheikh", "général", "Président", "Monsieur",
            "Madame", "homologue");

    private OutletsNamedAsASource() {
    }

    static List<Candidate> apply(Dictionaries dict, AnnotatedText doc, List<Candidate> all) {
        Set<String> outlets = new HashSet<>();
        for (Candidate c : all) {
            if (c.type() == EntityType.PERSON && c.method().equals("ner") && c.endToken() - c.firstToken() == 1
                    && nameAfterAReportingVerb(dict, doc, c)) {
                outlets.add(c.text().strip());
            }
        }
        outlets.removeIf(name -> knownAsAPerson(doc, all, name));
        List<Candidate> out = new ArrayList<>(all.size());
        for (Candidate c : all) {
            if (c.type() == EntityType.PERSON && c.method().equals("ner") && titleAfterASourceWord(dict, doc, c)
                    && !endsALongerPerson(all, c)) {
                c = c.asOrganization();
            } else if (c.type() == EntityType.PERSON && c.method().equals("ner") && outlets.contains(c.text().strip())) {
                c = c.asOrganization();
            }
            out.add(c);
        }
        return out;
    }

    /**
     * (h49-entites17) One capitalised word that ends an inverted source phrase (`…, rapporte Xinhuanet.`) or that a
     * statement was given to (`a déclaré à Blick que …`): a news outlet, not a person.
     */
    private static boolean nameAfterAReportingVerb(Dictionaries dict, AnnotatedText doc, Candidate c) {
        List<Token> toks = doc.sentences().get(c.sentenceIndex()).tokens();
        int k = c.firstToken();
        if (k < 2 || !toks.get(k).isCapitalized() || Words.isAllCaps(toks.get(k).word())) {
            return false;
        }
        Token before = toks.get(k - 1);
        if (REPORTING_VERBS.contains(before.word()) && toks.get(k - 2).word().equals(",")) {
            return k + 1 < toks.size() && Set.of(".", "!", ";").contains(toks.get(k + 1).word()); // the end of the incise
        }
        if (!before.word().equals("à")) {
            return false;
        }
        String giver = toks.get(k - 2).word();
        return STATEMENT_NOUNS.contains(giver) || STATEMENT_PARTICIPLES.contains(giver)
                && k + 1 < toks.size() && Set.of("que", "qu'", ",", ":", ".").contains(toks.get(k + 1).word());
    }

    /**
     * The name is a person's elsewhere in the article: part of a longer person's name (`Jean Blick`) or after a title,
     * an initial or an honorific (`M. Blick`).
     */
    private static boolean knownAsAPerson(AnnotatedText doc, List<Candidate> all, String name) {
        String folded = TextFolding.fold(name);
        for (Candidate o : all) {
            if (o.type() == EntityType.PERSON && o.endToken() - o.firstToken() > 1) {
                for (String w : TextFolding.fold(o.text().strip()).split("[\\s-]+")) {
                    if (w.equals(folded)) {
                        return true;
                    }
                }
            }
        }
        for (var s : doc.sentences()) {
            List<Token> toks = s.tokens();
            for (int k = 1; k < toks.size(); k++) {
                if (toks.get(k).word().equals(name) && PERSON_MARKS.contains(toks.get(k - 1).word())) {
                    return true;
                }
            }
        }
        return false;
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
                && dict.sourceCues.containsWord(toks.get(c.firstToken() - 1));
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
