package io.shopfloor.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Properties;

/**
 * Builds the benchmark data set in its directory (default {@code .bench-data}), unless the one there
 * was built from the same plan already. Run it with {@code mvn -Pdataset package}; arguments:
 * {@code --directory=… --tenants=100 --orders=1000000 --seed=42 --as-of=YYYY-MM-DD} (as-of: today
 * when empty; the same plan and as-of day give the same data).
 */
public final class DataSetCommand {

    private DataSetCommand() {
    }

    public static void main(String[] args) throws SQLException {
        Map<String, String> options = CommandOptions.parse(args);
        Path directory = Path.of(options.getOrDefault("directory", ".bench-data")).toAbsolutePath().normalize();
        String asOf = options.getOrDefault("as-of", "");
        DataSetPlan plan = new DataSetPlan(Integer.parseInt(options.getOrDefault("tenants", "100")),
                Long.parseLong(options.getOrDefault("orders", "1000000")), Long.parseLong(options.getOrDefault("seed", "42")),
                asOf.isBlank() ? DataSetGenerator.today() : LocalDate.parse(asOf));
        System.out.println("Benchmark data set in " + directory + ": " + plan);
        try (BenchDatabase database = BenchDatabase.start(directory, 0)) {
            Path planFile = directory.resolve("dataset.properties");
            if (plan.equals(readPlan(planFile))) {
                System.out.println("Already built from this plan; nothing to do. Delete " + planFile + " to build it again.");
                return;
            }
            database.truncateEverything();
            try (Connection superuser = database.superuser()) {
                DataSetGenerator.Summary summary = new DataSetGenerator(plan, line -> System.out.println("  " + line)).generate(superuser);
                summary.rows().forEach((table, rows) -> System.out.printf("  %-26s %,12d rows%n", table, rows));
                System.out.printf("Loaded in %.1f s%n", summary.loadTime().toMillis() / 1000.0);
            }
            writePlan(planFile, plan);
        }
    }

    static DataSetPlan readPlan(Path file) {
        if (!Files.exists(file)) {
            return null;
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!String.valueOf(DataSetGenerator.GENERATION).equals(properties.getProperty("generation"))) {
            return null; // built by an older generator: its rows differ
        }
        return new DataSetPlan(Integer.parseInt(properties.getProperty("tenants")), Long.parseLong(properties.getProperty("orders")),
                Long.parseLong(properties.getProperty("seed")), LocalDate.parse(properties.getProperty("asOf")));
    }

    static void writePlan(Path file, DataSetPlan plan) {
        Properties properties = new Properties();
        properties.setProperty("tenants", String.valueOf(plan.tenants()));
        properties.setProperty("orders", String.valueOf(plan.orders()));
        properties.setProperty("seed", String.valueOf(plan.seed()));
        properties.setProperty("asOf", plan.asOf().toString());
        properties.setProperty("generation", String.valueOf(DataSetGenerator.GENERATION));
        try (OutputStream out = Files.newOutputStream(file)) {
            properties.store(out, "The plan the benchmark data set in this directory was built from");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
