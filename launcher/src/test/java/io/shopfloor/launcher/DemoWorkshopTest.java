package io.shopfloor.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run command's demo organizations on a real, migrated PostgreSQL: what a newcomer sees after
 * signing in, read back as the application role under row level security.
 */
class DemoWorkshopTest {

    @TempDir
    static Path temp;

    private static MigratedThrowawayDatabase postgres;
    private static DatabaseAccess database;
    private static List<DemoLogin> logins;

    @BeforeAll
    static void createTheDemo() {
        postgres = MigratedThrowawayDatabase.start(temp.resolve("pg"));
        database = postgres.access();
        DemoTenant.Demo demo = DemoTenant.ensure(database, temp, true);
        logins = demo.logins();
        System.out.println("Demo workshops: " + demo.built());
        assertThat(demo.built()).hasSize(2);
    }

    @AfterAll
    static void stopDatabase() {
        postgres.close();
    }

    @Test
    void printsTheSignInsOfBothOrganizations() {
        assertThat(logins).extracting(DemoLogin::organization, DemoLogin::email).containsExactly(
                org.assertj.core.groups.Tuple.tuple("demo", "admin@demo.example"),
                org.assertj.core.groups.Tuple.tuple("demo", "manager@demo.example"),
                org.assertj.core.groups.Tuple.tuple("demo", "worker@demo.example"),
                org.assertj.core.groups.Tuple.tuple("lotus", "admin@lotus.example"),
                org.assertj.core.groups.Tuple.tuple("lotus", "manager@lotus.example"),
                org.assertj.core.groups.Tuple.tuple("lotus", "worker@lotus.example"));
        assertThat(temp.resolve("demo-logins.properties")).exists();
        assertThat(temp.resolve("demo-lotus-logins.properties")).exists();
    }

    @Test
    void theWorkshopHasACatalogueCustomersAndTwelveWeeksOfOrdersInEveryStatus() throws SQLException {
        try (Connection app = inOrganization("demo")) {
            assertThat(count(app, "SELECT count(*) FROM shopfloor.products WHERE active")).isEqualTo(5);
            assertThat(count(app, "SELECT count(*) FROM shopfloor.product_options")).isGreaterThanOrEqualTo(15);
            assertThat(count(app, "SELECT count(DISTINCT product_id) FROM shopfloor.product_stage_estimates WHERE NOT required"))
                    .as("models that skip a stage").isEqualTo(2);
            assertThat(count(app, "SELECT count(*) FROM shopfloor.customers")).isEqualTo(30);
            assertThat(count(app, "SELECT count(*) FROM shopfloor.orders")).isBetween(190L, 215L);
            assertThat(countsBy(app, "SELECT status, count(*) FROM shopfloor.orders GROUP BY status"))
                    .containsOnlyKeys("pending", "in_production", "completed", "shipped", "on_hold")
                    .allSatisfy((status, orders) -> assertThat(orders).as(status).isPositive());
            assertThat(count(app, """
                    SELECT count(*) FROM shopfloor.orders o
                    WHERE o.status IN ('pending', 'in_production', 'on_hold')
                      AND o.due_date < (now() AT TIME ZONE 'Europe/Berlin')::date""")).as("overdue orders").isPositive();
            assertThat(count(app, """
                    SELECT count(*) FROM shopfloor.orders
                    WHERE created_at < (now() - interval '77 days') OR created_at > now() - interval '7 days'""")).as("spread over 12 weeks")
                    .isGreaterThan(10);
        }
    }

    @Test
    void everyOrdersHistoryFollowsItsStatusAndEveryStatusChangeIsRecorded() throws SQLException {
        try (Connection app = inOrganization("demo")) {
            assertThat(count(app, """
                    SELECT count(*) FROM shopfloor.orders o
                    WHERE NOT EXISTS (SELECT 1 FROM shopfloor.order_status_history h
                                      WHERE h.order_id = o.id AND h.old_status IS NULL AND h.new_status = 'pending')""")).isZero();
            assertThat(count(app, """
                    SELECT count(*) FROM shopfloor.orders o
                    WHERE o.status <> (SELECT h.new_status FROM shopfloor.order_status_history h WHERE h.order_id = o.id
                                       ORDER BY h.changed_at DESC, (h.old_status IS NULL) LIMIT 1)""")).as("last entry is the status").isZero();
            assertThat(count(app, """
                    SELECT count(*) FROM shopfloor.orders o
                    WHERE o.status = 'shipped' AND (SELECT count(*) FROM shopfloor.order_status_history h WHERE h.order_id = o.id) <> 4"""))
                    .as("shipped: created, in production, completed, shipped").isZero();
            assertThat(count(app, "SELECT count(*) FROM shopfloor.order_status_history WHERE changed_by IS NULL")).isZero();
        }
    }

    @Test
    void oneOpenBatchStandsAtEachStageWithItsWorkAssigned() throws SQLException {
        try (Connection app = inOrganization("demo")) {
            assertThat(count(app, """
                    SELECT count(*) FROM shopfloor.production_stages s
                    WHERE s.active AND NOT EXISTS (SELECT 1 FROM shopfloor.batches b WHERE b.current_stage_id = s.id AND b.completed_at IS NULL)"""))
                    .as("stages without an open batch").isZero();
            assertThat(count(app, """
                    SELECT count(*) FROM shopfloor.batches b
                    WHERE b.completed_at IS NULL AND NOT EXISTS (
                        SELECT 1 FROM shopfloor.stage_assignments a
                        WHERE a.batch_id = b.id AND a.stage_id = b.current_stage_id AND a.completed_at IS NULL
                          AND a.opened_at IS NOT NULL AND a.worker_id IS NOT NULL)""")).as("open batches without assigned current work").isZero();
            assertThat(count(app, "SELECT count(*) FROM shopfloor.batches WHERE completed_at IS NOT NULL")).isGreaterThan(20);
            assertThat(count(app, """
                    SELECT count(*) FROM shopfloor.batch_orders m JOIN shopfloor.orders o ON o.id = m.order_id
                    WHERE m.batch_open AND o.status <> 'in_production'""")).isZero();
            assertThat(count(app, """
                    SELECT count(*) FROM shopfloor.orders o WHERE o.status = 'in_production'
                      AND NOT EXISTS (SELECT 1 FROM shopfloor.batch_orders m WHERE m.order_id = o.id AND m.batch_open)""")).isZero();
            assertThat(count(app, """
                    SELECT count(*) FROM shopfloor.stage_assignments a JOIN shopfloor.users u ON u.id = a.worker_id
                    JOIN shopfloor.batches b ON b.id = a.batch_id
                    WHERE u.email = 'worker@demo.example' AND a.completed_at IS NULL AND b.completed_at IS NULL"""))
                    .as("the demo worker's open work").isPositive();
            assertThat(count(app, """
                    SELECT count(*) FROM shopfloor.stage_assignments
                    WHERE completed_at < started_at OR started_at < opened_at""")).isZero();
        }
    }

    @Test
    void peopleHaveSkillsHoursAndTimeOnTheJobThatTheRulesAllow() throws SQLException {
        try (Connection app = inOrganization("demo")) {
            // Profiles, days off and time are read with people:read: as the demo's manager.
            count(app, "SELECT count(set_config('app.user_id', id::text, true)) FROM shopfloor.users WHERE email = 'manager@demo.example'");
            assertThat(count(app, """
                    SELECT count(*) FROM shopfloor.users u JOIN shopfloor.user_roles ur ON ur.user_id = u.id JOIN shopfloor.roles r ON r.id = ur.role_id
                    WHERE r.name = 'worker' AND NOT EXISTS (SELECT 1 FROM shopfloor.worker_skills k WHERE k.user_id = u.id)"""))
                    .as("workers without skills").isZero();
            assertThat(count(app, "SELECT count(*) FROM shopfloor.worker_skills WHERE expires_on IS NOT NULL AND expires_on < current_date + 30"))
                    .as("a certificate that runs out within the month").isPositive();
            assertThat(count(app, "SELECT count(*) FROM shopfloor.worker_profiles WHERE employee_number IS NOT NULL")).isPositive();
            assertThat(count(app, "SELECT count(*) FROM shopfloor.availability_exceptions WHERE status = 'approved'")).isPositive();
            assertThat(count(app, "SELECT count(*) FROM shopfloor.availability_exceptions WHERE status = 'requested'"))
                    .as("a request waiting for the manager").isEqualTo(1);
            assertThat(count(app, "SELECT count(*) FROM shopfloor.work_intervals WHERE end_reason = 'completed'")).isGreaterThan(50);
            assertThat(count(app, "SELECT count(*) FROM shopfloor.work_intervals WHERE end_reason IN ('break', 'material', 'machine')")).isPositive();
            assertThat(count(app, "SELECT count(*) FROM shopfloor.work_intervals WHERE ended_at IS NULL OR ended_at > now()"))
                    .as("no time left running, none in the future").isZero();
            assertThat(count(app, """
                    SELECT count(*) FROM shopfloor.stage_assignments a
                    WHERE a.completed_at IS NULL AND a.worker_id IS NOT NULL
                      AND (a.planned_on IS NULL OR (shopfloor.assignment_refusal(a.tenant_id, a.id, a.batch_id, a.stage_id, a.worker_id,
                                                                                 shopfloor.work_day(a.tenant_id, a.planned_on))).rule IS NOT NULL)"""))
                    .as("open work planned for a day, as the rules allow").isZero();
        }
    }

    @Test
    void qualityHasChecklistsChecksThatPassedAndFailedAndOpenIssuesOneOverdue() throws SQLException {
        try (Connection app = inOrganization("demo")) {
            assertThat(count(app, "SELECT count(*) FROM shopfloor.checklist_templates WHERE status = 'active'")).isEqualTo(3);
            assertThat(count(app, "SELECT count(*) FROM shopfloor.quality_checks WHERE status = 'good'")).isGreaterThan(20);
            assertThat(count(app, "SELECT count(*) FROM shopfloor.quality_checks WHERE status IN ('critical', 'warning')")).isPositive();
            assertThat(count(app, """
                    SELECT count(*) FROM shopfloor.quality_checks c WHERE c.status <> 'good'
                      AND NOT EXISTS (SELECT 1 FROM shopfloor.issues i WHERE i.check_id = c.id)""")).as("failed checks without their issue").isZero();
            assertThat(count(app, "SELECT count(*) FROM shopfloor.issues WHERE resolved_at IS NOT NULL")).isPositive();
            assertThat(count(app, "SELECT count(*) FROM shopfloor.issues WHERE shopfloor.sla_status(due_at, resolved_at) = 'overdue'"))
                    .as("an overdue issue").isPositive();
            assertThat(count(app, """
                    SELECT count(*) FROM shopfloor.batches b WHERE b.completed_at IS NULL
                      AND shopfloor.quality_gate_refusal(b.tenant_id, b.id) IS NOT NULL""")).as("open batches the gate keeps").isPositive();
            assertThat(count(app, """
                    SELECT count(*) FROM shopfloor.batches b WHERE b.quality_status = 'critical'
                      AND EXISTS (SELECT 1 FROM shopfloor.issues i WHERE i.batch_id = b.id AND i.resolved_at IS NULL)"""))
                    .as("a batch whose open issue sets its quality status").isPositive();
        }
    }

    @Test
    void everythingHappenedBeforeTodayInTheOrganizationsZone() throws SQLException {
        try (Connection app = inOrganization("demo")) {
            String today = "(date_trunc('day', now() AT TIME ZONE 'Europe/Berlin') AT TIME ZONE 'Europe/Berlin')";
            assertThat(count(app, "SELECT count(*) FROM shopfloor.order_status_history WHERE changed_at >= " + today)).isZero();
            assertThat(count(app, "SELECT count(*) FROM shopfloor.stage_assignments WHERE greatest(opened_at, started_at, completed_at) >= "
                    + today)).isZero();
            assertThat(count(app, "SELECT count(*) FROM shopfloor.batches WHERE completed_at >= " + today)).isZero();
            assertThat(count(app, "SELECT count(*) FROM shopfloor.quality_checks WHERE completed_at >= " + today)).isZero();
            assertThat(count(app, "SELECT count(*) FROM shopfloor.issues WHERE greatest(created_at, resolved_at) >= " + today)).isZero();
        }
    }

    @Test
    void theSecondOrganizationHasItsOwnWorkshopAndSeesNothingOfTheFirst() throws SQLException {
        try (Connection app = inOrganization("lotus")) {
            assertThat(count(app, "SELECT count(*) FROM shopfloor.customers")).isEqualTo(12);
            assertThat(count(app, "SELECT count(*) FROM shopfloor.customers WHERE name LIKE 'Nguyễn%' OR name = 'Mia Hoffmann'")).isZero();
            assertThat(count(app, "SELECT count(*) FROM shopfloor.orders")).isBetween(55L, 80L);
            assertThat(count(app, "SELECT count(*) FROM shopfloor.users WHERE email LIKE '%@demo.example'")).isZero();
            assertThat(text(app, "SELECT min(base_price)::text FROM shopfloor.products")).as("dong").isEqualTo("14823000.00");
        }
    }

    @Test
    void theSameDayGivesTheSameWorkshopAndAFilledOrganizationIsRefused() throws SQLException {
        List<UUID> twins = new ArrayList<>();
        for (String slug : List.of("twin-a", "twin-b")) {
            try (Connection owner = database.connectAsOwner()) {
                twins.add(TenantProvisioning.createTenant(owner, slug, "Twin", "Europe/Berlin", "EUR", List.of(
                        new TenantProvisioning.NewUser("boss@" + slug + ".example", "Boss", null, "manager"),
                        new TenantProvisioning.NewUser("hand@" + slug + ".example", "Hand", null, "worker"))).tenantId());
            }
        }
        LocalDate day = LocalDate.of(2026, 3, 30); // the Monday after the switch to summer time
        List<DemoWorkshop.Summary> summaries = new ArrayList<>();
        List<Map<String, Long>> statuses = new ArrayList<>();
        for (UUID tenant : twins) {
            Map<String, UUID> users = users(tenant);
            try (Connection app = database.connectAsApp()) {
                summaries.add(DemoWorkshop.build(app, tenant, DemoTenant.DEMO.plan(),
                        new DemoWorkshop.Staff(users.get("Boss"), List.of(users.get("Hand"))), day));
            }
            try (Connection app = inTenant(tenant)) {
                statuses.add(countsBy(app, "SELECT status, count(*) FROM shopfloor.orders GROUP BY status"));
            }
        }
        assertThat(summaries.get(1)).isEqualTo(summaries.get(0));
        assertThat(statuses.get(1)).isEqualTo(statuses.get(0));

        Map<String, UUID> users = users(twins.get(0));
        try (Connection app = database.connectAsApp()) {
            assertThatThrownBy(() -> DemoWorkshop.build(app, twins.get(0), DemoTenant.DEMO.plan(),
                    new DemoWorkshop.Staff(users.get("Boss"), List.of(users.get("Hand"))), day))
                    .hasMessageContaining("already has orders");
        }
        try (Connection app = inTenant(twins.get(0))) {
            assertThat(count(app, "SELECT count(*) FROM shopfloor.orders")).isEqualTo(summaries.get(0).orders());
        }
    }

    @Test
    void aSecondStartLeavesTheDemoAsItIs() throws SQLException {
        long before;
        try (Connection app = inOrganization("demo")) {
            before = count(app, "SELECT count(*) FROM shopfloor.orders");
        }
        DemoTenant.Demo again = DemoTenant.ensure(database, temp, true);
        assertThat(again.logins()).isEqualTo(logins);
        assertThat(again.built()).isEmpty();
        try (Connection app = inOrganization("demo")) {
            assertThat(count(app, "SELECT count(*) FROM shopfloor.orders")).isEqualTo(before);
        }
    }

    // ------------------------------------------------------------------------------------------

    private static Connection inOrganization(String slug) throws SQLException {
        try (Connection owner = database.connectAsOwner()) {
            return inTenant(TenantProvisioning.findTenantId(owner, slug).orElseThrow());
        }
    }

    private static Connection inTenant(UUID tenantId) throws SQLException {
        Connection app = database.connectAsApp();
        app.setAutoCommit(false);
        try (PreparedStatement context = app.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
            context.setString(1, tenantId.toString());
            context.execute();
        }
        return app;
    }

    private static Map<String, UUID> users(UUID tenantId) throws SQLException {
        Map<String, UUID> users = new java.util.HashMap<>();
        try (Connection app = inTenant(tenantId);
             PreparedStatement query = app.prepareStatement("SELECT display_name, id FROM shopfloor.users");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                users.put(rows.getString(1), rows.getObject(2, UUID.class));
            }
        }
        return users;
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String text(Connection connection, String sql) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static Map<String, Long> countsBy(Connection connection, String sql) throws SQLException {
        Map<String, Long> counts = new java.util.TreeMap<>();
        try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        }
        return counts;
    }
}
