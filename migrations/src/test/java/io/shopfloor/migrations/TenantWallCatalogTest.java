package io.shopfloor.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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

    @Test
    void everyTableHasRowLevelSecurityEnabledAndForced() throws SQLException {
        List<String> gaps = list("""
                SELECT c.relname
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'shopfloor' AND c.relkind IN ('r', 'p')
                  AND c.relname <> 'flyway_schema_history'
                  AND NOT (c.relrowsecurity AND c.relforcerowsecurity)
                ORDER BY 1""");
        assertThat(gaps).as("tables without RLS enabled and forced").isEmpty();
    }

    @Test
    void everyTenantTableHasANotNullTenantId() throws SQLException {
        List<String> gaps = list("""
                SELECT c.relname
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'shopfloor' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
                  AND c.relname NOT IN ('flyway_schema_history', 'tenants')
                  AND NOT EXISTS (SELECT 1 FROM pg_attribute a
                                  WHERE a.attrelid = c.oid AND a.attname = 'tenant_id'
                                    AND a.attnotnull AND a.atttypid = 'uuid'::regtype)
                ORDER BY 1""");
        assertThat(gaps).as("tables without tenant_id uuid NOT NULL").isEmpty();
    }

    @Test
    void everyCommandTheApplicationMayRunIsCoveredByAPolicy() throws SQLException {
        List<String> gaps = list("""
                SELECT c.relname || ' ' || cmd.name
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                CROSS JOIN (VALUES ('SELECT'), ('INSERT'), ('UPDATE'), ('DELETE')) AS cmd (name)
                WHERE n.nspname = 'shopfloor' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
                  AND has_table_privilege(current_user, c.oid, cmd.name)
                  AND NOT EXISTS (SELECT 1 FROM pg_policy p
                                  WHERE p.polrelid = c.oid
                                    AND p.polcmd IN ('*', CASE cmd.name WHEN 'SELECT' THEN 'r' WHEN 'INSERT' THEN 'a'
                                                                        WHEN 'UPDATE' THEN 'w' ELSE 'd' END)
                                    AND (0 = ANY (p.polroles) OR (SELECT oid FROM pg_roles WHERE rolname = current_user) = ANY (p.polroles)))
                ORDER BY 1""");
        assertThat(gaps).as("privileges of the application role that no policy governs").isEmpty();
    }

    @Test
    void writePoliciesCheckTheRowsTheyWrite() throws SQLException {
        List<String> gaps = list("""
                SELECT c.relname || ' ' || p.polname
                FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'shopfloor' AND p.polcmd IN ('a', 'w', '*') AND p.polwithcheck IS NULL
                ORDER BY 1""");
        assertThat(gaps).as("INSERT/UPDATE policies without WITH CHECK").isEmpty();
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
                .as("the SECURITY DEFINER functions: each one widens what the application can see")
                .containsExactly("audit_row_change", "find_password_link", "find_sign_in", "index_custom_fields", "installed_schema_version",
                        "record_permission_denial", "record_sign_in_failure", "use_api_token");
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

    @Test
    void everyForeignKeyIsServedByAnIndexLeadingWithItsColumns() throws SQLException {
        List<String> gaps = list("""
                SELECT con.conrelid::regclass || ' ' || con.conname
                FROM pg_constraint con JOIN pg_namespace n ON n.oid = con.connamespace
                WHERE n.nspname = 'shopfloor' AND con.contype = 'f'
                  AND NOT EXISTS (
                      SELECT 1 FROM pg_index i
                      WHERE i.indrelid = con.conrelid
                        AND (SELECT array_agg(k ORDER BY k) FROM unnest(con.conkey) AS k)
                            = (SELECT array_agg(k ORDER BY k) FROM unnest((i.indkey::int2[])[0:cardinality(con.conkey) - 1]) AS k))
                ORDER BY 1""");
        assertThat(gaps).as("foreign keys without an index").isEmpty();
    }

    @Test
    void tenantPoliciesCompareWithTheTenantOfTheTransaction() throws SQLException {
        List<String> gaps = list("""
                SELECT tablename || ' ' || policyname FROM pg_policies
                WHERE schemaname = 'shopfloor' AND 'public' = ANY (roles)
                  AND coalesce(qual, '') || coalesce(with_check, '') NOT LIKE '%current_tenant_id()%'
                ORDER BY 1""");
        assertThat(gaps).as("policies for every role that do not compare with the transaction's tenant").isEmpty();
    }

    private static List<String> list(String sql) throws SQLException {
        List<String> result = new ArrayList<>();
        try (Connection c = db.app(); PreparedStatement query = c.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                result.add(rows.getString(1));
            }
        }
        return result;
    }
}
