package io.shopfloor.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The audit log stays bounded: partitions ahead of time, the old ones dropped after the retention, never by the application. */
class AuditRetentionTest {

    private static MigratedDatabase db;

    @BeforeAll
    static void database() {
        db = MigratedDatabase.get();
    }

    @Test
    void onAFixedDayTheComingMonthsArePreparedAndMonthsPastTheRetentionDropped() throws SQLException {
        try (Connection owner = db.owner()) {
            owner.setAutoCommit(false);
            try (Statement s = owner.createStatement()) {
                s.execute("SELECT shopfloor.create_audit_partitions('2027-01-01', 3)");
                try (ResultSet result = s.executeQuery("SELECT created, array_to_string(dropped, ',') FROM shopfloor.maintain_audit_partitions_as_of('2030-06-15', 3)")) {
                    result.next();
                    assertThat(result.getString(2)).as("24 months kept: every month before June 2028 goes")
                            .contains("audit_log_y2027m01", "audit_log_y2027m03").doesNotContain("audit_log_y2028m06");
                }
                assertThat(partitions(owner)).contains("audit_log_y2028m06", "audit_log_y2030m06", "audit_log_y2030m09")
                        .doesNotContain("audit_log_y2027m01", "audit_log_y2028m05");
                assertThat(MigratedDatabase.count(owner, "SELECT count(*) FROM ONLY shopfloor.audit_log_default")).as("nothing in the default partition").isZero();
            } finally {
                owner.rollback();
            }
        }
    }

    @Test
    void theRetentionIsNeverBelowTwelveMonthsAndTheApplicationCannotShortenItOrDropAuditData() throws SQLException {
        try (Connection owner = db.owner(); Statement s = owner.createStatement()) {
            assertThatThrownBy(() -> s.execute("UPDATE shopfloor.installation_settings SET value = '6' WHERE name = 'audit.retention_months'"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23514"));
        }
        try (Connection app = db.app()) {
            for (String sql : List.of("UPDATE shopfloor.installation_settings SET value = '12'",
                    "SELECT * FROM shopfloor.maintain_audit_partitions_as_of('2099-01-01', 1)",
                    "ALTER TABLE shopfloor.audit_log DETACH PARTITION shopfloor.audit_log_default",
                    "DROP TABLE shopfloor.audit_log_default",
                    "UPDATE shopfloor.installation_jobs SET next_run_at = now()")) {
                try (Statement s = app.createStatement()) {
                    assertThatThrownBy(() -> s.execute(sql)).as(sql)
                            .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
                }
            }
            app.setAutoCommit(false);
            try (Statement s = app.createStatement(); ResultSet today = s.executeQuery("SELECT array_length(dropped, 1) FROM shopfloor.maintain_audit_partitions()")) {
                today.next();
                assertThat(today.getObject(1)).as("today's upkeep drops nothing of a young installation").isNull();
            } finally {
                app.rollback();
            }
        }
    }

    @Test
    void anInstallationJobIsHeldByOneWorkerAtATimeAndThenWaitsItsInterval() throws SQLException {
        try (Connection owner = db.owner(); Statement s = owner.createStatement()) {
            s.execute("INSERT INTO shopfloor.installation_jobs (name, every) VALUES ('test.claims', interval '1 hour') ON CONFLICT DO NOTHING");
        }
        try (Connection app = db.app()) {
            assertThat(claim(app, "node-a")).isTrue();
            assertThat(claim(app, "node-b")).as("held by node-a").isFalse();
            try (PreparedStatement finish = app.prepareStatement("SELECT shopfloor.finish_installation_job('test.claims', 'node-a', NULL)")) {
                finish.execute();
            }
            assertThat(claim(app, "node-b")).as("done: not due again for an hour").isFalse();
        }
    }

    @Test
    void jobsOfEveryOrganizationAreClaimedOnceAndRunUnderTheirOwnTenant() throws SQLException {
        TenantFixture a = TenantFixture.create(db, "jobs-a-" + UUID.randomUUID().toString().substring(0, 8));
        TenantFixture b = TenantFixture.create(db, "jobs-b-" + UUID.randomUUID().toString().substring(0, 8));
        for (TenantFixture t : List.of(a, b)) {
            try (Connection c = db.app()) {
                MigratedDatabase.beginAs(c, t.tenantId(), t.userId());
                try (PreparedStatement queue = c.prepareStatement("INSERT INTO shopfloor.jobs (tenant_id, kind, requested_by) VALUES (?, 'test.claim', ?)")) {
                    queue.setObject(1, t.tenantId());
                    queue.setObject(2, t.userId());
                    queue.execute();
                }
                c.commit();
            }
        }
        try (Connection first = db.app(); Connection second = db.app()) {
            List<String> byFirst = claimJobs(first, "node-a");
            List<String> bySecond = claimJobs(second, "node-b");
            assertThat(byFirst).contains(a.tenantId().toString(), b.tenantId().toString());
            assertThat(bySecond).as("claimed already, under a lease").doesNotContain(a.tenantId().toString(), b.tenantId().toString());
            try (Connection c = db.app()) {
                MigratedDatabase.beginAs(c, a.tenantId(), a.userId());
                assertThat(MigratedDatabase.count(c, "SELECT count(*) FROM shopfloor.jobs WHERE kind = 'test.claim' AND status = 'running' AND locked_by = 'node-a'"))
                        .isEqualTo(1);
                assertThat(MigratedDatabase.count(c, "SELECT count(*) FROM shopfloor.jobs WHERE tenant_id <> ?", a.tenantId())).as("the wall still stands").isZero();
                c.rollback();
            }
        }
    }

    private static boolean claim(Connection app, String worker) throws SQLException {
        try (PreparedStatement claim = app.prepareStatement("SELECT shopfloor.claim_installation_job('test.claims', ?, 60)")) {
            claim.setString(1, worker);
            try (ResultSet row = claim.executeQuery()) {
                row.next();
                return row.getBoolean(1);
            }
        }
    }

    private static List<String> claimJobs(Connection app, String worker) throws SQLException {
        List<String> tenants = new java.util.ArrayList<>();
        try (PreparedStatement claim = app.prepareStatement("SELECT tenant_id FROM shopfloor.claim_jobs(?, ARRAY['test.claim'], 60, 50)")) {
            claim.setString(1, worker);
            try (ResultSet rows = claim.executeQuery()) {
                while (rows.next()) {
                    tenants.add(rows.getString(1));
                }
            }
        }
        return tenants;
    }

    private static List<String> partitions(Connection c) throws SQLException {
        return TenantWallCatalog.list(c, "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid"
                + " WHERE i.inhparent = 'shopfloor.audit_log'::regclass ORDER BY 1");
    }
}
