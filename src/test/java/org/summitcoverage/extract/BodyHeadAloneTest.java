package org.summitcoverage.extract;

import org.junit.jupiter.api.Test;
import org.summitcoverage.dict.Dictionaries;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.nlp.AnnotatedText;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * (h47-entites14) BodiesNamedByTheirHead: a tagger's one-word body after `la` / `l'` that opens exactly one body named
 * earlier is that body; a word two earlier bodies share names neither. Hand-made tokens with the tagger's labels given.
 */
class BodyHeadAloneTest {
    private final EntityExtractor extractor = new EntityExtractor(Dictionaries.shared());

    private Set<String> bodies(AnnotatedText doc) {
        Set<String> out = new TreeSet<>();
        for (Mention m : extractor.extract(doc).mentions()) {
            if (m.type() == EntityType.ORGANIZATION) {
                out.add(m.entityId() + " «" + m.text() + "»");
            }
        }
        return out;
    }

    @Test
    void theHeadAloneIsTheOneBodyItOpens() {
        AnnotatedText doc = HandTokens.text(List.of(Map.of(), Map.of("Ligue", "I-ORG")),
                "Les ministres de la Ligue arabe se sont réunis.", "La Ligue a publié un communiqué.");
        assertEquals(Set.of("org:ligue-arabe «Ligue arabe»", "org:ligue-arabe «Ligue»"), bodies(doc));
    }

    @Test
    void aHeadTwoBodiesShareStaysAsRead() {
        AnnotatedText doc = HandTokens.text(List.of(Map.of(), Map.of("Union", "I-ORG")),
                "L'Union africaine et l'Union européenne ont siégé.", "Puis l'Union a voté.");
        Set<String> bodies = bodies(doc);
        assertEquals(false, bodies.contains("org:union-africaine «Union»") || bodies.contains("org:union-europeenne «Union»"));
    }
}
