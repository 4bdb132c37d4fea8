package org.summitcoverage.nlp;

import org.junit.jupiter.api.Test;
import org.summitcoverage.extract.HandTokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** How much of mwt a sentence needs: none, the table, or the tagger that tells the article `des` from `de les`. */
class ContractionsTest {
    private static Contractions.Need need(String text) {
        return Contractions.need(HandTokens.sentence(text).tokens());
    }

    @Test
    void theNeedFollowsTheContractionsOfTheSentence() {
        assertEquals(Contractions.Need.NONE, need("Le Gabon a signé la charte à Libreville."));
        assertEquals(Contractions.Need.TABLE, need("Le président du Gabon a signé la charte au nom de son pays."));
        assertEquals(Contractions.Need.TABLE, need("Aux côtés de la Namibie, le Gabon a signé."));
        assertEquals(Contractions.Need.STATISTICAL, need("Le Gabon a signé la charte des Nations unies au siège."));
        assertEquals(Contractions.Need.STATISTICAL, need("Des délégués du Tchad étaient présents."));
    }

    @Test
    void settingsReadFromTheProperty() {
        assertEquals(ParseSettings.DEFAULT, ParseSettings.parse(""));
        assertEquals(new ParseSettings(false, ParseSettings.Tagger.OPENNLP, true, false, ParseSettings.NAME_MARGIN),
                ParseSettings.parse("mwt=always, tagger=OpenNLP,scope=clause"));
        assertEquals(new ParseSettings(true, ParseSettings.Tagger.CORENLP, false, true, ParseSettings.NAME_MARGIN), ParseSettings.parse("graph=enhanced++"));
        assertEquals(0, ParseSettings.parse("ner=sentence").nameMargin());
        assertEquals(7, ParseSettings.parse("ner=7").nameMargin());
        assertThrows(IllegalArgumentException.class, () -> ParseSettings.parse("ner=0"));
        assertEquals("mwt=needed tagger=corenlp scope=sentence graph=enhanced ner=8", ParseSettings.DEFAULT.label());
        assertThrows(IllegalArgumentException.class, () -> ParseSettings.parse("tagger=treetagger"));
    }
}
