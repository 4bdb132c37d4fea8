package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** (h21-passing) The programme of a presidency after a colon names topics, not chairs. */
class TopicsOfAPresidencyTest {
    private static Set<String> rows(HandParse p) {
        Set<String> out = new TreeSet<>();
        new ListHeaderReading(HandParse.CUES, HandParse.WORDS).read(p.annotated(), p.mentions())
                .forEach(l -> out.add(l.finding().role() + " " + l.finding().mention().entityId()));
        return out;
    }

    @Test
    void thePillarsOfAPresidencyAreTopics() {
        HandParse p = HandParse.of("Le Ghanéen a dévoilé les trois « piliers » de sa présidence : la paix, l'accélération de la Zone de libre-échange continentale africaine (ZLECAf) et l'emploi.")
                .entity("Ghanéen", "country:GH").entity("ZLECAf", "org:zlecaf");
        assertEquals(Set.of(), rows(p));
    }

    @Test
    void aPresidencyHeaderWithNoTopicNounStillListsChairs() {
        HandParse p = HandParse.of("Ont assuré la présidence de la séance : le Chili ; le Pérou.")
                .entity("Chili", "country:CL").entity("Pérou", "country:PE");
        assertEquals(Set.of("CHAIR country:CL", "CHAIR country:PE"), rows(p));
    }
}
