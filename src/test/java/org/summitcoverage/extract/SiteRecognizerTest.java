package org.summitcoverage.extract;

import org.junit.jupiter.api.Test;
import org.summitcoverage.dict.Dictionaries;
import org.summitcoverage.nlp.Sentence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Sites named by a common noun and a proper name, on hand-built tokens (no model loaded). */
class SiteRecognizerTest {
    private final SiteRecognizer sites = new SiteRecognizer(Dictionaries.shared());
    private final GazetteerMatcher gazetteer = new GazetteerMatcher(Dictionaries.shared());

    /** {@code ner}: the tagger's label of some words, as the CRF would have put them. */
    private List<String> sites(String text, Map<String, String> ner) {
        Sentence s = HandTokens.sentence(text, ner);
        Set<Integer> claimed = new HashSet<>();
        for (Candidate c : gazetteer.match(text, s)) {
            for (int k = c.firstToken(); k < c.endToken(); k++) {
                claimed.add(k);
            }
        }
        Set<Integer> places = new HashSet<>();
        for (Candidate c : gazetteer.match(text, s)) {
            if (c.type() != org.summitcoverage.model.EntityType.COUNTRY) {
                for (int k = c.firstToken(); k < c.endToken(); k++) {
                    places.add(k);
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (Candidate c : sites.recognize(text, s, claimed, places)) {
            out.add(c.type() + " " + c.entityId() + " " + c.text());
        }
        return out;
    }

    @Test
    void aSiteNounAndTheNameAfterItAreOneLocation() {
        assertEquals(List.of("LOCATION location:salle-hafsia-ben-ammar salle Hafsia-Ben Ammar"),
                sites("Les ministres se sont réunis dans la salle Hafsia-Ben Ammar du palais.", Map.of()));
        assertEquals(List.of("LOCATION location:promenade-des-orangers promenade des Orangers"),
                sites("Le cortège a longé la promenade des Orangers avant la séance.", Map.of("Orangers", "LOC")));
        assertEquals(List.of("LOCATION location:villa-presidentielle-de-kantara villa présidentielle de Kantara"),
                sites("Le dîner a eu lieu à la villa présidentielle de Kantara.", Map.of()));
    }

    @Test
    void aFeminineSiteNounAfterAMasculineDeterminerIsItsHomonym() {
        // `au tour de X de …` is a turn, not a tower: the name after it stays a country
        assertEquals(List.of(), sites("Ensuite viendra le tour de Nkandla de présenter son rapport.", Map.of("Nkandla", "LOC")));
        assertEquals(List.of(), sites("C'est désormais au tour de Port-Mabiala d'organiser la rencontre.", Map.of("Port-Mabiala", "LOC")));
        assertEquals(List.of("LOCATION location:tour-hassan tour Hassan"),
                sites("Le dîner officiel a été servi au pied de la tour Hassan.", Map.of()));
    }

    @Test
    void aKnownPlaceCountryOrPersonAfterTheNounStaysWhatItIs() {
        assertEquals(List.of(), sites("Les navires attendent dans le port de Dakar.", Map.of()));
        assertEquals(List.of(), sites("Une délégation a visité l'île Maurice.", Map.of()));
        assertEquals(List.of(), sites("Vint ensuite le tour de Lindiwe Khumalo, très attendue.",
                Map.of("Lindiwe", "PER", "Khumalo", "PER")));
        assertEquals(List.of(), sites("La place de la France dans le monde a changé.", Map.of()));
        // a verb is not an adjective of the site, and a letter is not a name
        assertEquals(List.of(), sites("Quelle place ont occupée les Français parmi eux ?", Map.of()));
        assertEquals(List.of(), sites("Les cours ont lieu dans le bâtiment B du campus.", Map.of()));
        // the head of a longer name is not the site's name: the building is
        assertEquals(List.of("LOCATION location:centre-des-congres-de-sabaya Centre des congrès de Sabaya"),
                sites("Ils se sont réunis dans la grande salle du Centre des congrès de Sabaya.", Map.of()));
    }

    @Test
    void aBuildingTakesItsNameAndItsTownWhichStaysAPlace() {
        assertEquals(List.of("LOCATION location:stade-olympique-de-lome stade olympique de Lomé"),
                sites("La cérémonie a eu lieu au stade olympique de Lomé.", Map.of()));
        assertEquals(List.of("LOCATION location:palais-des-congres-de-dakar Palais des congrès de Dakar"),
                sites("Les délégués sont attendus au Palais des congrès de Dakar.", Map.of()));
        assertEquals(List.of("LOCATION location:aeroport-international-amadou-keita aéroport international Amadou Keïta"),
                sites("Il a atterri à l'aéroport international Amadou Keïta samedi.", Map.of()));
        assertEquals(List.of("LOCATION location:musee-des-arts-premiers-de-tunis Musée des arts premiers de Tunis"),
                sites("Le dîner a été servi au Musée des arts premiers de Tunis.", Map.of()));
        assertEquals(List.of(), sites("Le Musée a rouvert ses portes.", Map.of()));
    }

    /** The cheap check before the lookups: an entry's first word may be glued from several tokens. */
    @Test
    void anEntryCanStartOnlyWhereItsFirstWordIs() {
        org.summitcoverage.dict.WordList heads = org.summitcoverage.dict.WordList.of(List.of("l'hôtel de ville", "palais des congrès"));
        Sentence s = HandTokens.sentence("Le maire attend à l'Hôtel de ville, pas au Palais des congrès.");
        String[] folded = s.tokens().stream().map(Words::fold).toArray(String[]::new);
        List<String> starts = new ArrayList<>();
        for (int i = 0; i < folded.length; i++) {
            if (SiteRecognizer.mayStartEntry(heads, s.tokens(), folded, i)) {
                starts.add(s.tokens().get(i).word());
            }
        }
        assertEquals(List.of("l'", "Palais"), starts);
    }
    @Test
    void aBuildingOrStreetNamedAfterSomeoneAfterDeIsTheSite() {
        assertEquals(List.of("LOCATION location:chateau-de-val-maurin château de Val Maurin"),
                sites("Le Premier ministre a reçu ses pairs au château de Val Maurin jeudi soir.",
                        Map.of("Val", "PER", "Maurin", "PER")));
        assertEquals(List.of("LOCATION location:batiment-du-juste-kervel bâtiment du Juste Kervel"),
                sites("Les Vingt-sept se réunissent au bâtiment du Juste Kervel dès 15 heures.",
                        Map.of("Juste", "PER", "Kervel", "PER")));
        assertEquals(List.of("LOCATION location:rond-point-delvaux rond-point Delvaux"),
                sites("Le cortège est passé par le rond-point Delvaux.", Map.of("Delvaux", "PER")));
        // after other nouns the person stays a person
        assertEquals(List.of(), sites("La résidence de Paul Ondoa a été fermée.", Map.of("Paul", "PER", "Ondoa", "PER")));
    }
}
