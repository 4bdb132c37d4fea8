package org.summitcoverage.extract;

import org.summitcoverage.dict.Dictionaries;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The person mentions the extractor finds in a hand-made text, as `id «surface»`: what the name tests assert on. */
final class HandPersons {
    private static final EntityExtractor EXTRACTOR = new EntityExtractor(Dictionaries.shared());

    private HandPersons() {
    }

    static Set<String> of(List<Map<String, String>> ner, String... sentences) {
        Set<String> out = new TreeSet<>();
        for (Mention m : EXTRACTOR.extract(HandTokens.text(ner, sentences)).mentions()) {
            if (m.type() == EntityType.PERSON) {
                out.add(m.entityId() + " «" + m.text() + "»");
            }
        }
        return out;
    }
}
