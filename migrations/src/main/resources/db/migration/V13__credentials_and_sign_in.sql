-- Sign-in: a changed credential ends the access the old one gave, and guessing is throttled.
--
-- users.session_generation counts the user's credential changes: a password change or reset and a
-- redeemed set-password link move it on. A signed-in session remembers the generation it began
-- with and ends at its next request once they differ (the session that made the change adopts the
-- new one). API tokens expire: 90 days unless chosen otherwise; tokens made before this had none.

ALTER TABLE shopfloor.users ADD COLUMN session_generation integer NOT NULL DEFAULT 0;
-- users' SELECT is granted per column (the password hash is withheld): new columns are granted here.
GRANT SELECT (session_generation) ON shopfloor.users TO ${appRole};

-- Every token of every organization gets an expiry, written in its own organization's context so
-- the policies apply and its audit trail records the change.
DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT id FROM shopfloor.tenants ORDER BY id LOOP
        PERFORM set_config('app.tenant_id', t.id::text, true);
        UPDATE shopfloor.api_tokens SET expires_at = now() + interval '90 days'
        WHERE tenant_id = t.id AND expires_at IS NULL;
    END LOOP;
    PERFORM set_config('app.tenant_id', '', true);
END
$$;
ALTER TABLE shopfloor.api_tokens ALTER COLUMN expires_at SET DEFAULT now() + interval '90 days';
ALTER TABLE shopfloor.api_tokens ALTER COLUMN expires_at SET NOT NULL;
ALTER TABLE shopfloor.api_tokens ADD CONSTRAINT api_tokens_expires_after_creation CHECK (expires_at > created_at);

-- ---------------------------------------------------------------------------------------------
-- Sign-in throttling, kept in the database so it holds across server nodes. Failures are counted
-- per 15-minute window for three keys: the account from one address (back-off after 5), one
-- address for any account (after 20, an office behind one address stays usable) and the account
-- from any address (after 100, so guessing from many addresses is slowed too). A throttled key
-- waits 30 s, doubling with each further failure up to 15 minutes: a back-off, never a lock, so
-- nobody can lock an administrator out for long, and at their own address not at all unless
-- the account-wide limit is reached. Keys are SHA-256 hashes of what was typed (organization and
-- e-mail, lower-cased) and of the address: known and unknown accounts are throttled alike.
--
-- The table holds no organization's data and the application role has no privilege on it: the
-- two SECURITY DEFINER functions below are the only way in.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE shopfloor.sign_in_throttle (
    scope         text        NOT NULL CHECK (scope IN ('account_address', 'address', 'account')),
    key_hash      bytea       NOT NULL CHECK (length(key_hash) = 32),
    failures      integer     NOT NULL DEFAULT 0 CHECK (failures >= 0),
    window_start  timestamptz NOT NULL DEFAULT now(),
    blocked_until timestamptz,
    PRIMARY KEY (scope, key_hash)
);
-- Rows whose window ended long ago are removed by the next failure's clean-up.
CREATE INDEX sign_in_throttle_window_idx ON shopfloor.sign_in_throttle (window_start);
ALTER TABLE shopfloor.sign_in_throttle ENABLE ROW LEVEL SECURITY;
ALTER TABLE shopfloor.sign_in_throttle FORCE ROW LEVEL SECURITY;
CREATE POLICY sign_in_throttle_owner ON shopfloor.sign_in_throttle TO ${ownerRole} USING (true) WITH CHECK (true);
REVOKE ALL ON shopfloor.sign_in_throttle FROM PUBLIC;

ALTER TABLE shopfloor.audit_log DROP CONSTRAINT audit_log_action_check;
ALTER TABLE shopfloor.audit_log ADD CONSTRAINT audit_log_action_check
    CHECK (action IN ('insert', 'update', 'delete', 'sign_in_failed', 'sign_in_throttled', 'permission_denied'));

-- The throttle keys of one attempt.
CREATE FUNCTION shopfloor.sign_in_keys(p_organization text, p_email text, p_remote_address text)
    RETURNS TABLE (scope text, key_hash bytea, threshold integer)
    LANGUAGE sql IMMUTABLE
    SET search_path = pg_catalog, shopfloor
    AS $$
    SELECT k.scope, sha256(convert_to(k.material, 'UTF8')), k.threshold
    FROM (VALUES
        ('account_address', lower(btrim(coalesce(p_organization, ''))) || E'\n' || lower(btrim(coalesce(p_email, ''))) || E'\n' || coalesce(p_remote_address, ''), 5),
        ('address', coalesce(p_remote_address, ''), 20),
        ('account', lower(btrim(coalesce(p_organization, ''))) || E'\n' || lower(btrim(coalesce(p_email, ''))), 100)
    ) AS k (scope, material, threshold)
$$;
REVOKE ALL ON FUNCTION shopfloor.sign_in_keys(text, text, text) FROM PUBLIC;

-- Seconds until this attempt may be checked; 0 when it may be now. Refused attempts are not
-- counted (the password is not even checked), so waiting out a back-off always works.
CREATE FUNCTION shopfloor.sign_in_wait(p_organization text, p_email text, p_remote_address text)
    RETURNS integer
    LANGUAGE sql STABLE
    SECURITY DEFINER
    SET search_path = pg_catalog, shopfloor
    AS $$
    SELECT coalesce(ceil(extract(epoch FROM max(t.blocked_until) - now()))::integer, 0)
    FROM shopfloor.sign_in_throttle t
    JOIN shopfloor.sign_in_keys(p_organization, p_email, p_remote_address) k
      ON k.scope = t.scope AND k.key_hash = t.key_hash
    WHERE t.blocked_until > now()
$$;
REVOKE ALL ON FUNCTION shopfloor.sign_in_wait(text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION shopfloor.sign_in_wait(text, text, text) TO ${appRole};

-- Counts a checked attempt. A success clears the account's keys (not the address's). A failure
-- is counted; the audit trail gets one row for the first failure of an account's window and one
-- when a back-off starts or grows, never a row per guess.
CREATE FUNCTION shopfloor.record_sign_in_outcome(p_organization text, p_email text, p_remote_address text, p_succeeded boolean)
    RETURNS void
    LANGUAGE plpgsql VOLATILE
    SECURITY DEFINER
    SET search_path = pg_catalog, shopfloor
    AS $$
DECLARE
    k record;
    counted integer;
    account_failures integer;
    backoff interval;
    newly_blocked timestamptz;
    org_id uuid;
    account_id uuid;
    address inet;
    caller_tenant text := current_setting('app.tenant_id', true);
BEGIN
    IF p_organization IS NULL OR p_email IS NULL OR length(p_organization) > 64 OR length(p_email) > 320 THEN
        RETURN;
    END IF;
    IF p_succeeded THEN
        DELETE FROM shopfloor.sign_in_throttle t
        USING shopfloor.sign_in_keys(p_organization, p_email, p_remote_address) AS attempt
        WHERE t.scope = attempt.scope AND t.key_hash = attempt.key_hash AND attempt.scope <> 'address';
        RETURN;
    END IF;
    DELETE FROM shopfloor.sign_in_throttle WHERE window_start < now() - interval '1 day';
    FOR k IN SELECT * FROM shopfloor.sign_in_keys(p_organization, p_email, p_remote_address) LOOP
        INSERT INTO shopfloor.sign_in_throttle AS t (scope, key_hash, failures, window_start)
        VALUES (k.scope, k.key_hash, 1, now())
        ON CONFLICT (scope, key_hash) DO UPDATE
            SET failures = CASE WHEN t.window_start < now() - interval '15 minutes' AND (t.blocked_until IS NULL OR t.blocked_until < now())
                                THEN 1 ELSE t.failures + 1 END,
                window_start = CASE WHEN t.window_start < now() - interval '15 minutes' AND (t.blocked_until IS NULL OR t.blocked_until < now())
                                    THEN now() ELSE t.window_start END
        RETURNING t.failures INTO counted;
        IF k.scope = 'account_address' THEN
            account_failures := counted;
        END IF;
        IF counted >= k.threshold THEN
            backoff := least(interval '15 minutes', interval '30 seconds' * power(2, least(counted - k.threshold, 10)));
            UPDATE shopfloor.sign_in_throttle t SET blocked_until = now() + backoff
            WHERE t.scope = k.scope AND t.key_hash = k.key_hash;
            newly_blocked := greatest(newly_blocked, now() + backoff);
        END IF;
    END LOOP;

    IF account_failures = 1 THEN
        PERFORM shopfloor.record_sign_in_failure(p_organization, p_email, p_remote_address);
    ELSIF newly_blocked IS NOT NULL THEN
        SELECT t.id INTO org_id FROM shopfloor.tenants t WHERE t.slug = lower(btrim(p_organization));
        IF org_id IS NULL THEN
            RETURN;
        END IF;
        SELECT u.id INTO account_id FROM shopfloor.users u WHERE u.tenant_id = org_id AND lower(u.email) = lower(btrim(p_email));
        BEGIN
            address := p_remote_address::inet;
        EXCEPTION WHEN invalid_text_representation THEN
            address := NULL;
        END;
        PERFORM set_config('app.tenant_id', org_id::text, true);
        INSERT INTO shopfloor.audit_log (tenant_id, user_id, entity_type, entity_id, action, detail)
        VALUES (org_id, account_id, 'security', coalesce(account_id::text, ''), 'sign_in_throttled',
                jsonb_strip_nulls(jsonb_build_object(
                    'email', left(regexp_replace(btrim(p_email), '[[:cntrl:]]', '?', 'g'), 254),
                    'failures', account_failures,
                    'blocked_until', newly_blocked,
                    'remote_address', host(address))));
        PERFORM set_config('app.tenant_id', coalesce(caller_tenant, ''), true);
    END IF;
END
$$;
REVOKE ALL ON FUNCTION shopfloor.record_sign_in_outcome(text, text, text, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION shopfloor.record_sign_in_outcome(text, text, text, boolean) TO ${appRole};

-- A failed sign-in reaches the audit trail only through the throttle above, which records one row
-- per window rather than one per guess.
REVOKE EXECUTE ON FUNCTION shopfloor.record_sign_in_failure(text, text, text) FROM ${appRole};
