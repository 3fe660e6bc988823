package io.shopfloor.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * For every tenant table found in the catalog, the attacks of {@link TenantWallProbes}: tenant A
 * sees its own rows; tenant B and a transaction with no tenant can neither see, insert, update nor
 * delete A's rows, nor move their own rows into A, whether the whole schema or the policies alone
 * stand in the way. As the application role (and, for writes, the owner), each attack rolled back.
 */
class TenantIsolationTest {

    private static MigratedDatabase db;
    private static TenantFixture a;
    private static TenantFixture b;

    @BeforeAll
    static void twoTenants() throws SQLException {
        db = MigratedDatabase.get();
        a = TenantFixture.create(db, "iso-a-" + suffix());
        b = TenantFixture.create(db, "iso-b-" + suffix());
    }

    @TestFactory
    Stream<DynamicTest> everyTenantTable() throws SQLException {
        List<String> tables;
        try (Connection c = db.superuser()) {
            tables = TenantWallProbes.tenantTables(c);
        }
        assertThat(tables).contains("tenants", "users", "orders", "audit_log");
        List<DynamicTest> tests = new ArrayList<>();
        for (String table : tables) {
            for (String probe : TenantWallProbes.names(table)) {
                tests.add(dynamicTest(table + ": " + probe, () -> {
                    try (Connection c = db.superuser()) {
                        c.setAutoCommit(false);
                        Optional<String> broken = new TenantWallProbes(c, a, b).probes(table).get(probe).run();
                        c.rollback();
                        assertThat(broken).as(table + ": " + probe).isEmpty();
                    }
                }));
            }
        }
        return tests.stream();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
