package io.shopfloor.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.shopfloor.launcher.ShopfloorRuntime;
import io.shopfloor.migrations.DatabaseRoles;

/**
 * Runs the benchmarks on the data set in {@code .bench-data} and writes the report. Run it with
 * {@code mvn -Pbench package}; arguments: {@code --directory=… --report=docs/performance
 * --iterations=1000 --warm-up=300 --tenant=bench-001} (the largest organization)
 * {@code --rest=true --rest-seconds=20 --port-base=29000} (the REST runs start Payara Server on the
 * data set; the EAR comes from the system property {@code shopfloor.ear}); {@code --sql=false} skips
 * the SQL benchmarks; {@code --serve-minutes=N} starts Payara Server on the data set, prints the
 * address and an API token, and keeps it up for N minutes instead of running the REST benchmarks
 * (for profiling the server under a load of one's own).
 */
public final class BenchmarkCommand {

    private BenchmarkCommand() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = CommandOptions.parse(args);
        Path directory = Path.of(options.getOrDefault("directory", ".bench-data")).toAbsolutePath().normalize();
        Path reportDirectory = Path.of(options.getOrDefault("report", "docs/performance")).toAbsolutePath().normalize();
        int iterations = Integer.parseInt(options.getOrDefault("iterations", "1000"));
        int warmUp = Integer.parseInt(options.getOrDefault("warm-up", "300"));
        String tenantSlug = options.getOrDefault("tenant", "bench-001");
        DataSetPlan plan = DataSetCommand.readPlan(directory.resolve("dataset.properties"));
        if (plan == null) {
            throw new IllegalStateException("No data set in " + directory + ": build it first with  mvn -Pdataset package");
        }
        System.out.println("Benchmarks on " + plan + ", organization " + tenantSlug);
        BenchmarkReport report = new BenchmarkReport("Shopfloor benchmarks", String.format(
                "Data set: %d organizations, %,d orders (seed %d, as of %s); measured on %s (%d cores, Java %s), embedded PostgreSQL. "
                        + "Organization %s, %,d samples per figure after %,d warm-up runs. Figures are from one run on one machine: "
                        + "compare the ratios, not the absolute values, across machines.",
                plan.tenants(), plan.orders(), plan.seed(), plan.asOf(), System.getProperty("os.name"),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), tenantSlug, iterations, warmUp));
        int serveMinutes = Integer.parseInt(options.getOrDefault("serve-minutes", "0"));
        if (Boolean.parseBoolean(options.getOrDefault("sql", "true")) && serveMinutes == 0) {
            sqlBenchmarks(directory, tenantSlug, warmUp, iterations, report);
        }

        if (serveMinutes > 0 || Boolean.parseBoolean(options.getOrDefault("rest", "true"))) {
            Duration length = Duration.ofSeconds(Long.parseLong(options.getOrDefault("rest-seconds", "20")));
            try (ShopfloorRuntime server = ShopfloorRuntime.options()
                    .dataDirectory(directory)
                    .embeddedDatabase(0)
                    .embeddedDatabaseNames(BenchDatabase.DATABASE, DatabaseRoles.DEFAULT_OWNER_ROLE, DatabaseRoles.DEFAULT_APP_ROLE)
                    .portBase(Integer.parseInt(options.getOrDefault("port-base", "29000")))
                    .poolSize(8, 32)
                    .ear(Path.of(System.getProperty("shopfloor.ear", "ear/target/shopfloor.ear")))
                    .log(line -> System.out.println("  " + line))
                    .start()) {
                RestBenchmarks rest = new RestBenchmarks(server, directory.resolve("rest"), tenantSlug, length,
                        line -> System.out.println("  " + line));
                if (serveMinutes > 0) {
                    System.out.printf("Serving %s for %d minutes; API token of a manager of %s: %s%n  wrk script: %s%n",
                            server.baseUri(), serveMinutes, tenantSlug, rest.token(), rest.script());
                    // Stopped early (Ctrl+C), the server and the database still stop.
                    Runtime.getRuntime().addShutdownHook(new Thread(server::close));
                    Thread.sleep(Duration.ofMinutes(serveMinutes).toMillis());
                    return;
                }
                // The wall-bypassed run restarts the server, so it comes last.
                List<RestBenchmarks.LoadResult> wall = rest.throughTheWall();
                List<RestBenchmarks.LoadResult> jdbc = rest.rawJdbc();
                Runnable screens = screenBenchmarks(server, tenantSlug, directory.resolve("logs/postgres.log"), iterations, report);
                RestBenchmarks.LoadResult bypassed = rest.wallBypassed();
                restReport(wall, bypassed, jdbc, length, report);
                screens.run();
            }
        }
        List<Path> written = report.write(reportDirectory, "results");
        written.forEach(file -> System.out.println("Wrote " + file));
    }

    private static void sqlBenchmarks(Path directory, String tenantSlug, int warmUp, int iterations, BenchmarkReport report)
            throws Exception {
        try (BenchDatabase database = BenchDatabase.start(directory, 0)) {
            SqlBenchmarks sql = new SqlBenchmarks(database, tenantSlug, warmUp, iterations, line -> System.out.println("  " + line));
            report.section("1. Row level security in SQL",
                    "Each query as the application role under row level security, and as a BYPASSRLS role with an explicit "
                            + "`tenant_id = ?`, sample by sample in turn. Targets: p50 ≤ 1.10×, p95 adds ≤ 0.5 ms.");
            List<SqlBenchmarks.Comparison> comparisons = sql.rowLevelSecurityCost();
            report.comparisons(comparisons, 1.10, 0.5);
            report.plans(comparisons);

            report.section("2. Setting the tenant per transaction",
                    "A read-only transaction that calls `set_config('app.tenant_id', …, true)` and reads one order, against the "
                            + "same read in a transaction on a session whose tenant was set once.");
            Latencies[] perTransaction = sql.tenantPerTransactionCost();
            report.latencies(List.of(perTransaction), null);
            report.text(String.format("Added by set_config: %s at p50, %s at p95.",
                    BenchmarkReport.ms(perTransaction[0].p50() - perTransaction[1].p50()),
                    BenchmarkReport.ms(perTransaction[0].p95() - perTransaction[1].p95())));

            report.section("5. Dashboards", "Each dashboard query as the application role. Target: ≤ 50 ms.");
            List<SqlBenchmarks.Comparison> dashboards = sql.dashboards();
            report.latencies(dashboards.stream().map(SqlBenchmarks.Comparison::underRls).toList(), 50.0);
            report.plans(dashboards);

            report.section("6. The quality gate",
                    "Moving an open batch on to its next stage as the application role (the service's UPDATE, rolled back): from a "
                            + "stage without a checklist, and from a checked stage whose check passed, where the gate trigger asks "
                            + "quality_gate_needs. Sample by sample in turn; each sample a different batch where there are enough.");
            report.latencies(List.of(sql.gateAdvance()), null);

            report.section("7. People", "The people screens' queries as the application role, signed in as a manager. Target: ≤ 50 ms.");
            List<SqlBenchmarks.Comparison> people = sql.people();
            report.latencies(people.stream().map(SqlBenchmarks.Comparison::underRls).toList(), 50.0);
            report.plans(people);
        }
    }

    /** Measures benchmark 4 now; the returned action writes its section into the report. */
    private static Runnable screenBenchmarks(ShopfloorRuntime server, String tenantSlug, Path databaseLog, int iterations,
                                             BenchmarkReport report) throws Exception {
        String description = "The lazy PrimeFaces table of orders, signed in as a manager through the sign-in form, driven by the "
                + "table's own ajax requests one at a time: a page change to one of the first 40 pages (25 rows), and a sort by a "
                + "column. Timed from request to the last byte of the partial response on the same machine. Then 20 of each with "
                + "PostgreSQL logging every statement, counted per request (BEGIN, COMMIT and the tenant binding included). "
                + "Targets: p95 ≤ 150 ms, one page query and at most one count per request.";
        try {
            ScreenBenchmarks screens = new ScreenBenchmarks(server, tenantSlug, line -> System.out.println("  " + line));
            List<Latencies> latencies = screens.pageChangesAndSorts(Math.max(100, iterations / 4));
            List<ScreenBenchmarks.StatementCount> statements = screens.statementsPerRequest(databaseLog, 20);
            return () -> {
                report.section("4. The staff orders list", description);
                report.latencies(latencies, 150.0);
                report.statements(statements);
            };
        } catch (IllegalStateException failed) {
            // The other benchmarks' figures are still worth their report.
            System.out.println("  Benchmark 4 failed: " + failed.getMessage());
            return () -> {
                report.section("4. The staff orders list", description);
                report.text("Not measured in this run: " + failed.getMessage().lines().findFirst().orElse(""));
            };
        }
    }

    private static void restReport(List<RestBenchmarks.LoadResult> wall, RestBenchmarks.LoadResult bypassed,
                                   List<RestBenchmarks.LoadResult> jdbc, Duration length, BenchmarkReport report) {
        report.section("3. REST through Payara Server",
                "wrk with " + RestBenchmarks.CLIENTS + " connections for " + length.toSeconds() + " s per run (after a warm-up run, "
                        + RestBenchmarks.SERVER_WARM_UP.toSeconds() + " s on a server just started), API token of a manager; then "
                        + "the endpoints' main statements over raw JDBC from " + RestBenchmarks.CLIENTS + " threads, each "
                        + "transaction setting the tenant; then GET by id with the tenant wall bypassed: the server restarted with "
                        + "its pool connecting as a BYPASSRLS member of the application role. (The list is not run so: without "
                        + "the wall it would read every organization's orders.) Targets: with the wall ≥ 0.9× the throughput "
                        + "without it; REST ≥ 0.5× raw JDBC; GET by id p95 ≤ 20 ms; the list p95 ≤ 40 ms.");
        report.load(wall, bypassed, jdbc);
    }
}
