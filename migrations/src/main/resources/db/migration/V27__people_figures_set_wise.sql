-- ---------------------------------------------------------------------------------------------
-- People's figures, read a screen at a time.
--
-- * Open work: what remains of each piece of a worker's open work and the day it counts on, as
--   one query for many workers (the workload grid, the worker menus) instead of a function call
--   per worker, day and piece of work. The functions below carry no SET clause (every name in
--   them is qualified), so PostgreSQL inlines them into the query that uses them.
-- * Results of completed work: per completed piece of work and product, the units, estimated,
--   worked and paused time and the first checks, recorded when the work completes and kept up to
--   date when its time is corrected or its checks complete, and summed per day, worker, stage and
--   product, so the production metrics read a range of days from one index instead of walking
--   each piece of work's orders, time and checks.
-- ---------------------------------------------------------------------------------------------

-- The day open work counts on: its planned day, or today once that has passed or none was set.
CREATE FUNCTION shopfloor.counting_day(p_planned_on date, p_today date) RETURNS date
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT greatest(coalesce(p_planned_on, p_today), p_today) $$;
GRANT EXECUTE ON FUNCTION shopfloor.counting_day(date, date) TO ${appRole};

CREATE OR REPLACE FUNCTION shopfloor.work_day(p_tenant_id uuid, p_planned_on date) RETURNS date
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, shopfloor
    AS $$ SELECT shopfloor.counting_day(p_planned_on, shopfloor.organization_today(p_tenant_id)) $$;

-- The hours that remain of a batch's work at a stage: its estimate (per order, the product's
-- estimate for the stage, else the stage's) less the time spent on the assignment, never below
-- nothing. Without an assignment nothing was spent: the estimate itself.
CREATE FUNCTION shopfloor.work_left(p_tenant_id uuid, p_batch_id uuid, p_stage_id uuid, p_assignment_id uuid)
    RETURNS TABLE (hours numeric)
    LANGUAGE sql STABLE
    AS $$
    SELECT greatest(
        (SELECT coalesce(sum(coalesce(e.hours, s.estimated_hours, 0)), 0)
         FROM shopfloor.batch_orders m
         JOIN shopfloor.orders o ON o.tenant_id = m.tenant_id AND o.id = m.order_id
         JOIN shopfloor.production_stages s ON s.tenant_id = m.tenant_id AND s.id = p_stage_id
         LEFT JOIN shopfloor.product_stage_estimates e ON e.tenant_id = m.tenant_id AND e.product_id = o.product_id
                                                       AND e.stage_id = p_stage_id
         WHERE m.tenant_id = p_tenant_id AND m.batch_id = p_batch_id)
        - (SELECT coalesce(sum(shopfloor.interval_hours(i.started_at, i.ended_at)), 0)
           FROM shopfloor.work_intervals i
           WHERE i.tenant_id = p_tenant_id AND i.assignment_id = p_assignment_id),
        0)
$$;
GRANT EXECUTE ON FUNCTION shopfloor.work_left(uuid, uuid, uuid, uuid) TO ${appRole};

CREATE OR REPLACE FUNCTION shopfloor.work_estimate(p_tenant_id uuid, p_batch_id uuid, p_stage_id uuid) RETURNS numeric
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, shopfloor
    AS $$ SELECT w.hours FROM shopfloor.work_left(p_tenant_id, p_batch_id, p_stage_id, NULL) w $$;

CREATE OR REPLACE FUNCTION shopfloor.work_remaining(p_tenant_id uuid, p_batch_id uuid, p_stage_id uuid, p_assignment_id uuid) RETURNS numeric
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, shopfloor
    AS $$ SELECT w.hours FROM shopfloor.work_left(p_tenant_id, p_batch_id, p_stage_id, p_assignment_id) w $$;

-- The workers' open work in batches still running: the day each piece counts on and the hours that
-- remain of it.
CREATE FUNCTION shopfloor.open_work(p_tenant_id uuid, p_workers uuid[])
    RETURNS TABLE (assignment_id uuid, worker_id uuid, day date, remaining numeric)
    LANGUAGE sql STABLE
    AS $$
    SELECT a.id, a.worker_id, shopfloor.counting_day(a.planned_on, t.today), w.hours
    FROM (SELECT shopfloor.organization_today(p_tenant_id) AS today OFFSET 0) t -- OFFSET 0: read once, not per row
    JOIN shopfloor.stage_assignments a ON a.tenant_id = p_tenant_id AND a.worker_id = ANY (p_workers) AND a.completed_at IS NULL
    JOIN shopfloor.batches b ON b.tenant_id = a.tenant_id AND b.id = a.batch_id AND b.completed_at IS NULL
    CROSS JOIN LATERAL shopfloor.work_left(a.tenant_id, a.batch_id, a.stage_id, a.id) w
$$;
GRANT EXECUTE ON FUNCTION shopfloor.open_work(uuid, uuid[]) TO ${appRole};

CREATE OR REPLACE FUNCTION shopfloor.assigned_hours(p_tenant_id uuid, p_user_id uuid, p_day date) RETURNS numeric
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, shopfloor
    AS $$
    SELECT coalesce(sum(w.remaining), 0) FROM shopfloor.open_work(p_tenant_id, ARRAY[p_user_id]) w WHERE w.day = p_day
$$;

-- Worked hours of a range of days read one worker's intervals in the order they started: those that
-- start in the range, and the one before it that may run into it (one's intervals never overlap).
CREATE INDEX work_intervals_user_started_idx ON shopfloor.work_intervals (tenant_id, user_id, started_at);

-- ---------------------------------------------------------------------------------------------
-- The results of completed work, per piece of work and product: the units (orders) of the product
-- in the batch, the time estimated for them, the time worked on the work and the time it stood
-- paused between its first start and completion (both shared among the products by their
-- estimates, else by units), and the first checks filed on the batch at the stage that covered the
-- product, and how many of them passed. Times are whole seconds: sums of integers stay cheap.
-- ---------------------------------------------------------------------------------------------
-- The formula, read only by the owner's functions below (and bulk loads): with the caller's rights.
CREATE VIEW shopfloor.completed_work_results WITH (security_invoker = true) AS
SELECT a.tenant_id, a.id AS assignment_id, p.product_id, a.worker_id, a.stage_id, a.completed_at,
       CAST(a.completed_at AT TIME ZONE t.timezone AS date) AS day, p.units,
       round(p.estimated * 3600)::bigint AS estimated_seconds,
       round(coalesce(spent.worked, 0) * p.share)::bigint AS worked_seconds,
       round(greatest(coalesce(spent.elapsed, 0) - coalesce(spent.worked, 0), 0) * p.share)::bigint AS paused_seconds,
       coalesce(k.checks, 0) AS checks, coalesce(k.passed, 0) AS passed
FROM shopfloor.stage_assignments a
JOIN shopfloor.tenants t ON t.id = a.tenant_id
CROSS JOIN LATERAL (
    SELECT x.product_id, x.units, x.estimated,
           CASE WHEN sum(x.estimated) OVER () > 0 THEN x.estimated / sum(x.estimated) OVER ()
                ELSE x.units::numeric / sum(x.units) OVER () END AS share
    FROM (SELECT o.product_id, count(*) AS units, sum(coalesce(e.hours, s.estimated_hours, 0)) AS estimated
          FROM shopfloor.batch_orders m
          JOIN shopfloor.orders o ON o.tenant_id = m.tenant_id AND o.id = m.order_id
          JOIN shopfloor.production_stages s ON s.tenant_id = a.tenant_id AND s.id = a.stage_id
          LEFT JOIN shopfloor.product_stage_estimates e ON e.tenant_id = m.tenant_id AND e.product_id = o.product_id
                                                        AND e.stage_id = a.stage_id
          WHERE m.tenant_id = a.tenant_id AND m.batch_id = a.batch_id
          GROUP BY o.product_id) x) p
LEFT JOIN LATERAL (
    SELECT sum(extract(epoch FROM i.ended_at - i.started_at)) AS worked,
           extract(epoch FROM a.completed_at - min(i.started_at)) AS elapsed
    FROM shopfloor.work_intervals i
    WHERE i.tenant_id = a.tenant_id AND i.assignment_id = a.id AND i.ended_at IS NOT NULL) spent ON true
LEFT JOIN LATERAL (
    SELECT count(*) AS checks, count(*) FILTER (WHERE f.passed) AS passed
    FROM (SELECT DISTINCT ON (q.template_id, q.order_id) q.id, q.status IN ('good', 'warning') AS passed
          FROM shopfloor.quality_checks q
          WHERE q.tenant_id = a.tenant_id AND q.batch_id = a.batch_id AND q.stage_id = a.stage_id AND q.completed_at IS NOT NULL
          ORDER BY q.template_id, q.order_id, q.completed_at) f
    JOIN shopfloor.quality_check_products c ON c.tenant_id = a.tenant_id AND c.check_id = f.id
                                            AND c.product_id = p.product_id) k ON true
WHERE a.completed_at IS NOT NULL AND a.worker_id IS NOT NULL;
REVOKE ALL ON shopfloor.completed_work_results FROM PUBLIC;

CREATE TABLE shopfloor.work_results (
    tenant_id         uuid        NOT NULL,
    id                uuid        NOT NULL DEFAULT gen_random_uuid(),
    assignment_id     uuid        NOT NULL,
    product_id        uuid,
    worker_id         uuid        NOT NULL,
    stage_id          uuid        NOT NULL,
    completed_at      timestamptz NOT NULL,
    day               date        NOT NULL,
    units             integer     NOT NULL CHECK (units > 0),
    estimated_seconds bigint      NOT NULL CHECK (estimated_seconds >= 0),
    worked_seconds    bigint      NOT NULL CHECK (worked_seconds >= 0),
    paused_seconds    bigint      NOT NULL CHECK (paused_seconds >= 0),
    checks            integer     NOT NULL CHECK (checks >= 0),
    passed            integer     NOT NULL CHECK (passed BETWEEN 0 AND checks),
    PRIMARY KEY (tenant_id, id),
    UNIQUE NULLS NOT DISTINCT (tenant_id, assignment_id, product_id),
    FOREIGN KEY (tenant_id, assignment_id) REFERENCES shopfloor.stage_assignments (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, product_id) REFERENCES shopfloor.products (tenant_id, id),
    FOREIGN KEY (tenant_id, worker_id) REFERENCES shopfloor.users (tenant_id, id),
    FOREIGN KEY (tenant_id, stage_id) REFERENCES shopfloor.production_stages (tenant_id, id)
);
CREATE INDEX work_results_product_idx ON shopfloor.work_results (tenant_id, product_id);
-- A worker's days, summed again when their results change.
CREATE INDEX work_results_worker_day_idx ON shopfloor.work_results (tenant_id, worker_id, day);
CREATE INDEX work_results_stage_idx ON shopfloor.work_results (tenant_id, stage_id);

-- The results summed per day (the organization's, when the work completed), worker, stage and
-- product: what the metrics read. A range of days is a range of one index, in the order the
-- metrics are listed, so a page of the finest metrics reads only its rows.
CREATE TABLE shopfloor.work_result_days (
    tenant_id         uuid    NOT NULL,
    id                uuid    NOT NULL DEFAULT gen_random_uuid(),
    day               date    NOT NULL,
    worker_id         uuid    NOT NULL,
    stage_id          uuid    NOT NULL,
    product_id        uuid,
    units             integer NOT NULL CHECK (units > 0),
    estimated_seconds bigint  NOT NULL CHECK (estimated_seconds >= 0),
    worked_seconds    bigint  NOT NULL CHECK (worked_seconds >= 0),
    paused_seconds    bigint  NOT NULL CHECK (paused_seconds >= 0),
    checks            integer NOT NULL CHECK (checks >= 0),
    passed            integer NOT NULL CHECK (passed BETWEEN 0 AND checks),
    PRIMARY KEY (tenant_id, id),
    UNIQUE NULLS NOT DISTINCT (tenant_id, day, worker_id, stage_id, product_id)
        INCLUDE (units, estimated_seconds, worked_seconds, paused_seconds, checks, passed),
    FOREIGN KEY (tenant_id, product_id) REFERENCES shopfloor.products (tenant_id, id),
    FOREIGN KEY (tenant_id, worker_id) REFERENCES shopfloor.users (tenant_id, id),
    FOREIGN KEY (tenant_id, stage_id) REFERENCES shopfloor.production_stages (tenant_id, id)
);
CREATE INDEX work_result_days_product_idx ON shopfloor.work_result_days (tenant_id, product_id);
CREATE INDEX work_result_days_worker_idx ON shopfloor.work_result_days (tenant_id, worker_id);
CREATE INDEX work_result_days_stage_idx ON shopfloor.work_result_days (tenant_id, stage_id);

-- Both are written only by the owner's function below (inserted and deleted, never updated),
-- within the organization; the application is granted reading alone, a worker's figures to the
-- worker and to people:read.
SELECT shopfloor.wall_off('shopfloor.work_results');
SELECT shopfloor.wall_off('shopfloor.work_result_days');
DROP POLICY work_results_update ON shopfloor.work_results;
DROP POLICY work_result_days_update ON shopfloor.work_result_days;
CREATE POLICY work_results_own_or_people ON shopfloor.work_results AS RESTRICTIVE FOR SELECT TO ${appRole}
    USING (worker_id = (SELECT shopfloor.current_app_user_id()) OR (SELECT shopfloor.current_user_can('people:read')));
CREATE POLICY work_result_days_own_or_people ON shopfloor.work_result_days AS RESTRICTIVE FOR SELECT TO ${appRole}
    USING (worker_id = (SELECT shopfloor.current_app_user_id()) OR (SELECT shopfloor.current_user_can('people:read')));
GRANT SELECT ON shopfloor.work_results, shopfloor.work_result_days TO ${appRole};

-- Records anew the results of the given pieces of work (those no longer completed lose theirs)
-- and sums again the days of the workers they counted for and count for now. An organization's
-- results are recorded by one transaction at a time, so two pieces of one worker's work completing
-- together do not both write the same day's sums.
CREATE FUNCTION shopfloor.record_work_results(p_tenant_id uuid, p_assignment_ids uuid[]) RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, shopfloor
    AS $$
DECLARE
    workers uuid[];
    days date[];
BEGIN
    PERFORM pg_advisory_xact_lock(hashtextextended(p_tenant_id::text || '/work_results', 27));
    SELECT array_agg(k.worker_id), array_agg(k.day) INTO workers, days
    FROM (SELECT DISTINCT r.worker_id, r.day FROM shopfloor.work_results r
          WHERE r.tenant_id = p_tenant_id AND r.assignment_id = ANY (p_assignment_ids)) k;
    DELETE FROM shopfloor.work_results r WHERE r.tenant_id = p_tenant_id AND r.assignment_id = ANY (p_assignment_ids);

    WITH added AS (
        INSERT INTO shopfloor.work_results (tenant_id, assignment_id, product_id, worker_id, stage_id, completed_at, day, units,
                                            estimated_seconds, worked_seconds, paused_seconds, checks, passed)
        SELECT v.tenant_id, v.assignment_id, v.product_id, v.worker_id, v.stage_id, v.completed_at, v.day, v.units,
               v.estimated_seconds, v.worked_seconds, v.paused_seconds, v.checks, v.passed
        FROM shopfloor.completed_work_results v
        WHERE v.tenant_id = p_tenant_id AND v.assignment_id = ANY (p_assignment_ids)
        RETURNING worker_id, day
    )
    SELECT array_agg(k.worker_id) || workers, array_agg(k.day) || days INTO workers, days
    FROM (SELECT DISTINCT a.worker_id, a.day FROM added a) k;

    DELETE FROM shopfloor.work_result_days d USING unnest(workers, days) AS k (worker_id, day)
    WHERE d.tenant_id = p_tenant_id AND d.worker_id = k.worker_id AND d.day = k.day;
    INSERT INTO shopfloor.work_result_days (tenant_id, day, worker_id, stage_id, product_id, units, estimated_seconds,
                                            worked_seconds, paused_seconds, checks, passed)
    SELECT p_tenant_id, r.day, r.worker_id, r.stage_id, r.product_id, sum(r.units), sum(r.estimated_seconds), sum(r.worked_seconds),
           sum(r.paused_seconds), sum(r.checks), sum(r.passed)
    FROM shopfloor.work_results r
    WHERE r.tenant_id = p_tenant_id AND (r.worker_id, r.day) IN (SELECT k.worker_id, k.day FROM unnest(workers, days) AS k (worker_id, day))
    GROUP BY r.day, r.worker_id, r.stage_id, r.product_id;
END
$$;
REVOKE ALL ON FUNCTION shopfloor.record_work_results(uuid, uuid[]) FROM PUBLIC;

-- Work completed, reopened or given to another worker.
CREATE FUNCTION shopfloor.record_results_of_work() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, shopfloor
    AS $$
BEGIN
    PERFORM shopfloor.record_work_results(NEW.tenant_id, ARRAY[NEW.id]);
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION shopfloor.record_results_of_work() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION shopfloor.record_results_of_work() TO ${appRole};
-- Named to fire after stage_assignments_end_time, which closes the work's running time first.
CREATE TRIGGER stage_assignments_results AFTER INSERT ON shopfloor.stage_assignments
    FOR EACH ROW WHEN (NEW.completed_at IS NOT NULL)
    EXECUTE FUNCTION shopfloor.record_results_of_work();
CREATE TRIGGER stage_assignments_results_changed AFTER UPDATE OF completed_at, worker_id ON shopfloor.stage_assignments
    FOR EACH ROW WHEN (OLD.completed_at IS NOT NULL OR NEW.completed_at IS NOT NULL)
    EXECUTE FUNCTION shopfloor.record_results_of_work();

-- Time on completed work entered, closed or corrected (a correction may move it to other work).
CREATE FUNCTION shopfloor.record_results_of_time() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, shopfloor
    AS $$
BEGIN
    PERFORM shopfloor.record_work_results(NEW.tenant_id, ARRAY(
        SELECT a.id FROM shopfloor.stage_assignments a
        WHERE a.tenant_id = NEW.tenant_id AND a.completed_at IS NOT NULL
          AND a.id IN (NEW.assignment_id, CASE WHEN TG_OP = 'UPDATE' THEN OLD.assignment_id END)));
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION shopfloor.record_results_of_time() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION shopfloor.record_results_of_time() TO ${appRole};
CREATE TRIGGER work_intervals_results AFTER INSERT ON shopfloor.work_intervals
    FOR EACH ROW WHEN (NEW.assignment_id IS NOT NULL)
    EXECUTE FUNCTION shopfloor.record_results_of_time();
CREATE TRIGGER work_intervals_results_changed AFTER UPDATE ON shopfloor.work_intervals
    FOR EACH ROW WHEN (OLD.assignment_id IS NOT NULL OR NEW.assignment_id IS NOT NULL)
    EXECUTE FUNCTION shopfloor.record_results_of_time();

-- A check completed: its products are recorded (V21) and count on the completed work of its batch
-- at its stage. One statement records a check's products, so the work is recorded once per check.
CREATE FUNCTION shopfloor.record_results_of_checks() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, shopfloor
    AS $$
DECLARE
    t uuid;
BEGIN
    FOR t IN SELECT DISTINCT c.tenant_id FROM added c LOOP
        PERFORM shopfloor.record_work_results(t, ARRAY(
            SELECT a.id FROM shopfloor.stage_assignments a
            JOIN shopfloor.quality_checks q ON q.tenant_id = a.tenant_id AND q.batch_id = a.batch_id AND q.stage_id = a.stage_id
            WHERE a.tenant_id = t AND a.completed_at IS NOT NULL
              AND q.id IN (SELECT c.check_id FROM added c WHERE c.tenant_id = t)));
    END LOOP;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION shopfloor.record_results_of_checks() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION shopfloor.record_results_of_checks() TO ${appRole};
CREATE TRIGGER quality_check_products_results AFTER INSERT ON shopfloor.quality_check_products
    REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION shopfloor.record_results_of_checks();

-- Work completed before this migration, each organization in its own tenant context.
DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT id FROM shopfloor.tenants ORDER BY id LOOP
        PERFORM set_config('app.tenant_id', t.id::text, true);
        PERFORM shopfloor.record_work_results(t.id, ARRAY(SELECT a.id FROM shopfloor.stage_assignments a
                                                          WHERE a.tenant_id = t.id AND a.completed_at IS NOT NULL));
    END LOOP;
    PERFORM set_config('app.tenant_id', '', true);
END
$$;
