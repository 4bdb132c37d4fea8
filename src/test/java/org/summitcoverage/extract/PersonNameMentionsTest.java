package org.summitcoverage.extract;

import org.junit.jupiter.api.Test;
import org.summitcoverage.dict.Dictionaries;
import org.summitcoverage.model.Mention;
import org.summitcoverage.nlp.AnnotatedText;
import org.summitcoverage.nlp.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * How person names as African, Maghreb and European outlets write them become mentions, on hand-made tokens with
 * the tagger's labels given (no model loaded): a first name the tagger left out, a surname repeated alone (often in
 * capitals) where the tagger found nothing. Invented names and sentences.
 */
class PersonNameMentionsTest {
    private final EntityExtractor extractor = new EntityExtractor(Dictionaries.shared());

    /**
     * The mentions of a text of several sentences, as `TYPE id «text»`; the tagger's labels {@code ner} are those of the
     * first sentence only (the later ones are untagged).
     */
    private Set<String> mentions(Map<String, String> ner, String... sentences) {
        String text = String.join(" ", sentences);
        List<Sentence> parsed = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < sentences.length; i++) {
            parsed.add(HandTokens.sentence(i, text, start, start + sentences[i].length(), i == 0 ? ner : Map.of()));
            start += sentences[i].length() + 1;
        }
        Set<String> out = new TreeSet<>();
        for (Mention m : extractor.extract(new AnnotatedText(text, parsed)).mentions()) {
            out.add(m.type() + " " + m.entityId() + " «" + m.text() + "»");
        }
        return out;
    }

    @Test
    void aFirstNameTheTaggerLeftOutAtTheStartOfASentenceIsPartOfTheName() {
        assertEquals(Set.of("PERSON person:theoneste-habimana «Théoneste Habimana»", "COUNTRY country:BI «burundais»"),
                mentions(Map.of("Habimana", "I-PER"),
                        "Théoneste Habimana, ministre burundais du Commerce, a signé le texte."));
    }

    @Test
    void aFirstNameThatIsAlsoACommonWordIsPartOfTheNameWhenTheListSaysSo() {
        assertEquals(Set.of("PERSON person:espoir-kabeya-tshilombo «Espoir Kabeya Tshilombo»"),
                mentions(Map.of("Kabeya", "I-PER", "Tshilombo", "I-PER"),
                        "Espoir Kabeya Tshilombo a pris la parole au nom de la délégation."));
    }

    @Test
    void aCommonWordOrAnElidedWordBeforeANameIsNoFirstName() {
        assertEquals(Set.of("PERSON person:habimana «Habimana»"),
                mentions(Map.of("Habimana", "I-PER"), "Selon Habimana, le texte sera signé demain."));
        assertEquals(Set.of("PERSON person:kabeya-tshilombo «Kabeya Tshilombo»"),
                mentions(Map.of("Kabeya", "I-PER", "Tshilombo", "I-PER"), "Grâce à Kabeya Tshilombo, le texte a été signé."));
        assertEquals(Set.of("PERSON person:jean-felix-okemba «Jean-Félix Okemba»"),
                mentions(Map.of("Jean-Félix", "I-PER", "Okemba", "I-PER"), "Le Congolais Jean-Félix Okemba a pris la parole."));
    }

    @Test
    void aSurnameInCapitalsRepeatedAloneIsThePersonNamedInFull() {
        assertEquals(Set.of("PERSON person:koffi-mensah-atta «Koffi MENSAH-ATTA»", "PERSON person:koffi-mensah-atta «MENSAH-ATTA»"),
                mentions(Map.of("Koffi", "I-PER", "MENSAH-ATTA", "I-PER"),
                        "Le vice-président Koffi MENSAH-ATTA a pris part au sommet.",
                        "MENSAH-ATTA a signé la déclaration finale."));
    }

    @Test
    void aTailOfSeveralWordsRepeatedAloneIsThePersonNamedInFull() {
        assertEquals(Set.of("PERSON person:sidi-brahim-ould-cheikh-vall «Sidi Brahim Ould Cheikh Vall»",
                        "PERSON person:sidi-brahim-ould-cheikh-vall «Ould Cheikh Vall»"),
                mentions(Map.of("Sidi", "I-PER", "Brahim", "I-PER", "Ould", "I-PER", "Cheikh", "I-PER", "Vall", "I-PER"),
                        "Le ministre Sidi Brahim Ould Cheikh Vall conduisait la délégation.",
                        "Ould Cheikh Vall a ensuite pris la parole."));
    }

    @Test
    void aSurnameAfterAnotherFirstNameIsNotThePerson() {
        assertEquals(Set.of("PERSON person:oumar-diarra «Oumar Diarra»"),
                mentions(Map.of("Oumar", "I-PER", "Diarra", "I-PER"),
                        "Le ministre Oumar Diarra a pris la parole.",
                        "Sa sœur Mariam Diarra est arrivée ensuite."));
    }

    @Test
    void cheikhBeforeAGulfFamilyNameInAlIsATitleButOtherwiseAFirstName() {
        assertEquals(Set.of("PERSON person:nasser-al-mansour-al-hamadi «Nasser Al-Mansour Al-Hamadi»"),
                mentions(Map.of("Cheikh", "I-PER", "Nasser", "I-PER", "Al-Mansour", "I-PER", "Al-Hamadi", "I-PER"),
                        "L'émir, Cheikh Nasser Al-Mansour Al-Hamadi, a présidé la séance."));
        assertEquals(Set.of("PERSON person:hamad-al-jaber «Hamad Al Jaber»"),
                mentions(Map.of("Cheikh", "I-PER", "Hamad", "I-PER", "Al", "I-PER", "Jaber", "I-PER"),
                        "Cheikh Hamad Al Jaber a présidé la séance."));
        assertEquals(Set.of("PERSON person:cheikh-tidiane-ndour «Cheikh Tidiane Ndour»"),
                mentions(Map.of("Cheikh", "I-PER", "Tidiane", "I-PER", "Ndour", "I-PER"),
                        "Cheikh Tidiane Ndour a présidé la séance."));
    }

    @Test
    void theHabousPortfolioIsNoPerson() {
        // (h21-gulf) `ministre des Habous et des Affaires islamiques`: the NER model tags the portfolio as a person
        assertEquals(Set.of("PERSON person:ali-benkadour «Ali Benkadour»"),
                mentions(Map.of("Habous", "I-PER", "Ali", "I-PER", "Benkadour", "I-PER"),
                        "Le roi était représenté par le ministre des Habous et des Affaires islamiques, Ali Benkadour."));
    }

    @Test
    void theTreasuryPortfolioIsNoPerson() {
        // (h25-climat) `la secrétaire américaine au Trésor, X`: the model tags the portfolio, the title rule made it a person
        assertEquals(Set.of("PERSON person:ann-miller «Ann Miller»"),
                mentions(Map.of("Trésor", "I-ORG", "Ann", "I-PER", "Miller", "I-PER"),
                        "La secrétaire américaine au Trésor, Ann Miller, est présente."));
    }

    @Test
    void anHonorificRightBeforeAFiliationIsTheGivenName() {
        // (h21-gulf) `Sultan Bin Saad Al X`: no given name between `Sultan` and `Bin`, so `Sultan` is the given name
        assertEquals(Set.of("PERSON person:sultan-bin-saad-al-kadri «Sultan Bin Saad Al Kadri»"),
                mentions(Map.of("Sultan", "I-PER", "Bin", "I-PER", "Saad", "I-PER", "Al", "I-PER", "Kadri", "I-PER"),
                        "Le ministre Sultan Bin Saad Al Kadri a présidé la séance."));
        assertEquals(Set.of("PERSON person:tamim-ben-hamad «Tamim ben Hamad»"),
                mentions(Map.of("Cheikh", "I-PER", "Tamim", "I-PER", "ben", "I-PER", "Hamad", "I-PER"),
                        "Cheikh Tamim ben Hamad a présidé la séance."));
    }

    @Test
    void aStateBeforeEtAndAnArticleBelongsToThePersonBeforeNotTheNextOne() {
        String text = "Le capitaine Oumarou Zongo du Burkina Faso et le général Ibrahim Moussa Sani ont signé.";
        Sentence s = HandTokens.sentence(text, Map.of("Oumarou", "I-PER", "Zongo", "I-PER", "Ibrahim", "I-PER",
                "Moussa", "I-PER", "Sani", "I-PER"));
        Set<String> people = new TreeSet<>();
        for (org.summitcoverage.model.Entity e : extractor.extract(new AnnotatedText(text, List.of(s))).entities()) {
            if (e.type() == org.summitcoverage.model.EntityType.PERSON) {
                people.add(e.entityId() + " [" + e.countryCode() + "]");
            }
        }
        // (h45-entites12) the state linked right after Zongo's name is his
        assertEquals(Set.of("person:oumarou-zongo [BF]", "person:ibrahim-moussa-sani []"), people);
    }

    @Test
    void aMonarchsStyleIsNoPartOfTheNameAndTheCrownIsNoPlace() {
        assertEquals(Set.of("PERSON person:guillaume-iv «Guillaume IV»"),
                mentions(Map.of("Grand-Duc", "I-PER", "Guillaume", "I-PER", "IV", "I-PER", "Couronne", "I-LOC"),
                        "Le Grand-Duc Guillaume IV a représenté la Couronne."));
    }

    @Test
    void aNameWhollyInCapitalsAfterAnHonorificOrBeforeATitleIsAPerson() {
        assertEquals(Set.of("PERSON person:kwame-addo-boateng «KWAME ADDO-BOATENG»", "COUNTRY country:GH «République du Ghana»",
                        "PERSON person:ama-serwaa-owusu «AMA SERWAA OWUSU»"),
                mentions(Map.of("ADDO-BOATENG", "I-ORG", "SERWAA", "I-ORG", "OWUSU", "I-ORG"),
                        "Étaient présents : S.E.M. KWAME ADDO-BOATENG, Président de la République du Ghana ; "
                                + "AMA SERWAA OWUSU, ministre des Affaires étrangères."));
    }

    @Test
    void aHeadlineInCapitalsAfterATitleIsNoName() {
        assertEquals(Set.of(), mentions(Map.of(), "LE PRÉSIDENT ACCUEILLE SES HOMOLOGUES POUR LE SOMMET"));
    }

    @Test
    void aNicknameAfterDitIsThePersonThereAndWhereverItIsUsedAgain() {
        assertEquals(Set.of("PERSON person:moussa-diakite-sy «Moussa Diakité-Sy»", "PERSON person:moussa-diakite-sy «MDS»"),
                mentions(Map.of("Moussa", "I-PER", "Diakité-Sy", "I-PER", "MDS", "I-ORG"),
                        "Le colonel Moussa Diakité-Sy, dit « MDS », dirige la transition.",
                        "MDS a signé la charte."));
    }

    @Test
    void aQuotedWordThatIsACommonWordIsNoNickname() {
        assertEquals(Set.of("PERSON person:ali-kone-traore «Ali Kone Traoré»"),
                mentions(Map.of("Ali", "I-PER", "Kone", "I-PER", "Traoré", "I-PER"),
                        "Le ministre Ali Kone Traoré dit « Non » au texte."));
    }

    @Test
    void aFirstNameThatIsAlsoACommonWordOpensAnUntaggedNameAfterAPortfolio() {
        assertEquals(Set.of("PERSON person:grace-uwimana-kayitesi «Grâce Uwimana-Kayitesi»"),
                mentions(Map.of(), "La ministre de l'Agriculture Grâce Uwimana-Kayitesi a signé le texte."));
    }

    @Test
    void theRestOfANameRightAfterItsFirstPartIsTheSamePersonEvenWhenADictionaryKnowsItAsACompany() {
        assertEquals(Set.of("PERSON person:lucia-vinci «Lucia Vinci»"),
                mentions(Map.of("Lucia", "I-PER"), "L'architecte Lucia Vinci a présenté le projet du palais."));
    }

    @Test
    void aNameTheTaggerCutInTwoPiecesIsOnePerson() {
        assertEquals(Set.of("PERSON person:gatluak-ruai-deng «Gatluak Ruai Deng»", "COUNTRY country:SS «République du Soudan du Sud»"),
                mentions(Map.of("Gatluak", "I-PER", "Ruai", "I-LOC", "Deng", "I-LOC"),
                        "Son Excellence Gatluak Ruai Deng, Président de la République du Soudan du Sud, a pris la parole."));
    }

    @Test
    void anEnglishSchoolTheTaggerTookForAPlaceIsABody() {
        assertEquals(Set.of("ORGANIZATION org:imperial-college «Imperial College»"),
                mentions(Map.of("Imperial", "I-LOC", "College", "I-LOC"),
                        "Une chercheuse de l'Imperial College a présenté l'étude."));
    }

    @Test
    void aSurnameAloneAfterATitleAndItsPortfolioIsAPersonButAPortfolioWordIsNot() {
        assertEquals(Set.of("PERSON person:kuroda «Kuroda»"),
                mentions(Map.of(), "Le ministre des Affaires étrangères Kuroda a rencontré ses homologues."));
        assertEquals(Set.of(),
                mentions(Map.of(), "La ministre de l'Agriculture et de la Pêche a rencontré ses homologues."));
        assertEquals(Set.of(),
                mentions(Map.of(), "Le ministre des Affaires étrangères et de l'Émigration a rencontré ses homologues."));
    }

    @Test
    void aNameWithDottedInitialsAfterATitleIsAPersonWhateverTheTaggerSaid() {
        assertEquals(Set.of("PERSON person:k-d-mbeki-obuya «K.D. Mbeki-Obuya»", "COUNTRY country:KE «kényan»"),
                spaceTokenMentions(Map.of("K.D.", "I-ORG", "Mbeki-Obuya", "I-ORG"),
                        "L'ancien Premier ministre kényan K.D. Mbeki-Obuya a pris la parole ."));
        assertEquals(Set.of("ORGANIZATION org:u-s-space-force «U.S. Space Force»"),
                spaceTokenMentions(Map.of("U.S.", "I-ORG", "Space", "I-ORG", "Force", "I-ORG"),
                        "Le général de la U.S. Space Force a pris la parole ."));
    }

    /** The French tokenizer keeps `K.D.` in one token, which the hand tokenizer would split: one token per spaced word. */
    private Set<String> spaceTokenMentions(Map<String, String> ner, String text) {
        List<org.summitcoverage.nlp.Token> toks = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\S+").matcher(text);
        while (m.find()) {
            toks.add(new org.summitcoverage.nlp.Token(toks.size(), m.group(), m.start(), m.end(), ner.getOrDefault(m.group(), "")));
        }
        Set<String> out = new TreeSet<>();
        for (Mention mention : extractor.extract(new AnnotatedText(text, List.of(new Sentence(0, 0, text.length(), toks))))
                .mentions()) {
            out.add(mention.type() + " " + mention.entityId() + " «" + mention.text() + "»");
        }
        return out;
    }

    @Test
    void aCommonWordOpeningAQuotedThemeIsNoPlace() {
        assertEquals(Set.of(), mentions(Map.of("Capital", "I-LOC"),
                "Le conclave se tiendra sous le thème « Capital social et solidarité : les leviers de la croissance »."));
    }
}
