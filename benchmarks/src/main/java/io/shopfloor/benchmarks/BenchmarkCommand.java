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
 * --iterations=2000 --warm-up=300 --tenant=bench-001} (the largest organization)
 * {@code --rest=true --rest-seconds=30 --port-base=29000} (the REST runs start Payara Server on the
 * data set; the EAR comes from the system property {@code shopfloor.ear}).
 */
public final class BenchmarkCommand {

    private BenchmarkCommand() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = CommandOptions.parse(args);
        Path directory = Path.of(options.getOrDefault("directory", ".bench-data")).toAbsolutePath().normalize();
        Path reportDirectory = Path.of(options.getOrDefault("report", "docs/performance")).toAbsolutePath().normalize();
        int iterations = Integer.parseInt(options.getOrDefault("iterations", "2000"));
        int warmUp = Integer.parseInt(options.getOrDefault("warm-up", "300"));
        String tenantSlug = options.getOrDefault("tenant", "bench-001");
        DataSetPlan plan = DataSetCommand.readPlan(directory.resolve("dataset.properties"));
        if (plan == null) {
            throw new IllegalStateException("No data set in " + directory + ": build it first with  mvn -Pdataset package");
        }
        System.out.println("Benchmarks on " + plan + ", organization " + tenantSlug);
        BenchmarkReport report;
        try (BenchDatabase database = BenchDatabase.start(directory, 0)) {
            SqlBenchmarks sql = new SqlBenchmarks(database, tenantSlug, warmUp, iterations, line -> System.out.println("  " + line));
            report = new BenchmarkReport("Shopfloor benchmarks", String.format(
                    "Data set: %d organizations, %,d orders (seed %d, as of %s); measured on %s (%d cores, Java %s), embedded PostgreSQL. "
                            + "Organization %s, %,d samples per figure after %,d warm-up runs. Figures are from one run on one machine: "
                            + "compare the ratios, not the absolute values, across machines.",
                    plan.tenants(), plan.orders(), plan.seed(), plan.asOf(), System.getProperty("os.name"),
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), tenantSlug, iterations, warmUp));

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

        }

        if (Boolean.parseBoolean(options.getOrDefault("rest", "true"))) {
            Duration length = Duration.ofSeconds(Long.parseLong(options.getOrDefault("rest-seconds", "30")));
            report.section("3. REST through Payara Server",
                    "wrk with " + RestBenchmarks.CLIENTS + " connections for " + length.toSeconds() + " s per run (after a warm-up run), "
                            + "API token of a manager; then GET by id with the application role given BYPASSRLS for the run "
                            + "(the tenant wall bypassed; the list is not run so, since without the wall it would read every "
                            + "organization's orders); then the endpoints' main statements over raw JDBC from "
                            + RestBenchmarks.CLIENTS + " threads, each transaction setting the tenant. Targets: with the wall ≥ 0.9× "
                            + "the throughput without it; REST ≥ 0.5× raw JDBC; GET by id p95 ≤ 20 ms; the list p95 ≤ 40 ms.");
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
                List<RestBenchmarks.LoadResult> wall = rest.throughTheWall("");
                RestBenchmarks.LoadResult bypassed = rest.wallBypassed();
                List<RestBenchmarks.LoadResult> jdbc = rest.rawJdbc();
                report.load(wall, bypassed, jdbc);
            }
        }
        List<Path> written = report.write(reportDirectory, "results");
        written.forEach(file -> System.out.println("Wrote " + file));
    }
}
