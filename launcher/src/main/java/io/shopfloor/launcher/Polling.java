package io.shopfloor.launcher;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits for a condition with a deadline, checking it at a short interval. */
final class Polling {

    private Polling() {
    }

    /**
     * Returns as soon as {@code condition} holds; throws {@link IllegalStateException} with
     * {@code failure}'s message once {@code timeout} has passed without it.
     */
    static void await(Duration timeout, Duration interval, BooleanSupplier condition, Supplier<String> failure)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException(failure.get());
            }
            Thread.sleep(interval.toMillis());
        }
    }
}
