-- ---------------------------------------------------------------------------------------------
-- People, second part: when a worker is available. One calendar serves every use (the workload,
-- the capacity check of an assignment, overtime). For a day in the organization's zone it is,
-- first matching: the worker's approved exception (leave, half day, overtime), an organization
-- holiday (no hours), the worker's own weekly pattern, the organization's default pattern.
-- ---------------------------------------------------------------------------------------------

-- Hours per ISO weekday (1 = Monday); no user is the organization's default.
CREATE TABLE shopfloor.work_patterns (
    tenant_id   uuid         NOT NULL,
    id          uuid         NOT NULL DEFAULT gen_random_uuid(),
    user_id     uuid,
    weekday     smallint     NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    hours       numeric(4,2) NOT NULL CHECK (hours BETWEEN 0 AND 24),
    created_at  timestamptz  NOT NULL DEFAULT now(),
    updated_at  timestamptz  NOT NULL DEFAULT now(),
    version     bigint       NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE NULLS NOT DISTINCT (tenant_id, user_id, weekday),
    FOREIGN KEY (tenant_id, user_id) REFERENCES shopfloor.users (tenant_id, id)
);

CREATE TABLE shopfloor.organization_holidays (
    tenant_id   uuid        NOT NULL,
    id          uuid        NOT NULL DEFAULT gen_random_uuid(),
    day         date        NOT NULL,
    name        text        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    version     bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, day)
);

-- A dated exception: the hours the worker is available that day. Managers (people:write) enter
-- them approved; a worker (people:work) requests their own, which a manager approves or denies.
CREATE TABLE shopfloor.availability_exceptions (
    tenant_id     uuid         NOT NULL,
    id            uuid         NOT NULL DEFAULT gen_random_uuid(),
    user_id       uuid         NOT NULL,
    day           date         NOT NULL,
    kind          text         NOT NULL CHECK (kind IN ('leave', 'half_day', 'overtime', 'holiday')),
    hours         numeric(4,2) NOT NULL CHECK (hours BETWEEN 0 AND 24),
    note          text         CHECK (note IS NULL OR length(note) <= 1000),
    status        text         NOT NULL DEFAULT 'requested' CHECK (status IN ('requested', 'approved', 'denied')),
    requested_by  uuid         NOT NULL,
    decided_by    uuid,
    decided_at    timestamptz,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    updated_at    timestamptz  NOT NULL DEFAULT now(),
    version       bigint       NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    CHECK ((status = 'requested') = (decided_at IS NULL)),
    FOREIGN KEY (tenant_id, user_id) REFERENCES shopfloor.users (tenant_id, id),
    FOREIGN KEY (tenant_id, requested_by) REFERENCES shopfloor.users (tenant_id, id),
    FOREIGN KEY (tenant_id, decided_by) REFERENCES shopfloor.users (tenant_id, id)
);
-- At most one standing (requested or approved) exception per worker and day.
CREATE UNIQUE INDEX availability_exceptions_standing_idx ON shopfloor.availability_exceptions (tenant_id, user_id, day)
    WHERE status <> 'denied';
CREATE INDEX availability_exceptions_day_idx ON shopfloor.availability_exceptions (tenant_id, day);
CREATE INDEX availability_exceptions_requested_by_idx ON shopfloor.availability_exceptions (tenant_id, requested_by);
CREATE INDEX availability_exceptions_decided_by_idx ON shopfloor.availability_exceptions (tenant_id, decided_by);

SELECT shopfloor.wall_off('shopfloor.work_patterns');
SELECT shopfloor.wall_off('shopfloor.organization_holidays');
SELECT shopfloor.wall_off('shopfloor.availability_exceptions');
-- A worker's leave is their own business: the application reads their own exceptions, or all of
-- them with people:read or production:write (who plans the work needs to know who is away).
CREATE POLICY availability_exceptions_own_or_planner ON shopfloor.availability_exceptions AS RESTRICTIVE FOR SELECT TO ${appRole}
    USING (user_id = (SELECT shopfloor.current_app_user_id())
           OR (SELECT shopfloor.current_user_can('people:read'))
           OR (SELECT shopfloor.current_user_can('production:write')));
GRANT SELECT, INSERT, UPDATE, DELETE ON shopfloor.work_patterns, shopfloor.organization_holidays, shopfloor.availability_exceptions
    TO ${appRole};

-- Patterns and holidays are kept by people:write (V22's guard).
CREATE TRIGGER work_patterns_guard BEFORE INSERT OR UPDATE OR DELETE ON shopfloor.work_patterns
    FOR EACH ROW EXECUTE FUNCTION shopfloor.guard_people_writes();
CREATE TRIGGER organization_holidays_guard BEFORE INSERT OR UPDATE OR DELETE ON shopfloor.organization_holidays
    FOR EACH ROW EXECUTE FUNCTION shopfloor.guard_people_writes();

-- Exceptions: people:write enters, approves and denies any; people:work requests one's own, in
-- one's own name, and takes back a request not yet decided. A decision names who made it.
CREATE FUNCTION shopfloor.guard_availability_exceptions() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, shopfloor
    AS $$
DECLARE
    me uuid := shopfloor.current_app_user_id();
    row_now shopfloor.availability_exceptions := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
BEGIN
    IF current_user <> '${appRole}' THEN
        RETURN row_now;
    END IF;
    IF TG_OP <> 'DELETE' AND NEW.status <> 'requested' AND NEW.decided_by IS DISTINCT FROM me THEN
        RAISE EXCEPTION 'A decision on an exception is made in one''s own name' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF shopfloor.current_user_can('people:write') THEN
        RETURN row_now;
    END IF;
    IF shopfloor.current_user_can('people:work') AND row_now.user_id = me AND row_now.requested_by = me
       AND row_now.status = 'requested' AND (TG_OP = 'INSERT' OR OLD.status = 'requested') THEN
        RETURN row_now;
    END IF;
    RAISE EXCEPTION 'Workers request their own days off (people:work); managers decide (people:write)'
        USING ERRCODE = 'insufficient_privilege';
END
$$;
GRANT EXECUTE ON FUNCTION shopfloor.guard_availability_exceptions() TO ${appRole};
CREATE TRIGGER availability_exceptions_guard BEFORE INSERT OR UPDATE OR DELETE ON shopfloor.availability_exceptions
    FOR EACH ROW EXECUTE FUNCTION shopfloor.guard_availability_exceptions();

CREATE TRIGGER work_patterns_touch BEFORE UPDATE ON shopfloor.work_patterns
    FOR EACH ROW EXECUTE FUNCTION shopfloor.touch_updated_at();
CREATE TRIGGER organization_holidays_touch BEFORE UPDATE ON shopfloor.organization_holidays
    FOR EACH ROW EXECUTE FUNCTION shopfloor.touch_updated_at();
CREATE TRIGGER availability_exceptions_touch BEFORE UPDATE ON shopfloor.availability_exceptions
    FOR EACH ROW EXECUTE FUNCTION shopfloor.touch_updated_at();
CREATE TRIGGER work_patterns_audit AFTER INSERT OR UPDATE OR DELETE ON shopfloor.work_patterns
    FOR EACH ROW EXECUTE FUNCTION shopfloor.audit_row_change();
CREATE TRIGGER organization_holidays_audit AFTER INSERT OR UPDATE OR DELETE ON shopfloor.organization_holidays
    FOR EACH ROW EXECUTE FUNCTION shopfloor.audit_row_change();
CREATE TRIGGER availability_exceptions_audit AFTER INSERT OR UPDATE OR DELETE ON shopfloor.availability_exceptions
    FOR EACH ROW EXECUTE FUNCTION shopfloor.audit_row_change();

-- The hours a worker is available on a day, by the rule at the top. Under the caller's rights:
-- whoever may plan sees the exceptions it needs (the policy above).
CREATE FUNCTION shopfloor.available_hours(p_tenant_id uuid, p_user_id uuid, p_day date) RETURNS numeric
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, shopfloor
    AS $$
    SELECT coalesce(
        (SELECT e.hours FROM shopfloor.availability_exceptions e
          WHERE e.tenant_id = p_tenant_id AND e.user_id = p_user_id AND e.day = p_day AND e.status = 'approved'),
        (SELECT 0::numeric FROM shopfloor.organization_holidays h WHERE h.tenant_id = p_tenant_id AND h.day = p_day),
        (SELECT w.hours FROM shopfloor.work_patterns w
          WHERE w.tenant_id = p_tenant_id AND w.user_id = p_user_id AND w.weekday = extract(isodow FROM p_day)),
        (SELECT w.hours FROM shopfloor.work_patterns w
          WHERE w.tenant_id = p_tenant_id AND w.user_id IS NULL AND w.weekday = extract(isodow FROM p_day)),
        0::numeric)
$$;
GRANT EXECUTE ON FUNCTION shopfloor.available_hours(uuid, uuid, date) TO ${appRole};

-- Every organization starts with Monday to Friday, 8 hours a day, as its default.
CREATE FUNCTION shopfloor.seed_work_pattern(p_tenant_id uuid) RETURNS void
    LANGUAGE sql
    SET search_path = pg_catalog, shopfloor
    AS $$
    INSERT INTO shopfloor.work_patterns (tenant_id, user_id, weekday, hours)
    SELECT p_tenant_id, NULL, d, CASE WHEN d <= 5 THEN 8 ELSE 0 END FROM generate_series(1, 7) AS d
$$;
CREATE FUNCTION shopfloor.seed_tenant_work_pattern() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, shopfloor
    AS $$
BEGIN
    PERFORM shopfloor.seed_work_pattern(NEW.id);
    RETURN NULL;
END
$$;
GRANT EXECUTE ON FUNCTION shopfloor.seed_work_pattern(uuid) TO ${appRole};
GRANT EXECUTE ON FUNCTION shopfloor.seed_tenant_work_pattern() TO ${appRole};
CREATE TRIGGER tenants_seed_work_pattern AFTER INSERT ON shopfloor.tenants
    FOR EACH ROW EXECUTE FUNCTION shopfloor.seed_tenant_work_pattern();

DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT id FROM shopfloor.tenants ORDER BY id LOOP
        PERFORM set_config('app.tenant_id', t.id::text, true);
        PERFORM shopfloor.seed_work_pattern(t.id);
    END LOOP;
    PERFORM set_config('app.tenant_id', '', true);
END
$$;
