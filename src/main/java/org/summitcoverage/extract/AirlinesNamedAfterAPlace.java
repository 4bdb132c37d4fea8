package org.summitcoverage.extract;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.nlp.AnnotatedText;
import org.summitcoverage.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * (h44-entites11) `un avion d'Air Algérie`, `un vol d'Air Côte d'Ivoire`, `Air Sénégal`: a country or place written right
 * after a capitalised `Air` names an airline, a company, and mentions no state or place; the tagger reads `Air` alone as
 * a body and the dictionary the rest as the country.
 */
final class AirlinesNamedAfterAPlace {
    private AirlinesNamedAfterAPlace() {
    }

    static List<Candidate> apply(AnnotatedText doc, List<Candidate> all) {
        List<Candidate> airlines = new ArrayList<>();
        for (Candidate c : all) {
            if ((c.type() == EntityType.COUNTRY || c.type() == EntityType.LOCATION) && c.firstToken() > 0) {
                List<Token> toks = doc.sentences().get(c.sentenceIndex()).tokens();
                Token air = toks.get(c.firstToken() - 1);
                if (air.word().equals("Air") && doc.text().substring(air.end(), c.start()).equals(" ")) {
                    String name = doc.text().substring(air.start(), c.end());
                    airlines.add(new Candidate(EntityType.ORGANIZATION, "org:" + TextFolding.slug(name), name, "",
                            c.sentenceIndex(), c.firstToken() - 1, c.endToken(), air.start(), c.end(), name, "",
                            "rule"));
                }
            }
        }
        return Candidate.replacedBy(all, airlines);
    }
}
