package io.shopfloor.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A test of the tests: every way of weakening the wall of a table must make the database tests
 * fail. Each mutant (a policy's USING or WITH CHECK replaced by {@code true}, row level security
 * not forced or disabled, the tenant_id trigger dropped) is applied inside a transaction that is
 * rolled back, and there the catalog rules of {@link TenantWallCatalog} and the attacks of
 * {@link TenantWallProbes} on that table must find at least one gap.
 */
class TenantWallMutationTest {

    private record Mutant(String table, String description, String ddl) {
    }

    private static MigratedDatabase db;
    private static TenantFixture a;
    private static TenantFixture b;

    @BeforeAll
    static void twoTenants() throws SQLException {
        db = MigratedDatabase.get();
        a = TenantFixture.create(db, "mut-a-" + suffix());
        b = TenantFixture.create(db, "mut-b-" + suffix());
    }

    @TestFactory
    Stream<DynamicTest> everyWeakenedTableIsCaught() throws SQLException {
        List<Mutant> mutants = mutants();
        assertThat(mutants).as("mutants").hasSizeGreaterThan(100);
        return mutants.stream().map(mutant -> dynamicTest(mutant.table() + ": " + mutant.description(), () -> {
            try (Connection c = db.superuser()) {
                c.setAutoCommit(false);
                try (Statement s = c.createStatement()) {
                    s.execute(mutant.ddl());
                }
                List<String> caught = new ArrayList<>(new TenantWallProbes(c, a, b).failures(mutant.table()));
                try (Statement s = c.createStatement()) {
                    s.execute("SET LOCAL ROLE " + MigratedDatabase.APP);
                    caught.addAll(TenantWallCatalog.allGaps(c));
                    s.execute("RESET ROLE");
                }
                c.rollback();
                assertThat(caught).as("what the tests find with " + mutant.ddl()).isNotEmpty();
            }
        }));
    }

    private static List<Mutant> mutants() throws SQLException {
        List<Mutant> mutants = new ArrayList<>();
        try (Connection c = db.superuser()) {
            // The tenant policies (permissive). A restrictive policy narrows what a role reads within
            // its own organization (worker profiles: one's own without people:read); its tests are the
            // module's own, since weakening it lets nothing across the wall.
            try (PreparedStatement query = c.prepareStatement("""
                    SELECT cl.relname, p.polname,
                           p.polqual IS NOT NULL AND pg_get_expr(p.polqual, p.polrelid) <> 'true',
                           p.polwithcheck IS NOT NULL AND pg_get_expr(p.polwithcheck, p.polrelid) <> 'true'
                    FROM pg_policy p JOIN pg_class cl ON cl.oid = p.polrelid
                    WHERE cl.oid IN (%s) AND p.polpermissive
                    ORDER BY 1, 2""".formatted(TenantWallCatalog.TENANT_TABLES));
                 ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String table = rows.getString(1);
                    String policy = rows.getString(2);
                    String on = " ON shopfloor." + table;
                    if (rows.getBoolean(3)) {
                        mutants.add(new Mutant(table, policy + " USING (true)", "ALTER POLICY " + policy + on + " USING (true)"));
                    }
                    if (rows.getBoolean(4)) {
                        mutants.add(new Mutant(table, policy + " WITH CHECK (true)", "ALTER POLICY " + policy + on + " WITH CHECK (true)"));
                    }
                }
            }
            for (String table : TenantWallProbes.tenantTables(c)) {
                mutants.add(new Mutant(table, "not forced", "ALTER TABLE shopfloor." + table + " NO FORCE ROW LEVEL SECURITY"));
                mutants.add(new Mutant(table, "row level security disabled", "ALTER TABLE shopfloor." + table + " DISABLE ROW LEVEL SECURITY"));
                if (!table.equals("tenants")) {
                    mutants.add(new Mutant(table, "tenant_id trigger dropped", "DROP TRIGGER " + table + "_keep_tenant ON shopfloor." + table));
                }
            }
        }
        return mutants;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
