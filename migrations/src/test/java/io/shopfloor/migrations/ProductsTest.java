package io.shopfloor.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Products, their options and an order's choice of both, as the database keeps them: the option
 * must be one of the order's product, both of the order's own tenant, whatever the application does.
 */
class ProductsTest {

    private static final String FOREIGN_KEY_VIOLATION = "23503";
    private static final String CHECK_VIOLATION = "23514";
    private static final String UNIQUE_VIOLATION = "23505";

    private static MigratedDatabase db;
    private static TenantFixture acme;
    private static TenantFixture globex;

    @BeforeAll
    static void tenants() throws SQLException {
        db = MigratedDatabase.get();
        acme = TenantFixture.create(db, "prod-acme-" + suffix());
        globex = TenantFixture.create(db, "prod-globex-" + suffix());
    }

    @Test
    void anOrderTakesAnOptionOfItsProduct() throws SQLException {
        UUID order = UUID.randomUUID();
        try (Connection c = db.app()) {
            MigratedDatabase.beginAs(c, acme.tenantId(), acme.userId());
            run(c, "INSERT INTO shopfloor.orders (id, tenant_id, order_number, customer_id, product_id, option_id) VALUES (?, ?, ?, ?, ?, ?)",
                    order, acme.tenantId(), "SO-" + suffix(), acme.customerId(), acme.productId(), acme.optionId());
            assertThat(MigratedDatabase.count(c, "SELECT count(*) FROM shopfloor.orders WHERE id = ? AND option_id = ? AND customizations = '{}'",
                    order, acme.optionId())).isOne();
            c.rollback();
        }
    }

    @Test
    void anOptionOfAnotherProductIsRefused() throws SQLException {
        try (Connection c = db.app()) {
            MigratedDatabase.beginAs(c, acme.tenantId(), acme.userId());
            UUID other = insertProduct(c, acme, "Auteur " + suffix());
            UUID otherOption = UUID.randomUUID();
            run(c, "INSERT INTO shopfloor.product_options (id, tenant_id, product_id, name) VALUES (?, ?, ?, 'Walnut')",
                    otherOption, acme.tenantId(), other);
            assertSqlState(FOREIGN_KEY_VIOLATION, () -> run(c,
                    "INSERT INTO shopfloor.orders (tenant_id, order_number, customer_id, product_id, option_id) VALUES (?, ?, ?, ?, ?)",
                    acme.tenantId(), "SO-" + suffix(), acme.customerId(), acme.productId(), otherOption));
            c.rollback();
        }
        // Changing the product of an existing order without its option is refused as well.
        try (Connection c = db.app()) {
            MigratedDatabase.beginAs(c, acme.tenantId(), acme.userId());
            UUID other = insertProduct(c, acme, "Atticus " + suffix());
            assertSqlState(FOREIGN_KEY_VIOLATION, () -> run(c, "UPDATE shopfloor.orders SET product_id = ? WHERE id = ?", other, acme.orderId()));
            c.rollback();
        }
    }

    @Test
    void anOptionWithoutAProductIsRefused() throws SQLException {
        try (Connection c = db.app()) {
            MigratedDatabase.beginAs(c, acme.tenantId(), acme.userId());
            assertSqlState(CHECK_VIOLATION, () -> run(c,
                    "INSERT INTO shopfloor.orders (tenant_id, order_number, customer_id, option_id) VALUES (?, ?, ?, ?)",
                    acme.tenantId(), "SO-" + suffix(), acme.customerId(), acme.optionId()));
            c.rollback();
        }
    }

    @Test
    void anotherTenantsProductOrOptionCannotBeReferenced() throws SQLException {
        try (Connection c = db.app()) {
            MigratedDatabase.beginAs(c, globex.tenantId(), globex.userId());
            assertSqlState(FOREIGN_KEY_VIOLATION, () -> run(c,
                    "INSERT INTO shopfloor.orders (tenant_id, order_number, customer_id, product_id) VALUES (?, ?, ?, ?)",
                    globex.tenantId(), "SO-" + suffix(), globex.customerId(), acme.productId()));
            c.rollback();
            MigratedDatabase.beginAs(c, globex.tenantId(), globex.userId());
            assertSqlState(FOREIGN_KEY_VIOLATION, () -> run(c,
                    "INSERT INTO shopfloor.orders (tenant_id, order_number, customer_id, product_id, option_id) VALUES (?, ?, ?, ?, ?)",
                    globex.tenantId(), "SO-" + suffix(), globex.customerId(), globex.productId(), acme.optionId()));
            c.rollback();
            MigratedDatabase.beginAs(c, globex.tenantId(), globex.userId());
            assertSqlState(FOREIGN_KEY_VIOLATION, () -> run(c,
                    "INSERT INTO shopfloor.product_options (tenant_id, product_id, name) VALUES (?, ?, 'Cherry')",
                    globex.tenantId(), acme.productId()));
            c.rollback();
        }
    }

    @Test
    void namesAreUniquePerTenantWhateverTheCaseAndFreeAcrossTenants() throws SQLException {
        try (Connection c = db.app()) {
            MigratedDatabase.beginAs(c, acme.tenantId(), acme.userId());
            assertSqlState(UNIQUE_VIOLATION, () -> insertProduct(c, acme, "VERITE closed"));
            c.rollback();
            MigratedDatabase.beginAs(c, acme.tenantId(), acme.userId());
            assertSqlState(UNIQUE_VIOLATION, () -> run(c,
                    "INSERT INTO shopfloor.product_options (tenant_id, product_id, name) VALUES (?, ?, 'SAPELE')", acme.tenantId(), acme.productId()));
            c.rollback();
            MigratedDatabase.beginAs(c, globex.tenantId(), globex.userId());
            UUID same = insertProduct(c, globex, "Verite Closed " + suffix());
            assertThat(same).isNotNull();
            c.rollback();
        }
    }

    @Test
    void rulesOfTheColumns() throws SQLException {
        try (Connection c = db.app()) {
            for (String values : new String[] {"'high', 0, 10", "'high', 5, -1", "'impossible', 5, 10"}) {
                MigratedDatabase.beginAs(c, acme.tenantId(), acme.userId());
                assertSqlState(CHECK_VIOLATION, () -> run(c,
                        "INSERT INTO shopfloor.products (tenant_id, name, sku_prefix, complexity, base_hours, base_price) VALUES (?, ?, 'ZZ', " + values + ")",
                        acme.tenantId(), "Rule " + suffix()));
                c.rollback();
            }
            MigratedDatabase.beginAs(c, acme.tenantId(), acme.userId());
            assertSqlState(CHECK_VIOLATION, () -> run(c, "UPDATE shopfloor.orders SET customizations = '[1]' WHERE id = ?", acme.orderId()));
            c.rollback();
        }
    }

    @Test
    void productsAreDeactivatedNeverDeleted() throws SQLException {
        try (Connection c = db.app()) {
            MigratedDatabase.beginAs(c, acme.tenantId(), acme.userId());
            assertThatThrownBy(() -> run(c, "DELETE FROM shopfloor.products WHERE id = ?", acme.productId()))
                    .hasMessageContaining("permission denied");
            c.rollback();
            MigratedDatabase.beginAs(c, acme.tenantId(), acme.userId());
            assertThatThrownBy(() -> run(c, "DELETE FROM shopfloor.product_options WHERE id = ?", acme.optionId()))
                    .hasMessageContaining("permission denied");
            c.rollback();
        }
    }

    @Test
    void theBuiltInRolesOfANewOrganizationMayUseProducts() throws SQLException {
        try (Connection c = db.app()) {
            MigratedDatabase.beginAs(c, acme.tenantId(), acme.userId());
            String grants = "SELECT count(*) FROM shopfloor.role_permissions p JOIN shopfloor.roles r ON r.tenant_id = p.tenant_id AND r.id = p.role_id"
                    + " WHERE r.name = ? AND p.permission = ?";
            assertThat(MigratedDatabase.count(c, grants, "manager", "products:*")).isOne();
            assertThat(MigratedDatabase.count(c, grants, "worker", "products:read")).isOne();
            assertThat(MigratedDatabase.count(c, grants, "viewer", "products:read")).isOne();
            assertThat(MigratedDatabase.count(c, grants, "worker", "products:write")).isZero();
            c.rollback();
        }
    }

    @Test
    void aProductsCustomFieldsAreIndexedForFilters() throws SQLException {
        try (Connection c = db.app()) {
            MigratedDatabase.beginAs(c, acme.tenantId(), acme.userId());
            assertThat(MigratedDatabase.count(c, "SELECT count(*) FROM shopfloor.custom_field_values"
                    + " WHERE entity_type = 'products' AND entity_id = ? AND field_key = 'series' AND value = 'reference'", acme.productId())).isOne();
            c.rollback();
        }
    }

    private static UUID insertProduct(Connection c, TenantFixture tenant, String name) throws SQLException {
        UUID id = UUID.randomUUID();
        run(c, "INSERT INTO shopfloor.products (id, tenant_id, name, sku_prefix, base_hours, base_price) VALUES (?, ?, ?, ?, 8, 999)",
                id, tenant.tenantId(), name, "P" + suffix().toUpperCase());
        return id;
    }

    private interface Statement {
        void run() throws SQLException;
    }

    private static void assertSqlState(String state, Statement statement) {
        assertThatThrownBy(statement::run)
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).as(e.getMessage()).isEqualTo(state));
    }

    private static void run(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            statement.execute();
        }
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
