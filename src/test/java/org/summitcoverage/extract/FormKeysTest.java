package org.summitcoverage.extract;

import org.junit.jupiter.api.Test;
import org.summitcoverage.dict.Dictionaries;
import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.nlp.Token;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pruned keys leave out no span that is a dictionary form, and give each kept span the matcher's own key. */
class FormKeysTest {
    private static final Dictionaries DICT = Dictionaries.shared();
    private static final int MAX_LEN = 16;

    private static final List<String> SENTENCES = List.of(
            "La République démocratique du Congo et la Côte d'Ivoire ont signé avec l'Organisation des Nations unies.",
            "Les Etats-Unis, le Royaume-Uni et l’Union africaine étaient à Addis-Abeba pour la Banque mondiale.",
            "Le président de la République du Bénin S. E. M. Patrice Talon a quitté Washington - sans la Guinée - Bissau.",
            "L'Assemblée générale des Nations unies et l'Organisation mondiale de la santé (OMS) à New York.",
            "Des étudiants de l'Université Mohammed VI Polytechnique, la Guinée-Bissau, la Guinée équatoriale.");

    @Test
    void everySpanThatIsAFormIsKeptWithTheMatchersKey() {
        int forms = 0;
        for (String text : SENTENCES) {
            List<Token> toks = HandTokens.sentence(text).tokens();
            String[] folded = new String[toks.size()];
            for (int k = 0; k < toks.size(); k++) {
                folded[k] = TextFolding.fold(toks.get(k).word());
            }
            for (int i = 0; i < toks.size(); i++) {
                String head = GazetteerMatcher.afterElision(folded[i]);
                for (String replacement : head == null ? new String[] {null} : new String[] {null, head}) {
                    String[] kept = FormKeys.reachable(DICT, toks, folded, i, MAX_LEN, replacement);
                    for (int len = 1; len <= Math.min(MAX_LEN, toks.size() - i); len++) {
                        String key = GazetteerMatcher.key(toks, folded, i, i + len, replacement);
                        if (len <= kept.length) {
                            assertEquals(key, kept[len - 1], text + " @" + i + "+" + len);
                        } else {
                            assertTrue(DICT.lookup(key).isEmpty(), "form left out: " + key);
                        }
                        forms += DICT.lookup(key).isEmpty() ? 0 : 1;
                    }
                }
            }
        }
        assertTrue(forms >= 20, "the sentences hold dictionary forms: " + forms);
    }

    @Test
    void aKeyThatBeginsNoFormEndsTheLengths() {
        List<Token> toks = HandTokens.sentence("la Côte d'Ivoire signe").tokens();
        String[] folded = toks.stream().map(t -> TextFolding.fold(t.word())).toArray(String[]::new);
        String[] kept = FormKeys.reachable(DICT, toks, folded, 1, MAX_LEN, null);
        assertEquals(List.of("cote", "cote d'", "cote d'ivoire"), List.of(kept));
        assertEquals(0, FormKeys.reachable(DICT, toks, folded, 4, MAX_LEN, null).length);
    }
}
