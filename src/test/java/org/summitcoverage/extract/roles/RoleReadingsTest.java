package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;
import org.summitcoverage.extract.roles.RoleCueLexicon.Cue;
import org.summitcoverage.model.RoleType;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RoleReadingsTest {
    @Test
    void everyRoleCueOfTheLexiconIsReadBySomeReading() {
        RoleReadings readings = RoleReadings.standard();
        List<String> unread = new ArrayList<>();
        for (Cue c : HandParse.CUES.cues()) {
            if (c.role() != null && !readings.reads(c.kind(), c.role())
                    && !(c.role() == RoleType.SIGNATORY && readings.reads(c.kind(), RoleType.NON_SIGNATORY))) {
                unread.add(c.where() + " " + c.kind() + " " + c.role() + " " + c.words());
            }
        }
        assertEquals(List.of(), unread);
    }

    @Test
    void aNounCueIsReadByTheReadingOfItsRole() {
        HandParse p = HandParse.of("Le Brésil assure la présidence, et le Kenya est le pays hôte.")
                .entity("Brésil", "country:BR").entity("Kenya", "country:KE")
                .edge("assure", "nsubj", "Brésil").edge("assure", "obj", "présidence")
                .edge("pays", "nsubj", "Kenya").edge("pays", "amod", "hôte");
        RoleReadings readings = RoleReadings.standard();
        assertEquals(Set.of("CHAIR country:BR"), HandParse.rows(readings.read(p.site(p.hit("présidence"), RoleType.CHAIR))));
        assertEquals(Set.of("HOST country:KE"), HandParse.rows(readings.read(p.site(p.hit("hôte"), RoleType.HOST))));
    }
}
