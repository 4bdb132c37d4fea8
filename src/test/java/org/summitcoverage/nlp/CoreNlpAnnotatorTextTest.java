package org.summitcoverage.nlp;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The texts the models see keep the cleaned text's length, so that offsets match (no model loaded). */
class CoreNlpAnnotatorTextTest {
    @Test
    void taggerTextHasPlainApostrophesAndSpaces() {
        String text = "L’Inde a signé\u00A0: « oui\u202F»";
        String tagged = CoreNlpAnnotator.forTagger(text);
        assertEquals(text.length(), tagged.length());
        assertEquals("L'Inde a signé : « oui »", tagged);
    }

    @Test
    void parserTextUnglueslElidedConjunctionsAtTheSameLength() {
        String text = "Lorsqu’il signe, la France suit, puisqu'elle l'a promis; quoiqu'il arrive, jusqu'à Paris.";
        String parsed = CoreNlpAnnotator.forParser(text);
        assertEquals(text.length(), parsed.length());
        assertEquals("Quand  il signe, la France suit, comme  elle l'a promis; quoiqu'il arrive, jusqu'à Paris.", parsed);
    }

    @Test
    void parserTextBlanksAnInsertBetweenAuxiliaryAndParticiple() {
        String text = "Le Pérou a pour sa part voté, l'Italie s'est de son côté abstenue et Malte a quant à elle signé.";
        String parsed = CoreNlpAnnotator.forParser(text);
        assertEquals(text.length(), parsed.length());
        assertEquals("Le Pérou a              voté, l'Italie s'est             abstenue et Malte a              signé.", parsed);
    }

    @Test
    void parserTextBlanksTheSideOfASigningBeforeItsAgent() {
        // (h31-signature) the parser hung the agents on `côté`; a side said after a name (`X, côté togolais,`) stays
        String text = "Les accords ont été signés, côté ghanéen par la ministre Ama Owusu et, du côté togolais, par Yao Agbeko.";
        String parsed = CoreNlpAnnotator.forParser(text);
        assertEquals(text.length(), parsed.length());
        assertEquals("Les accords ont été signés,              par la ministre Ama Owusu et,                   par Yao Agbeko.", parsed);
        String after = "La séance a été présidée par Ama Owusu, côté ghanéen, et Yao Agbeko, côté togolais.";
        assertEquals(after, CoreNlpAnnotator.forParser(after));
    }

    @Test
    void parserTextBlanksAClauseBetweenDashesButNotANameBetweenDashes() {
        String text = "Le vice-président tanzanien – Ali Juma avait été annoncé –, et le ministre Paul Dorn ont pris la parole.";
        String parsed = CoreNlpAnnotator.forParser(text);
        assertEquals(text.length(), parsed.length());
        assertEquals(text.replace("– Ali Juma avait été annoncé –", " ".repeat("– Ali Juma avait été annoncé –".length())), parsed);
        String named = "Le président du Ghana – Kofi Mensah – a signé le texte.";
        assertEquals(named, CoreNlpAnnotator.forParser(named));
    }

    @Test
    void parserTextKeepsAnInsertBetweenCommasOrAfterTheVerb() {
        String text = "Le Pérou, pour sa part, a voté ; Malte a signé de son côté ; la Grèce a, à son tour, adopté le texte.";
        assertEquals(text, CoreNlpAnnotator.forParser(text));
    }

    @Test
    void parserTextBlanksAStressedPronounBetweenCommasAfterAnAuxiliaryOrCopula() {
        String text = "Le roi X était, lui, bien présent et la reine Y a, elle aussi, pris part ; Z, lui, a signé.";
        String parsed = CoreNlpAnnotator.forParser(text);
        assertEquals(text.length(), parsed.length());
        assertEquals("Le roi X était       bien présent et la reine Y a              pris part ; Z, lui, a signé.", parsed);
    }

    @Test
    void parserTextBlanksAConcessiveAdverbBeforeAnObjectsArticleOnly() {
        String text = "La ministre représentera malgré tout le Chili ; Malte signera quand même l’accord, malgré tout.";
        String parsed = CoreNlpAnnotator.forParser(text);
        assertEquals(text.length(), parsed.length());
        assertEquals("La ministre représentera             le Chili ; Malte signera            l'accord, malgré tout.", parsed);
    }

    @Test
    void parserTextBlanksNonPlusAfterThePasOfACompoundVerb() {
        String text = "Le Chili n'a pas non plus signé ; la Bolivie non plus ; Cuba n'est pas non plus venu.";
        String parsed = CoreNlpAnnotator.forParser(text);
        assertEquals(text.length(), parsed.length());
        assertEquals("Le Chili n'a pas          signé ; la Bolivie non plus ; Cuba n'est pas          venu.", parsed);
    }

    @Test
    void everyKindOfInsertIsStillBlankedBehindItsLiteralPrefilter() {
        // one sentence per alternative of each insert pattern: a prefilter missing one of them would leave it unblanked
        for (String text : java.util.List.of("Le Maroc a pour sa part rappelé son soutien.", "Le Mali s'est de son côté abstenu.",
                "Le Niger a quant à lui signé le texte.", "Le Tchad a à son tour signé le texte.",
                "Le Mali était, lui, bien présent.", "Le Niger a, elle aussi, pris part.", "Ils ont, eux, signé le texte.",
                "Le Mali représentera malgré tout le Chili.", "Le Mali signera quand même la charte.",
                "Le Mali signera tout de même la charte.", "Le Mali n'a pas non plus signé.",
                "Le vice-président – X avait d'abord été annoncé –, a signé.",
                "Le vice-président — X avait d'abord été annoncé —, a signé.")) {
            String parsed = CoreNlpAnnotator.forParser(text);
            assertEquals(text.length(), parsed.length(), text);
            assertTrue(!parsed.equals(text), "nothing blanked in: " + text);
        }
        assertTrue(CoreNlpAnnotator.inDashedClause("Le vice-président – X avait d'abord été annoncé –, a signé.", 20, 21));
        assertFalse(CoreNlpAnnotator.inDashedClause("Le vice-président X avait d'abord été annoncé, a signé.", 20, 21));
    }

    @Test
    void taggerTextBlanksTheDotOfAnHonorificInCapitals() {
        // (h22-minis) `SEM.` and `SE. M.` are no sentence ends; `Siemens SE. Le groupe` keeps its dot
        String text = "sous la présidence de SEM. Karim Dalou et de SE. M. Ali Bongo ; Siemens SE. Le groupe";
        String tagged = CoreNlpAnnotator.forTagger(text);
        assertEquals(text.length(), tagged.length());
        assertEquals("sous la présidence de SEM  Karim Dalou et de SE  M. Ali Bongo ; Siemens SE. Le groupe", tagged);
    }

    @Test
    void taggerTextBlanksTheLastDotOfAnInitialismInsideASentence() {
        // (h30-securite) `D.C.` before a comma or a lower-case word ends no sentence; before a capital it may
        String text = "arrivé à Washington, D.C., pour signer ; à Washington D.C. jeudi ; vu à Washington D.C. Le lendemain";
        String tagged = CoreNlpAnnotator.forTagger(text);
        assertEquals(text.length(), tagged.length());
        assertEquals("arrivé à Washington, D.C , pour signer ; à Washington D.C  jeudi ; vu à Washington D.C. Le lendemain", tagged);
    }

    @Test
    void parserTextBlanksAMannerIdiomBeforeAPassiveAgentOnly() {
        // (h30-misses) `remplacé au pied levé par X`: the parser hangs the agent on `levé`; blanked only before `par`
        String text = "Le président a été remplacé au pied levé par sa vice-présidente Ama Owusu.";
        String parsed = CoreNlpAnnotator.forParser(text);
        assertEquals(text.length(), parsed.length());
        assertEquals(text.replace("au pied levé", " ".repeat("au pied levé".length())), parsed);
        String kept = "Il a signé au dernier moment le texte.";
        assertEquals(kept, CoreNlpAnnotator.forParser(kept));
    }
}
