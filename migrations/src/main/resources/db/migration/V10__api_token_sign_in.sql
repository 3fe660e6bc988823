-- Signing in with an API token happens on every REST request, so it is one statement: the token is
-- checked and its use recorded (at most once a minute) by one function, in place of a look-up, a
-- tenant binding and an update in a transaction of their own. PL/pgSQL keeps the plans of its
-- statements for the session; the SQL function it replaces was planned anew on every call.

DROP FUNCTION shopfloor.find_api_token(bytea);

-- The function runs as the owner, which row level security also binds (FORCE): it may record a
-- token's use in any organization, since no organization is known before the token is checked.
CREATE POLICY api_tokens_owner_use ON shopfloor.api_tokens FOR UPDATE TO ${ownerRole}
    USING (true) WITH CHECK (true);

CREATE FUNCTION shopfloor.use_api_token(p_token_hash bytea)
    RETURNS TABLE (token_id uuid, user_id uuid, tenant_id uuid)
    LANGUAGE plpgsql VOLATILE
    SECURITY DEFINER
    SET search_path = pg_catalog, shopfloor
    AS $$
#variable_conflict use_column
BEGIN
    RETURN QUERY
    SELECT k.id, k.user_id, k.tenant_id
    FROM shopfloor.api_tokens k
    JOIN shopfloor.users u ON u.tenant_id = k.tenant_id AND u.id = k.user_id
    JOIN shopfloor.tenants t ON t.id = k.tenant_id
    WHERE k.token_hash = p_token_hash
      AND k.revoked_at IS NULL
      AND (k.expires_at IS NULL OR k.expires_at > now())
      AND u.status = 'active'
      AND t.status = 'active';
    IF FOUND THEN
        -- Busy integrations do not write on every call. The audit trigger ignores this column.
        UPDATE shopfloor.api_tokens k SET last_used_at = now()
        WHERE k.token_hash = p_token_hash
          AND (k.last_used_at IS NULL OR k.last_used_at < now() - interval '1 minute');
    END IF;
END
$$;
REVOKE ALL ON FUNCTION shopfloor.use_api_token(bytea) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION shopfloor.use_api_token(bytea) TO ${appRole};
