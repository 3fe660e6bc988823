package io.shopfloor.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Quality as the database keeps it, whatever the application does (seed 000's rules): checks and
 * issues filed as oneself, a computed status that nothing passes by default, published checklists
 * that never change, the SLA's due time and status, and the gate between stages with its override.
 */
class QualitySchemaTest {

    private MigratedDatabase db;
    private TenantFixture shop;
    private UUID worker;
    private UUID otherWorker;
    private UUID batch;
    private UUID sanding;
    private UUID finishing;

    @BeforeEach
    void workshop() throws SQLException {
        db = MigratedDatabase.get();
        shop = TenantFixture.create(db, "quality-" + UUID.randomUUID().toString().substring(0, 8));
        worker = UUID.randomUUID();
        otherWorker = UUID.randomUUID();
        batch = UUID.randomUUID();
        try (Connection c = asAdmin()) {
            for (UUID user : new UUID[] {worker, otherWorker}) {
                run(c, "INSERT INTO shopfloor.users (id, tenant_id, email, display_name, password_hash) VALUES (?, ?, ?, 'Wes Worker', 'x')",
                        user, shop.tenantId(), user + "@shop.example");
                run(c, "INSERT INTO shopfloor.user_roles (tenant_id, user_id, role_id) SELECT ?, ?, id FROM shopfloor.roles WHERE name = 'worker'",
                        shop.tenantId(), user);
            }
            sanding = uuid(c, "SELECT id FROM shopfloor.production_stages WHERE name = 'Sanding'");
            finishing = uuid(c, "SELECT id FROM shopfloor.production_stages WHERE name = 'Finishing'");
            run(c, "INSERT INTO shopfloor.batches (id, tenant_id, batch_number, current_stage_id, created_by) VALUES (?, ?, shopfloor.next_batch_number(), ?, ?)",
                    batch, shop.tenantId(), sanding, shop.userId());
            UUID order = UUID.randomUUID();
            run(c, "INSERT INTO shopfloor.orders (id, tenant_id, order_number, customer_id, product_id) VALUES (?, ?, 'SO-QA-1', ?, ?)",
                    order, shop.tenantId(), shop.customerId(), shop.productId());
            run(c, "INSERT INTO shopfloor.batch_orders (tenant_id, batch_id, order_id, added_by) VALUES (?, ?, ?, ?)", shop.tenantId(), batch, order, shop.userId());
            c.commit();
        }
    }

    @Test
    void aCheckIsFiledAsOneselfAndItsStatusIsComputedFromTheFailedItems() throws SQLException {
        UUID template = publishedTemplate(sanding, null);
        UUID surface = item(template, 0, "pass_fail", null, null, "warning", false);
        UUID gap = item(template, 1, "measurement", 0.10, 0.30, "critical", false);
        publish(template);
        try (Connection c = as(worker)) {
            assertThatThrownBy(() -> run(c, "INSERT INTO shopfloor.quality_checks (tenant_id, batch_id, stage_id, template_id, worker_id) VALUES (?, ?, ?, ?, ?)",
                    shop.tenantId(), batch, sanding, template, otherWorker))
                    .as("a check in another worker's name").hasMessageContaining("filed by the signed-in user");
        }
        UUID check;
        try (Connection c = as(worker)) {
            check = openCheck(c, template, sanding);
            c.commit();
        }
        try (Connection c = as(worker)) {
            assertThatThrownBy(() -> complete(c, check)).as("nothing passes by default").hasMessageContaining("Items without a result");
        }
        try (Connection c = as(worker)) {
            run(c, "INSERT INTO shopfloor.quality_check_results (tenant_id, check_id, item_id, passed) VALUES (?, ?, ?, true)", shop.tenantId(), check, surface);
            assertThatThrownBy(() -> run(c, "INSERT INTO shopfloor.quality_check_results (tenant_id, check_id, item_id, passed) VALUES (?, ?, ?, true)",
                    shop.tenantId(), check, gap)).as("an empty reading").hasMessageContaining("needs its reading");
        }
        try (Connection c = as(worker)) {
            run(c, "INSERT INTO shopfloor.quality_check_results (tenant_id, check_id, item_id, passed) VALUES (?, ?, ?, true)", shop.tenantId(), check, surface);
            run(c, "INSERT INTO shopfloor.quality_check_results (tenant_id, check_id, item_id, passed, reading) VALUES (?, ?, ?, true, 0.42)",
                    shop.tenantId(), check, gap);
            complete(c, check);
            assertThat(text(c, "SELECT passed::text FROM shopfloor.quality_check_results WHERE item_id = ?", gap))
                    .as("a reading above the upper limit fails, whatever the client said").isEqualTo("false");
            assertThat(text(c, "SELECT status FROM shopfloor.quality_checks WHERE id = ?", check)).isEqualTo("critical");
            assertThatThrownBy(() -> run(c, "UPDATE shopfloor.quality_checks SET notes = 'fine after all' WHERE id = ?", check))
                    .hasMessageContaining("completed check does not change");
        }
    }

    @Test
    void aCompletedCheckRecordsTheProductsItCovered() throws SQLException {
        UUID otherProduct = UUID.randomUUID();
        try (Connection c = asAdmin()) {
            run(c, "INSERT INTO shopfloor.products (id, tenant_id, name, sku_prefix, complexity, base_hours, base_price) VALUES (?, ?, 'Aeon Open', 'AO', 'low', 4, 899)",
                    otherProduct, shop.tenantId());
            int n = 2;
            for (UUID product : new UUID[] {otherProduct, null}) {
                UUID order = UUID.randomUUID();
                run(c, "INSERT INTO shopfloor.orders (id, tenant_id, order_number, customer_id, product_id) VALUES (?, ?, ?, ?, ?)",
                        order, shop.tenantId(), "SO-QA-" + n++, shop.customerId(), product);
                run(c, "INSERT INTO shopfloor.batch_orders (tenant_id, batch_id, order_id, added_by) VALUES (?, ?, ?, ?)", shop.tenantId(), batch, order, shop.userId());
            }
            c.commit();
        }
        UUID stageDefault = publishedTemplate(sanding, null);
        UUID surface = item(stageDefault, 0, "pass_fail", null, null, "warning", false);
        publish(stageDefault);
        UUID ownChecklist = publishedTemplate(sanding, otherProduct);
        UUID joint = item(ownChecklist, 0, "pass_fail", null, null, "warning", false);
        publish(ownChecklist);
        try (Connection c = as(worker)) {
            UUID open = openCheck(c, stageDefault, sanding);
            assertThat(MigratedDatabase.count(c, "SELECT count(*) FROM shopfloor.quality_check_products WHERE check_id = ?", open))
                    .as("an open check covers nothing yet").isZero();
            run(c, "INSERT INTO shopfloor.quality_check_results (tenant_id, check_id, item_id, passed) VALUES (?, ?, ?, true)", shop.tenantId(), open, surface);
            complete(c, open);
            assertThat(MigratedDatabase.count(c, "SELECT count(*) FROM shopfloor.quality_check_products WHERE check_id = ?", open))
                    .as("the stage default covers both products of the batch, not the order without one").isEqualTo(2);
            UUID own = openCheck(c, ownChecklist, sanding);
            run(c, "INSERT INTO shopfloor.quality_check_results (tenant_id, check_id, item_id, passed) VALUES (?, ?, ?, true)", shop.tenantId(), own, joint);
            complete(c, own);
            assertThat(text(c, "SELECT string_agg(product_id::text, ',') FROM shopfloor.quality_check_products WHERE check_id = ?", own))
                    .as("a product's own checklist covers that product alone").isEqualTo(otherProduct.toString());
            assertThatThrownBy(() -> run(c, "INSERT INTO shopfloor.quality_check_products (tenant_id, check_id, product_id) VALUES (?, ?, ?)",
                    shop.tenantId(), own, shop.productId())).as("the application cannot add coverage of its own").hasMessageContaining("permission denied");
        }
    }

    @Test
    void aPhotoRequiredItemNeedsItsPhoto() throws SQLException {
        UUID template = publishedTemplate(sanding, null);
        UUID grain = item(template, 0, "pass_fail", null, null, "warning", true);
        publish(template);
        try (Connection c = as(worker)) {
            UUID check = openCheck(c, template, sanding);
            run(c, "INSERT INTO shopfloor.quality_check_results (tenant_id, check_id, item_id, passed) VALUES (?, ?, ?, true)", shop.tenantId(), check, grain);
            assertThatThrownBy(() -> complete(c, check)).hasMessageContaining("without the photo they require: Item 0");
        }
    }

    @Test
    void aPublishedChecklistNeverChangesAndOneVersionIsActivePerProductAndStage() throws SQLException {
        UUID template = publishedTemplate(sanding, null);
        item(template, 0, "pass_fail", null, null, "warning", false);
        publish(template);
        try (Connection c = asAdmin()) {
            assertThatThrownBy(() -> run(c, "UPDATE shopfloor.checklist_items SET item_text = 'changed' WHERE template_id = ?", template))
                    .hasMessageContaining("do not change");
        }
        try (Connection c = asAdmin()) {
            assertThatThrownBy(() -> run(c, "DELETE FROM shopfloor.checklist_templates WHERE id = ?", template)).hasMessageContaining("retire it");
        }
        UUID second = publishedTemplate(sanding, null);
        assertThatThrownBy(() -> publish(second)).as("a second default for the stage (a missing product is a value)")
                .hasMessageContaining("checklist_templates_one_active_idx");
        UUID forProduct = publishedTemplate(sanding, shop.productId());
        publish(forProduct);
    }

    @Test
    void theGateKeepsTheBatchUntilTheStagesChecklistPassesOrIsOverridden() throws SQLException {
        UUID template = publishedTemplate(sanding, null);
        UUID surface = item(template, 0, "pass_fail", null, null, "critical", false);
        publish(template);
        assertThat(moveTo(finishing)).contains("no passing check: Sanding check");
        try (Connection c = as(worker)) {
            UUID failed = openCheck(c, template, sanding);
            run(c, "INSERT INTO shopfloor.quality_check_results (tenant_id, check_id, item_id, passed) VALUES (?, ?, ?, false)", shop.tenantId(), failed, surface);
            complete(c, failed);
            c.commit();
        }
        assertThat(moveTo(finishing)).as("a failed check does not open the gate").contains("no passing check");
        try (Connection c = as(worker)) {
            UUID passed = openCheck(c, template, sanding);
            run(c, "INSERT INTO shopfloor.quality_check_results (tenant_id, check_id, item_id, passed) VALUES (?, ?, ?, true)", shop.tenantId(), passed, surface);
            complete(c, passed);
            c.commit();
        }
        try (Connection c = asAdmin()) {
            assertThatThrownBy(() -> run(c, "UPDATE shopfloor.batches SET quality_status = 'hold' WHERE id = ?", batch))
                    .as("a hold by hand, with no issue to say why").hasMessageContaining("follows its open issues");
        }
        try (Connection c = asAdmin()) {
            run(c, "INSERT INTO shopfloor.issues (tenant_id, issue_number, batch_id, stage_id, category_id, severity, title, reported_by)"
                    + " SELECT ?, 'Q-' || lpad(shopfloor.next_counter_value('issues')::text, 6, '0'), ?, ?, id, 'hold', 'Dust extraction down', ?"
                    + " FROM shopfloor.issue_categories WHERE code = 'safety'", shop.tenantId(), batch, sanding, shop.userId());
            c.commit();
        }
        assertThat(moveTo(finishing)).contains("on hold");
        try (Connection c = as(worker)) {
            assertThatThrownBy(() -> run(c, "INSERT INTO shopfloor.quality_gate_overrides (tenant_id, batch_id, stage_id, reason, granted_by) VALUES (?, ?, ?, 'trust me', ?)",
                    shop.tenantId(), batch, sanding, worker)).as("a worker holds no quality:override").hasMessageContaining("quality:override");
        }
        try (Connection c = asAdmin()) {
            run(c, "INSERT INTO shopfloor.quality_gate_overrides (tenant_id, batch_id, stage_id, reason, granted_by) VALUES (?, ?, ?, 'Customer accepted', ?)",
                    shop.tenantId(), batch, sanding, shop.userId());
            c.commit();
        }
        assertThat(moveTo(finishing)).as("the written override opens it").isNull();
        assertThat(moveTo(sanding)).as("back a stage, for rework, is free").isNull();
    }

    @Test
    void issuesAreReportedAsOneselfDueByTheirCategoryAndUpdatedByTheAssignee() throws SQLException {
        UUID issue;
        try (Connection c = as(worker)) {
            assertThatThrownBy(() -> insertIssue(c, otherWorker, null)).hasMessageContaining("reported by the signed-in user");
        }
        try (Connection c = as(worker)) {
            issue = insertIssue(c, worker, otherWorker);
            assertThat(text(c, "SELECT (due_at - created_at)::text FROM shopfloor.issues WHERE id = ?", issue)).as("Equipment: 8 hours").isEqualTo("08:00:00");
            assertThat(text(c, "SELECT shopfloor.sla_status(due_at, resolved_at) FROM shopfloor.issues WHERE id = ?", issue)).isEqualTo("on_track");
            assertThat(text(c, "SELECT shopfloor.sla_status(now() + interval '30 minutes', NULL)")).isEqualTo("at_risk");
            assertThat(text(c, "SELECT shopfloor.sla_status(now() - interval '1 minute', NULL)")).isEqualTo("overdue");
            assertThat(text(c, "SELECT shopfloor.sla_status(now() - interval '1 minute', now())")).isEqualTo("resolved");
            c.commit();
        }
        try (Connection c = as(worker)) {
            assertThatThrownBy(() -> run(c, "UPDATE shopfloor.issues SET root_cause = 'mine now?' WHERE id = ?", issue))
                    .as("the reporter is not the assignee").hasMessageContaining("assigned to them");
        }
        try (Connection c = as(otherWorker)) {
            run(c, "UPDATE shopfloor.issues SET root_cause = 'Worn belt', resolution = 'Belt replaced', resolved_at = now(), resolved_by = ? WHERE id = ?",
                    otherWorker, issue);
            assertThat(text(c, "SELECT shopfloor.sla_status(due_at, resolved_at) FROM shopfloor.issues WHERE id = ?", issue)).isEqualTo("resolved");
        }
    }

    @Test
    void theBatchsQualityStatusIsItsWorstOpenIssue() throws SQLException {
        UUID minor;
        UUID stop;
        try (Connection c = asAdmin()) {
            minor = insertIssue(c, shop.userId(), null);
            run(c, "UPDATE shopfloor.issues SET severity = 'warning' WHERE id = ?", minor);
            assertThat(text(c, "SELECT quality_status FROM shopfloor.batches WHERE id = ?", batch)).isEqualTo("warning");
            long version = Long.parseLong(text(c, "SELECT version::text FROM shopfloor.batches WHERE id = ?", batch));
            stop = insertIssue(c, shop.userId(), null);
            run(c, "UPDATE shopfloor.issues SET severity = 'hold' WHERE id = ?", stop);
            assertThat(text(c, "SELECT quality_status FROM shopfloor.batches WHERE id = ?", batch)).isEqualTo("hold");
            assertThat(Long.parseLong(text(c, "SELECT version::text FROM shopfloor.batches WHERE id = ?", batch)))
                    .as("a screen holding the batch learns it changed").isGreaterThan(version);
            run(c, "UPDATE shopfloor.issues SET resolution = 'Re-sanded', resolved_at = now(), resolved_by = ? WHERE id = ?", shop.userId(), stop);
            assertThat(text(c, "SELECT quality_status FROM shopfloor.batches WHERE id = ?", batch)).isEqualTo("warning");
            run(c, "UPDATE shopfloor.issues SET resolution = 'Accepted', resolved_at = now(), resolved_by = ? WHERE id = ?", shop.userId(), minor);
            assertThat(text(c, "SELECT quality_status FROM shopfloor.batches WHERE id = ?", batch)).isEqualTo("good");
        }
    }

    @Test
    void theGatesNeedsNameEachApplicableChecklistWithItsNewestCheck() throws SQLException {
        UUID fallback = publishedTemplate(sanding, null);
        UUID surface = item(fallback, 0, "pass_fail", null, null, "critical", false);
        publish(fallback);
        String needs = "SELECT string_agg(checklist_name || ':' || coalesce(check_status, '-'), ',') FROM shopfloor.quality_gate_needs(?, ?)";
        try (Connection c = as(worker)) {
            assertThat(text(c, needs, shop.tenantId(), batch)).isEqualTo("Sanding check:-");
            UUID check = openCheck(c, fallback, sanding);
            run(c, "INSERT INTO shopfloor.quality_check_results (tenant_id, check_id, item_id, passed) VALUES (?, ?, ?, true)", shop.tenantId(), check, surface);
            complete(c, check);
            assertThat(text(c, needs, shop.tenantId(), batch)).isEqualTo("Sanding check:good");
            c.commit();
        }
        UUID own = publishedTemplate(sanding, shop.productId());
        try (Connection c = asAdmin()) {
            run(c, "UPDATE shopfloor.checklist_templates SET name = 'Walnut sanding' WHERE id = ?", own);
            c.commit();
        }
        publish(own);
        try (Connection c = as(worker)) {
            assertThat(text(c, needs, shop.tenantId(), batch)).as("the product's own checklist beats the stage default").isEqualTo("Walnut sanding:-");
        }
    }

    @Test
    void everyOrganizationHasTheIssueCategoriesAndWorkersFileRatherThanManage() throws SQLException {
        try (Connection c = asAdmin()) {
            assertThat(text(c, "SELECT string_agg(code || '=' || sla_hours, ',' ORDER BY code) FROM shopfloor.issue_categories"))
                    .isEqualTo("equipment=8,failed_check=24,material=48,safety=4,workmanship=24");
            assertThat(text(c, "SELECT string_agg(p.permission, ',' ORDER BY p.permission) FROM shopfloor.role_permissions p"
                    + " JOIN shopfloor.roles r ON r.tenant_id = p.tenant_id AND r.id = p.role_id WHERE r.name = 'worker' AND p.permission LIKE 'quality:%'"))
                    .isEqualTo("quality:read,quality:work");
        }
    }

    // -- helpers ---------------------------------------------------------------------------------

    private UUID insertIssue(Connection c, UUID reporter, UUID assignee) throws SQLException {
        UUID id = UUID.randomUUID();
        run(c, "INSERT INTO shopfloor.issues (tenant_id, id, issue_number, batch_id, stage_id, category_id, severity, title, reported_by, assigned_to)"
                + " SELECT ?, ?, 'Q-' || lpad(shopfloor.next_counter_value('issues')::text, 6, '0'), ?, ?, id, default_severity, 'Sander stalls', ?, ?"
                + " FROM shopfloor.issue_categories WHERE code = 'equipment'", shop.tenantId(), id, batch, sanding, reporter, assignee);
        return id;
    }

    /** Moves the batch as production does; the gate's refusal, or null when it moved. */
    private String moveTo(UUID stage) throws SQLException {
        try (Connection c = asAdmin()) {
            run(c, "UPDATE shopfloor.batches SET current_stage_id = ? WHERE id = ?", stage, batch);
            c.commit();
            return null;
        } catch (SQLException refused) {
            assertThat(refused.getSQLState()).isEqualTo("23514");
            return refused.getMessage();
        }
    }

    private UUID publishedTemplate(UUID stage, UUID product) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection c = asAdmin()) {
            run(c, "INSERT INTO shopfloor.checklist_templates (tenant_id, id, lineage_id, name, stage_id, product_id, created_by) VALUES (?, ?, ?, 'Sanding check', ?, ?, ?)",
                    shop.tenantId(), id, id, stage, product, shop.userId());
            c.commit();
        }
        return id;
    }

    private UUID item(UUID template, int position, String kind, Double lower, Double upper, String severity, boolean photo) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection c = asAdmin()) {
            run(c, "INSERT INTO shopfloor.checklist_items (tenant_id, id, template_id, position, category, item_text, kind, unit, lower_limit, upper_limit,"
                    + " severity, photo_required) VALUES (?, ?, ?, ?, 'Surface', ?, ?, ?, ?, ?, ?, ?)", shop.tenantId(), id, template, position,
                    "Item " + position, kind, lower == null ? null : "mm", lower, upper, severity, photo);
            c.commit();
        }
        return id;
    }

    private void publish(UUID template) throws SQLException {
        try (Connection c = asAdmin()) {
            run(c, "UPDATE shopfloor.checklist_templates SET status = 'active', published_at = now() WHERE id = ?", template);
            c.commit();
        }
    }

    private UUID openCheck(Connection c, UUID template, UUID stage) throws SQLException {
        UUID id = UUID.randomUUID();
        run(c, "INSERT INTO shopfloor.quality_checks (tenant_id, id, batch_id, stage_id, template_id, worker_id) VALUES (?, ?, ?, ?, ?, shopfloor.current_app_user_id())",
                shop.tenantId(), id, batch, stage, template);
        return id;
    }

    private void complete(Connection c, UUID check) throws SQLException {
        run(c, "UPDATE shopfloor.quality_checks SET completed_at = now() WHERE id = ?", check);
    }

    private Connection asAdmin() throws SQLException {
        return as(shop.userId());
    }

    private Connection as(UUID user) throws SQLException {
        Connection c = db.app();
        MigratedDatabase.beginAs(c, shop.tenantId(), user);
        return c;
    }

    private static UUID uuid(Connection c, String sql) throws SQLException {
        return UUID.fromString(text(c, sql));
    }

    private static String text(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                query.setObject(i + 1, params[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getString(1);
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
