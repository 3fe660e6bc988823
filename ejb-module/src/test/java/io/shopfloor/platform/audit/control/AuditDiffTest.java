package io.shopfloor.platform.audit.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.shopfloor.platform.audit.entity.AuditChange;

class AuditDiffTest {

    private static final String CUSTOMER_A = UUID.randomUUID().toString();
    private static final String CUSTOMER_B = UUID.randomUUID().toString();
    private static final Lookups LOOKUPS = new Lookups(Map.of(CUSTOMER_A, "Acme Audio", CUSTOMER_B, "Globex Gear"),
            Map.of("orders", Map.of("finish", "Finish")));

    @Test
    void anUpdateShowsEachChangedFieldByLabelAndCustomFieldsOneByOne() {
        AuditRecord row = record("orders", "update",
                "{\"id\":\"1\",\"status\":\"pending\",\"due_date\":\"2026-12-01\",\"customer_id\":\"" + CUSTOMER_A + "\",\"version\":1,"
                        + "\"custom_fields\":{\"finish\":\"matte\",\"gone\":\"x\",\"same\":1}}",
                "{\"id\":\"1\",\"status\":\"on_hold\",\"due_date\":null,\"customer_id\":\"" + CUSTOMER_B + "\",\"version\":2,"
                        + "\"custom_fields\":{\"finish\":\"gloss\",\"same\":1}}",
                List.of("custom_fields", "customer_id", "due_date", "status"));

        List<AuditChange> cut = AuditDiff.changes(row, LOOKUPS);

        assertThat(english(cut)).containsExactly(
                change("customer_id", "Customer", "Acme Audio", "Globex Gear"),
                change("due_date", "Due date", "2026-12-01", ""),
                change("status", "Status", "pending", "on_hold"),
                change("custom_fields.finish", "Finish", "matte", "gloss"),
                change("custom_fields.gone", "gone", "x", ""));
    }

    @Test
    void theTrailShowsOnlyWhatTheReadersOwnPermissionsShow() {
        AuditRecord row = record("orders", "update",
                "{\"id\":\"1\",\"notes\":\"walnut\",\"internal_notes\":\"pays late\"}",
                "{\"id\":\"1\",\"notes\":\"cherry\",\"internal_notes\":\"pays on time\"}",
                List.of("internal_notes", "notes"));

        assertThat(english(AuditDiff.changes(row, LOOKUPS, new AuditReadAccess(List.of("audit:read", "orders:read")))))
                .as("internal notes need orders:internal").containsExactly(
                        change("internal_notes", "Internal notes", "(hidden)", "(hidden)"),
                        change("notes", "Notes", "walnut", "cherry"));
        assertThat(english(AuditDiff.changes(row, LOOKUPS, new AuditReadAccess(List.of("audit:read", "orders:*")))))
                .contains(change("internal_notes", "Internal notes", "pays late", "pays on time"));
        assertThat(english(AuditDiff.changes(row, LOOKUPS, new AuditReadAccess(List.of("audit:read")))))
                .as("no orders:read, no contents of orders").isEmpty();
    }

    @Test
    void anInsertShowsWhatWasSetWithoutBookkeeping() {
        AuditRecord row = record("customers", "insert", null,
                "{\"id\":\"1\",\"tenant_id\":\"t\",\"name\":\"Acme\",\"email\":null,\"created_at\":\"2026-11-21T10:00:00+00:00\",\"version\":0,"
                        + "\"custom_fields\":{}}",
                List.of("created_at", "custom_fields", "email", "id", "name", "tenant_id", "version"));

        assertThat(english(AuditDiff.changes(row, LOOKUPS))).containsExactly(change("name", "Name", "", "Acme"));
    }

    @Test
    void aDeleteShowsWhatWasThere() {
        AuditRecord row = record("role_permissions", "delete", "{\"id\":\"1\",\"permission\":\"orders:write\",\"role_id\":\"r\"}", null, List.of());

        assertThat(english(AuditDiff.changes(row, LOOKUPS))).containsExactly(
                change("permission", "Permission", "orders:write", ""),
                change("role_id", "Role", "r", ""));
    }

    @Test
    void aChangedSecretIsListedWithoutItsValue() {
        AuditRecord row = record("users", "update", "{\"password_hash\":\"[redacted]\",\"active\":true}",
                "{\"password_hash\":\"[redacted]\",\"active\":false}", List.of("active", "password_hash"));

        assertThat(english(AuditDiff.changes(row, LOOKUPS))).containsExactly(
                change("active", "Active", "yes", "no"),
                change("password_hash", "Password", "(not shown)", "(not shown)"));
    }

    @Test
    void aSecurityEventShowsItsDetailsInAFixedOrder() {
        AuditRecord row = new AuditRecord(1, Instant.now(), null, null, "security", "", "sign_in_failed", null, null,
                AuditQueries.json("{\"remote_address\":\"203.0.113.9\",\"reason\":\"inactive_user\",\"email\":\"ada@acme.example\"}"), null);

        assertThat(english(AuditDiff.changes(row, LOOKUPS))).containsExactly(
                change("email", "E-mail tried", "", "ada@acme.example"),
                change("reason", "Reason", "", "the user is deactivated"),
                change("remote_address", "Remote address", "", "203.0.113.9"));
    }

    static AuditRecord record(String entityType, String action, String oldJson, String newJson, List<String> changed) {
        return new AuditRecord(1, Instant.parse("2026-11-21T10:00:00Z"), null, null, entityType, "1", action,
                AuditQueries.json(oldJson), AuditQueries.json(newJson), null, changed);
    }

    /** A change as an English reader sees it: field, label, before, after. */
    private static List<String> change(String field, String label, String before, String after) {
        return List.of(field, label, before, after);
    }

    private static List<List<String>> english(List<AuditChange> changes) {
        return changes.stream().map(c -> change(c.field(), c.label().english(), c.before().english(), c.after().english())).toList();
    }
}
