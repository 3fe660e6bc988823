package io.shopfloor.platform.audit.control;

import static io.shopfloor.platform.audit.control.AuditDiffTest.record;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AuditDescriptionsTest {

    private static final String ROLE = "6a1f0d0e-58b1-4bb1-9b3c-1f9f0b8e2a10";
    private static final String USER = "0b7e5c1a-2d4f-4e6a-8b9c-3d2e1f0a9b87";
    private static final Lookups LOOKUPS = new Lookups(Map.of(ROLE, "manager", USER, "Ada Admin"),
            Map.of("orders", Map.of("finish", "Finish")));

    @Test
    void permissionsGrantedAndRevokedNameTheRole() {
        assertThat(AuditDescriptions.describe(record("role_permissions", "insert", null,
                "{\"permission\":\"orders:write\",\"role_id\":\"" + ROLE + "\"}", List.of()), LOOKUPS).english())
                .isEqualTo("Permission orders:write granted to role manager");
        assertThat(AuditDescriptions.describe(record("role_permissions", "delete",
                "{\"permission\":\"orders:write\",\"role_id\":\"" + ROLE + "\"}", null, List.of()), LOOKUPS).english())
                .isEqualTo("Permission orders:write revoked from role manager");
    }

    @Test
    void roleAssignmentsNameRoleAndUserAndFallBackToIds() {
        assertThat(AuditDescriptions.describe(record("user_roles", "insert", null,
                "{\"role_id\":\"" + ROLE + "\",\"user_id\":\"" + USER + "\"}", List.of()), LOOKUPS).english())
                .isEqualTo("Role manager given to Ada Admin");
        assertThat(AuditDescriptions.describe(record("user_roles", "delete",
                "{\"role_id\":\"gone\",\"user_id\":\"" + USER + "\"}", null, List.of()), LOOKUPS).english())
                .isEqualTo("Role gone taken from Ada Admin");
    }

    @Test
    void anOrderUpdateListsTheChangedFieldsByLabel() {
        assertThat(AuditDescriptions.describe(record("orders", "update",
                "{\"order_number\":\"SO-000012\",\"status\":\"pending\",\"custom_fields\":{}}",
                "{\"order_number\":\"SO-000012\",\"status\":\"on_hold\",\"custom_fields\":{\"finish\":\"gloss\"}}",
                List.of("custom_fields", "status")), LOOKUPS).english())
                .isEqualTo("Order SO-000012 changed: Status, Finish");
    }

    @Test
    void anOrdersStatusChangeSaysWhyInTheReadersLanguage() {
        String batch = "5d3c2b1a-0f9e-4d8c-b7a6-958473625140";
        String order = "7c6b5a49-3827-4161-a5f4-e3d2c1b0a998";
        Lookups lookups = new Lookups(Map.of(batch, "B20261202-001", order, "SO-000042"), Map.of());
        AuditRecord completed = record("order_status_history", "insert", null, "{\"order_id\":\"" + order + "\",\"old_status\":\"in_production\","
                + "\"new_status\":\"completed\",\"cause\":\"batch_completed\",\"batch_id\":\"" + batch + "\",\"reason\":null}", List.of());
        assertThat(AuditDescriptions.describe(completed, lookups).english())
                .isEqualTo("Order SO-000042: status In production → Completed (Batch B20261202-001 completed)");
        assertThat(AuditDescriptions.describe(completed, lookups).in(java.util.Locale.forLanguageTag("vi")))
                .isEqualTo("Đơn hàng SO-000042: trạng thái Đang sản xuất → Hoàn thành (Lô B20261202-001 đã hoàn thành)");
        AuditRecord held = record("order_status_history", "insert", null, "{\"order_id\":\"" + order + "\",\"old_status\":\"pending\","
                + "\"new_status\":\"on_hold\",\"cause\":\"changed\",\"reason\":\"Waiting for walnut\"}", List.of());
        assertThat(AuditDescriptions.describe(held, lookups).english())
                .isEqualTo("Order SO-000042: status Pending → On hold (Waiting for walnut)");
    }

    @Test
    void deactivatingAUserSaysSo() {
        assertThat(AuditDescriptions.describe(record("users", "update",
                "{\"display_name\":\"Nora\",\"email\":\"nora@acme.example\",\"status\":\"active\"}",
                "{\"display_name\":\"Nora\",\"email\":\"nora@acme.example\",\"status\":\"inactive\"}",
                List.of("status")), LOOKUPS).english())
                .isEqualTo("User Nora (nora@acme.example) deactivated");
    }

    @Test
    void securityEventsSayWhatWasTriedAndWhy() {
        assertThat(AuditDescriptions.describe(new AuditRecord(1, Instant.now(), null, null, "security", "", "sign_in_failed",
                null, null, AuditQueries.json("{\"email\":\"eve@acme.example\",\"reason\":\"unknown_user\"}"), null), LOOKUPS).english())
                .isEqualTo("Failed sign-in as eve@acme.example: no user with this e-mail");
        assertThat(AuditDescriptions.describe(new AuditRecord(1, Instant.now(), null, null, "security", USER, "permission_denied",
                null, null, AuditQueries.json("{\"permission\":\"customers:write\",\"method\":\"Customers.create\"}"), null), LOOKUPS).english())
                .isEqualTo("Refused Customers.create: needs the permission customers:write");
    }

    @Test
    void anUnknownKindOfRecordIsStillDescribed() {
        assertThat(AuditDescriptions.describe(record("machines", "insert", null, "{\"name\":\"Lathe\"}", List.of()), LOOKUPS).english())
                .isNotBlank();
    }
}
