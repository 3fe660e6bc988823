package io.shopfloor.it;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Starts the test Shopfloor before the first test (the in-container tests' adapter needs its
 * domain running and known), and stops it (Payara Server, then PostgreSQL) when the run ends:
 * inside the run, not in a shutdown hook, which the test runner does not wait for.
 */
public class ShopfloorForTheTestRun implements TestExecutionListener {

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        if (testPlan.containsTests()) {
            TestShopfloor.get();
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        TestShopfloor.stopIfStarted();
    }
}
