package org.summitcoverage;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The no-model guard is really on in the unit tier: registered for every class, and told the tier. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NoModelInUnitTierTest {
    private static int checkedBefore;

    @Test
    @Order(1)
    void surefireNamesTheUnitTier() {
        assertEquals("unit", System.getProperty(NoModelInUnitTier.TIER_PROPERTY),
                "the pom's Surefire configuration must set " + NoModelInUnitTier.TIER_PROPERTY + "=unit");
        checkedBefore = NoModelInUnitTier.CHECKED.get();
    }

    @Test
    @Order(2)
    void theGuardRanAfterThePreviousTest() {
        assertTrue(NoModelInUnitTier.CHECKED.get() > checkedBefore,
                "NoModelInUnitTier did not run: check junit-platform.properties and META-INF/services");
    }
}
