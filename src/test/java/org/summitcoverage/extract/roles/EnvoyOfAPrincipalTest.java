package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;
import org.summitcoverage.model.Mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EnvoyOfAPrincipalTest {
    private static Mention named(HandParse p, String id) {
        return p.mentions().stream().filter(m -> m.entityId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theEnvoyNamedAfterTheTitleIsTheItemNotHisPrincipal() {
        // (h25-climat) `aux côtés de l'envoyé spécial de X pour le climat, Y`: Y is the item
        HandParse p = HandParse.of("Elle viendra aux côtés de l'envoyé spécial de Paul Roy pour le climat, Ana Ruiz.")
                .entity("Paul Roy", "person:paul-roy").entity("Ana Ruiz", "person:ana-ruiz");
        assertEquals("person:ana-ruiz", Enumerations.personAfterItsTitle(p.graph(), named(p, "person:paul-roy")).entityId());
    }

    @Test
    void aPersonWithNoTitleBeforeItsDeStaysTheItem() {
        HandParse p = HandParse.of("Elle viendra avec le fils de Paul Roy, puis Ana Ruiz.")
                .entity("Paul Roy", "person:paul-roy").entity("Ana Ruiz", "person:ana-ruiz");
        assertEquals("person:paul-roy", Enumerations.personAfterItsTitle(p.graph(), named(p, "person:paul-roy")).entityId());
    }
}
