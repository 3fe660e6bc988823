package io.shopfloor.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A worker's available hours from the one calendar: the organization's default week, the worker's
 * own week, organization holidays and approved exceptions; workers request their own days off and
 * managers decide, as the database holds it.
 */
class AvailabilitySchemaTest {

    /** A Monday, a Saturday, and a Thursday that is an organization holiday. */
    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);
    private static final LocalDate SATURDAY = LocalDate.of(2027, 3, 6);
    private static final LocalDate HOLIDAY = LocalDate.of(2027, 3, 4);

    private MigratedDatabase db;
    private TenantFixture shop;
    private UUID wes;
    private UUID mai;

    @BeforeEach
    void workshop() throws SQLException {
        db = MigratedDatabase.get();
        shop = TenantFixture.create(db, "avail-" + UUID.randomUUID().toString().substring(0, 8));
        wes = UUID.randomUUID();
        mai = UUID.randomUUID();
        try (Connection c = as(shop.userId())) {
            for (UUID worker : new UUID[] {wes, mai}) {
                run(c, "INSERT INTO shopfloor.users (id, tenant_id, email, display_name, password_hash) VALUES (?, ?, ?, 'A worker', 'x')",
                        worker, shop.tenantId(), worker + "@avail.example");
                run(c, "INSERT INTO shopfloor.user_roles (tenant_id, user_id, role_id) SELECT ?, ?, id FROM shopfloor.roles WHERE name = 'worker'",
                        shop.tenantId(), worker);
            }
            run(c, "INSERT INTO shopfloor.organization_holidays (tenant_id, day, name) VALUES (?, ?, 'Founders'' day')", shop.tenantId(), HOLIDAY);
            c.commit();
        }
    }

    @Test
    void theOrganizationsWeekTheWorkersOwnWeekAndHolidaysGiveTheHours() throws SQLException {
        try (Connection c = as(shop.userId())) {
            assertThat(hours(c, wes, MONDAY)).as("the default week: Monday 8 h").isEqualByComparingTo("8");
            assertThat(hours(c, wes, SATURDAY)).as("nobody works on Saturday by default").isEqualByComparingTo("0");
            assertThat(hours(c, wes, HOLIDAY)).isEqualByComparingTo("0");
            run(c, "INSERT INTO shopfloor.work_patterns (tenant_id, user_id, weekday, hours) VALUES (?, ?, 1, 6), (?, ?, 6, 4)",
                    shop.tenantId(), wes, shop.tenantId(), wes);
            assertThat(hours(c, wes, MONDAY)).as("the worker's own Monday").isEqualByComparingTo("6");
            assertThat(hours(c, wes, SATURDAY)).isEqualByComparingTo("4");
            assertThat(hours(c, mai, MONDAY)).as("a colleague keeps the default").isEqualByComparingTo("8");
            assertThatThrownBy(() -> run(c, "INSERT INTO shopfloor.work_patterns (tenant_id, user_id, weekday, hours) VALUES (?, NULL, 1, 7)",
                    shop.tenantId())).as("one default per weekday").hasMessageContaining("duplicate key");
        }
    }

    @Test
    void aWorkerRequestsTheirOwnDayOffAndOnlyAManagerDecides() throws SQLException {
        UUID request = UUID.randomUUID();
        try (Connection c = as(wes)) {
            run(c, "INSERT INTO shopfloor.availability_exceptions (tenant_id, id, user_id, day, kind, hours, note, requested_by) VALUES (?, ?, ?, ?, 'leave', 0, 'Wedding', ?)",
                    shop.tenantId(), request, wes, MONDAY, wes);
            assertThat(hours(c, wes, MONDAY)).as("a request is not yet a day off").isEqualByComparingTo("8");
            c.commit();
        }
        try (Connection c = as(wes)) {
            assertThatThrownBy(() -> run(c, "UPDATE shopfloor.availability_exceptions SET status = 'approved', decided_by = ?, decided_at = now() WHERE id = ?",
                    wes, request)).as("approving one's own leave").hasMessageContaining("managers decide");
        }
        try (Connection c = as(wes)) {
            assertThatThrownBy(() -> run(c, "INSERT INTO shopfloor.availability_exceptions (tenant_id, user_id, day, kind, hours, requested_by) VALUES (?, ?, ?, 'leave', 0, ?)",
                    shop.tenantId(), mai, SATURDAY, wes)).as("a colleague's leave").hasMessageContaining("their own days off");
        }
        try (Connection c = as(wes)) {
            assertThatThrownBy(() -> run(c, "INSERT INTO shopfloor.work_patterns (tenant_id, user_id, weekday, hours) VALUES (?, ?, 2, 10)", shop.tenantId(), wes))
                    .hasMessageContaining("people:write");
        }
        try (Connection c = as(mai)) {
            assertThat(MigratedDatabase.count(c, "SELECT count(*) FROM shopfloor.availability_exceptions")).as("a colleague's leave is theirs").isZero();
        }
        try (Connection c = as(shop.userId())) {
            assertThatThrownBy(() -> run(c, "UPDATE shopfloor.availability_exceptions SET status = 'approved', decided_by = ?, decided_at = now() WHERE id = ?",
                    wes, request)).as("decided in one's own name").hasMessageContaining("own name");
        }
        try (Connection c = as(shop.userId())) {
            run(c, "UPDATE shopfloor.availability_exceptions SET status = 'approved', decided_by = ?, decided_at = now() WHERE id = ?", shop.userId(), request);
            assertThat(hours(c, wes, MONDAY)).as("approved: the day off counts").isEqualByComparingTo("0");
            c.commit();
        }
        try (Connection c = as(shop.userId())) {
            assertThatThrownBy(() -> run(c, "INSERT INTO shopfloor.availability_exceptions (tenant_id, user_id, day, kind, hours, requested_by) VALUES (?, ?, ?, 'overtime', 10, ?)",
                    shop.tenantId(), wes, MONDAY, shop.userId())).as("one standing exception a day").hasMessageContaining("duplicate key");
        }
        try (Connection c = as(wes)) {
            assertThatThrownBy(() -> run(c, "DELETE FROM shopfloor.availability_exceptions WHERE id = ?", request))
                    .as("a decided request is not taken back by the worker").hasMessageContaining("managers decide");
        }
    }

    private BigDecimal hours(Connection c, UUID user, LocalDate day) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT shopfloor.available_hours(?, ?, ?)")) {
            query.setObject(1, shop.tenantId());
            query.setObject(2, user);
            query.setObject(3, day);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getBigDecimal(1);
            }
        }
    }

    private Connection as(UUID user) throws SQLException {
        Connection c = db.app();
        MigratedDatabase.beginAs(c, shop.tenantId(), user);
        return c;
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
