package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;
import org.summitcoverage.dict.Dictionaries;
import org.summitcoverage.dict.TsvResource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoleWordsTest {
    private final RoleWords words = HandParse.WORDS;

    @Test
    void aListWordMatchesItsElidedForm() {
        // (h25-paix) `de même que` also reads `de même qu'Emmanuel`; only function words elide, and only to their stem
        assertTrue(RoleWords.elidedForm("que", "qu'"));
        assertTrue(RoleWords.elidedForm("de", "d'"));
        assertFalse(RoleWords.elidedForm("comme", "comm'"));
        assertFalse(RoleWords.elidedForm("que", "qu"));
        assertFalse(RoleWords.elidedForm("le", "d'"));
    }

    @Test
    void listsCompareFoldedWords() {
        assertTrue(words.skippableBeforeVerb.contains("Également"));
        assertTrue(words.emphaticPronouns.contains("lui-même"));
        assertTrue(words.amongThem.contains("ceux-ci"));
        assertFalse(words.skippableBeforeVerb.contains("été"), "a passive's auxiliary is not skipped");
    }

    @Test
    void titlesForAHolderIncludeStateNounsAndPrefixedTitles() {
        assertTrue(words.isHolderTitle("vice-ministre"));
        assertTrue(words.isHolderTitle("diplomate"));
        assertTrue(words.isTitle("président"));
        assertFalse(words.isTitle("diplomate"));
        // (r24) `le PM vietnamien X`: the agencies' abbreviation of Premier ministre is a title, not an acronym
        assertTrue(words.isTitle("PM"));
    }

    @Test
    void aMissingOrUnusedListFailsAtLoadTime() {
        List<TsvResource.Row> rows = new ArrayList<>(TsvResource.read(RoleWords.RESOURCE, "list", "words"));
        rows.add(new TsvResource.Row("test", 1, new String[]{"no_such_list", "x"}));
        IllegalStateException unused = assertThrows(IllegalStateException.class, () -> new RoleWords(Dictionaries.shared(), rows));
        assertTrue(unused.getMessage().contains("no_such_list"), unused.getMessage());
        List<TsvResource.Row> missing = rows.subList(1, rows.size() - 1);
        IllegalStateException absent = assertThrows(IllegalStateException.class, () -> new RoleWords(Dictionaries.shared(), missing));
        assertTrue(absent.getMessage().contains("no list"), absent.getMessage());
    }

    @Test
    void multiWordMarkersAreTokenised() {
        assertTrue(words.likewiseAttendanceMarkers.contains(List.of("aux", "cotes", "d'")));
        assertEquals(5, words.likewiseMarkers.size());
        assertTrue(words.likewiseMarkers.contains(List.of(",", "ni")));
        assertTrue(words.likewiseMarkers.contains(List.of("sans", "oublier")));
    }
}
