-- ---------------------------------------------------------------------------------------------
-- People, third part: who may be given a stage's work, and the time spent on it.
--
-- * An assignment is planned for a day (planned_on, in the organization's zone). The worker must
--   hold a valid skill for the stage on that day (qualified or expert, not expired), and the day's
--   assigned hours must stay within the worker's available hours (seed 000's rule
--   assigned_hours <= available_hours), unless someone with people:override wrote why (a row,
--   audited). Both are checked when a worker is given the work or its day moves; later changes
--   of the calendar show as overload on the workload, they do not undo assignments.
-- * Time on the job is intervals a worker spent, written from server-side events: start, pause
--   with a reason, resume, complete. The database refuses overlapping intervals of one worker
--   (an exclusion constraint) and intervals in the future; a closed interval changes only as a
--   manager's correction with a reason.
-- ---------------------------------------------------------------------------------------------

-- btree_gist lets the exclusion constraint compare tenant and worker with = beside the time range.
-- It is a trusted extension: the database owner installs it; its objects stay out of shopfloor.
CREATE SCHEMA IF NOT EXISTS shopfloor_extensions;
CREATE EXTENSION IF NOT EXISTS btree_gist SCHEMA shopfloor_extensions;

-- The organization's today, in its zone: the default day of an assignment and of a skill's check.
CREATE FUNCTION shopfloor.organization_today(p_tenant_id uuid) RETURNS date
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, shopfloor
    AS $$ SELECT (now() AT TIME ZONE t.timezone)::date FROM shopfloor.tenants t WHERE t.id = p_tenant_id $$;
GRANT EXECUTE ON FUNCTION shopfloor.organization_today(uuid) TO ${appRole};

ALTER TABLE shopfloor.stage_assignments ADD COLUMN planned_on date;
-- The workload: a worker's open work by day.
CREATE INDEX stage_assignments_worker_planned_idx ON shopfloor.stage_assignments (tenant_id, worker_id, planned_on)
    WHERE completed_at IS NULL;

-- ---------------------------------------------------------------------------------------------
-- Intervals of work. Stage work names its assignment; time outside stage work (maintenance,
-- training, cleaning, other) names a category and is entered whole. ended_at is NULL while it
-- runs; end_reason says why stage work stopped: a pause (break, waiting for material, machine
-- down, rework), another stage's work started (switched), or the work was completed.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE shopfloor.work_intervals (
    tenant_id          uuid        NOT NULL,
    id                 uuid        NOT NULL DEFAULT gen_random_uuid(),
    user_id            uuid        NOT NULL,
    assignment_id      uuid,
    category           text        CHECK (category IN ('maintenance', 'training', 'cleaning', 'other')),
    started_at         timestamptz NOT NULL,
    ended_at           timestamptz,
    end_reason         text        CHECK (end_reason IN ('break', 'material', 'machine', 'rework', 'switched', 'completed')),
    note               text        CHECK (note IS NULL OR length(note) <= 1000),
    created_by         uuid        NOT NULL,
    corrected_by       uuid,
    corrected_at       timestamptz,
    correction_reason  text        CHECK (correction_reason IS NULL OR length(btrim(correction_reason)) BETWEEN 1 AND 1000),
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    version            bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, user_id) REFERENCES shopfloor.users (tenant_id, id),
    FOREIGN KEY (tenant_id, assignment_id) REFERENCES shopfloor.stage_assignments (tenant_id, id),
    FOREIGN KEY (tenant_id, created_by) REFERENCES shopfloor.users (tenant_id, id),
    FOREIGN KEY (tenant_id, corrected_by) REFERENCES shopfloor.users (tenant_id, id),
    CONSTRAINT work_intervals_stage_work_or_category CHECK ((assignment_id IS NULL) <> (category IS NULL)),
    CONSTRAINT work_intervals_ends_after_start CHECK (ended_at IS NULL OR ended_at > started_at),
    CONSTRAINT work_intervals_other_time_is_whole CHECK (category IS NULL OR (ended_at IS NOT NULL AND end_reason IS NULL)),
    CONSTRAINT work_intervals_stage_work_ends_with_reason CHECK (assignment_id IS NULL OR (ended_at IS NULL) = (end_reason IS NULL)),
    CONSTRAINT work_intervals_correction_named CHECK ((corrected_by IS NULL) = (correction_reason IS NULL)
                                                      AND (corrected_by IS NULL) = (corrected_at IS NULL)),
    -- A running interval reaches to infinity, so nothing may start after it until it ends.
    CONSTRAINT work_intervals_no_overlap EXCLUDE USING gist (
        tenant_id WITH =, user_id WITH =, tstzrange(started_at, coalesce(ended_at, 'infinity'), '[)') WITH &&)
);
-- The running interval of a worker (My work), the intervals of a piece of work, a day's time.
CREATE INDEX work_intervals_running_idx ON shopfloor.work_intervals (tenant_id, user_id) WHERE ended_at IS NULL;
CREATE INDEX work_intervals_assignment_idx ON shopfloor.work_intervals (tenant_id, assignment_id, user_id);
CREATE INDEX work_intervals_started_idx ON shopfloor.work_intervals (tenant_id, started_at, user_id);
CREATE INDEX work_intervals_created_by_idx ON shopfloor.work_intervals (tenant_id, created_by);
CREATE INDEX work_intervals_corrected_by_idx ON shopfloor.work_intervals (tenant_id, corrected_by);

SELECT shopfloor.wall_off('shopfloor.work_intervals');
-- Time is history: corrected, never deleted.
DROP POLICY work_intervals_delete ON shopfloor.work_intervals;
-- A worker's time is read by the worker, people:read, and whoever plans production.
CREATE POLICY work_intervals_own_or_planner ON shopfloor.work_intervals AS RESTRICTIVE FOR SELECT TO ${appRole}
    USING (user_id = (SELECT shopfloor.current_app_user_id())
           OR (SELECT shopfloor.current_user_can('people:read'))
           OR (SELECT shopfloor.current_user_can('production:write')));
GRANT SELECT, INSERT, UPDATE ON shopfloor.work_intervals TO ${appRole};

-- Hours of an interval; a running one counts up to now.
CREATE FUNCTION shopfloor.interval_hours(p_started_at timestamptz, p_ended_at timestamptz) RETURNS numeric
    LANGUAGE sql STABLE
    AS $$ SELECT round((extract(epoch FROM coalesce(p_ended_at, now()) - p_started_at) / 3600)::numeric, 4) $$;
GRANT EXECUTE ON FUNCTION shopfloor.interval_hours(timestamptz, timestamptz) TO ${appRole};

-- Who writes time, as the database holds it (the schema owner, loading history, is spared the
-- authorship rules but not the clock):
-- * nothing starts or ends in the future (a minute is allowed for clocks of application nodes);
-- * one's own time, in one's own name: stage work with production:work, other time with
--   people:work; a production manager (production:write) starts and stops stage work for the
--   worker assigned; a people manager (people:write) enters anyone's;
-- * a running interval is closed once, with its reason; any other change of an interval is a
--   correction by people:write, in its own name, with a reason.
CREATE FUNCTION shopfloor.guard_work_intervals() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, shopfloor
    AS $$
DECLARE
    me uuid := shopfloor.current_app_user_id();
    closing boolean;
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.tenant_id IS DISTINCT FROM OLD.tenant_id THEN
        RETURN NEW; -- the tenant wall's keep_tenant trigger refuses it
    END IF;
    IF NEW.started_at > now() + interval '1 minute' OR NEW.ended_at > now() + interval '1 minute' THEN
        RAISE EXCEPTION 'Time on the job cannot start or end in the future' USING ERRCODE = 'check_violation';
    END IF;
    IF current_user <> '${appRole}' THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF NEW.created_by IS DISTINCT FROM me OR NEW.corrected_by IS NOT NULL THEN
            RAISE EXCEPTION 'Time is entered in one''s own name' USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF shopfloor.current_user_can('people:write')
           OR (NEW.user_id = me AND NEW.assignment_id IS NOT NULL AND shopfloor.current_user_can('production:work'))
           OR (NEW.user_id = me AND NEW.assignment_id IS NULL AND shopfloor.current_user_can('people:work'))
           OR (NEW.assignment_id IS NOT NULL AND shopfloor.current_user_can('production:write')) THEN
            RETURN NEW;
        END IF;
        RAISE EXCEPTION 'Workers keep their own time (production:work, people:work); managers enter others''' USING ERRCODE = 'insufficient_privilege';
    END IF;
    closing := OLD.ended_at IS NULL AND NEW.ended_at IS NOT NULL
        AND NEW.started_at = OLD.started_at AND NEW.user_id = OLD.user_id
        AND NEW.assignment_id IS NOT DISTINCT FROM OLD.assignment_id AND NEW.category IS NOT DISTINCT FROM OLD.category
        AND NEW.corrected_by IS NOT DISTINCT FROM OLD.corrected_by;
    IF closing AND (OLD.user_id = me OR shopfloor.current_user_can('production:write') OR shopfloor.current_user_can('people:write')) THEN
        RETURN NEW;
    END IF;
    IF NOT shopfloor.current_user_can('people:write') THEN
        RAISE EXCEPTION 'Time already recorded is corrected by people:write, with a reason' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.corrected_by IS DISTINCT FROM me OR NEW.correction_reason IS NULL THEN
        RAISE EXCEPTION 'A correction of time names who made it and why' USING ERRCODE = 'check_violation';
    END IF;
    NEW.corrected_at := now();
    RETURN NEW;
END
$$;
GRANT EXECUTE ON FUNCTION shopfloor.guard_work_intervals() TO ${appRole};
CREATE TRIGGER work_intervals_guard BEFORE INSERT OR UPDATE ON shopfloor.work_intervals
    FOR EACH ROW EXECUTE FUNCTION shopfloor.guard_work_intervals();
CREATE TRIGGER work_intervals_touch BEFORE UPDATE ON shopfloor.work_intervals
    FOR EACH ROW EXECUTE FUNCTION shopfloor.touch_updated_at();
CREATE TRIGGER work_intervals_audit AFTER INSERT OR UPDATE OR DELETE ON shopfloor.work_intervals
    FOR EACH ROW EXECUTE FUNCTION shopfloor.audit_row_change();

-- Completing a piece of work ends everyone's time on it, whoever completes it and whatever of
-- the others' time they may read: a definer's function, doing only that.
CREATE FUNCTION shopfloor.end_time_on_completed_work() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, shopfloor
    AS $$
BEGIN
    UPDATE shopfloor.work_intervals i SET ended_at = greatest(clock_timestamp(), i.started_at + interval '1 millisecond'),
                                          end_reason = 'completed'
    WHERE i.tenant_id = NEW.tenant_id AND i.assignment_id = NEW.id AND i.ended_at IS NULL;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION shopfloor.end_time_on_completed_work() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION shopfloor.end_time_on_completed_work() TO ${appRole};
CREATE TRIGGER stage_assignments_end_time AFTER UPDATE OF completed_at ON shopfloor.stage_assignments
    FOR EACH ROW WHEN (OLD.completed_at IS NULL AND NEW.completed_at IS NOT NULL)
    EXECUTE FUNCTION shopfloor.end_time_on_completed_work();

-- ---------------------------------------------------------------------------------------------
-- Hours: what a batch's work at a stage is estimated at (per order: the product's estimate for
-- the stage, else the stage's), and what remains of it (less the time anyone spent on it).
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION shopfloor.work_estimate(p_tenant_id uuid, p_batch_id uuid, p_stage_id uuid) RETURNS numeric
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, shopfloor
    AS $$
    SELECT coalesce(sum(coalesce(e.hours, s.estimated_hours, 0)), 0)
    FROM shopfloor.batch_orders m
    JOIN shopfloor.orders o ON o.tenant_id = m.tenant_id AND o.id = m.order_id
    JOIN shopfloor.production_stages s ON s.tenant_id = m.tenant_id AND s.id = p_stage_id
    LEFT JOIN shopfloor.product_stage_estimates e ON e.tenant_id = m.tenant_id AND e.product_id = o.product_id AND e.stage_id = p_stage_id
    WHERE m.tenant_id = p_tenant_id AND m.batch_id = p_batch_id
$$;
GRANT EXECUTE ON FUNCTION shopfloor.work_estimate(uuid, uuid, uuid) TO ${appRole};

CREATE FUNCTION shopfloor.work_remaining(p_tenant_id uuid, p_batch_id uuid, p_stage_id uuid, p_assignment_id uuid) RETURNS numeric
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, shopfloor
    AS $$
    SELECT greatest(shopfloor.work_estimate(p_tenant_id, p_batch_id, p_stage_id)
                    - coalesce((SELECT sum(shopfloor.interval_hours(i.started_at, i.ended_at)) FROM shopfloor.work_intervals i
                                WHERE i.tenant_id = p_tenant_id AND i.assignment_id = p_assignment_id), 0), 0)
$$;
GRANT EXECUTE ON FUNCTION shopfloor.work_remaining(uuid, uuid, uuid, uuid) TO ${appRole};

-- The day open work counts on: its planned day, or today when that has passed or none was set.
CREATE FUNCTION shopfloor.work_day(p_tenant_id uuid, p_planned_on date) RETURNS date
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, shopfloor
    AS $$ SELECT greatest(coalesce(p_planned_on, shopfloor.organization_today(p_tenant_id)), shopfloor.organization_today(p_tenant_id)) $$;
GRANT EXECUTE ON FUNCTION shopfloor.work_day(uuid, date) TO ${appRole};

-- A worker's assigned hours on a day: what remains of their open work that counts on that day.
CREATE FUNCTION shopfloor.assigned_hours(p_tenant_id uuid, p_user_id uuid, p_day date) RETURNS numeric
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, shopfloor
    AS $$
    SELECT coalesce(sum(shopfloor.work_remaining(a.tenant_id, a.batch_id, a.stage_id, a.id)), 0)
    FROM shopfloor.stage_assignments a
    JOIN shopfloor.batches b ON b.tenant_id = a.tenant_id AND b.id = a.batch_id AND b.completed_at IS NULL
    WHERE a.tenant_id = p_tenant_id AND a.worker_id = p_user_id AND a.completed_at IS NULL
      AND shopfloor.work_day(p_tenant_id, a.planned_on) = p_day
$$;
GRANT EXECUTE ON FUNCTION shopfloor.assigned_hours(uuid, uuid, date) TO ${appRole};

-- ---------------------------------------------------------------------------------------------
-- Overrides: someone with people:override lets a worker have work without the skill, or beyond
-- the day's hours, and says why. Written once, in one's own name; read by the check below.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE shopfloor.assignment_overrides (
    tenant_id      uuid        NOT NULL,
    id             uuid        NOT NULL DEFAULT gen_random_uuid(),
    assignment_id  uuid        NOT NULL,
    worker_id      uuid        NOT NULL,
    day            date        NOT NULL,
    rule           text        NOT NULL CHECK (rule IN ('skill', 'capacity')),
    reason         text        NOT NULL CHECK (length(btrim(reason)) BETWEEN 1 AND 1000),
    granted_by     uuid        NOT NULL,
    granted_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, assignment_id, worker_id, day, rule),
    FOREIGN KEY (tenant_id, assignment_id) REFERENCES shopfloor.stage_assignments (tenant_id, id),
    FOREIGN KEY (tenant_id, worker_id) REFERENCES shopfloor.users (tenant_id, id),
    FOREIGN KEY (tenant_id, granted_by) REFERENCES shopfloor.users (tenant_id, id)
);
CREATE INDEX assignment_overrides_worker_idx ON shopfloor.assignment_overrides (tenant_id, worker_id);
CREATE INDEX assignment_overrides_granted_by_idx ON shopfloor.assignment_overrides (tenant_id, granted_by);
SELECT shopfloor.wall_off('shopfloor.assignment_overrides');
DROP POLICY assignment_overrides_update ON shopfloor.assignment_overrides;
DROP POLICY assignment_overrides_delete ON shopfloor.assignment_overrides;
GRANT SELECT, INSERT ON shopfloor.assignment_overrides TO ${appRole};

CREATE FUNCTION shopfloor.guard_assignment_overrides() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, shopfloor
    AS $$
BEGIN
    IF current_user = '${appRole}'
       AND (NEW.granted_by IS DISTINCT FROM shopfloor.current_app_user_id() OR NOT shopfloor.current_user_can('people:override')) THEN
        RAISE EXCEPTION 'Only someone with people:override assigns past the skill or the hours, in their own name'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
GRANT EXECUTE ON FUNCTION shopfloor.guard_assignment_overrides() TO ${appRole};
CREATE TRIGGER assignment_overrides_guard BEFORE INSERT ON shopfloor.assignment_overrides
    FOR EACH ROW EXECUTE FUNCTION shopfloor.guard_assignment_overrides();
CREATE TRIGGER assignment_overrides_audit AFTER INSERT OR UPDATE OR DELETE ON shopfloor.assignment_overrides
    FOR EACH ROW EXECUTE FUNCTION shopfloor.audit_row_change();

-- What stops a worker from having a batch's work at a stage on a day, or NULL: the skill first,
-- then the hours. The day's sum leaves out the work itself as it stands (when it is already the
-- worker's on that day) and adds what remains of it. The assignment may not exist yet.
CREATE FUNCTION shopfloor.assignment_refusal(p_tenant_id uuid, p_assignment_id uuid, p_batch_id uuid, p_stage_id uuid,
                                             p_worker_id uuid, p_day date,
                                             OUT rule text, OUT assigned numeric, OUT needed numeric, OUT available numeric)
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, shopfloor
    AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM shopfloor.worker_skills k
                   WHERE k.tenant_id = p_tenant_id AND k.user_id = p_worker_id AND k.stage_id = p_stage_id
                     AND shopfloor.skill_valid(k.level, k.expires_on, p_day))
       AND NOT EXISTS (SELECT 1 FROM shopfloor.assignment_overrides o
                       WHERE o.tenant_id = p_tenant_id AND o.assignment_id = p_assignment_id AND o.worker_id = p_worker_id
                         AND o.day = p_day AND o.rule = 'skill') THEN
        rule := 'skill';
        RETURN;
    END IF;
    needed := shopfloor.work_remaining(p_tenant_id, p_batch_id, p_stage_id, p_assignment_id);
    assigned := shopfloor.assigned_hours(p_tenant_id, p_worker_id, p_day)
        - coalesce((SELECT needed FROM shopfloor.stage_assignments a
                    WHERE a.tenant_id = p_tenant_id AND a.id = p_assignment_id AND a.worker_id = p_worker_id
                      AND a.completed_at IS NULL AND shopfloor.work_day(p_tenant_id, a.planned_on) = p_day), 0);
    available := shopfloor.available_hours(p_tenant_id, p_worker_id, p_day);
    -- Work longer than the day's hours may start on a day with nothing else assigned (it takes the
    -- whole day); otherwise it must fit in what is left. A day without hours takes none.
    IF needed > 0 AND (available <= 0 OR assigned + least(needed, available) > available)
       AND NOT EXISTS (SELECT 1 FROM shopfloor.assignment_overrides o
                       WHERE o.tenant_id = p_tenant_id AND o.assignment_id = p_assignment_id AND o.worker_id = p_worker_id
                         AND o.day = p_day AND o.rule = 'capacity') THEN
        rule := 'capacity';
    END IF;
END
$$;
GRANT EXECUTE ON FUNCTION shopfloor.assignment_refusal(uuid, uuid, uuid, uuid, uuid, date) TO ${appRole};

-- Serialises assignments of one worker on one day, so two planners cannot both fill the last hours.
CREATE FUNCTION shopfloor.lock_worker_day(p_tenant_id uuid, p_worker_id uuid, p_day date) RETURNS void
    LANGUAGE sql
    SET search_path = pg_catalog, shopfloor
    AS $$ SELECT pg_advisory_xact_lock(hashtextextended(p_tenant_id::text || '/' || p_worker_id::text || '/' || p_day::text, 24)) $$;
GRANT EXECUTE ON FUNCTION shopfloor.lock_worker_day(uuid, uuid, date) TO ${appRole};

-- The first day from p_from (within two weeks) the worker has hours: an assignment's default day.
CREATE FUNCTION shopfloor.next_working_day(p_tenant_id uuid, p_user_id uuid, p_from date) RETURNS date
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, shopfloor
    AS $$
    SELECT coalesce((SELECT d::date FROM generate_series(p_from, p_from + 13, interval '1 day') AS d
                     WHERE shopfloor.available_hours(p_tenant_id, p_user_id, d::date) > 0 ORDER BY d LIMIT 1), p_from)
$$;
GRANT EXECUTE ON FUNCTION shopfloor.next_working_day(uuid, uuid, date) TO ${appRole};

-- Held for the application on insert with a worker and whenever the worker or the day changes;
-- the schema owner (the demo, bulk loads of history) is spared.
CREATE FUNCTION shopfloor.guard_assignment() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, shopfloor
    AS $$
DECLARE
    day date;
    refusal record;
BEGIN
    IF current_user <> '${appRole}' OR NEW.worker_id IS NULL OR NEW.completed_at IS NOT NULL
       OR (TG_OP = 'UPDATE' AND NEW.worker_id IS NOT DISTINCT FROM OLD.worker_id AND NEW.planned_on IS NOT DISTINCT FROM OLD.planned_on) THEN
        RETURN NEW;
    END IF;
    day := shopfloor.work_day(NEW.tenant_id, NEW.planned_on);
    PERFORM shopfloor.lock_worker_day(NEW.tenant_id, NEW.worker_id, day);
    SELECT * INTO refusal FROM shopfloor.assignment_refusal(NEW.tenant_id, NEW.id, NEW.batch_id, NEW.stage_id, NEW.worker_id, day);
    IF refusal.rule = 'skill' THEN
        RAISE EXCEPTION 'The worker has no valid skill for this stage on %', day
            USING ERRCODE = 'check_violation', CONSTRAINT = 'assignment_needs_skill';
    ELSIF refusal.rule = 'capacity' THEN
        RAISE EXCEPTION 'The worker''s day is full on %: % h assigned + % h of this work > % h available', day,
            trim_scale(refusal.assigned), trim_scale(refusal.needed), trim_scale(refusal.available)
            USING ERRCODE = 'check_violation', CONSTRAINT = 'assignment_needs_hours';
    END IF;
    RETURN NEW;
END
$$;
GRANT EXECUTE ON FUNCTION shopfloor.guard_assignment() TO ${appRole};
CREATE TRIGGER stage_assignments_assign_guard BEFORE INSERT OR UPDATE OF worker_id, planned_on ON shopfloor.stage_assignments
    FOR EACH ROW EXECUTE FUNCTION shopfloor.guard_assignment();
