package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;
import org.summitcoverage.extract.roles.RoleCueLexicon.Hit;
import org.summitcoverage.model.RoleType;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AmongThemReadingTest {
    @Test
    void theListAfterParmiEuxHoldsTheRoleOfThePreviousSentencesCue() {
        Hit signed = HandParse.of("Une vingtaine de pays ont signé l'appel.").hit("signé");
        Hit carried = new Hit(signed.cue(), -1, -1, signed.text());
        HandParse p = HandParse.of("Une vingtaine de pays ont signé l'appel.", "Parmi eux, le Chili et le Pérou.")
                .entity("Chili", "country:CL").entity("Pérou", "country:PE");
        assertEquals(Set.of("SIGNATORY country:CL", "SIGNATORY country:PE"),
                HandParse.rows(new AmongThemReading().read(p.site(carried, RoleType.SIGNATORY))));
    }
}
