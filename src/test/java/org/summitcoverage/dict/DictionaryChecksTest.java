package org.summitcoverage.dict;

import org.junit.jupiter.api.Test;
import org.summitcoverage.model.EntityType;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every dictionary is data with a check for duplicates and conflicts. */
class DictionaryChecksTest {
    private final Dictionaries dict = Dictionaries.shared();

    @Test
    void countriesCoverAllIsoCodes() {
        assertTrue(dict.countryCodes().size() >= 249, "ISO 3166-1 has 249 codes, found " + dict.countryCodes().size());
        for (String code : List.of("MA", "FR", "IN", "GB", "TH", "US", "CD", "CG", "KR", "KP", "PS", "TW", "VA", "SS")) {
            assertTrue(dict.countryCodes().contains(code), code);
        }
    }

    @Test
    void noCountryFormBelongsToTwoCodesUnlessMarkedAmbiguous() {
        Map<String, Set<String>> codesByForm = new HashMap<>();
        for (Map.Entry<String, List<DictEntry>> e : dict.allForms().entrySet()) {
            for (DictEntry d : e.getValue()) {
                if (d.type() == EntityType.COUNTRY && !d.ambiguous()) {
                    codesByForm.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(d.countryCode());
                }
            }
        }
        assertTrue(codesByForm.size() >= 249, "at least one unambiguous form per ISO code, found " + codesByForm.size());
        codesByForm.forEach((form, codes) -> assertEquals(1, codes.size(), "'" + form + "' names " + codes));
    }

    @Test
    void noOrganisationFormNamesTwoOrganisations() {
        Map<String, Set<String>> idsByForm = new HashMap<>();
        dict.allForms().forEach((form, entries) -> {
            for (DictEntry d : entries) {
                if (d.type() == EntityType.ORGANIZATION) {
                    idsByForm.computeIfAbsent(form, k -> new HashSet<>()).add(d.entityId());
                }
            }
        });
        idsByForm.forEach((form, ids) -> assertEquals(1, ids.size(), "'" + form + "' names " + ids));
        assertTrue(idsByForm.size() > 200, "organisation dictionary looks truncated: " + idsByForm.size());
    }

    @Test
    void wellKnownFormsResolve() {
        assertCountry("l'hexagone".substring(2), "FR");
        assertCountry("etats-unis", "US");
        assertCountry("royaume-uni", "GB");
        assertCountry("grande-bretagne", "GB");
        assertCountry("coree du sud", "KR");
        assertCountry("britannique", "GB");
        assertCountry("marocaines", "MA");
        assertTrue(dict.lookup("onu").stream().anyMatch(d -> d.type() == EntityType.ORGANIZATION));
        assertTrue(dict.lookup("paris").stream().anyMatch(d -> d.type() == EntityType.LOCATION));
    }

    private void assertCountry(String form, String code) {
        assertTrue(dict.lookup(TextFolding.fold(form)).stream()
                .anyMatch(d -> d.type() == EntityType.COUNTRY && d.countryCode().equals(code)), form + " -> " + code);
    }

    @Test
    void wordListsLoad() {
        assertTrue(dict.commonWords.contains("Fermé"));
        assertTrue(dict.commonWords.contains("Selon"));
        // (h19-side) the capitalised adjective of a ministry's name (`la Transition Écologique`) is no person's name
        assertTrue(dict.commonWords.contains("Écologique"));
        assertTrue(dict.stateNouns.contains("gouvernement"));
        assertTrue(dict.titles.contains("ministre"));
    }
}
