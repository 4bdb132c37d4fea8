package org.summitcoverage;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.summitcoverage.nlp.FrenchModels;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The unit tier's promise, checked rather than hoped for: after every test of {@code mvn test} (Surefire
 * sets {@value #TIER_PROPERTY}={@code unit}) the CoreNLP French models must not have been loaded. The first
 * test that loads them fails, named; a test that needs the models is an {@code *IT}.
 *
 * <p>Registered for every test class through {@code META-INF/services} and
 * {@code junit-platform.properties}; outside the unit tier (Failsafe, an IDE) it does nothing.
 */
public final class NoModelInUnitTier implements AfterEachCallback {
    static final String TIER_PROPERTY = "summitcoverage.testTier";
    private static volatile String firstOffender;
    /** Tests checked so far: {@code NoModelInUnitTierTest} proves with it that the guard is registered. */
    static final AtomicInteger CHECKED = new AtomicInteger();

    @Override
    public void afterEach(ExtensionContext context) {
        CHECKED.incrementAndGet();
        if (!"unit".equals(System.getProperty(TIER_PROPERTY)) || !FrenchModels.loadStarted()) {
            return;
        }
        String test = context.getRequiredTestClass().getName() + "." + context.getDisplayName();
        if (firstOffender == null) {
            firstOffender = test;
        }
        throw new AssertionError("the CoreNLP French models were loaded in the unit tier (first seen after "
                + firstOffender + "): a test that needs them is an *IT, run by `mvn verify`");
    }
}
