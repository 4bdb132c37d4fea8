package org.summitcoverage.extract;

import org.junit.jupiter.api.Test;
import org.summitcoverage.dict.Dictionaries;


import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which sentences the name tagger must read, on hand-built tokens (no model loaded). */
class UnknownNameGateTest {
    private final UnknownNameGate gate = new UnknownNameGate(Dictionaries.shared());

    private boolean needsTagger(String text) {
        return gate.needsTagger(HandTokens.sentence(text).tokens());
    }

    @Test
    void sentencesWhoseCapitalsAreAllKnownSkipTheTagger() {
        assertFalse(needsTagger("La France et l'Inde ont coprésidé le sommet."));
        assertFalse(needsTagger("Selon le Maroc, la Banque mondiale et l’Union africaine soutiennent le texte."));
        assertFalse(needsTagger("Les Etats-Unis et le Royaume-Uni ont refusé de signer."));
        assertFalse(needsTagger("« Nous signerons », a déclaré le Premier ministre."));
        assertFalse(needsTagger("le texte a été adopté sans vote."));
    }

    @Test
    void unknownNamesAndAcronymsGoToTheTagger() {
        assertTrue(needsTagger("Amal El Fallah Seghrouchni a conduit la délégation du Maroc."));
        assertTrue(needsTagger("La France et la société Mistral ont signé."));
        assertTrue(needsTagger("Le texte a été signé par la XYZA."));
        assertTrue(needsTagger("Macron a ouvert le sommet."));
    }

    @Test
    void aKnownWordCountsOnlyInsideAWholeDictionaryMatch() {
        // `Mohammed VI` and `Banque` are words of dictionary names, not names on their own.
        assertFalse(needsTagger("Des étudiants de l'Université Mohammed VI Polytechnique étaient présents."));
        assertTrue(needsTagger("La tour Mohammed VI domine Salé."));
        assertTrue(needsTagger("Le Maroc a sollicité la Banque."));
    }

    @Test
    void formsThatNeedContextAndCapitalisedCommonWordsInsideASentenceGoToTheTagger() {
        // `Vienne` is a capital and a French river and department: the tagger's reading is needed.
        assertTrue(needsTagger("Les ministres se sont retrouvés à Vienne."));
        // inside a sentence a capitalised common word may open an unlisted name
        assertTrue(needsTagger("Le Maroc a salué le Conseil national de transition."));
        assertFalse(needsTagger("Conseil ou pas, le Maroc a signé."));
    }
}
