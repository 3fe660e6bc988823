package io.shopfloor.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The catalog gate: reads PostgreSQL's catalog, connected as the application role, and fails for
 * any gap in the tenant wall, whatever migration introduced it.
 */
class TenantWallCatalogTest {

    private static MigratedDatabase db;

    @BeforeAll
    static void migrate() {
        db = MigratedDatabase.get();
    }

    @TestFactory
    Stream<DynamicTest> everyRuleOfTheWallHolds() {
        return TenantWallCatalog.RULES.keySet().stream().map(rule -> dynamicTest(rule, () -> {
            try (Connection c = db.app()) {
                assertThat(TenantWallCatalog.gaps(c, rule)).as(rule).isEmpty();
            }
        }));
    }

    @Test
    void partitionsAndMigrationHistoryAreNotReachableDirectly() throws SQLException {
        List<String> reachable = list("""
                SELECT c.relname
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'shopfloor' AND c.relkind IN ('r', 'p')
                  AND (c.relispartition OR c.relname = 'flyway_schema_history')
                  AND (has_table_privilege(current_user, c.oid, 'SELECT') OR has_table_privilege(current_user, c.oid, 'INSERT')
                       OR has_table_privilege(current_user, c.oid, 'UPDATE') OR has_table_privilege(current_user, c.oid, 'DELETE'))
                ORDER BY 1""");
        assertThat(reachable).as("partitions or migration history the application role can touch").isEmpty();
        assertThat(list("""
                SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'shopfloor' AND c.relispartition AND c.relname LIKE 'audit_log_y%'""")).hasSizeGreaterThan(12);
    }

    @Test
    void theApplicationRoleIsPlainAndOwnsNothing() throws SQLException {
        try (Connection c = db.app(); PreparedStatement query = c.prepareStatement(
                "SELECT rolsuper, rolbypassrls, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = current_user");
             ResultSet role = query.executeQuery()) {
            assertThat(role.next()).isTrue();
            assertThat(role.getBoolean("rolsuper")).as("superuser").isFalse();
            assertThat(role.getBoolean("rolbypassrls")).as("bypassrls").isFalse();
            assertThat(role.getBoolean("rolcreaterole")).as("createrole").isFalse();
            assertThat(role.getBoolean("rolcreatedb")).as("createdb").isFalse();
        }
        List<String> owned = list("""
                SELECT 'relation ' || relname FROM pg_class WHERE relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)
                UNION ALL SELECT 'function ' || proname FROM pg_proc WHERE proowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)
                UNION ALL SELECT 'schema ' || nspname FROM pg_namespace WHERE nspowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)
                UNION ALL SELECT 'type ' || typname FROM pg_type WHERE typowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)
                UNION ALL SELECT 'database ' || datname FROM pg_database WHERE datdba = (SELECT oid FROM pg_roles WHERE rolname = current_user)""");
        assertThat(owned).as("objects owned by the application role").isEmpty();
        assertThat(list("""
                SELECT r.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid
                WHERE m.member = (SELECT oid FROM pg_roles WHERE rolname = current_user)""")).as("roles the application role is a member of").isEmpty();
    }

    @Test
    void viewsRunWithTheCallersRights() throws SQLException {
        List<String> gaps = list("""
                SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'shopfloor' AND c.relkind IN ('v', 'm')
                  AND NOT coalesce(c.reloptions && ARRAY['security_invoker=true', 'security_invoker=on', 'security_invoker=1'], false)
                ORDER BY 1""");
        assertThat(gaps).as("views without security_invoker (materialized views cannot have it: keep them out of reach)").isEmpty();
    }

    @Test
    void securityDefinerFunctionsPinTheirSearchPath() throws SQLException {
        List<String> gaps = list("""
                SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                WHERE n.nspname = 'shopfloor' AND p.prosecdef
                  AND NOT EXISTS (SELECT 1 FROM unnest(coalesce(p.proconfig, ARRAY[]::text[])) AS setting
                                  WHERE setting LIKE 'search_path=%')
                ORDER BY 1""");
        assertThat(gaps).as("SECURITY DEFINER functions without a pinned search_path").isEmpty();
        assertThat(list("""
                SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                WHERE n.nspname = 'shopfloor' AND p.prosecdef ORDER BY 1"""))
                .as("the SECURITY DEFINER functions: each one widens what the application can see or write")
                .containsExactly("audit_row_change", "claim_installation_job", "claim_jobs", "end_time_on_completed_work", "find_password_link", "find_sign_in",
                        "finish_installation_job", "index_custom_fields", "installed_schema_version", "maintain_audit_partitions",
                        "own_password_hash", "record_check_products", "record_permission_denial", "record_results_of_checks", "record_results_of_time",
                        "record_results_of_work", "record_sign_in_failure", "record_sign_in_outcome", "sign_in_wait",
                        "use_api_token");
    }

    @Test
    void securityDefinerFunctionsAreTheOwnersAndNotExecutableByEveryone() throws SQLException {
        List<String> gaps = list("""
                SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                WHERE n.nspname = 'shopfloor' AND p.prosecdef
                  AND (p.proowner <> (SELECT nspowner FROM pg_namespace WHERE nspname = 'shopfloor')
                       OR has_function_privilege('public', p.oid, 'EXECUTE'))
                ORDER BY 1""");
        assertThat(gaps).as("SECURITY DEFINER functions not owned by the schema owner, or executable by PUBLIC").isEmpty();
    }



    private static List<String> list(String sql) throws SQLException {
        try (Connection c = db.app()) {
            return TenantWallCatalog.list(c, sql);
        }
    }
}
