package io.shopfloor.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** Every migrate run prepares the audit log's monthly partitions two years ahead. */
class AuditPartitionsTest {

    @Test
    void migratingAgainRecreatesAMissingUpcomingPartition() throws SQLException {
        MigratedDatabase db = MigratedDatabase.get();
        LocalDate month = LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1).plusMonths(20);
        String partition = String.format("audit_log_y%04dm%02d", month.getYear(), month.getMonthValue());
        try (Connection owner = db.owner(); Statement ddl = owner.createStatement()) {
            ddl.execute("DROP TABLE shopfloor." + partition);
            assertThat(partitionExists(owner, partition)).isFalse();

            Migrations.migrate(db.url(), MigratedDatabase.OWNER, db.password(), MigratedDatabase.APP);

            assertThat(partitionExists(owner, partition)).as("recreated by the afterMigrate callback").isTrue();
            assertThat(MigratedDatabase.count(owner, """
                    SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE n.nspname = 'shopfloor' AND c.relname = ? AND c.relrowsecurity AND c.relforcerowsecurity""", partition))
                    .as("with row level security forced").isEqualTo(1);
        }
    }

    private static boolean partitionExists(Connection c, String name) throws SQLException {
        return MigratedDatabase.count(c, "SELECT count(*) FROM pg_class WHERE relname = ?", name) == 1;
    }
}
