-- Narrows what the application role can do to what the application does.

-- The audit trigger function runs as the owner. The application role must not be able to attach
-- it to a table of its own (e.g. a temporary one) to write invented audit rows: it needs no
-- EXECUTE for the triggers to fire, and the function refuses tables outside this schema.
REVOKE EXECUTE ON FUNCTION shopfloor.audit_row_change() FROM ${appRole};

CREATE OR REPLACE FUNCTION shopfloor.audit_row_change() RETURNS trigger
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
    IF TG_TABLE_SCHEMA <> 'shopfloor' THEN
        RAISE EXCEPTION 'audit_row_change audits only tables of the shopfloor schema' USING ERRCODE = 'insufficient_privilege';
    END IF;

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

-- A tenant's status (active, suspended) is the platform operator's to change, not the tenant's.
REVOKE UPDATE ON shopfloor.tenants FROM ${appRole};
GRANT UPDATE (name, timezone, currency, version) ON shopfloor.tenants TO ${appRole};

-- Orders and customers are not deleted by Shopfloor (an order's status history would go with
-- it); without the grant, no statement of the application can do it.
REVOKE DELETE ON shopfloor.orders FROM ${appRole};
REVOKE DELETE ON shopfloor.customers FROM ${appRole};
ALTER TABLE shopfloor.order_status_history DROP CONSTRAINT order_status_history_tenant_id_order_id_fkey;
ALTER TABLE shopfloor.order_status_history ADD CONSTRAINT order_status_history_tenant_id_order_id_fkey
    FOREIGN KEY (tenant_id, order_id) REFERENCES shopfloor.orders (tenant_id, id) ON DELETE RESTRICT;

-- Built-in roles keep their name and stay built in: the last-administrator rule and the
-- permissions people rely on refer to them.
CREATE OR REPLACE FUNCTION shopfloor.protect_builtin_roles() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF TG_OP = 'DELETE' AND OLD.builtin THEN
        RAISE EXCEPTION 'The built-in role "%" cannot be deleted', OLD.name
            USING ERRCODE = 'check_violation';
    END IF;
    IF TG_OP = 'UPDATE' AND OLD.builtin AND (NEW.name IS DISTINCT FROM OLD.name OR NOT NEW.builtin) THEN
        RAISE EXCEPTION 'The built-in role "%" cannot be renamed or made custom', OLD.name
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
DROP TRIGGER roles_protect_builtin ON shopfloor.roles;
CREATE TRIGGER roles_protect_builtin BEFORE UPDATE OR DELETE ON shopfloor.roles
    FOR EACH ROW EXECUTE FUNCTION shopfloor.protect_builtin_roles();

-- The application role needs no tables of its own (see config/postgresql/create-roles.sql).
DO $$
BEGIN
    EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM %I', current_database(), '${appRole}');
END
$$;
