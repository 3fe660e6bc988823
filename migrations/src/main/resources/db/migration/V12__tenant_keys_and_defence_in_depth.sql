-- Defence in depth for the tenant wall.
--
-- 1. Keys carry the tenant: every primary key and unique constraint of a tenant table includes
--    tenant_id, and every foreign key between tenant tables carries it. A unique check or a key
--    look-up then never reaches into another organization's rows (no existence oracle), and the
--    schema can later be distributed by tenant without a rewrite.
-- 2. tenant_id never changes: a row stays in the organization that wrote it, whatever a policy's
--    WITH CHECK says (each layer holds on its own; the database tests check both).
-- 3. Secrets are not readable: the application role reads users.password_hash and the token
--    hashes only through narrow SECURITY DEFINER functions.
-- 4. The seed's "only managers modify orders" guard applies to every role but the schema owner,
--    not to one role name: a login role that is a member of the application role is guarded too.
-- 5. The runtime role cannot create organizations: operators provision them with an owner
--    function (launcher's CreateOrganization).

-- ---------------------------------------------------------------------------------------------
-- 1. Primary keys (tenant_id, id). Foreign keys that pointed at the old UNIQUE (tenant_id, id)
--    are recreated on the new primary key, under the same names.
-- ---------------------------------------------------------------------------------------------
DO $$
DECLARE
    t record;
    old_unique name;
    fk record;
    fks text[][];
BEGIN
    FOR t IN
        SELECT c.oid, c.relname, con.conname AS pkey
        FROM pg_class c
        JOIN pg_namespace n ON n.oid = c.relnamespace
        JOIN pg_constraint con ON con.conrelid = c.oid AND con.contype = 'p'
        WHERE n.nspname = 'shopfloor' AND c.relkind = 'r' AND c.relname <> 'tenants'
          AND con.conkey = ARRAY[(SELECT a.attnum FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'id')]
          AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id')
        ORDER BY c.relname
    LOOP
        SELECT con.conname INTO old_unique
        FROM pg_constraint con
        WHERE con.conrelid = t.oid AND con.contype = 'u'
          AND (SELECT array_agg(a.attname::text ORDER BY k.ord)
               FROM unnest(con.conkey) WITH ORDINALITY AS k (attnum, ord)
               JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum) = ARRAY['tenant_id', 'id'];
        fks := ARRAY[]::text[][];
        IF old_unique IS NOT NULL THEN
            FOR fk IN
                SELECT f.conrelid::regclass::text AS referencing, f.conname, pg_get_constraintdef(f.oid) AS definition
                FROM pg_constraint f
                WHERE f.contype = 'f' AND f.confrelid = t.oid
                  AND f.conindid = (SELECT conindid FROM pg_constraint WHERE conrelid = t.oid AND conname = old_unique)
            LOOP
                fks := fks || ARRAY[[fk.referencing, fk.conname, fk.definition]];
                EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', fk.referencing, fk.conname);
            END LOOP;
            EXECUTE format('ALTER TABLE shopfloor.%I DROP CONSTRAINT %I', t.relname, old_unique);
        END IF;
        EXECUTE format('ALTER TABLE shopfloor.%I DROP CONSTRAINT %I', t.relname, t.pkey);
        EXECUTE format('ALTER TABLE shopfloor.%I ADD CONSTRAINT %I PRIMARY KEY (tenant_id, id)', t.relname, t.relname || '_pkey');
        FOR i IN 1 .. coalesce(array_length(fks, 1), 0) LOOP
            EXECUTE format('ALTER TABLE %s ADD CONSTRAINT %I %s', fks[i][1], fks[i][2], fks[i][3]);
        END LOOP;
    END LOOP;
END
$$;

-- Token and link hashes are unique per organization; look-ups before any tenant is known go by
-- the hash alone, through a plain index (a 256-bit random hash means nothing elsewhere).
DROP INDEX shopfloor.api_tokens_hash_key;
CREATE UNIQUE INDEX api_tokens_tenant_hash_key ON shopfloor.api_tokens (tenant_id, token_hash);
CREATE INDEX api_tokens_hash_idx ON shopfloor.api_tokens (token_hash);
DROP INDEX shopfloor.password_links_hash_key;
CREATE UNIQUE INDEX password_links_tenant_hash_key ON shopfloor.password_links (tenant_id, token_hash);
CREATE INDEX password_links_hash_idx ON shopfloor.password_links (token_hash);

-- ---------------------------------------------------------------------------------------------
-- 2. tenant_id is immutable, on every tenant table.
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION shopfloor.keep_tenant_id() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, shopfloor
    AS $$
BEGIN
    RAISE EXCEPTION 'A record stays in its organization: %.tenant_id cannot change', TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END
$$;
GRANT EXECUTE ON FUNCTION shopfloor.keep_tenant_id() TO ${appRole};

-- The tenant wall of one table, the same for every table: row level security enabled and forced,
-- a policy per command comparing tenant_id with the transaction's tenant (WITH CHECK wherever
-- rows are written) and tenant_id immutable. Grants stay with each table's migration: what the
-- application may do to a table is that table's decision. Only the owner runs it (migrations).
CREATE FUNCTION shopfloor.wall_off(p_table regclass) RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, shopfloor
    AS $$
DECLARE
    table_name text := (SELECT c.relname FROM pg_class c WHERE c.oid = p_table);
    tenant text := 'tenant_id = (SELECT shopfloor.current_tenant_id())';
BEGIN
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', p_table);
    EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', p_table);
    EXECUTE format('CREATE POLICY %I ON %s FOR SELECT USING (%s)', table_name || '_select', p_table, tenant);
    EXECUTE format('CREATE POLICY %I ON %s FOR INSERT WITH CHECK (%s)', table_name || '_insert', p_table, tenant);
    EXECUTE format('CREATE POLICY %I ON %s FOR UPDATE USING (%s) WITH CHECK (%s)', table_name || '_update', p_table, tenant, tenant);
    EXECUTE format('CREATE POLICY %I ON %s FOR DELETE USING (%s)', table_name || '_delete', p_table, tenant);
    PERFORM shopfloor.keep_tenant_id_of(p_table);
END
$$;

CREATE FUNCTION shopfloor.keep_tenant_id_of(p_table regclass) RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, shopfloor
    AS $$
BEGIN
    EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE OF tenant_id ON %s FOR EACH ROW'
                   || ' WHEN (NEW.tenant_id IS DISTINCT FROM OLD.tenant_id) EXECUTE FUNCTION shopfloor.keep_tenant_id()',
                   (SELECT c.relname FROM pg_class c WHERE c.oid = p_table) || '_keep_tenant', p_table);
END
$$;
REVOKE ALL ON FUNCTION shopfloor.wall_off(regclass) FROM PUBLIC;
REVOKE ALL ON FUNCTION shopfloor.keep_tenant_id_of(regclass) FROM PUBLIC;

DO $$
DECLARE
    t record;
BEGIN
    FOR t IN
        SELECT c.oid::regclass AS tbl
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'shopfloor' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
          AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id')
        ORDER BY c.relname
    LOOP
        PERFORM shopfloor.keep_tenant_id_of(t.tbl);
    END LOOP;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- 3. Password and token hashes: written by the application, never read back by it.
-- ---------------------------------------------------------------------------------------------
REVOKE SELECT ON shopfloor.users FROM ${appRole};
GRANT SELECT (id, tenant_id, email, display_name, status, last_sign_in_at, created_at, updated_at, version)
    ON shopfloor.users TO ${appRole};
REVOKE SELECT ON shopfloor.api_tokens FROM ${appRole};
GRANT SELECT (id, tenant_id, user_id, name, created_at, expires_at, last_used_at, revoked_at)
    ON shopfloor.api_tokens TO ${appRole};
REVOKE SELECT ON shopfloor.password_links FROM ${appRole};
GRANT SELECT (id, tenant_id, user_id, created_at, expires_at, used_at)
    ON shopfloor.password_links TO ${appRole};

-- The signed-in user's own password hash, to check the current password before a change. Tenant
-- and user come from the transaction, never from a parameter.
CREATE FUNCTION shopfloor.own_password_hash() RETURNS text
    LANGUAGE sql STABLE
    SECURITY DEFINER
    SET search_path = pg_catalog, shopfloor
    AS $$
    SELECT u.password_hash FROM shopfloor.users u
    WHERE u.tenant_id = shopfloor.current_tenant_id() AND u.id = shopfloor.current_app_user_id() AND u.status = 'active'
$$;
REVOKE ALL ON FUNCTION shopfloor.own_password_hash() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION shopfloor.own_password_hash() TO ${appRole};

-- ---------------------------------------------------------------------------------------------
-- 4. The order-write guard spares only the schema owner (migrations, operators' commands).
-- ---------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION shopfloor.guard_order_writes() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, shopfloor
    AS $$
DECLARE
    production_caller boolean;
BEGIN
    IF (SELECT r.oid FROM pg_roles r WHERE r.rolname = current_user)
           = (SELECT n.nspowner FROM pg_namespace n WHERE n.nspname = 'shopfloor')
       OR shopfloor.current_user_can('orders:write') THEN
        RETURN NEW;
    END IF;
    production_caller := shopfloor.current_user_can('production:write') OR shopfloor.current_user_can('production:work');
    IF production_caller THEN
        IF TG_TABLE_NAME = 'orders' THEN
            IF TG_OP = 'UPDATE' AND NEW.status IN ('pending', 'in_production', 'completed')
               AND (to_jsonb(NEW) - ARRAY['status', 'updated_at', 'version'])
                   = (to_jsonb(OLD) - ARRAY['status', 'updated_at', 'version']) THEN
                RETURN NEW;
            END IF;
        ELSIF NEW.new_status IN ('pending', 'in_production', 'completed') THEN
            RETURN NEW;
        END IF;
    END IF;
    RAISE EXCEPTION 'Only managers and administrators may change orders (permission orders:write)'
        USING ERRCODE = 'insufficient_privilege';
END
$$;

-- ---------------------------------------------------------------------------------------------
-- 5. Organizations are provisioned by the owner, with their first administrator, in one call.
-- ---------------------------------------------------------------------------------------------
REVOKE INSERT ON shopfloor.tenants FROM ${appRole};
DROP POLICY tenants_insert ON shopfloor.tenants;
CREATE POLICY tenants_insert ON shopfloor.tenants FOR INSERT TO ${ownerRole}
    WITH CHECK (id = (SELECT shopfloor.current_tenant_id()));

-- Creates the organization (its built-in roles and stages come from the tenants triggers) and
-- leaves the transaction bound to it, so the caller can add the first users in the same
-- transaction. Returns the new organization's id.
CREATE FUNCTION shopfloor.provision_organization(p_id uuid, p_slug text, p_name text, p_timezone text, p_currency text)
    RETURNS uuid
    LANGUAGE plpgsql VOLATILE
    SET search_path = pg_catalog, shopfloor
    AS $$
BEGIN
    IF p_timezone IS NULL OR NOT EXISTS (SELECT 1 FROM pg_timezone_names WHERE name = p_timezone) THEN
        RAISE EXCEPTION 'Unknown time zone "%"', p_timezone USING ERRCODE = 'invalid_parameter_value';
    END IF;
    PERFORM set_config('app.tenant_id', p_id::text, true);
    PERFORM set_config('app.user_id', '', true);
    INSERT INTO shopfloor.tenants (id, slug, name, timezone, currency)
    VALUES (p_id, lower(btrim(p_slug)), btrim(p_name), p_timezone, coalesce(p_currency, 'EUR'));
    RETURN p_id;
END
$$;
REVOKE ALL ON FUNCTION shopfloor.provision_organization(uuid, text, text, text, text) FROM PUBLIC;

-- ---------------------------------------------------------------------------------------------
-- 6. Recording an API token's use no longer needs an owner policy that may update any token of
--    any organization (and so move it): the function binds the token's own organization for its
--    one UPDATE, which the ordinary policies then check, and gives the caller its setting back.
-- ---------------------------------------------------------------------------------------------
DROP POLICY api_tokens_owner_use ON shopfloor.api_tokens;

CREATE OR REPLACE FUNCTION shopfloor.use_api_token(p_token_hash bytea)
    RETURNS TABLE (token_id uuid, user_id uuid, tenant_id uuid)
    LANGUAGE plpgsql VOLATILE
    SECURITY DEFINER
    SET search_path = pg_catalog, shopfloor
    AS $$
#variable_conflict use_column
DECLARE
    found_token uuid;
    found_user uuid;
    found_tenant uuid;
    caller_tenant text;
BEGIN
    SELECT k.id, k.user_id, k.tenant_id INTO found_token, found_user, found_tenant
    FROM shopfloor.api_tokens k
    JOIN shopfloor.users u ON u.tenant_id = k.tenant_id AND u.id = k.user_id
    JOIN shopfloor.tenants t ON t.id = k.tenant_id
    WHERE k.token_hash = p_token_hash
      AND k.revoked_at IS NULL
      AND (k.expires_at IS NULL OR k.expires_at > now())
      AND u.status = 'active'
      AND t.status = 'active';
    IF found_token IS NULL THEN
        RETURN;
    END IF;
    -- Busy integrations do not write on every call. The audit trigger ignores this column.
    caller_tenant := current_setting('app.tenant_id', true);
    PERFORM set_config('app.tenant_id', found_tenant::text, true);
    UPDATE shopfloor.api_tokens k SET last_used_at = now()
    WHERE k.tenant_id = found_tenant AND k.id = found_token
      AND (k.last_used_at IS NULL OR k.last_used_at < now() - interval '1 minute');
    PERFORM set_config('app.tenant_id', coalesce(caller_tenant, ''), true);
    token_id := found_token;
    user_id := found_user;
    tenant_id := found_tenant;
    RETURN NEXT;
END
$$;
