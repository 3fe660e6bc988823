-- The one background-work mechanism (platform/jobs) and the audit log's retention.
--
-- Work is a row, claimed with FOR UPDATE SKIP LOCKED and a lease: however many server nodes poll,
-- each row runs on one of them at a time, and a node that dies mid-job loses its lease, so another
-- node takes the job over once the lease has passed. Two kinds of rows:
--   jobs               an organization's work (an import, an export, a report), run with that
--                      organization and the requesting user bound in each transaction;
--   installation_jobs  the installation's own upkeep (the audit log's partitions), which belongs
--                      to no organization and which the application role may only claim and finish.

-- ---------------------------------------------------------------------------------------------
-- An organization's jobs.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE shopfloor.jobs (
    tenant_id     uuid        NOT NULL REFERENCES shopfloor.tenants (id),
    id            uuid        NOT NULL DEFAULT gen_random_uuid(),
    kind          text        NOT NULL CHECK (kind ~ '^[a-z][a-z0-9_.]{0,62}$'),
    payload       jsonb       NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(payload) = 'object'),
    requested_by  uuid        NOT NULL,
    status        text        NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'done', 'failed')),
    run_after     timestamptz NOT NULL DEFAULT now(),
    attempts      integer     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    max_attempts  integer     NOT NULL DEFAULT 3 CHECK (max_attempts BETWEEN 1 AND 20),
    locked_by     text        CHECK (locked_by IS NULL OR length(locked_by) <= 200),
    locked_until  timestamptz,
    result        jsonb       CHECK (result IS NULL OR jsonb_typeof(result) = 'object'),
    last_error    text        CHECK (last_error IS NULL OR length(last_error) <= 2000),
    created_at    timestamptz NOT NULL DEFAULT now(),
    finished_at   timestamptz,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, requested_by) REFERENCES shopfloor.users (tenant_id, id)
);
-- What the claim looks for across organizations: due rows, queued or with a lapsed lease.
CREATE INDEX jobs_due_idx ON shopfloor.jobs (run_after) WHERE status IN ('queued', 'running');
CREATE INDEX jobs_tenant_created_idx ON shopfloor.jobs (tenant_id, created_at DESC);
CREATE INDEX jobs_requested_by_idx ON shopfloor.jobs (tenant_id, requested_by);

SELECT shopfloor.wall_off('shopfloor.jobs');
-- Queued by the application, finished by the runner; never deleted by it (the audit trail keeps them).
GRANT SELECT, INSERT, UPDATE ON shopfloor.jobs TO ${appRole};
CREATE TRIGGER jobs_audit AFTER INSERT OR UPDATE OR DELETE ON shopfloor.jobs
    FOR EACH ROW EXECUTE FUNCTION shopfloor.audit_row_change('ignore=locked_until', 'ignore=locked_by');

-- Claims up to p_limit due jobs of the kinds p_kinds (those this node can run: nodes of two
-- releases may run side by side) of any organization for worker p_worker for p_lease_seconds, and
-- says whose they are. Only finding due rows crosses organizations (the owner's SELECT policy);
-- each claim then binds the job's own organization, locks the row (SKIP LOCKED: a row another node
-- is claiming is left to it) and updates it through the ordinary policies.
CREATE POLICY jobs_owner_find ON shopfloor.jobs FOR SELECT TO ${ownerRole} USING (true);
CREATE FUNCTION shopfloor.claim_jobs(p_worker text, p_kinds text[], p_lease_seconds integer, p_limit integer)
    RETURNS TABLE (tenant_id uuid, id uuid, kind text, payload jsonb, requested_by uuid, attempts integer)
    LANGUAGE plpgsql VOLATILE
    SECURITY DEFINER
    SET search_path = pg_catalog, shopfloor
    AS $$
#variable_conflict use_column
DECLARE
    due record;
    caller_tenant text := current_setting('app.tenant_id', true);
    lease interval := make_interval(secs => least(greatest(p_lease_seconds, 5), 3600));
BEGIN
    FOR due IN
        SELECT j.tenant_id, j.id FROM shopfloor.jobs j
        WHERE j.status IN ('queued', 'running') AND j.run_after <= now()
          AND (j.status = 'queued' OR j.locked_until < now()) AND j.attempts < j.max_attempts
          AND j.kind = ANY (p_kinds)
        ORDER BY j.run_after
        LIMIT least(greatest(p_limit, 1), 50)
    LOOP
        PERFORM set_config('app.tenant_id', due.tenant_id::text, true);
        PERFORM 1 FROM shopfloor.jobs j
        WHERE j.tenant_id = due.tenant_id AND j.id = due.id
          AND j.status IN ('queued', 'running') AND (j.status = 'queued' OR j.locked_until < now())
        FOR UPDATE SKIP LOCKED;
        IF FOUND THEN
            RETURN QUERY
            UPDATE shopfloor.jobs j
               SET status = 'running', locked_by = left(p_worker, 200), attempts = j.attempts + 1, locked_until = now() + lease
             WHERE j.tenant_id = due.tenant_id AND j.id = due.id
            RETURNING j.tenant_id, j.id, j.kind, j.payload, j.requested_by, j.attempts;
        END IF;
    END LOOP;
    PERFORM set_config('app.tenant_id', coalesce(caller_tenant, ''), true);
END
$$;
REVOKE ALL ON FUNCTION shopfloor.claim_jobs(text, text[], integer, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION shopfloor.claim_jobs(text, text[], integer, integer) TO ${appRole};

-- ---------------------------------------------------------------------------------------------
-- The installation's own upkeep. No organization's data: the application role has no privilege
-- on the table and reaches it only through the two functions below.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE shopfloor.installation_jobs (
    name          text        PRIMARY KEY CHECK (name ~ '^[a-z][a-z0-9_.]{0,62}$'),
    every         interval    NOT NULL CHECK (every >= interval '1 minute'),
    next_run_at   timestamptz NOT NULL DEFAULT now(),
    locked_by     text,
    locked_until  timestamptz,
    last_run_at   timestamptz,
    last_error    text
);
ALTER TABLE shopfloor.installation_jobs ENABLE ROW LEVEL SECURITY;
ALTER TABLE shopfloor.installation_jobs FORCE ROW LEVEL SECURITY;
CREATE POLICY installation_jobs_owner ON shopfloor.installation_jobs TO ${ownerRole} USING (true) WITH CHECK (true);
REVOKE ALL ON shopfloor.installation_jobs FROM PUBLIC;
INSERT INTO shopfloor.installation_jobs (name, every) VALUES ('audit.partitions', interval '6 hours');

-- True when p_worker now holds the job for p_lease_seconds: it was due and nobody else held it.
CREATE FUNCTION shopfloor.claim_installation_job(p_name text, p_worker text, p_lease_seconds integer)
    RETURNS boolean
    LANGUAGE sql VOLATILE
    SECURITY DEFINER
    SET search_path = pg_catalog, shopfloor
    AS $$
    WITH due AS (
        SELECT j.name FROM shopfloor.installation_jobs j
        WHERE j.name = p_name AND j.next_run_at <= now() AND (j.locked_until IS NULL OR j.locked_until < now())
        FOR UPDATE SKIP LOCKED
    ), claimed AS (
        UPDATE shopfloor.installation_jobs j
           SET locked_by = left(p_worker, 200), locked_until = now() + make_interval(secs => least(greatest(p_lease_seconds, 5), 3600))
          FROM due WHERE j.name = due.name
        RETURNING 1
    )
    SELECT EXISTS (SELECT 1 FROM claimed)
$$;
REVOKE ALL ON FUNCTION shopfloor.claim_installation_job(text, text, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION shopfloor.claim_installation_job(text, text, integer) TO ${appRole};

-- The holder reports the run: done (p_error NULL) or failed; the next run is due after its interval.
CREATE FUNCTION shopfloor.finish_installation_job(p_name text, p_worker text, p_error text)
    RETURNS void
    LANGUAGE sql VOLATILE
    SECURITY DEFINER
    SET search_path = pg_catalog, shopfloor
    AS $$
    UPDATE shopfloor.installation_jobs j
       SET locked_by = NULL, locked_until = NULL, last_run_at = now(), last_error = left(p_error, 2000),
           next_run_at = now() + CASE WHEN p_error IS NULL THEN j.every ELSE least(j.every, interval '15 minutes') END
     WHERE j.name = p_name AND j.locked_by = left(p_worker, 200)
$$;
REVOKE ALL ON FUNCTION shopfloor.finish_installation_job(text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION shopfloor.finish_installation_job(text, text, text) TO ${appRole};

-- ---------------------------------------------------------------------------------------------
-- The audit log's retention: monthly partitions prepared ahead, and detached and dropped once
-- every day in them is older than the retention. The retention is the installation's (an
-- operator's UPDATE as the owner), never below 12 months; the application role can neither
-- change it nor drop audit data except through maintain_audit_partitions(), which knows no date
-- but today's.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE shopfloor.installation_settings (
    name   text PRIMARY KEY CHECK (name ~ '^[a-z][a-z0-9_.]{0,62}$'),
    value  text NOT NULL,
    CONSTRAINT installation_settings_audit_retention CHECK (name <> 'audit.retention_months' OR (value ~ '^[0-9]{1,4}$' AND value::integer >= 12))
);
ALTER TABLE shopfloor.installation_settings ENABLE ROW LEVEL SECURITY;
ALTER TABLE shopfloor.installation_settings FORCE ROW LEVEL SECURITY;
CREATE POLICY installation_settings_owner ON shopfloor.installation_settings TO ${ownerRole} USING (true) WITH CHECK (true);
REVOKE ALL ON shopfloor.installation_settings FROM PUBLIC;
INSERT INTO shopfloor.installation_settings (name, value) VALUES ('audit.retention_months', '24');

-- As of p_today: partitions for this month and the next p_ahead months exist, and those wholly
-- before (this month - retention) are detached and dropped. Returns what it did, for the log.
-- Owner only: tests call it with a fixed day; the application calls the wrapper below.
CREATE FUNCTION shopfloor.maintain_audit_partitions_as_of(p_today date, p_ahead integer)
    RETURNS TABLE (created integer, dropped text[])
    LANGUAGE plpgsql VOLATILE
    SET search_path = pg_catalog, shopfloor
    AS $$
DECLARE
    retention integer := greatest(12, (SELECT s.value::integer FROM shopfloor.installation_settings s WHERE s.name = 'audit.retention_months'));
    keep_from date := (date_trunc('month', p_today) - make_interval(months => retention))::date;
    p record;
    gone text[] := ARRAY[]::text[];
BEGIN
    created := shopfloor.create_audit_partitions(p_today, greatest(p_ahead, 1) + 1);
    FOR p IN
        SELECT c.relname,
               to_date(substring(c.relname FROM 'audit_log_y([0-9]{4})m') || substring(c.relname FROM 'm([0-9]{2})$') || '01', 'YYYYMMDD') AS month_start
        FROM pg_inherits i
        JOIN pg_class c ON c.oid = i.inhrelid
        WHERE i.inhparent = 'shopfloor.audit_log'::regclass AND c.relname ~ '^audit_log_y[0-9]{4}m[0-9]{2}$'
        ORDER BY c.relname
    LOOP
        IF (p.month_start + interval '1 month')::date <= keep_from THEN
            EXECUTE format('ALTER TABLE shopfloor.audit_log DETACH PARTITION shopfloor.%I', p.relname);
            EXECUTE format('DROP TABLE shopfloor.%I', p.relname);
            gone := gone || p.relname::text;
        END IF;
    END LOOP;
    dropped := gone;
    RETURN NEXT;
END
$$;
REVOKE ALL ON FUNCTION shopfloor.maintain_audit_partitions_as_of(date, integer) FROM PUBLIC;

CREATE FUNCTION shopfloor.maintain_audit_partitions()
    RETURNS TABLE (created integer, dropped text[])
    LANGUAGE sql VOLATILE
    SECURITY DEFINER
    SET search_path = pg_catalog, shopfloor
    AS $$
    SELECT * FROM shopfloor.maintain_audit_partitions_as_of(current_date, 3)
$$;
REVOKE ALL ON FUNCTION shopfloor.maintain_audit_partitions() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION shopfloor.maintain_audit_partitions() TO ${appRole};
