package io.shopfloor.it.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.shopfloor.it.TestShopfloor;
import io.shopfloor.it.rest.Api;

/**
 * The real Payara Server over the real PostgreSQL, when the database misbehaves: restarted under a
 * write load, slowed by a lock held elsewhere, asked for more connections than the pool has. No
 * acknowledged write may be lost, nothing may be half-written, every request must get an answer
 * quickly (503 problem+json while the database is away) and the server must recover by itself.
 * The figures are printed for the closing note.
 */
class DatabaseFaultsIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** A request answered, with when it was sent and answered (nanoTime) and its order, if one was made. */
    private record Answer(long sent, long answered, int status, boolean problem, String orderId) {

        double seconds() {
            return (answered - sent) / 1e9;
        }
    }

    private TestShopfloor shopfloor;
    private Api manager;

    @BeforeEach
    void shopfloor() {
        shopfloor = TestShopfloor.get();
        manager = new Api(shopfloor.apiUrl(), shopfloor.acme().token("manager"));
    }

    @Test
    void aRestartUnderAWriteLoadLosesNothingAnswersQuicklyAndRecoversByItself() throws Exception {
        String customerId = manager.post("/customers", Json.createObjectBuilder().add("name", "Fault load " + UUID.randomUUID()).build())
                .json().getString("id");
        DatabaseFaults database = new DatabaseFaults(shopfloor.runtime().embeddedDatabase().dataDirectory());
        List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
        List<long[]> readiness = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(7);
        List<Future<?>> load = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            load.add(clients.submit(() -> {
                while (running.get()) {
                    long sent = System.nanoTime();
                    Api.Response response = manager.post("/orders", Json.createObjectBuilder()
                            .add("customerId", customerId).add("notes", "written under a fault").build());
                    String orderId = response.status() == 201 ? response.json().getString("id") : null;
                    answers.add(new Answer(sent, System.nanoTime(), response.status(), response.isProblem(), orderId));
                }
            }));
        }
        load.add(clients.submit(() -> {
            while (running.get()) {
                readiness.add(new long[] {System.nanoTime(), ready()});
                pause(250);
            }
        }));

        pause(3_000);
        long stopped = System.nanoTime();
        database.stop();
        pause(8_000);
        database.start();
        long back = System.nanoTime();
        pause(15_000);
        running.set(false);
        for (Future<?> client : load) {
            client.get(60, TimeUnit.SECONDS);
        }
        clients.shutdown();

        List<Answer> all = List.copyOf(answers);
        List<Answer> failed = all.stream().filter(a -> a.status() != 201).toList();
        List<Answer> acknowledged = all.stream().filter(a -> a.status() == 201).toList();
        double firstFailure = failed.stream().mapToLong(Answer::answered).min().stream()
                .mapToDouble(t -> (t - stopped) / 1e9).findFirst().orElse(Double.NaN);
        double recovery = acknowledged.stream().filter(a -> a.sent() > back).mapToLong(Answer::answered).min().stream()
                .mapToDouble(t -> (t - back) / 1e9).findFirst().orElse(Double.NaN);
        double slowest = all.stream().mapToDouble(Answer::seconds).max().orElse(0);
        double slowestFailure = failed.stream().mapToDouble(Answer::seconds).max().orElse(0);
        long lost = acknowledged.stream().filter(a -> manager.get("/orders/" + a.orderId()).status() != 200).count();
        System.out.printf("FAULTS restart: %d requests, %d acknowledged, %d refused (%s); first refusal %.2f s after the stop;"
                        + " slowest refusal %.2f s, slowest answer %.2f s; first write %.2f s after PostgreSQL was back; %d acknowledged writes lost%n",
                all.size(), acknowledged.size(), failed.size(), statuses(failed), firstFailure, slowestFailure, slowest, recovery, lost);

        assertThat(acknowledged).as("writes before and after the outage").hasSizeGreaterThan(20);
        assertThat(failed).as("what the outage refused").isNotEmpty()
                .allSatisfy(a -> assertThat(a.status()).as("a refusal while the database is away").isEqualTo(503))
                .allSatisfy(a -> assertThat(a.problem()).as("as problem+json").isTrue());
        assertThat(slowestFailure).as("seconds to a refusal: an answer, not a hang").isLessThanOrEqualTo(2.5);
        assertThat(recovery).as("seconds from PostgreSQL back to the first acknowledged write, with no manual flush").isLessThanOrEqualTo(10);
        assertThat(all.stream().filter(a -> a.sent() > back + 10_000_000_000L)).as("once recovered, every write succeeds")
                .allSatisfy(a -> assertThat(a.status()).isEqualTo(201));
        assertThat(lost).as("acknowledged writes lost").isZero();
        assertThat(ordersWithoutHistory(customerId)).as("orders written without their status history (half-written)").isZero();
        assertThat(readiness).as("readiness DOWN while the database is away")
                .anySatisfy(sample -> assertThat(sample[0] > stopped && sample[0] < back && sample[1] == 503).isTrue());
        assertThat(ready()).as("readiness UP again").isEqualTo(200);
    }

    @Test
    void aLockHeldElsewhereAndMoreRequestsThanConnectionsGetQuickAnswersAndThePoolStaysHealthy() throws Exception {
        JsonObject customer = manager.post("/customers", Json.createObjectBuilder().add("name", "Locked " + UUID.randomUUID()).build()).json();
        String id = customer.getString("id");
        JsonObject change = Json.createObjectBuilder().add("name", customer.getString("name") + " renamed")
                .add("version", customer.getJsonNumber("version").longValue()).build();
        try (Connection owner = shopfloor.runtime().database().connectAsOwner()) {
            owner.setAutoCommit(false);
            try (PreparedStatement tenant = owner.prepareStatement("SELECT set_config('app.tenant_id', ?, true)");
                 PreparedStatement lock = owner.prepareStatement("SELECT id FROM shopfloor.customers WHERE id = ?::uuid FOR UPDATE")) {
                tenant.setString(1, shopfloor.acme().tenantId().toString());
                tenant.execute();
                lock.setString(1, id);
                lock.executeQuery().close();
            }

            long sent = System.nanoTime();
            Api.Response blocked = manager.put("/customers/" + id, change);
            double seconds = (System.nanoTime() - sent) / 1e9;
            assertThat(blocked.status()).as(blocked.toString()).isEqualTo(503);
            assertThat(blocked.isProblem()).isTrue();
            assertThat(seconds).as("seconds until a statement waiting on a lock gives up").isLessThanOrEqualTo(3.0);

            // The pool has 2 connections: two writers wait on the lock holding both, six readers want one too.
            ExecutorService clients = Executors.newFixedThreadPool(8);
            List<Future<Answer>> writers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                writers.add(clients.submit(() -> timed(() -> manager.put("/customers/" + id, change))));
            }
            awaitBackendsWaitingOnALock(2);
            List<Future<Answer>> readers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                readers.add(clients.submit(() -> timed(() -> manager.get("/customers/" + id))));
            }
            List<Answer> written = new ArrayList<>();
            for (Future<Answer> answer : writers) {
                written.add(answer.get(30, TimeUnit.SECONDS));
            }
            List<Answer> read = new ArrayList<>();
            for (Future<Answer> answer : readers) {
                read.add(answer.get(30, TimeUnit.SECONDS));
            }
            clients.shutdown();
            double slowestWriter = written.stream().mapToDouble(Answer::seconds).max().orElse(0);
            double slowestReader = read.stream().mapToDouble(Answer::seconds).max().orElse(0);
            System.out.printf("FAULTS slow database: a write behind a held lock answered 503 in %.2f s; with both pooled connections"
                    + " held by writers waiting on it (%s, the slowest in %.2f s), 6 readers got %s, the slowest in %.2f s%n",
                    seconds, statuses(written), slowestWriter, statuses(read), slowestReader);
            assertThat(written).allSatisfy(a -> assertThat(a.status()).isEqualTo(503));
            assertThat(slowestWriter).as("seconds until the writers behind the lock give up").isLessThanOrEqualTo(3.0);
            assertThat(read).as("the readers: a connection once the writers gave theirs up, or a quick 503")
                    .allSatisfy(a -> assertThat(a.status()).isIn(200, 503));
            assertThat(slowestReader).as("seconds for the slowest reader waiting for a connection: quick, never a hang").isLessThanOrEqualTo(3.0);
            owner.rollback();
        }
        assertThat(manager.put("/customers/" + id, change).status()).as("the lock released, the same change succeeds").isEqualTo(200);
        assertThat(ready()).isEqualTo(200);
    }

    private static Answer timed(java.util.function.Supplier<Api.Response> request) {
        long start = System.nanoTime();
        Api.Response response = request.get();
        return new Answer(start, System.nanoTime(), response.status(), response.isProblem(), null);
    }

    /** Waits (at most 10 s) until {@code count} of the server's database sessions wait on a lock. */
    private void awaitBackendsWaitingOnALock(int count) throws SQLException {
        long until = System.nanoTime() + 10_000_000_000L;
        try (Connection superuser = shopfloor.runtime().embeddedDatabase().connectAsSuperuser(shopfloor.runtime().database().database());
             PreparedStatement waiting = superuser.prepareStatement(
                     "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'")) {
            while (System.nanoTime() < until) {
                try (ResultSet rows = waiting.executeQuery()) {
                    rows.next();
                    if (rows.getLong(1) >= count) {
                        return;
                    }
                }
                pause(50);
            }
        }
        throw new IllegalStateException(count + " sessions never waited on the lock");
    }

    private long ordersWithoutHistory(String customerId) throws SQLException {
        try (Connection owner = shopfloor.runtime().database().connectAsOwner()) {
            owner.setAutoCommit(false);
            try (PreparedStatement tenant = owner.prepareStatement("SELECT set_config('app.tenant_id', ?, true)");
                 PreparedStatement query = owner.prepareStatement("""
                         SELECT count(*) FROM shopfloor.orders o
                         WHERE o.customer_id = ?::uuid
                           AND NOT EXISTS (SELECT 1 FROM shopfloor.order_status_history h WHERE h.tenant_id = o.tenant_id AND h.order_id = o.id)""")) {
                tenant.setString(1, shopfloor.acme().tenantId().toString());
                tenant.execute();
                query.setString(1, customerId);
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                } finally {
                    owner.rollback();
                }
            }
        }
    }

    private int ready() {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(shopfloor.healthUrl())).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String statuses(List<Answer> answers) {
        return answers.stream().collect(java.util.stream.Collectors.groupingBy(Answer::status, java.util.TreeMap::new,
                java.util.stream.Collectors.counting())).toString();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
