-- One-time links with which a user sets their password: for a new user created without one, or
-- after an administrator's reset. Like API tokens, the link's secret is 256 random bits and only
-- its SHA-256 is stored; a link works once and until it expires.

CREATE TABLE shopfloor.password_links (
    id          uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id   uuid        NOT NULL,
    user_id     uuid        NOT NULL,
    token_hash  bytea       NOT NULL CHECK (length(token_hash) = 32),
    created_at  timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz,
    CHECK (expires_at > created_at),
    FOREIGN KEY (tenant_id, user_id) REFERENCES shopfloor.users (tenant_id, id)
);
-- Looked up before the tenant is known; a 256-bit random hash carries no meaning.
CREATE UNIQUE INDEX password_links_hash_key ON shopfloor.password_links (token_hash);
CREATE INDEX password_links_user_idx ON shopfloor.password_links (tenant_id, user_id);

ALTER TABLE shopfloor.password_links ENABLE ROW LEVEL SECURITY;
ALTER TABLE shopfloor.password_links FORCE ROW LEVEL SECURITY;
CREATE POLICY password_links_select ON shopfloor.password_links FOR SELECT
    USING (tenant_id = (SELECT shopfloor.current_tenant_id()));
CREATE POLICY password_links_insert ON shopfloor.password_links FOR INSERT
    WITH CHECK (tenant_id = (SELECT shopfloor.current_tenant_id()));
CREATE POLICY password_links_update ON shopfloor.password_links FOR UPDATE
    USING (tenant_id = (SELECT shopfloor.current_tenant_id()))
    WITH CHECK (tenant_id = (SELECT shopfloor.current_tenant_id()));
-- The owner reads links only inside the SECURITY DEFINER look-up below.
CREATE POLICY password_links_owner_lookup ON shopfloor.password_links FOR SELECT TO ${ownerRole} USING (true);
-- Links are used or left to expire, never deleted: the audit trail shows who was sent one.
GRANT SELECT, INSERT ON shopfloor.password_links TO ${appRole};
GRANT UPDATE (used_at) ON shopfloor.password_links TO ${appRole};

CREATE TRIGGER password_links_audit AFTER INSERT OR UPDATE OR DELETE ON shopfloor.password_links
    FOR EACH ROW EXECUTE FUNCTION shopfloor.audit_row_change('redact=token_hash');

-- The link's user and tenant, before any tenant is known. Narrow by design: one row for one
-- exact hash, and nothing for a used or expired link, an inactive user or a suspended tenant.
CREATE FUNCTION shopfloor.find_password_link(p_token_hash bytea)
    RETURNS TABLE (link_id uuid, user_id uuid, tenant_id uuid)
    LANGUAGE sql STABLE
    SECURITY DEFINER
    SET search_path = pg_catalog, shopfloor
    AS $$
    SELECT l.id, l.user_id, l.tenant_id
    FROM shopfloor.password_links l
    JOIN shopfloor.users u ON u.tenant_id = l.tenant_id AND u.id = l.user_id
    JOIN shopfloor.tenants t ON t.id = l.tenant_id
    WHERE l.token_hash = p_token_hash
      AND l.used_at IS NULL
      AND l.expires_at > now()
      AND u.status = 'active'
      AND t.status = 'active'
$$;
REVOKE ALL ON FUNCTION shopfloor.find_password_link(bytea) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION shopfloor.find_password_link(bytea) TO ${appRole};
