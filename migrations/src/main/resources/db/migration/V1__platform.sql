-- Shopfloor platform schema: tenants, users, roles and permissions, API tokens, custom field
-- definitions, tenant counters and the audit log.
--
-- Runs as the owner role (${ownerRole}). The application role (${appRole}) must already exist:
-- see config/postgresql/create-roles.sql. Every table that holds tenant data has tenant_id, row
-- level security ENABLEd and FORCEd, and policies that fail closed when no tenant is set.

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${appRole}') THEN
        RAISE EXCEPTION 'The application role "${appRole}" does not exist; create it first (config/postgresql/create-roles.sql)';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${appRole}' AND (rolsuper OR rolbypassrls)) THEN
        RAISE EXCEPTION 'The application role "${appRole}" must be NOSUPERUSER and NOBYPASSRLS';
    END IF;
    IF current_user <> '${ownerRole}' THEN
        RAISE EXCEPTION 'Migrations must run as the owner role "${ownerRole}", not as "%"', current_user;
    END IF;
END
$$;

REVOKE ALL ON SCHEMA shopfloor FROM PUBLIC;
GRANT USAGE ON SCHEMA shopfloor TO ${appRole};
-- Functions are executable by PUBLIC unless revoked; the narrow ones below grant explicitly.
ALTER DEFAULT PRIVILEGES FOR ROLE ${ownerRole} REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

-- The tenant and user of the current transaction, as set by the server with
-- set_config(name, value, true). nullif: a pooled session that once set the value reads it back
-- as '' rather than NULL; both mean "no tenant", which matches no row.
CREATE FUNCTION shopfloor.current_tenant_id() RETURNS uuid
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT nullif(current_setting('app.tenant_id', true), '')::uuid $$;

CREATE FUNCTION shopfloor.current_app_user_id() RETURNS uuid
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT nullif(current_setting('app.user_id', true), '')::uuid $$;

GRANT EXECUTE ON FUNCTION shopfloor.current_tenant_id() TO ${appRole};
GRANT EXECUTE ON FUNCTION shopfloor.current_app_user_id() TO ${appRole};

CREATE FUNCTION shopfloor.touch_updated_at() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END
$$;
GRANT EXECUTE ON FUNCTION shopfloor.touch_updated_at() TO ${appRole};

-- ---------------------------------------------------------------------------------------------
-- Tenants (organizations). The row's own id is its tenant.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE shopfloor.tenants (
    id          uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    name        text        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    slug        text        NOT NULL CHECK (slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
    timezone    text        NOT NULL DEFAULT 'UTC' CHECK (length(timezone) BETWEEN 1 AND 64),
    currency    text        NOT NULL DEFAULT 'EUR' CHECK (currency ~ '^[A-Z]{3}$'),
    status      text        NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended')),
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    version     bigint      NOT NULL DEFAULT 0
);
-- Slugs are public (typed at sign-in), so a global unique index reveals nothing secret.
CREATE UNIQUE INDEX tenants_slug_key ON shopfloor.tenants (slug);

ALTER TABLE shopfloor.tenants ENABLE ROW LEVEL SECURITY;
ALTER TABLE shopfloor.tenants FORCE ROW LEVEL SECURITY;
CREATE POLICY tenants_select ON shopfloor.tenants FOR SELECT
    USING (id = (SELECT shopfloor.current_tenant_id()));
CREATE POLICY tenants_insert ON shopfloor.tenants FOR INSERT
    WITH CHECK (id = (SELECT shopfloor.current_tenant_id()));
CREATE POLICY tenants_update ON shopfloor.tenants FOR UPDATE
    USING (id = (SELECT shopfloor.current_tenant_id()))
    WITH CHECK (id = (SELECT shopfloor.current_tenant_id()));
-- Tenants are suspended, never deleted: no DELETE policy or grant.
-- The owner reads tenants only inside the SECURITY DEFINER sign-in lookups below.
CREATE POLICY tenants_owner_lookup ON shopfloor.tenants FOR SELECT TO ${ownerRole} USING (true);
GRANT SELECT, INSERT, UPDATE ON shopfloor.tenants TO ${appRole};
CREATE TRIGGER tenants_touch BEFORE UPDATE ON shopfloor.tenants
    FOR EACH ROW EXECUTE FUNCTION shopfloor.touch_updated_at();

-- ---------------------------------------------------------------------------------------------
-- Users
-- ---------------------------------------------------------------------------------------------
CREATE TABLE shopfloor.users (
    id              uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id       uuid        NOT NULL REFERENCES shopfloor.tenants (id),
    email           text        NOT NULL CHECK (length(email) <= 254 AND email ~ '^[^@\s]+@[^@\s]+$'),
    display_name    text        NOT NULL CHECK (length(btrim(display_name)) BETWEEN 1 AND 200),
    -- NULL until the user sets a password (one-time link)
    password_hash   text,
    status          text        NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive')),
    last_sign_in_at timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    version         bigint      NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, id)
);
CREATE UNIQUE INDEX users_tenant_email_key ON shopfloor.users (tenant_id, lower(email));

ALTER TABLE shopfloor.users ENABLE ROW LEVEL SECURITY;
ALTER TABLE shopfloor.users FORCE ROW LEVEL SECURITY;
CREATE POLICY users_select ON shopfloor.users FOR SELECT
    USING (tenant_id = (SELECT shopfloor.current_tenant_id()));
CREATE POLICY users_insert ON shopfloor.users FOR INSERT
    WITH CHECK (tenant_id = (SELECT shopfloor.current_tenant_id()));
CREATE POLICY users_update ON shopfloor.users FOR UPDATE
    USING (tenant_id = (SELECT shopfloor.current_tenant_id()))
    WITH CHECK (tenant_id = (SELECT shopfloor.current_tenant_id()));
-- Users are deactivated, never deleted: the audit trail refers to them.
CREATE POLICY users_owner_lookup ON shopfloor.users FOR SELECT TO ${ownerRole} USING (true);
GRANT SELECT, INSERT, UPDATE ON shopfloor.users TO ${appRole};
CREATE TRIGGER users_touch BEFORE UPDATE ON shopfloor.users
    FOR EACH ROW EXECUTE FUNCTION shopfloor.touch_updated_at();

-- ---------------------------------------------------------------------------------------------
-- Roles and permissions. A permission is 'module:action', 'module:*' or '*'.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE shopfloor.roles (
    id          uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id   uuid        NOT NULL REFERENCES shopfloor.tenants (id),
    name        text        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
    description text,
    builtin     boolean     NOT NULL DEFAULT false,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    version     bigint      NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, id)
);
CREATE UNIQUE INDEX roles_tenant_name_key ON shopfloor.roles (tenant_id, lower(name));

CREATE TABLE shopfloor.role_permissions (
    id          uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id   uuid        NOT NULL,
    role_id     uuid        NOT NULL,
    permission  text        NOT NULL CHECK (permission ~ '^(\*|[a-z][a-z_]*:(\*|[a-z][a-z_]*))$'),
    created_at  timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (tenant_id, role_id) REFERENCES shopfloor.roles (tenant_id, id) ON DELETE CASCADE,
    UNIQUE (tenant_id, role_id, permission)
);

CREATE TABLE shopfloor.user_roles (
    id          uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id   uuid        NOT NULL,
    user_id     uuid        NOT NULL,
    role_id     uuid        NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (tenant_id, user_id) REFERENCES shopfloor.users (tenant_id, id),
    FOREIGN KEY (tenant_id, role_id) REFERENCES shopfloor.roles (tenant_id, id) ON DELETE CASCADE,
    UNIQUE (tenant_id, user_id, role_id)
);
CREATE INDEX user_roles_role_idx ON shopfloor.user_roles (tenant_id, role_id);

ALTER TABLE shopfloor.roles ENABLE ROW LEVEL SECURITY;
ALTER TABLE shopfloor.roles FORCE ROW LEVEL SECURITY;
ALTER TABLE shopfloor.role_permissions ENABLE ROW LEVEL SECURITY;
ALTER TABLE shopfloor.role_permissions FORCE ROW LEVEL SECURITY;
ALTER TABLE shopfloor.user_roles ENABLE ROW LEVEL SECURITY;
ALTER TABLE shopfloor.user_roles FORCE ROW LEVEL SECURITY;

CREATE POLICY roles_select ON shopfloor.roles FOR SELECT
    USING (tenant_id = (SELECT shopfloor.current_tenant_id()));
CREATE POLICY roles_insert ON shopfloor.roles FOR INSERT
    WITH CHECK (tenant_id = (SELECT shopfloor.current_tenant_id()));
CREATE POLICY roles_update ON shopfloor.roles FOR UPDATE
    USING (tenant_id = (SELECT shopfloor.current_tenant_id()))
    WITH CHECK (tenant_id = (SELECT shopfloor.current_tenant_id()));
CREATE POLICY roles_delete ON shopfloor.roles FOR DELETE
    USING (tenant_id = (SELECT shopfloor.current_tenant_id()));

CREATE POLICY role_permissions_select ON shopfloor.role_permissions FOR SELECT
    USING (tenant_id = (SELECT shopfloor.current_tenant_id()));
CREATE POLICY role_permissions_insert ON shopfloor.role_permissions FOR INSERT
    WITH CHECK (tenant_id = (SELECT shopfloor.current_tenant_id()));
CREATE POLICY role_permissions_update ON shopfloor.role_permissions FOR UPDATE
    USING (tenant_id = (SELECT shopfloor.current_tenant_id()))
    WITH CHECK (tenant_id = (SELECT shopfloor.current_tenant_id()));
CREATE POLICY role_permissions_delete ON shopfloor.role_permissions FOR DELETE
    USING (tenant_id = (SELECT shopfloor.current_tenant_id()));

CREATE POLICY user_roles_select ON shopfloor.user_roles FOR SELECT
    USING (tenant_id = (SELECT shopfloor.current_tenant_id()));
CREATE POLICY user_roles_insert ON shopfloor.user_roles FOR INSERT
    WITH CHECK (tenant_id = (SELECT shopfloor.current_tenant_id()));
CREATE POLICY user_roles_delete ON shopfloor.user_roles FOR DELETE
    USING (tenant_id = (SELECT shopfloor.current_tenant_id()));

GRANT SELECT, INSERT, UPDATE, DELETE ON shopfloor.roles TO ${appRole};
GRANT SELECT, INSERT, UPDATE, DELETE ON shopfloor.role_permissions TO ${appRole};
GRANT SELECT, INSERT, DELETE ON shopfloor.user_roles TO ${appRole};
CREATE TRIGGER roles_touch BEFORE UPDATE ON shopfloor.roles
    FOR EACH ROW EXECUTE FUNCTION shopfloor.touch_updated_at();

CREATE FUNCTION shopfloor.protect_builtin_roles() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF OLD.builtin THEN
        RAISE EXCEPTION 'The built-in role "%" cannot be deleted', OLD.name
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN OLD;
END
$$;
GRANT EXECUTE ON FUNCTION shopfloor.protect_builtin_roles() TO ${appRole};
CREATE TRIGGER roles_protect_builtin BEFORE DELETE ON shopfloor.roles
    FOR EACH ROW EXECUTE FUNCTION shopfloor.protect_builtin_roles();

-- Every new tenant starts with the four built-in roles. Runs with the inserting transaction's
-- rights, so the tenant context must already be the new tenant (the tenants INSERT policy
-- demands exactly that).
CREATE FUNCTION shopfloor.seed_builtin_roles() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE
    role_def record;
    new_role uuid;
BEGIN
    FOR role_def IN
        SELECT * FROM (VALUES
            ('admin',   'Administrators: everything, including the console',
                ARRAY['*']),
            ('manager', 'Managers: run orders, production, quality, finance and people',
                ARRAY['customers:*', 'orders:*', 'production:*', 'quality:*', 'finance:*', 'people:*']),
            ('worker',  'Workers: read orders, do production and quality work',
                ARRAY['customers:read', 'orders:read', 'production:read', 'production:work',
                      'quality:read', 'quality:write', 'people:read']),
            ('viewer',  'Viewers: read-only access to the business modules',
                ARRAY['customers:read', 'orders:read', 'production:read', 'quality:read',
                      'finance:read', 'people:read'])
        ) AS r (name, description, permissions)
    LOOP
        INSERT INTO shopfloor.roles (tenant_id, name, description, builtin)
        VALUES (NEW.id, role_def.name, role_def.description, true)
        RETURNING id INTO new_role;
        INSERT INTO shopfloor.role_permissions (tenant_id, role_id, permission)
        SELECT NEW.id, new_role, p FROM unnest(role_def.permissions) AS p;
    END LOOP;
    RETURN NULL;
END
$$;
GRANT EXECUTE ON FUNCTION shopfloor.seed_builtin_roles() TO ${appRole};
CREATE TRIGGER tenants_seed_roles AFTER INSERT ON shopfloor.tenants
    FOR EACH ROW EXECUTE FUNCTION shopfloor.seed_builtin_roles();

-- ---------------------------------------------------------------------------------------------
-- API tokens: random 256-bit values, stored as their SHA-256 hash.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE shopfloor.api_tokens (
    id           uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id    uuid        NOT NULL,
    user_id      uuid        NOT NULL,
    name         text        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
    token_hash   bytea       NOT NULL CHECK (length(token_hash) = 32),
    created_at   timestamptz NOT NULL DEFAULT now(),
    expires_at   timestamptz,
    last_used_at timestamptz,
    revoked_at   timestamptz,
    FOREIGN KEY (tenant_id, user_id) REFERENCES shopfloor.users (tenant_id, id)
);
-- Looked up before the tenant is known; a 256-bit random hash carries no meaning.
CREATE UNIQUE INDEX api_tokens_hash_key ON shopfloor.api_tokens (token_hash);
CREATE INDEX api_tokens_user_idx ON shopfloor.api_tokens (tenant_id, user_id);

ALTER TABLE shopfloor.api_tokens ENABLE ROW LEVEL SECURITY;
ALTER TABLE shopfloor.api_tokens FORCE ROW LEVEL SECURITY;
CREATE POLICY api_tokens_select ON shopfloor.api_tokens FOR SELECT
    USING (tenant_id = (SELECT shopfloor.current_tenant_id()));
CREATE POLICY api_tokens_insert ON shopfloor.api_tokens FOR INSERT
    WITH CHECK (tenant_id = (SELECT shopfloor.current_tenant_id()));
CREATE POLICY api_tokens_update ON shopfloor.api_tokens FOR UPDATE
    USING (tenant_id = (SELECT shopfloor.current_tenant_id()))
    WITH CHECK (tenant_id = (SELECT shopfloor.current_tenant_id()));
CREATE POLICY api_tokens_owner_lookup ON shopfloor.api_tokens FOR SELECT TO ${ownerRole} USING (true);
GRANT SELECT, INSERT, UPDATE ON shopfloor.api_tokens TO ${appRole};

-- ---------------------------------------------------------------------------------------------
-- Custom field definitions (values live in each entity's custom_fields jsonb).
-- ---------------------------------------------------------------------------------------------
CREATE TABLE shopfloor.custom_field_definitions (
    id            uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id     uuid        NOT NULL REFERENCES shopfloor.tenants (id),
    entity_type   text        NOT NULL CHECK (entity_type ~ '^[a-z][a-z_]{0,62}$'),
    field_key     text        NOT NULL CHECK (field_key ~ '^[a-z][a-z0-9_]{0,62}$'),
    label         text        NOT NULL CHECK (length(btrim(label)) BETWEEN 1 AND 200),
    field_type    text        NOT NULL CHECK (field_type IN ('text', 'long_text', 'integer', 'decimal',
                                  'date', 'boolean', 'single_select', 'multi_select', 'email', 'url')),
    help_text     text,
    required      boolean     NOT NULL DEFAULT false,
    default_value jsonb,
    options       jsonb       CHECK (options IS NULL OR jsonb_typeof(options) = 'array'),
    min_value     text,
    max_value     text,
    pattern       text,
    position      integer     NOT NULL DEFAULT 0,
    active        boolean     NOT NULL DEFAULT true,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    version       bigint      NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, entity_type, field_key)
);

ALTER TABLE shopfloor.custom_field_definitions ENABLE ROW LEVEL SECURITY;
ALTER TABLE shopfloor.custom_field_definitions FORCE ROW LEVEL SECURITY;
CREATE POLICY custom_field_definitions_select ON shopfloor.custom_field_definitions FOR SELECT
    USING (tenant_id = (SELECT shopfloor.current_tenant_id()));
CREATE POLICY custom_field_definitions_insert ON shopfloor.custom_field_definitions FOR INSERT
    WITH CHECK (tenant_id = (SELECT shopfloor.current_tenant_id()));
CREATE POLICY custom_field_definitions_update ON shopfloor.custom_field_definitions FOR UPDATE
    USING (tenant_id = (SELECT shopfloor.current_tenant_id()))
    WITH CHECK (tenant_id = (SELECT shopfloor.current_tenant_id()));
CREATE POLICY custom_field_definitions_delete ON shopfloor.custom_field_definitions FOR DELETE
    USING (tenant_id = (SELECT shopfloor.current_tenant_id()));
GRANT SELECT, INSERT, UPDATE, DELETE ON shopfloor.custom_field_definitions TO ${appRole};
CREATE TRIGGER custom_field_definitions_touch BEFORE UPDATE ON shopfloor.custom_field_definitions
    FOR EACH ROW EXECUTE FUNCTION shopfloor.touch_updated_at();

-- ---------------------------------------------------------------------------------------------
-- Per-tenant counters for human-readable numbers (orders, batches, invoices). The row lock of
-- INSERT .. ON CONFLICT DO UPDATE makes concurrent callers wait, so no number is handed out twice.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE shopfloor.tenant_counters (
    tenant_id   uuid   NOT NULL REFERENCES shopfloor.tenants (id),
    name        text   NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    last_value  bigint NOT NULL,
    PRIMARY KEY (tenant_id, name)
);
ALTER TABLE shopfloor.tenant_counters ENABLE ROW LEVEL SECURITY;
ALTER TABLE shopfloor.tenant_counters FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_counters_select ON shopfloor.tenant_counters FOR SELECT
    USING (tenant_id = (SELECT shopfloor.current_tenant_id()));
CREATE POLICY tenant_counters_insert ON shopfloor.tenant_counters FOR INSERT
    WITH CHECK (tenant_id = (SELECT shopfloor.current_tenant_id()));
CREATE POLICY tenant_counters_update ON shopfloor.tenant_counters FOR UPDATE
    USING (tenant_id = (SELECT shopfloor.current_tenant_id()))
    WITH CHECK (tenant_id = (SELECT shopfloor.current_tenant_id()));
GRANT SELECT, INSERT, UPDATE ON shopfloor.tenant_counters TO ${appRole};

CREATE FUNCTION shopfloor.next_counter_value(p_name text) RETURNS bigint
    LANGUAGE sql VOLATILE
    AS $$
    INSERT INTO shopfloor.tenant_counters AS c (tenant_id, name, last_value)
    VALUES (shopfloor.current_tenant_id(), p_name, 1)
    ON CONFLICT (tenant_id, name) DO UPDATE SET last_value = c.last_value + 1
    RETURNING c.last_value
$$;
GRANT EXECUTE ON FUNCTION shopfloor.next_counter_value(text) TO ${appRole};

-- ---------------------------------------------------------------------------------------------
-- Audit log: written only by the trigger below, partitioned by month.
-- ---------------------------------------------------------------------------------------------
CREATE SEQUENCE shopfloor.audit_log_id_seq AS bigint;
CREATE TABLE shopfloor.audit_log (
    id             bigint      NOT NULL DEFAULT nextval('shopfloor.audit_log_id_seq'),
    tenant_id      uuid        NOT NULL,
    occurred_at    timestamptz NOT NULL DEFAULT now(),
    user_id        uuid,
    entity_type    text        NOT NULL,
    entity_id      text        NOT NULL,
    action         text        NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    old_values     jsonb,
    new_values     jsonb,
    changed_fields text[],
    transaction_id bigint      NOT NULL DEFAULT txid_current(),
    PRIMARY KEY (tenant_id, occurred_at, id)
) PARTITION BY RANGE (occurred_at);
ALTER SEQUENCE shopfloor.audit_log_id_seq OWNED BY shopfloor.audit_log.id;
CREATE INDEX audit_log_entity_idx ON shopfloor.audit_log (tenant_id, entity_type, entity_id, occurred_at DESC);
CREATE INDEX audit_log_user_idx ON shopfloor.audit_log (tenant_id, user_id, occurred_at DESC);

ALTER TABLE shopfloor.audit_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE shopfloor.audit_log FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_log_select ON shopfloor.audit_log FOR SELECT
    USING (tenant_id = (SELECT shopfloor.current_tenant_id()));
-- Only the owner writes, and only through the SECURITY DEFINER trigger function; the
-- application role may read its tenant's rows and nothing else.
CREATE POLICY audit_log_owner_insert ON shopfloor.audit_log FOR INSERT TO ${ownerRole}
    WITH CHECK (tenant_id = (SELECT shopfloor.current_tenant_id()));
GRANT SELECT ON shopfloor.audit_log TO ${appRole};

-- Creates the monthly partitions from p_from's month for p_months months. Each partition gets
-- RLS too (a partition queried directly does not apply the parent's policies) and no grants.
CREATE FUNCTION shopfloor.create_audit_partitions(p_from date, p_months integer) RETURNS integer
    LANGUAGE plpgsql
    SET search_path = pg_catalog, shopfloor
    AS $$
DECLARE
    month_start date := date_trunc('month', p_from)::date;
    partition_name text;
    created integer := 0;
BEGIN
    FOR i IN 0 .. p_months - 1 LOOP
        partition_name := format('audit_log_y%sm%s', to_char(month_start, 'YYYY'), to_char(month_start, 'MM'));
        IF to_regclass('shopfloor.' || partition_name) IS NULL THEN
            EXECUTE format('CREATE TABLE shopfloor.%I PARTITION OF shopfloor.audit_log FOR VALUES FROM (%L) TO (%L)',
                           partition_name, month_start, (month_start + interval '1 month')::date);
            EXECUTE format('ALTER TABLE shopfloor.%I ENABLE ROW LEVEL SECURITY', partition_name);
            EXECUTE format('ALTER TABLE shopfloor.%I FORCE ROW LEVEL SECURITY', partition_name);
            EXECUTE format('REVOKE ALL ON shopfloor.%I FROM PUBLIC', partition_name);
            created := created + 1;
        END IF;
        month_start := (month_start + interval '1 month')::date;
    END LOOP;
    RETURN created;
END
$$;

-- Catches rows outside the prepared months, so an insert never fails for want of a partition.
CREATE TABLE shopfloor.audit_log_default PARTITION OF shopfloor.audit_log DEFAULT;
ALTER TABLE shopfloor.audit_log_default ENABLE ROW LEVEL SECURITY;
ALTER TABLE shopfloor.audit_log_default FORCE ROW LEVEL SECURITY;
SELECT shopfloor.create_audit_partitions((now() - interval '1 month')::date, 26);

-- The generic audit trigger. Arguments name columns to treat specially:
--   'redact=<column>'  the value is never stored, but a change to it is recorded
--   'ignore=<column>'  left out entirely; a change to it alone writes no audit row
CREATE FUNCTION shopfloor.audit_row_change() RETURNS trigger
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = pg_catalog, shopfloor
    AS $$
DECLARE
    old_row jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
    new_row jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
    any_row jsonb;
    arg text;
    changed text[];
BEGIN
    FOREACH arg IN ARRAY coalesce(TG_ARGV, ARRAY[]::text[]) LOOP
        IF arg LIKE 'ignore=%' THEN
            old_row := old_row - substr(arg, 8);
            new_row := new_row - substr(arg, 8);
        END IF;
    END LOOP;

    IF TG_OP = 'UPDATE' THEN
        SELECT array_agg(n.key ORDER BY n.key) INTO changed
        FROM jsonb_each(new_row) AS n
        WHERE n.value IS DISTINCT FROM old_row -> n.key
          AND n.key NOT IN ('updated_at', 'version');
        IF changed IS NULL THEN
            RETURN NULL;
        END IF;
    ELSIF TG_OP = 'INSERT' THEN
        SELECT array_agg(k ORDER BY k) INTO changed FROM jsonb_object_keys(new_row) AS k;
    END IF;

    FOREACH arg IN ARRAY coalesce(TG_ARGV, ARRAY[]::text[]) LOOP
        IF arg LIKE 'redact=%' THEN
            IF old_row ? substr(arg, 8) THEN old_row := jsonb_set(old_row, ARRAY[substr(arg, 8)], '"[redacted]"'); END IF;
            IF new_row ? substr(arg, 8) THEN new_row := jsonb_set(new_row, ARRAY[substr(arg, 8)], '"[redacted]"'); END IF;
        END IF;
    END LOOP;

    any_row := coalesce(new_row, old_row);
    INSERT INTO shopfloor.audit_log (tenant_id, user_id, entity_type, entity_id, action,
                                     old_values, new_values, changed_fields)
    VALUES (coalesce((any_row ->> 'tenant_id')::uuid, (any_row ->> 'id')::uuid),
            shopfloor.current_app_user_id(),
            TG_TABLE_NAME,
            any_row ->> 'id',
            lower(TG_OP),
            old_row,
            new_row,
            changed);
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION shopfloor.audit_row_change() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION shopfloor.audit_row_change() TO ${appRole};

CREATE TRIGGER tenants_audit AFTER INSERT OR UPDATE OR DELETE ON shopfloor.tenants
    FOR EACH ROW EXECUTE FUNCTION shopfloor.audit_row_change();
CREATE TRIGGER users_audit AFTER INSERT OR UPDATE OR DELETE ON shopfloor.users
    FOR EACH ROW EXECUTE FUNCTION shopfloor.audit_row_change('redact=password_hash', 'ignore=last_sign_in_at');
CREATE TRIGGER roles_audit AFTER INSERT OR UPDATE OR DELETE ON shopfloor.roles
    FOR EACH ROW EXECUTE FUNCTION shopfloor.audit_row_change();
CREATE TRIGGER role_permissions_audit AFTER INSERT OR UPDATE OR DELETE ON shopfloor.role_permissions
    FOR EACH ROW EXECUTE FUNCTION shopfloor.audit_row_change();
CREATE TRIGGER user_roles_audit AFTER INSERT OR UPDATE OR DELETE ON shopfloor.user_roles
    FOR EACH ROW EXECUTE FUNCTION shopfloor.audit_row_change();
CREATE TRIGGER api_tokens_audit AFTER INSERT OR UPDATE OR DELETE ON shopfloor.api_tokens
    FOR EACH ROW EXECUTE FUNCTION shopfloor.audit_row_change('redact=token_hash', 'ignore=last_used_at');
CREATE TRIGGER custom_field_definitions_audit AFTER INSERT OR UPDATE OR DELETE ON shopfloor.custom_field_definitions
    FOR EACH ROW EXECUTE FUNCTION shopfloor.audit_row_change();

-- ---------------------------------------------------------------------------------------------
-- Look-ups that must happen before a tenant is known. Narrow by design: one row for one exact
-- match, nothing for an inactive user or a suspended tenant.
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION shopfloor.find_sign_in(p_tenant_slug text, p_email text)
    RETURNS TABLE (user_id uuid, tenant_id uuid, password_hash text)
    LANGUAGE sql STABLE
    SECURITY DEFINER
    SET search_path = pg_catalog, shopfloor
    AS $$
    SELECT u.id, u.tenant_id, u.password_hash
    FROM shopfloor.tenants t
    JOIN shopfloor.users u ON u.tenant_id = t.id
    WHERE t.slug = lower(btrim(p_tenant_slug))
      AND lower(u.email) = lower(btrim(p_email))
      AND t.status = 'active'
      AND u.status = 'active'
$$;
REVOKE ALL ON FUNCTION shopfloor.find_sign_in(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION shopfloor.find_sign_in(text, text) TO ${appRole};

CREATE FUNCTION shopfloor.find_api_token(p_token_hash bytea)
    RETURNS TABLE (token_id uuid, user_id uuid, tenant_id uuid)
    LANGUAGE sql STABLE
    SECURITY DEFINER
    SET search_path = pg_catalog, shopfloor
    AS $$
    SELECT k.id, k.user_id, k.tenant_id
    FROM shopfloor.api_tokens k
    JOIN shopfloor.users u ON u.tenant_id = k.tenant_id AND u.id = k.user_id
    JOIN shopfloor.tenants t ON t.id = k.tenant_id
    WHERE k.token_hash = p_token_hash
      AND k.revoked_at IS NULL
      AND (k.expires_at IS NULL OR k.expires_at > now())
      AND u.status = 'active'
      AND t.status = 'active'
$$;
REVOKE ALL ON FUNCTION shopfloor.find_api_token(bytea) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION shopfloor.find_api_token(bytea) TO ${appRole};

-- The newest applied migration, for the server's start-up check.
CREATE FUNCTION shopfloor.installed_schema_version() RETURNS text
    LANGUAGE sql STABLE
    SECURITY DEFINER
    SET search_path = pg_catalog, shopfloor
    AS $$
    SELECT version FROM shopfloor.flyway_schema_history
    WHERE success AND version IS NOT NULL
    ORDER BY installed_rank DESC
    LIMIT 1
$$;
REVOKE ALL ON FUNCTION shopfloor.installed_schema_version() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION shopfloor.installed_schema_version() TO ${appRole};
