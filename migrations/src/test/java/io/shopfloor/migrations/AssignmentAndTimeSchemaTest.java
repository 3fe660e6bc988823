package io.shopfloor.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who may be given a stage's work, and time on the job, as the database holds them: a valid skill
 * on the planned day, the day's hours within the worker's available hours, an override only by
 * people:override in its own name; intervals of one worker never overlap, never lie in the future,
 * and change after the fact only as a named correction with a reason.
 */
class AssignmentAndTimeSchemaTest {

    /** A Monday far enough ahead that it is the planned day whatever day the tests run. */
    private static final LocalDate MONDAY = LocalDate.of(2030, 3, 4);

    private MigratedDatabase db;
    private TenantFixture shop;
    private UUID wes;
    private UUID mai;
    private UUID sanding;
    private UUID work;

    @BeforeEach
    void workshop() throws SQLException {
        db = MigratedDatabase.get();
        shop = TenantFixture.create(db, "assign-" + UUID.randomUUID().toString().substring(0, 8));
        wes = UUID.randomUUID();
        mai = UUID.randomUUID();
        work = UUID.randomUUID();
        try (Connection c = as(shop.userId())) {
            for (UUID worker : new UUID[] {wes, mai}) {
                run(c, "INSERT INTO shopfloor.users (id, tenant_id, email, display_name, password_hash) VALUES (?, ?, ?, 'A worker', 'x')",
                        worker, shop.tenantId(), worker + "@assign.example");
                run(c, "INSERT INTO shopfloor.user_roles (tenant_id, user_id, role_id) SELECT ?, ?, id FROM shopfloor.roles WHERE name = 'worker'",
                        shop.tenantId(), worker);
            }
            sanding = uuid(c, "SELECT id FROM shopfloor.production_stages WHERE name = 'Sanding'");
            // The fixture's batch has one order whose product takes 2.5 h at Sanding.
            run(c, "INSERT INTO shopfloor.stage_assignments (tenant_id, id, batch_id, stage_id) VALUES (?, ?, ?, ?)",
                    shop.tenantId(), work, shop.batchId(), sanding);
            c.commit();
        }
    }

    @Test
    void theWorkNeedsAValidSkillOnThePlannedDayUnlessOverridden() throws SQLException {
        assertRefused("no skill at Sanding", "no valid skill");
        skill("trainee", null);
        assertRefused("a trainee", "no valid skill");
        skill("qualified", MONDAY);
        assertRefused("a certification that expires on the day", "no valid skill");
        skill("qualified", MONDAY.plusDays(1));
        try (Connection c = as(shop.userId())) {
            assign(c, wes, MONDAY);
            c.commit();
        }
        try (Connection c = as(shop.userId())) {
            assertThat(text(c, "SELECT shopfloor.assigned_hours(?, ?, ?)::text", shop.tenantId(), wes, MONDAY))
                    .as("the day's assigned hours").isEqualTo("2.50");
        }
        try (Connection c = as(wes)) {
            assertThatThrownBy(() -> override(c, mai, "skill", wes)).as("a worker overriding").hasMessageContaining("people:override");
        }
        try (Connection c = as(shop.userId())) {
            assertThatThrownBy(() -> override(c, mai, "skill", wes)).as("in someone else's name").hasMessageContaining("own name");
        }
        try (Connection c = as(shop.userId())) {
            override(c, mai, "skill", shop.userId());
            assign(c, mai, MONDAY);
            assertThat(count(c, "SELECT count(*) FROM shopfloor.audit_log WHERE entity_type = 'assignment_overrides' AND entity_id = ?::text"
                    + " AND new_values ->> 'reason' = 'Trained on the old line'", overrideId(c, mai))).as("the override is audited").isEqualTo(1);
        }
    }

    @Test
    void theDaysAssignedHoursStayWithinTheAvailableHoursUnlessOverridden() throws SQLException {
        skill("expert", null);
        try (Connection c = as(shop.userId())) {
            run(c, "INSERT INTO shopfloor.work_patterns (tenant_id, user_id, weekday, hours) VALUES (?, ?, 1, 0), (?, ?, 3, 2)",
                    shop.tenantId(), wes, shop.tenantId(), wes);
            c.commit();
        }
        assertRefused("2.5 h of work on a Monday off", "0 h assigned + 2.5 h of this work > 0 h available");
        try (Connection c = as(shop.userId())) {
            assertThat(text(c, "SELECT rule FROM shopfloor.assignment_refusal(?, ?, ?, ?, ?, ?)", shop.tenantId(), work, shop.batchId(), sanding, wes,
                    MONDAY.plusDays(1))).as("Tuesday keeps the default 8 h").isNull();
            assertThat(text(c, "SELECT rule FROM shopfloor.assignment_refusal(?, ?, ?, ?, ?, ?)", shop.tenantId(), work, shop.batchId(), sanding, wes,
                    MONDAY.plusDays(2))).as("work longer than an empty 2 h Wednesday takes the whole day").isNull();
            override(c, wes, "capacity", shop.userId());
            assign(c, wes, MONDAY);
            c.commit();
        }
    }

    @Test
    void aWorkersIntervalsNeverOverlapNorLieInTheFuture() throws SQLException {
        try (Connection c = as(wes)) {
            interval(c, "now() - interval '3 hours'", "now() - interval '2 hours'", "'break'");
            assertThatThrownBy(() -> interval(c, "now() - interval '150 minutes'", "now() - interval '1 hour'", "'break'"))
                    .as("overlapping").hasMessageContaining("work_intervals_no_overlap");
        }
        try (Connection c = as(wes)) {
            interval(c, "now() - interval '1 hour'", "NULL", "NULL");
            assertThatThrownBy(() -> interval(c, "now() - interval '30 minutes'", "now() - interval '10 minutes'", "'break'"))
                    .as("while one runs").hasMessageContaining("work_intervals_no_overlap");
        }
        try (Connection c = as(wes)) {
            assertThatThrownBy(() -> interval(c, "now() + interval '1 hour'", "NULL", "NULL")).as("in the future").hasMessageContaining("future");
        }
        try (Connection c = as(wes)) {
            interval(c, "now() - interval '5 hours'", "now() - interval '4 hours'", "'material'");
            c.commit();
        }
        try (Connection c = as(mai)) {
            assertThat(count(c, "SELECT count(*) FROM shopfloor.work_intervals WHERE user_id = ?", wes)).as("a colleague's time").isZero();
        }
    }

    @Test
    void recordedTimeChangesOnlyAsACorrectionWithAReason() throws SQLException {
        try (Connection c = as(wes)) {
            interval(c, "now() - interval '3 hours'", "NULL", "NULL");
            c.commit();
        }
        try (Connection c = as(wes)) {
            run(c, "UPDATE shopfloor.work_intervals SET ended_at = now(), end_reason = 'machine' WHERE user_id = ?", wes);
            c.commit();
        }
        try (Connection c = as(wes)) {
            assertThatThrownBy(() -> run(c, "UPDATE shopfloor.work_intervals SET started_at = started_at - interval '1 hour' WHERE user_id = ?", wes))
                    .as("a worker stretching their own time").hasMessageContaining("corrected by people:write");
        }
        try (Connection c = as(shop.userId())) {
            assertThatThrownBy(() -> run(c, "UPDATE shopfloor.work_intervals SET started_at = started_at + interval '1 hour' WHERE user_id = ?", wes))
                    .as("a silent correction").hasMessageContaining("who made it and why");
        }
        try (Connection c = as(shop.userId())) {
            run(c, "UPDATE shopfloor.work_intervals SET started_at = started_at + interval '1 hour', corrected_by = ?, correction_reason = 'Started after the briefing'"
                    + " WHERE user_id = ?", shop.userId(), wes);
            assertThat(count(c, "SELECT count(*) FROM shopfloor.work_intervals WHERE user_id = ? AND corrected_at IS NOT NULL"
                    + " AND round(shopfloor.interval_hours(started_at, ended_at)) = 2", wes)).isEqualTo(1);
        }
    }

    @Test
    void completedWorkRecordsItsResultsAndFollowsCorrectionsOfItsTime() throws SQLException {
        skill("expert", null);
        try (Connection c = as(shop.userId())) {
            assign(c, wes, MONDAY);
            run(c, "UPDATE shopfloor.stage_assignments SET opened_at = now() - interval '4 hours', started_at = now() - interval '3 hours' WHERE id = ?", work);
            c.commit();
        }
        try (Connection c = as(wes)) {
            interval(c, "now() - interval '3 hours'", "now() - interval '2 hours'", "'material'");
            interval(c, "now() - interval '90 minutes'", "NULL", "NULL");
            c.commit();
        }
        try (Connection c = as(shop.userId())) {
            assertThat(count(c, "SELECT count(*) FROM shopfloor.work_results WHERE assignment_id = ?", work)).as("results of open work").isZero();
            run(c, "UPDATE shopfloor.stage_assignments SET completed_at = now(), completed_by = ? WHERE id = ?", shop.userId(), work);
            c.commit();
        }
        try (Connection c = as(wes)) {
            // Completing closed the running interval: 1 h + 1.5 h worked, half an hour waiting for material.
            assertThat(text(c, "SELECT concat_ws(' ', units, trim_scale(estimated_seconds / 3600.0), round(worked_seconds / 3600.0, 1), round(paused_seconds / 3600.0, 1), checks)"
                    + " FROM shopfloor.work_results WHERE assignment_id = ?", work)).as("the worker's own results").isEqualTo("1 2.5 2.5 0.5 0");
        }
        try (Connection c = as(mai)) {
            assertThat(count(c, "SELECT count(*) FROM shopfloor.work_results")).as("a colleague's results").isZero();
        }
        try (Connection c = as(shop.userId())) {
            assertThatThrownBy(() -> run(c, "DELETE FROM shopfloor.work_results WHERE assignment_id = ?", work))
                    .as("the application changing results").hasMessageContaining("permission denied");
        }
        try (Connection c = as(shop.userId())) {
            run(c, "UPDATE shopfloor.work_intervals SET started_at = started_at + interval '30 minutes', corrected_by = ?,"
                    + " correction_reason = 'Waited for the glue' WHERE user_id = ? AND end_reason = 'material'", shop.userId(), wes);
            assertThat(text(c, "SELECT concat_ws(' ', round(worked_seconds / 3600.0, 1), round(paused_seconds / 3600.0, 1)) FROM shopfloor.work_results WHERE assignment_id = ?",
                    work)).as("after the correction").isEqualTo("2.0 0.5");
            assertThat(text(c, "SELECT concat_ws(' ', d.units, round(d.worked_seconds / 3600.0, 1)) FROM shopfloor.work_result_days d"
                    + " JOIN shopfloor.work_results r ON r.tenant_id = d.tenant_id AND r.day = d.day AND r.worker_id = d.worker_id"
                    + " AND r.stage_id = d.stage_id AND r.product_id = d.product_id WHERE r.assignment_id = ?", work))
                    .as("the day's sums follow").isEqualTo("1 2.0");
            run(c, "UPDATE shopfloor.stage_assignments SET completed_at = NULL, completed_by = NULL WHERE id = ?", work);
            assertThat(count(c, "SELECT count(*) FROM shopfloor.work_results WHERE assignment_id = ?", work)).as("reopened work").isZero();
            assertThat(count(c, "SELECT count(*) FROM shopfloor.work_result_days WHERE worker_id = ?", wes)).as("its day's sums").isZero();
        }
    }

    private void assertRefused(String what, String reason) throws SQLException {
        try (Connection c = as(shop.userId())) {
            assertThatThrownBy(() -> assign(c, wes, MONDAY)).as(what).hasMessageContaining(reason);
        }
    }

    private void skill(String level, LocalDate expiresOn) throws SQLException {
        try (Connection c = as(shop.userId())) {
            run(c, "INSERT INTO shopfloor.worker_skills (tenant_id, user_id, stage_id, level, expires_on) VALUES (?, ?, ?, ?, ?)"
                    + " ON CONFLICT (tenant_id, user_id, stage_id) DO UPDATE SET level = EXCLUDED.level, expires_on = EXCLUDED.expires_on",
                    shop.tenantId(), wes, sanding, level, expiresOn);
            c.commit();
        }
    }

    private void assign(Connection c, UUID worker, LocalDate day) throws SQLException {
        run(c, "UPDATE shopfloor.stage_assignments SET worker_id = ?, planned_on = ? WHERE id = ?", worker, day, work);
    }

    private void override(Connection c, UUID worker, String rule, UUID grantedBy) throws SQLException {
        run(c, "INSERT INTO shopfloor.assignment_overrides (tenant_id, assignment_id, worker_id, day, rule, reason, granted_by)"
                + " VALUES (?, ?, ?, ?, ?, 'Trained on the old line', ?)", shop.tenantId(), work, worker, MONDAY, rule, grantedBy);
    }

    private UUID overrideId(Connection c, UUID worker) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT id FROM shopfloor.assignment_overrides WHERE worker_id = ?")) {
            query.setObject(1, worker);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getObject(1, UUID.class);
            }
        }
    }

    private void interval(Connection c, String startedAt, String endedAt, String endReason) throws SQLException {
        run(c, "INSERT INTO shopfloor.work_intervals (tenant_id, user_id, assignment_id, started_at, ended_at, end_reason, created_by)"
                + " VALUES (?, ?, ?, " + startedAt + ", " + endedAt + ", " + endReason + ", ?)", shop.tenantId(), wes, work, wes);
    }

    private Connection as(UUID user) throws SQLException {
        Connection c = db.app();
        MigratedDatabase.beginAs(c, shop.tenantId(), user);
        return c;
    }

    private static long count(Connection c, String sql, Object... params) throws SQLException {
        return MigratedDatabase.count(c, sql, params);
    }

    private static UUID uuid(Connection c, String sql) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(sql); ResultSet row = query.executeQuery()) {
            row.next();
            return row.getObject(1, UUID.class);
        }
    }

    private static String text(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                query.setObject(i + 1, params[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private static void run(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            statement.execute();
        }
    }
}
