package io.shopfloor.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.shopfloor.launcher.DatabaseAccess;
import io.shopfloor.launcher.ShopfloorRuntime;
import io.shopfloor.platform.security.control.ApiTokenHashing;

/**
 * Benchmark 3: the REST API through Payara Server at {@value #CLIENTS} concurrent clients, driven by
 * wrk (Debian's {@code wrk}, installed when missing): GET an order by id and the 50-row orders list.
 * GET by id runs again with the tenant wall bypassed (the server's pool connecting as a BYPASSRLS
 * role), and the endpoints' main statements run over raw JDBC
 * from {@value #CLIENTS} threads as the physical limit.
 */
final class RestBenchmarks {

    static final int CLIENTS = 32;
    /** The warm-up of the first run on a server just started: its code is not compiled yet. */
    static final Duration SERVER_WARM_UP = Duration.ofSeconds(60);
    static final String BYPASS_APP_ROLE = "shopfloor_bench_app_bypass";
    private static final Pattern RESULT = Pattern.compile(
            "RESULT requests=(\\d+) duration_us=(\\d+) non2xx=(\\d+) socket_errors=(\\d+) p50=(\\d+) p95=(\\d+) p99=(\\d+)");

    /** One load run: throughput and latency percentiles (milliseconds). */
    record LoadResult(String name, long requests, double seconds, long failures, double p50, double p95, double p99) {

        double throughput() {
            return requests / seconds;
        }
    }

    private final ShopfloorRuntime runtime;
    private final Path workDirectory;
    private final Duration duration;
    private final Consumer<String> progress;
    private final UUID tenant;
    private final String token;
    private final Path idsFile;
    private final List<UUID> orderIds = new ArrayList<>();

    RestBenchmarks(ShopfloorRuntime runtime, Path workDirectory, String tenantSlug, Duration duration, Consumer<String> progress)
            throws SQLException {
        this.runtime = runtime;
        this.workDirectory = workDirectory;
        this.duration = duration;
        this.progress = progress;
        try (Connection owner = runtime.database().connectAsOwner();
             PreparedStatement query = owner.prepareStatement("SELECT id FROM shopfloor.tenants WHERE slug = ?")) {
            query.setString(1, tenantSlug);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException("No organization " + tenantSlug + ": build the data set first (mvn -Pdataset package)");
                }
                tenant = rows.getObject(1, UUID.class);
            }
        }
        try (Connection app = runtime.database().connectAsApp()) {
            app.setAutoCommit(false);
            try (PreparedStatement set = app.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
                set.setString(1, tenant.toString());
                set.execute();
            }
            UUID manager;
            try (Statement s = app.createStatement();
                 ResultSet rows = s.executeQuery("SELECT id FROM shopfloor.users WHERE email LIKE 'manager.1@%'")) {
                rows.next();
                manager = rows.getObject(1, UUID.class);
            }
            token = ApiTokenHashing.newToken();
            try (PreparedStatement insert = app.prepareStatement(
                    "INSERT INTO shopfloor.api_tokens (tenant_id, user_id, name, token_hash) VALUES (?, ?, 'benchmark', ?)")) {
                insert.setObject(1, tenant);
                insert.setObject(2, manager);
                insert.setBytes(3, ApiTokenHashing.hash(token));
                insert.executeUpdate();
            }
            try (Statement s = app.createStatement();
                 ResultSet rows = s.executeQuery("SELECT id FROM shopfloor.orders ORDER BY md5(id::text) LIMIT 5000")) {
                while (rows.next()) {
                    orderIds.add(rows.getObject(1, UUID.class));
                }
            }
            app.commit();
        }
        try {
            Files.createDirectories(workDirectory);
            idsFile = workDirectory.resolve("order-ids.txt");
            Files.write(idsFile, orderIds.stream().map(UUID::toString).toList(), StandardCharsets.UTF_8);
            Files.writeString(workDirectory.resolve("orders.lua"), LUA, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The manager's API token the load runs send. */
    String token() {
        return token;
    }

    /** The wrk script, driven by the environment variables SHOPFLOOR_TOKEN, SHOPFLOOR_IDS and SHOPFLOOR_MODE (by-id or list). */
    Path script() {
        return workDirectory.resolve("orders.lua");
    }

    /** GET by id (first on a freshly started server: the longer warm-up) and the 50-row list, each through wrk. */
    List<LoadResult> throughTheWall() {
        return List.of(load("GET /orders/{id}", "by-id", SERVER_WARM_UP),
                load("GET /orders?limit=50&sort=dueDate", "list", Duration.ofSeconds(Math.min(10, duration.toSeconds()))));
    }

    /**
     * GET by id with the tenant wall bypassed: Payara's pool connects as {@value #BYPASS_APP_ROLE}, a
     * member of the application role (so it holds the same grants) with BYPASSRLS, and the server
     * is restarted for the pool to take it; afterwards the pool is given back to the application role
     * the same way. The same statements run without the policies. (The list is not run so: without
     * the wall its queries would span every organization's orders, which is other work.)
     */
    LoadResult wallBypassed() {
        DatabaseAccess database = runtime.database();
        // The same password as the application role's, so the pool's password alias holds.
        BenchDatabase.ensureLoginRole(runtime.embeddedDatabase(), BYPASS_APP_ROLE, "BYPASSRLS IN ROLE " + database.app().role(),
                database.app().password());
        connectPoolAs(BYPASS_APP_ROLE);
        try {
            return load("GET /orders/{id}, wall bypassed", "by-id", SERVER_WARM_UP);
        } finally {
            connectPoolAs(database.app().role());
        }
    }

    /**
     * Points the server's connection pool at another role. Payara loses the pool's password alias
     * when the user changes on a running server (every borrow then fails), so it is restarted.
     */
    private void connectPoolAs(String role) {
        progress.accept("Restarting Payara Server with its pool connecting as " + role);
        runtime.domain().asadmin("set", "resources.jdbc-connection-pool.shopfloor-pool.property.user=" + role);
        runtime.domain().restart();
        runtime.domain().awaitReady(runtime.healthUri(), Duration.ofMinutes(5));
    }

    /**
     * The endpoints' main statements over raw JDBC, {@value #CLIENTS} threads in a tight loop, each
     * transaction setting the tenant as the server does: the physical limit of this machine.
     */
    List<LoadResult> rawJdbc() throws Exception {
        String byId = "SELECT o.*, c.name FROM shopfloor.orders o JOIN shopfloor.customers c"
                + " ON c.tenant_id = o.tenant_id AND c.id = o.customer_id WHERE o.id = ?";
        String list = "SELECT o.id, o.order_number, o.status, o.priority, o.due_date, o.custom_fields, c.name FROM shopfloor.orders o"
                + " LEFT JOIN shopfloor.customers c ON c.tenant_id = o.tenant_id AND c.id = o.customer_id"
                + " ORDER BY o.due_date, o.id LIMIT 50 OFFSET ?";
        return List.of(jdbcLoop("raw JDBC: order by id", byId, r -> orderIds.get(r.nextInt(orderIds.size()))),
                jdbcLoop("raw JDBC: 50-row page by due date", list, r -> 50 * r.nextInt(20)));
    }

    private LoadResult jdbcLoop(String name, String sql, java.util.function.Function<SplittableRandom, Object> parameter) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long end = System.nanoTime() + duration.toNanos();
        List<Future<long[]>> workers = new ArrayList<>();
        for (int t = 0; t < CLIENTS; t++) {
            int seed = t;
            workers.add(pool.submit(() -> {
                List<Long> samples = new ArrayList<>();
                SplittableRandom random = new SplittableRandom(seed);
                try (Connection c = runtime.database().connectAsApp()) {
                    c.setAutoCommit(false);
                    try (PreparedStatement set = c.prepareStatement("SELECT set_config('app.tenant_id', ?, true)");
                         PreparedStatement query = c.prepareStatement(sql)) {
                        while (System.nanoTime() < end) {
                            long began = System.nanoTime();
                            set.setString(1, tenant.toString());
                            set.execute();
                            query.setObject(1, parameter.apply(random));
                            SqlBenchmarks.drain(query.executeQuery());
                            c.commit();
                            samples.add(System.nanoTime() - began);
                        }
                    }
                }
                return samples.stream().mapToLong(Long::longValue).toArray();
            }));
        }
        long started = System.nanoTime();
        List<Long> all = new ArrayList<>();
        for (Future<long[]> worker : workers) {
            for (long sample : worker.get()) {
                all.add(sample);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        Latencies latencies = new Latencies(name, all.stream().mapToLong(Long::longValue).toArray());
        LoadResult result = new LoadResult(name, latencies.count(), seconds, 0, latencies.p50(), latencies.p95(), latencies.p99());
        report(result);
        return result;
    }

    private LoadResult load(String name, String mode, Duration warmUp) {
        ensureWrk();
        String url = runtime.baseUri().toString().replaceAll("/$", "");
        List<String> command = List.of("wrk", "-t2", "-c" + CLIENTS, "-d" + duration.toSeconds() + "s", "--timeout", "10s",
                "-s", workDirectory.resolve("orders.lua").toString(), url);
        try {
            // A warm-up run, then the measured one.
            run(command, mode, warmUp);
            String output = run(command, mode, duration);
            Matcher m = RESULT.matcher(output);
            if (!m.find()) {
                throw new IllegalStateException("wrk gave no result:\n" + output);
            }
            LoadResult result = new LoadResult(name, Long.parseLong(m.group(1)), Long.parseLong(m.group(2)) / 1e6,
                    Long.parseLong(m.group(3)) + Long.parseLong(m.group(4)),
                    Long.parseLong(m.group(5)) / 1000.0, Long.parseLong(m.group(6)) / 1000.0, Long.parseLong(m.group(7)) / 1000.0);
            report(result);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String run(List<String> command, String mode, Duration length) throws IOException, InterruptedException {
        List<String> timed = new ArrayList<>(command);
        timed.set(3, "-d" + length.toSeconds() + "s");
        ProcessBuilder builder = new ProcessBuilder(timed).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("SHOPFLOOR_TOKEN", token);
        env.put("SHOPFLOOR_IDS", idsFile.toString());
        env.put("SHOPFLOOR_MODE", mode);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("wrk failed:\n" + output);
        }
        return output;
    }

    private void report(LoadResult r) {
        progress.accept(String.format("%-48s %,8.0f req/s  p50 %.2f p95 %.2f p99 %.2f ms  failures %d", r.name(), r.throughput(), r.p50(),
                r.p95(), r.p99(), r.failures()));
    }

    /** wrk from Debian, installed the way the browser tests install Chromium. */
    private static void ensureWrk() {
        try {
            if (new ProcessBuilder("sh", "-c", "command -v wrk").start().waitFor() == 0) {
                return;
            }
            Process install = new ProcessBuilder("sh", "-c", "(apt-get update -qq && apt-get install -y -qq wrk) 2>&1")
                    .redirectErrorStream(true).start();
            String output = new String(install.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (install.waitFor() != 0) {
                throw new IllegalStateException("wrk is missing and could not be installed (apt-get install wrk):\n" + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The wrk script: random order ids from a file, the API token, and the figures in one line
     * (wrk's own summary has no p95).
     */
    private static final String LUA = """
            local ids = {}
            for line in io.lines(os.getenv("SHOPFLOOR_IDS")) do ids[#ids + 1] = line end
            local token = os.getenv("SHOPFLOOR_TOKEN")
            local mode = os.getenv("SHOPFLOOR_MODE")
            local headers = {["Authorization"] = "Bearer " .. token, ["Accept"] = "application/json"}
            math.randomseed(42)
            request = function()
              if mode == "list" then
                return wrk.format("GET", "/shopfloor/api/v1/orders?limit=50&sort=dueDate&offset=" .. (50 * math.random(0, 19)), headers)
              end
              return wrk.format("GET", "/shopfloor/api/v1/orders/" .. ids[math.random(#ids)], headers)
            end
            done = function(summary, latency, requests)
              local e = summary.errors
              io.write(string.format("RESULT requests=%d duration_us=%d non2xx=%d socket_errors=%d p50=%d p95=%d p99=%d\\n",
                summary.requests, summary.duration, e.status, e.connect + e.read + e.write + e.timeout,
                latency:percentile(50), latency:percentile(95), latency:percentile(99)))
            end
            """;
}
