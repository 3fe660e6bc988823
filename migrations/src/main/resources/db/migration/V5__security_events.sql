-- Security events in the audit log: failed sign-ins and permission denials.
--
-- The application role still cannot write audit rows. Two narrow SECURITY DEFINER functions write
-- exactly one event each, and decide themselves what they can: the tenant (the transaction's own
-- for a denial, the named organization's for a failed sign-in, which happens before any tenant is
-- known), the user, and why a sign-in failed. Callers supply only what was typed or asked for.

ALTER TABLE shopfloor.audit_log ADD COLUMN detail jsonb
    CHECK (detail IS NULL OR jsonb_typeof(detail) = 'object');
ALTER TABLE shopfloor.audit_log DROP CONSTRAINT audit_log_action_check;
ALTER TABLE shopfloor.audit_log ADD CONSTRAINT audit_log_action_check
    CHECK (action IN ('insert', 'update', 'delete', 'sign_in_failed', 'permission_denied'));
-- Serves the audit screen's filter by action (e.g. every failed sign-in of a tenant, newest first).
CREATE INDEX audit_log_action_idx ON shopfloor.audit_log (tenant_id, action, occurred_at DESC);

-- A failed sign-in at the organization with slug p_organization. Records nothing for an unknown
-- organization and never says whether it knew it: the caller learns nothing it could not learn
-- at the sign-in page. The user is the one the e-mail names in that organization, if any.
CREATE FUNCTION shopfloor.record_sign_in_failure(p_organization text, p_email text, p_remote_address text)
    RETURNS void
    LANGUAGE plpgsql
    VOLATILE
    SECURITY DEFINER
    SET search_path = pg_catalog, shopfloor
    AS $$
DECLARE
    org_id uuid;
    org_status text;
    account_id uuid;
    account_status text;
    account_has_password boolean;
    tried text;
    address inet;
    reason text;
    caller_tenant text := current_setting('app.tenant_id', true);
BEGIN
    IF p_organization IS NULL OR p_email IS NULL OR length(p_organization) > 64 THEN
        RETURN;
    END IF;
    SELECT t.id, t.status INTO org_id, org_status
    FROM shopfloor.tenants t WHERE t.slug = lower(btrim(p_organization));
    IF org_id IS NULL THEN
        RETURN;
    END IF;

    -- What was typed, bounded and without control characters, so it is safe to show.
    tried := left(regexp_replace(btrim(p_email), '[[:cntrl:]]', '?', 'g'), 254);
    SELECT u.id, u.status, u.password_hash IS NOT NULL INTO account_id, account_status, account_has_password
    FROM shopfloor.users u WHERE u.tenant_id = org_id AND lower(u.email) = lower(btrim(p_email));
    reason := CASE
        WHEN org_status <> 'active' THEN 'organization_suspended'
        WHEN account_id IS NULL THEN 'unknown_user'
        WHEN account_status <> 'active' THEN 'inactive_user'
        WHEN NOT account_has_password THEN 'no_password'
        ELSE 'wrong_password'
    END;
    BEGIN
        address := p_remote_address::inet;
    EXCEPTION WHEN invalid_text_representation THEN
        address := NULL;
    END;

    -- The audit log's insert policy admits rows of the transaction's tenant only: name the
    -- organization for this one statement, then give the caller back its own setting.
    PERFORM set_config('app.tenant_id', org_id::text, true);
    INSERT INTO shopfloor.audit_log (tenant_id, user_id, entity_type, entity_id, action, detail)
    VALUES (org_id, account_id, 'security', coalesce(account_id::text, ''), 'sign_in_failed',
            jsonb_strip_nulls(jsonb_build_object('email', tried, 'reason', reason, 'remote_address', host(address))));
    PERFORM set_config('app.tenant_id', coalesce(caller_tenant, ''), true);
END
$$;
ALTER FUNCTION shopfloor.record_sign_in_failure(text, text, text) OWNER TO ${ownerRole};
REVOKE ALL ON FUNCTION shopfloor.record_sign_in_failure(text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION shopfloor.record_sign_in_failure(text, text, text) TO ${appRole};

-- A permission the transaction's own user was refused. Tenant and user come from the
-- transaction (current_tenant_id(), current_app_user_id()), never from a parameter; without
-- both, or for a user who is not of that tenant, nothing is recorded.
CREATE FUNCTION shopfloor.record_permission_denial(p_permission text, p_method text, p_remote_address text)
    RETURNS void
    LANGUAGE plpgsql
    VOLATILE
    SECURITY DEFINER
    SET search_path = pg_catalog, shopfloor
    AS $$
DECLARE
    tenant uuid := shopfloor.current_tenant_id();
    caller uuid := shopfloor.current_app_user_id();
    address inet;
BEGIN
    IF p_permission IS NULL OR p_permission !~ '^([a-z][a-z_]*:[a-z][a-z_]*|signed-in)$' OR length(p_permission) > 100 THEN
        RAISE EXCEPTION 'A permission is module:action, not "%"', left(p_permission, 100)
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_method IS NULL OR p_method !~ '^[A-Za-z_][A-Za-z0-9_$]*\.[A-Za-z_][A-Za-z0-9_$]*$' OR length(p_method) > 200 THEN
        RAISE EXCEPTION 'A method is Service.method, not "%"', left(p_method, 200)
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF tenant IS NULL OR caller IS NULL
       OR NOT EXISTS (SELECT 1 FROM shopfloor.users u WHERE u.tenant_id = tenant AND u.id = caller) THEN
        RETURN;
    END IF;
    BEGIN
        address := p_remote_address::inet;
    EXCEPTION WHEN invalid_text_representation THEN
        address := NULL;
    END;
    INSERT INTO shopfloor.audit_log (tenant_id, user_id, entity_type, entity_id, action, detail)
    VALUES (tenant, caller, 'security', caller::text, 'permission_denied',
            jsonb_strip_nulls(jsonb_build_object('permission', p_permission, 'method', p_method,
                                                 'remote_address', host(address))));
END
$$;
ALTER FUNCTION shopfloor.record_permission_denial(text, text, text) OWNER TO ${ownerRole};
REVOKE ALL ON FUNCTION shopfloor.record_permission_denial(text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION shopfloor.record_permission_denial(text, text, text) TO ${appRole};
