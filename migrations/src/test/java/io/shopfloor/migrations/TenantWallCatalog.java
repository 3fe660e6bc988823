package io.shopfloor.migrations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalog rules of the tenant wall, each a query that lists its gaps (none: the rule holds).
 * Run as the application role ({@code current_user} is the role whose privileges are judged), by
 * {@link TenantWallCatalogTest} and, inside each weakened schema, by {@link TenantWallMutationTest}.
 */
final class TenantWallCatalog {

    /**
     * Tenant tables: the tenants table and every table with a tenant_id, partitions counted with
     * their parent. Tables without one hold no organization's data (the migration history, the
     * sign-in throttle) and must be out of the application role's reach.
     */
    static final String TENANT_TABLES = """
            SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'shopfloor' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
              AND c.relname <> 'flyway_schema_history'
              AND (c.relname = 'tenants' OR EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id'))""";

    /** Rule name to the query listing its gaps. */
    static final Map<String, String> RULES = new LinkedHashMap<>();

    static {
        RULES.put("tables without RLS enabled and forced", """
                SELECT c.relname
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'shopfloor' AND c.relkind IN ('r', 'p')
                  AND c.relname <> 'flyway_schema_history'
                  AND NOT (c.relrowsecurity AND c.relforcerowsecurity)
                ORDER BY 1""");
        RULES.put("tables the application role reaches without a tenant_id uuid NOT NULL", """
                SELECT c.relname
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'shopfloor' AND c.relkind IN ('r', 'p') AND NOT c.relispartition AND c.relname <> 'tenants'
                  AND (has_any_column_privilege(current_user, c.oid, 'SELECT') OR has_any_column_privilege(current_user, c.oid, 'INSERT')
                       OR has_any_column_privilege(current_user, c.oid, 'UPDATE') OR has_table_privilege(current_user, c.oid, 'DELETE')
                       OR has_table_privilege(current_user, c.oid, 'TRUNCATE'))
                  AND NOT EXISTS (SELECT 1 FROM pg_attribute a
                                  WHERE a.attrelid = c.oid AND a.attname = 'tenant_id'
                                    AND a.attnotnull AND a.atttypid = 'uuid'::regtype)
                ORDER BY 1""");
        // Column privileges count: a table whose secret column is withheld is still read and written.
        RULES.put("privileges of the application role that no policy governs", """
                SELECT c.relname || ' ' || cmd.name
                FROM pg_class c
                CROSS JOIN (VALUES ('SELECT'), ('INSERT'), ('UPDATE'), ('DELETE')) AS cmd (name)
                WHERE c.oid IN (%s)
                  AND (CASE WHEN cmd.name = 'DELETE' THEN has_table_privilege(current_user, c.oid, cmd.name)
                            ELSE has_any_column_privilege(current_user, c.oid, cmd.name) END)
                  AND NOT EXISTS (SELECT 1 FROM pg_policy p
                                  WHERE p.polrelid = c.oid
                                    AND p.polcmd IN ('*', CASE cmd.name WHEN 'SELECT' THEN 'r' WHEN 'INSERT' THEN 'a'
                                                                        WHEN 'UPDATE' THEN 'w' ELSE 'd' END)
                                    AND (0 = ANY (p.polroles) OR (SELECT oid FROM pg_roles WHERE rolname = current_user) = ANY (p.polroles)))
                ORDER BY 1""".formatted(TENANT_TABLES));
        RULES.put("INSERT/UPDATE policies without WITH CHECK", """
                SELECT c.relname || ' ' || p.polname
                FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'shopfloor' AND p.polcmd IN ('a', 'w', '*') AND p.polwithcheck IS NULL
                ORDER BY 1""");
        RULES.put("policies for every role that do not compare with the transaction's tenant", """
                SELECT tablename || ' ' || policyname FROM pg_policies
                WHERE schemaname = 'shopfloor' AND 'public' = ANY (roles)
                  AND coalesce(qual, '') || coalesce(with_check, '') NOT LIKE '%current_tenant_id()%'
                ORDER BY 1""");
        RULES.put("primary keys and unique constraints or indexes without tenant_id", """
                SELECT c.relname || ' ' || i.indexrelid::regclass
                FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid
                WHERE c.oid IN (%s) AND c.relname <> 'tenants'
                  AND (i.indisunique OR i.indisprimary)
                  AND NOT (SELECT a.attnum FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id') = ANY (i.indkey::int2[])
                ORDER BY 1""".formatted(TENANT_TABLES));
        // Between tenant tables a key pairs tenant_id with tenant_id; to the tenants table it is tenant_id alone.
        RULES.put("foreign keys between tenant tables that do not carry the tenant", """
                SELECT con.conrelid::regclass || ' ' || con.conname
                FROM pg_constraint con
                WHERE con.contype = 'f' AND con.conrelid IN (%s)
                  AND NOT CASE WHEN con.confrelid = 'shopfloor.tenants'::regclass
                          THEN con.conkey = ARRAY[(SELECT a.attnum FROM pg_attribute a WHERE a.attrelid = con.conrelid AND a.attname = 'tenant_id')]
                          ELSE EXISTS (SELECT 1 FROM unnest(con.conkey, con.confkey) AS k (own, referenced)
                                       WHERE k.own = (SELECT a.attnum FROM pg_attribute a WHERE a.attrelid = con.conrelid AND a.attname = 'tenant_id')
                                         AND k.referenced = (SELECT a.attnum FROM pg_attribute a WHERE a.attrelid = con.confrelid AND a.attname = 'tenant_id'))
                          END
                ORDER BY 1""".formatted(TENANT_TABLES));
        RULES.put("tenant tables whose tenant_id may change (no keep_tenant_id trigger)", """
                SELECT c.relname FROM pg_class c
                WHERE c.oid IN (%s) AND c.relname <> 'tenants'
                  AND NOT EXISTS (SELECT 1 FROM pg_trigger t
                                  WHERE t.tgrelid = c.oid AND t.tgenabled <> 'D'
                                    AND t.tgfoid = to_regprocedure('shopfloor.keep_tenant_id()')
                                    AND t.tgtype & 2 = 2 AND t.tgtype & 16 = 16)
                ORDER BY 1""".formatted(TENANT_TABLES));
        RULES.put("password or token hashes the application role can read", """
                SELECT c.relname || '.' || a.attname
                FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'shopfloor' AND c.relkind IN ('r', 'p', 'v') AND a.attnum > 0 AND NOT a.attisdropped
                  AND (a.attname LIKE '%hash%' OR a.attname LIKE '%secret%')
                  AND has_column_privilege(current_user, c.oid, a.attnum, 'SELECT')
                ORDER BY 1""");
        RULES.put("foreign keys without an index", """
                SELECT con.conrelid::regclass || ' ' || con.conname
                FROM pg_constraint con JOIN pg_namespace n ON n.oid = con.connamespace
                WHERE n.nspname = 'shopfloor' AND con.contype = 'f'
                  AND NOT EXISTS (
                      SELECT 1 FROM pg_index i
                      WHERE i.indrelid = con.conrelid
                        AND (SELECT array_agg(k ORDER BY k) FROM unnest(con.conkey) AS k)
                            = (SELECT array_agg(k ORDER BY k) FROM unnest((i.indkey::int2[])[0:cardinality(con.conkey) - 1]) AS k))
                ORDER BY 1""");
    }

    private TenantWallCatalog() {
    }

    /** The gaps of one rule, read on {@code c} as whatever role it runs as now. */
    static List<String> gaps(Connection c, String rule) throws SQLException {
        return list(c, RULES.get(rule));
    }

    /** Every rule's gaps, each prefixed with its rule. */
    static List<String> allGaps(Connection c) throws SQLException {
        List<String> gaps = new ArrayList<>();
        for (Map.Entry<String, String> rule : RULES.entrySet()) {
            for (String gap : list(c, rule.getValue())) {
                gaps.add(rule.getKey() + ": " + gap);
            }
        }
        return gaps;
    }

    static List<String> list(Connection c, String sql) throws SQLException {
        List<String> result = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                result.add(rows.getString(1));
            }
        }
        return result;
    }
}
