package io.shopfloor.migrations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Attacks on one tenant table, each run inside a savepoint of one superuser transaction that
 * switches to the role under attack ({@code SET LOCAL ROLE}): so the same probes judge the real
 * schema ({@link TenantIsolationTest}) and a weakened one in a transaction that is rolled back
 * ({@link TenantWallMutationTest}). Tenant A owns rows in every table; tenant B (as its
 * administrator, who may change orders) and a transaction with no tenant attack them.
 *
 * <p>Each layer must hold on its own. Probes marked "policy alone" run with every trigger off
 * ({@code session_replication_role = replica}: foreign keys, guards and the tenant_id trigger
 * too), so only row level security and grants can refuse; the others face the whole schema.
 */
final class TenantWallProbes {

    static final String INSUFFICIENT_PRIVILEGE = "42501";

    /** A probe's verdict: empty when the wall held, else what got through. */
    @FunctionalInterface
    interface Probe {
        Optional<String> run() throws SQLException;
    }

    private final Connection c;
    private final TenantFixture a;
    private final TenantFixture b;

    /** @param superuser a superuser connection with autocommit off, inside the transaction to probe */
    TenantWallProbes(Connection superuser, TenantFixture a, TenantFixture b) {
        this.c = superuser;
        this.a = a;
        this.b = b;
    }

    /** Every tenant table of the schema, by name. */
    static List<String> tenantTables(Connection c) throws SQLException {
        return TenantWallCatalog.list(c, "SELECT c.relname FROM pg_class c WHERE c.oid IN (" + TenantWallCatalog.TENANT_TABLES + ") ORDER BY 1");
    }

    /** What the probes of one table assert, in order. */
    static List<String> names(String table) {
        return List.copyOf(new TenantWallProbes(null, null, null).probes(table).keySet());
    }

    /** The probes of one table, by what each asserts. */
    Map<String, Probe> probes(String table) {
        String col = tenantColumn(table);
        Map<String, Probe> probes = new LinkedHashMap<>();
        probes.put("the owning tenant sees its rows", () -> {
            long n = as(MigratedDatabase.APP, a.tenantId(), a.userId(), false, () -> countOfA(table, col));
            return n > 0 ? Optional.empty() : Optional.of("tenant A sees none of its own rows");
        });
        for (boolean another : new boolean[] {true, false}) {
            String who = another ? "another tenant" : "no tenant";
            probes.put(who + " sees nothing of A", () -> {
                long n = as(MigratedDatabase.APP, attackerTenant(another), attackerUser(another), false, () -> countOfA(table, col));
                return n == 0 ? Optional.empty() : Optional.of(who + " sees " + n + " rows of A");
            });
            probes.put(who + " updates nothing of A", () -> as(MigratedDatabase.APP, attackerTenant(another), attackerUser(another), false,
                    () -> touchesNone("UPDATE shopfloor." + table + " SET " + col + " = " + col + " WHERE " + col + " = ?")));
            probes.put(who + " deletes nothing of A", () -> as(MigratedDatabase.APP, attackerTenant(another), attackerUser(another), false,
                    () -> touchesNone("DELETE FROM shopfloor." + table + " WHERE " + col + " = ?")));
            probes.put(who + " cannot insert a row for A (policy alone)", () -> as(MigratedDatabase.APP, attackerTenant(another), attackerUser(another), true,
                    () -> insertForARefused(table)));
            probes.put(who + " reaches only its own rows with an update that reads nothing (policy alone)", () -> as(MigratedDatabase.APP, attackerTenant(another), attackerUser(another), true,
                    () -> blindWriteReachesOwnRowsOnly(table, blindUpdate(table))));
            probes.put(who + " reaches only its own rows with a delete that reads nothing (policy alone)", () -> as(MigratedDatabase.APP, attackerTenant(another), attackerUser(another), true,
                    () -> blindWriteReachesOwnRowsOnly(table, "DELETE FROM shopfloor." + table)));
        }
        if (!table.equals("tenants")) {
            probes.put("another tenant cannot move its own rows into A", () -> as(MigratedDatabase.APP, b.tenantId(), b.userId(), false,
                    () -> moveRefused(table, true)));
            probes.put("another tenant cannot move its own rows into A (policy alone)", () -> as(MigratedDatabase.APP, b.tenantId(), b.userId(), true,
                    () -> moveRefused(table, false)));
        }
        probes.put("the owner, bound to another tenant, cannot move its rows out of it", () -> as(MigratedDatabase.OWNER, b.tenantId(), b.userId(), false,
                () -> moveRefused(table, !table.equals("tenants"))));
        probes.put("the owner, bound to another tenant, cannot move its rows out of it (policy alone)", () -> as(MigratedDatabase.OWNER, b.tenantId(), b.userId(), true,
                () -> moveRefused(table, false)));
        probes.put("the owner, bound to another tenant, cannot insert a row for A (policy alone)", () -> as(MigratedDatabase.OWNER, b.tenantId(), b.userId(), true,
                () -> insertForARefused(table)));
        return probes;
    }

    /** What got through on one table: every probe that failed, as "probe: what happened". */
    List<String> failures(String table) throws SQLException {
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, Probe> probe : probes(table).entrySet()) {
            probe.getValue().run().ifPresent(what -> failures.add(table + ": " + probe.getKey() + ": " + what));
        }
        return failures;
    }

    private UUID attackerTenant(boolean another) {
        return another ? b.tenantId() : null;
    }

    private UUID attackerUser(boolean another) {
        return another ? b.userId() : null;
    }

    private static String tenantColumn(String table) {
        return table.equals("tenants") ? "id" : "tenant_id";
    }

    @FunctionalInterface
    private interface Body<T> {
        T run() throws SQLException;
    }

    /** Runs {@code body} as {@code role} bound to the tenant and user, in a savepoint that is rolled back afterwards. */
    private <T> T as(String role, UUID tenant, UUID user, boolean triggersOff, Body<T> body) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SAVEPOINT probe");
            try {
                if (triggersOff) {
                    s.execute("SET LOCAL session_replication_role = replica");
                }
                s.execute("SET LOCAL ROLE " + role);
                try (PreparedStatement bind = c.prepareStatement(
                        "SELECT set_config('app.tenant_id', ?, true), set_config('app.user_id', ?, true)")) {
                    bind.setString(1, tenant == null ? "" : tenant.toString());
                    bind.setString(2, user == null ? "" : user.toString());
                    bind.execute();
                }
                return body.run();
            } finally {
                s.execute("ROLLBACK TO SAVEPOINT probe");
                s.execute("RELEASE SAVEPOINT probe");
            }
        }
    }

    private long countOfA(String table, String col) throws SQLException {
        return MigratedDatabase.count(c, "SELECT count(*) FROM shopfloor." + table + " WHERE " + col + " = ?", a.tenantId());
    }

    /** The statement (one parameter: A's tenant) is refused or touches no row. */
    private Optional<String> touchesNone(String sql) throws SQLException {
        return inner(() -> {
            try (PreparedStatement statement = c.prepareStatement(sql)) {
                statement.setObject(1, a.tenantId());
                int n = statement.executeUpdate();
                return n == 0 ? Optional.empty() : Optional.of("touched " + n + " rows of A");
            }
        });
    }

    /** Copies one of A's rows (read as the superuser), gives it a new id, and inserts it as the current role. */
    private Optional<String> insertForARefused(String table) throws SQLException {
        String row = rowOfA(table);
        if (row == null) {
            return Optional.of("tenant A has no row to copy");
        }
        // A fresh id (where the key is a uuid) and slug, so only the tenant wall can refuse it.
        String sql = "INSERT INTO shopfloor." + table + " SELECT * FROM jsonb_populate_record(NULL::shopfloor." + table + ","
                + " CASE WHEN jsonb_typeof(?::jsonb -> 'id') = 'string'"
                + "      THEN jsonb_set(?::jsonb, '{id}', to_jsonb(gen_random_uuid()::text)) ELSE ?::jsonb END"
                + (table.equals("tenants") ? " || jsonb_build_object('slug', 'x' || substr(md5(random()::text), 1, 10))" : "") + ")";
        return inner(() -> {
            try (PreparedStatement insert = c.prepareStatement(sql)) {
                for (int i = 1; i <= 3; i++) {
                    insert.setString(i, row);
                }
                insert.executeUpdate();
                return Optional.of("inserted a row for A");
            }
        });
    }

    /**
     * An UPDATE or DELETE with no WHERE and nothing read: only the command's own policy (not the
     * SELECT policy) decides which rows it reaches, and it must reach exactly those the current
     * tenant sees of its own.
     */
    private Optional<String> blindWriteReachesOwnRowsOnly(String table, String sql) throws SQLException {
        if (sql == null) {
            return Optional.empty();
        }
        long own = MigratedDatabase.count(c, "SELECT count(*) FROM shopfloor." + table);
        return inner(() -> {
            try (Statement statement = c.createStatement()) {
                int n = statement.executeUpdate(sql);
                return n <= own ? Optional.empty() : Optional.of("reached " + n + " rows where its own are " + own);
            } catch (SQLException refused) {
                // The command's policy let it reach rows that its WITH CHECK then refused: rows of another organization.
                if (String.valueOf(refused.getMessage()).contains("row-level security")) {
                    return Optional.of("reached rows it then had to refuse: " + refused.getMessage());
                }
                throw refused;
            }
        });
    }

    /**
     * Sets a column the current role may update to its default (or, for a NOT NULL column without
     * one, a number to 0 or a flag to false): a write that reads no column. Null if there is none.
     */
    private String blindUpdate(String table) throws SQLException {
        List<String> assignments = TenantWallCatalog.list(c, """
                SELECT a.attname || ' = ' || CASE WHEN a.atthasdef OR NOT a.attnotnull THEN 'DEFAULT'
                                                  WHEN a.atttypid = 'boolean'::regtype THEN 'false' ELSE '0' END
                FROM pg_attribute a
                WHERE a.attrelid = 'shopfloor.%s'::regclass AND a.attnum > 0 AND NOT a.attisdropped
                  AND a.attname NOT IN ('id', 'tenant_id') AND a.attgenerated = ''
                  AND has_column_privilege(current_user, a.attrelid, a.attnum, 'UPDATE')
                  AND (a.atthasdef OR NOT a.attnotnull
                       OR a.atttypid IN ('smallint'::regtype, 'integer'::regtype, 'bigint'::regtype, 'numeric'::regtype, 'boolean'::regtype))
                ORDER BY a.atthasdef OR NOT a.attnotnull DESC, a.attname IN ('version', 'updated_at', 'created_at') DESC, a.attnum""".formatted(table));
        return assignments.isEmpty() ? null : "UPDATE shopfloor." + table + " SET " + assignments.get(0);
    }

    /**
     * B moves its own rows into A (the tenants table: its own row to a new id) with an UPDATE that
     * reads no column, so the UPDATE policy's WITH CHECK alone judges the new rows. With
     * {@code byTrigger}, the tenant_id trigger (or a missing grant) must be what refuses it.
     */
    private Optional<String> moveRefused(String table, boolean byTrigger) throws SQLException {
        long own = MigratedDatabase.count(c, "SELECT count(*) FROM shopfloor." + table + " WHERE " + tenantColumn(table) + " = ?", b.tenantId());
        if (own == 0) {
            return Optional.of("tenant B has no row to move");
        }
        Object target = table.equals("tenants") ? UUID.randomUUID() : a.tenantId();
        return inner(() -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE shopfloor." + table + " SET " + tenantColumn(table) + " = ?")) {
                update.setObject(1, target);
                int n = update.executeUpdate();
                return n == 0 ? Optional.empty() : Optional.of("moved " + n + " rows");
            } catch (SQLException refused) {
                if (byTrigger && INSUFFICIENT_PRIVILEGE.equals(refused.getSQLState())
                        && String.valueOf(refused.getMessage()).contains("row-level security")) {
                    return Optional.of("only the policy refused it: tenant_id is not immutable");
                }
                throw refused;
            }
        });
    }

    /** Runs a write that the wall should refuse or limit; a refusal (42501) is a pass, any other error a failure. */
    private Optional<String> inner(Body<Optional<String>> attempt) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SAVEPOINT attempt");
            try {
                return attempt.run();
            } catch (SQLException refused) {
                return INSUFFICIENT_PRIVILEGE.equals(refused.getSQLState())
                        ? Optional.empty()
                        : Optional.of("failed for another reason: " + refused.getMessage());
            } finally {
                s.execute("ROLLBACK TO SAVEPOINT attempt");
            }
        }
    }

    private String rowOfA(String table) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SAVEPOINT copy");
            try {
                s.execute("RESET ROLE");
                try (PreparedStatement query = c.prepareStatement("SELECT to_jsonb(t) FROM shopfloor." + table + " t WHERE "
                        + tenantColumn(table) + " = ? LIMIT 1")) {
                    query.setObject(1, a.tenantId());
                    try (ResultSet rows = query.executeQuery()) {
                        return rows.next() ? rows.getString(1) : null;
                    }
                }
            } finally {
                s.execute("ROLLBACK TO SAVEPOINT copy");
            }
        }
    }
}
