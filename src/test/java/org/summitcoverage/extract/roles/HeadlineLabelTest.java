package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;
import org.summitcoverage.model.Mention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HeadlineLabelTest {
    private static Mention mention(HandParse p, String id) {
        return p.graph().mentions().stream().filter(m -> m.entityId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aNameBeforeTheOpeningColonIsTheStorysLabelNotAHolder() {
        HandParse p = HandParse.of("ONU : le Laos et dix pays asiatiques s'abstiennent.")
                .entity("ONU", "org:onu").entity("Laos", "country:LA");
        assertTrue(HeadlineLabel.isLabelBefore(p.graph().tokens(), mention(p, "org:onu"), p.hit("abstiennent")));
        assertFalse(HeadlineLabel.isLabelBefore(p.graph().tokens(), mention(p, "country:LA"), p.hit("abstiennent")));
    }

    @Test
    void aSubjectWithNoColonAfterItIsNoLabel() {
        HandParse p = HandParse.of("Le Laos s'abstient : il refuse le texte.").entity("Laos", "country:LA");
        assertFalse(HeadlineLabel.isLabelBefore(p.graph().tokens(), mention(p, "country:LA"), p.hit("abstient")));
    }
}
