package io.shopfloor.migrations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/** One row in every tenant table for a fresh tenant, written as the application role. */
record TenantFixture(UUID tenantId, UUID userId, UUID customerId, UUID orderId, UUID productId, UUID optionId, UUID batchId) {

    static TenantFixture create(MigratedDatabase db, String slug) throws SQLException {
        UUID tenantId = db.createTenant(slug);
        UUID userId = UUID.randomUUID();
        UUID customerId = UUID.randomUUID();
        UUID orderId = UUID.randomUUID();
        UUID productId = UUID.randomUUID();
        UUID optionId = UUID.randomUUID();
        UUID batchId = UUID.randomUUID();
        try (Connection c = db.app()) {
            MigratedDatabase.beginAs(c, tenantId, userId);
            run(c, "INSERT INTO shopfloor.users (id, tenant_id, email, display_name, password_hash) VALUES (?, ?, ?, 'Ada Admin', 'x')",
                    userId, tenantId, "ada@" + slug + ".example");
            run(c, "INSERT INTO shopfloor.user_roles (tenant_id, user_id, role_id) SELECT ?, ?, id FROM shopfloor.roles WHERE name = 'admin'",
                    tenantId, userId);
            run(c, "INSERT INTO shopfloor.api_tokens (tenant_id, user_id, name, token_hash) VALUES (?, ?, 'ci', sha256(?::bytea))",
                    tenantId, userId, slug + UUID.randomUUID());
            run(c, "INSERT INTO shopfloor.password_links (tenant_id, user_id, token_hash, expires_at) VALUES (?, ?, sha256(?::bytea), now() + interval '72 hours')",
                    tenantId, userId, slug + UUID.randomUUID());
            run(c, "INSERT INTO shopfloor.custom_field_definitions (tenant_id, entity_type, field_key, label, field_type) VALUES (?, 'orders', 'finish', 'Finish', 'text')",
                    tenantId);
            run(c, "SELECT shopfloor.next_counter_value('orders')");
            run(c, "INSERT INTO shopfloor.customers (id, tenant_id, name, email) VALUES (?, ?, 'Acme Audio', 'buyer@acme.example')",
                    customerId, tenantId);
            run(c, "INSERT INTO shopfloor.products (id, tenant_id, name, sku_prefix, complexity, base_hours, base_price, custom_fields) VALUES (?, ?, 'Verite Closed', 'VC', 'high', 12.5, 2499.00, '{\"series\": \"reference\"}')",
                    productId, tenantId);
            run(c, "INSERT INTO shopfloor.product_options (id, tenant_id, product_id, name, position) VALUES (?, ?, ?, 'Sapele', 0)",
                    optionId, tenantId, productId);
            run(c, "INSERT INTO shopfloor.orders (id, tenant_id, order_number, customer_id, due_date, custom_fields, product_id, option_id, customizations, internal_notes)"
                    + " VALUES (?, ?, 'SO-000001', ?, current_date + 7, '{\"finish\": \"gloss\"}', ?, ?, '{\"engraving\": \"AB\"}', 'pays late')",
                    orderId, tenantId, customerId, productId, optionId);
            run(c, "INSERT INTO shopfloor.order_status_history (tenant_id, order_id, old_status, new_status, changed_by, cause) VALUES (?, ?, NULL, 'pending', ?, 'created')",
                    tenantId, orderId, userId);
            run(c, "INSERT INTO shopfloor.product_stage_estimates (tenant_id, product_id, stage_id, hours) SELECT ?, ?, id, 2.5 FROM shopfloor.production_stages WHERE name = 'Sanding'",
                    tenantId, productId);
            run(c, "INSERT INTO shopfloor.batches (id, tenant_id, batch_number, current_stage_id, created_by) SELECT ?, ?, shopfloor.next_batch_number(), id, ? FROM shopfloor.production_stages WHERE name = 'Intake'",
                    batchId, tenantId, userId);
            run(c, "INSERT INTO shopfloor.batch_orders (tenant_id, batch_id, order_id, added_by) VALUES (?, ?, ?, ?)",
                    tenantId, batchId, orderId, userId);
            run(c, "INSERT INTO shopfloor.order_status_history (tenant_id, order_id, old_status, new_status, changed_by, cause, batch_id)"
                    + " VALUES (?, ?, 'pending', 'in_production', ?, 'added_to_batch', ?)", tenantId, orderId, userId, batchId);
            // People: the user's profile and a skill at Intake, which the assignment there needs.
            run(c, "INSERT INTO shopfloor.worker_profiles (tenant_id, user_id, employee_number, department) VALUES (?, ?, 'E-001', 'Workshop')",
                    tenantId, userId);
            run(c, "INSERT INTO shopfloor.worker_skills (tenant_id, user_id, stage_id, level) SELECT ?, ?, id, 'expert' FROM shopfloor.production_stages WHERE name = 'Intake'",
                    tenantId, userId);
            UUID assignmentId = UUID.randomUUID();
            // Planned for next Monday: a working day of the default week, whatever day the tests run.
            run(c, "INSERT INTO shopfloor.stage_assignments (tenant_id, id, batch_id, stage_id, worker_id, opened_at, planned_on)"
                    + " SELECT ?, ?, ?, id, ?, now(), current_date + (8 - extract(isodow FROM current_date))::int FROM shopfloor.production_stages WHERE name = 'Intake'",
                    tenantId, assignmentId, batchId, userId);
            run(c, "INSERT INTO shopfloor.work_intervals (tenant_id, user_id, assignment_id, started_at, ended_at, end_reason, created_by)"
                    + " VALUES (?, ?, ?, now() - interval '2 hours', now() - interval '1 hour', 'break', ?)", tenantId, userId, assignmentId, userId);
            run(c, "INSERT INTO shopfloor.assignment_overrides (tenant_id, assignment_id, worker_id, day, rule, reason, granted_by)"
                    + " VALUES (?, ?, ?, current_date, 'capacity', 'Rush order for a trade fair', ?)", tenantId, assignmentId, userId, userId);
            run(c, "INSERT INTO shopfloor.organization_holidays (tenant_id, day, name) VALUES (?, DATE '2026-12-25', 'Christmas Day')", tenantId);
            run(c, "INSERT INTO shopfloor.availability_exceptions (tenant_id, user_id, day, kind, hours, requested_by) VALUES (?, ?, DATE '2026-12-24', 'half_day', 4, ?)",
                    tenantId, userId, userId);
            // Quality: a checklist of the batch's stage with one item, a completed check, a photo, an issue, an override.
            UUID templateId = UUID.randomUUID();
            UUID itemId = UUID.randomUUID();
            UUID checkId = UUID.randomUUID();
            UUID resultId = UUID.randomUUID();
            UUID fileId = UUID.randomUUID();
            run(c, "INSERT INTO shopfloor.checklist_templates (tenant_id, id, lineage_id, name, stage_id, created_by)"
                    + " SELECT ?, ?, ?, 'Intake check', id, ? FROM shopfloor.production_stages WHERE name = 'Intake'",
                    tenantId, templateId, templateId, userId);
            run(c, "INSERT INTO shopfloor.checklist_items (tenant_id, id, template_id, position, category, item_text) VALUES (?, ?, ?, 0, 'Wood', 'No cracks')",
                    tenantId, itemId, templateId);
            run(c, "UPDATE shopfloor.checklist_templates SET status = 'active', published_at = now() WHERE id = ?", templateId);
            run(c, "INSERT INTO shopfloor.quality_checks (tenant_id, id, batch_id, stage_id, template_id, worker_id)"
                    + " SELECT ?, ?, ?, id, ?, ? FROM shopfloor.production_stages WHERE name = 'Intake'", tenantId, checkId, batchId, templateId, userId);
            run(c, "INSERT INTO shopfloor.quality_check_results (tenant_id, id, check_id, item_id, passed) VALUES (?, ?, ?, ?, true)",
                    tenantId, resultId, checkId, itemId);
            run(c, "INSERT INTO shopfloor.files (tenant_id, id, entity_type, entity_id, name, content_type, size_bytes, sha256, uploaded_by)"
                    + " VALUES (?, ?, 'quality_check_results', ?, 'crack.png', 'image/png', 3, sha256('png'::bytea), ?)", tenantId, fileId, resultId, userId);
            run(c, "INSERT INTO shopfloor.file_contents (tenant_id, file_id, bytes) VALUES (?, ?, 'png'::bytea)", tenantId, fileId);
            run(c, "UPDATE shopfloor.quality_checks SET completed_at = now() WHERE id = ?", checkId);
            // Retired again: the fixture's other batches are not held at Intake by it.
            run(c, "UPDATE shopfloor.checklist_templates SET status = 'retired', retired_at = now() WHERE id = ?", templateId);
            run(c, "INSERT INTO shopfloor.issues (tenant_id, issue_number, batch_id, check_id, category_id, severity, title, reported_by)"
                    + " SELECT ?, 'Q-' || lpad(shopfloor.next_counter_value('issues')::text, 6, '0'), ?, ?, id, default_severity, 'Hairline crack', ? FROM shopfloor.issue_categories WHERE code = 'material'",
                    tenantId, batchId, checkId, userId);
            run(c, "INSERT INTO shopfloor.quality_gate_overrides (tenant_id, batch_id, stage_id, reason, granted_by)"
                    + " SELECT ?, ?, id, 'Customer accepted the grain', ? FROM shopfloor.production_stages WHERE name = 'Intake'", tenantId, batchId, userId);
            // The work at Intake completed: its results are recorded.
            run(c, "UPDATE shopfloor.stage_assignments SET completed_at = now(), completed_by = ? WHERE id = ?", userId, assignmentId);
            run(c, "INSERT INTO shopfloor.jobs (tenant_id, kind, requested_by, run_after) VALUES (?, 'fixture.noop', ?, now() + interval '10 years')",
                    tenantId, userId);
            c.commit();
        }
        return new TenantFixture(tenantId, userId, customerId, orderId, productId, optionId, batchId);
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
