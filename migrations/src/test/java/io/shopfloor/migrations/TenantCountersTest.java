package io.shopfloor.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

/** Numbers handed out by the per-tenant counter are unique under concurrency and per tenant. */
class TenantCountersTest {

    @Test
    void twentyConcurrentCallersGetTwentyDistinctConsecutiveNumbers() throws Exception {
        MigratedDatabase db = MigratedDatabase.get();
        UUID tenant = db.createTenant("counter-" + UUID.randomUUID().toString().substring(0, 8));
        UUID other = db.createTenant("counter-" + UUID.randomUUID().toString().substring(0, 8));
        int callers = 20;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<Long>> results = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                Callable<Long> next = () -> {
                    try (Connection c = db.app()) {
                        MigratedDatabase.beginAs(c, tenant, null);
                        start.await();
                        try (PreparedStatement query = c.prepareStatement("SELECT shopfloor.next_counter_value('orders')");
                             ResultSet rows = query.executeQuery()) {
                            rows.next();
                            long value = rows.getLong(1);
                            c.commit();
                            return value;
                        }
                    }
                };
                results.add(pool.submit(next));
            }
            start.countDown();
            Set<Long> numbers = new TreeSet<>();
            for (Future<Long> result : results) {
                numbers.add(result.get());
            }
            assertThat(numbers).hasSize(callers).first().isEqualTo(1L);
            assertThat(numbers).last().isEqualTo((long) callers);
        } finally {
            pool.shutdownNow();
        }
        try (Connection c = db.app()) {
            MigratedDatabase.beginAs(c, other, null);
            assertThat(MigratedDatabase.count(c, "SELECT shopfloor.next_counter_value('orders')")).as("another tenant starts at 1").isEqualTo(1);
            c.rollback();
        }
    }
}
