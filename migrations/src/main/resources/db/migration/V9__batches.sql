-- Production runs: per-product stage estimates, batches of orders, one stage assignment per batch
-- and stage, and the seed's rule that only managers and administrators modify orders.

-- ---------------------------------------------------------------------------------------------
-- The signed-in user's permissions, as the database sees them: the permissions of the active
-- user's roles, with the catalogue's wildcards ('*', 'module:*'). Runs with the caller's rights,
-- so the policies of users, roles and grants apply: only the current organization is read.
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION shopfloor.current_user_can(p_permission text) RETURNS boolean
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, shopfloor
    AS $$
    SELECT EXISTS (
        SELECT 1
        FROM shopfloor.user_roles ur
        JOIN shopfloor.users u ON u.tenant_id = ur.tenant_id AND u.id = ur.user_id
        JOIN shopfloor.role_permissions rp ON rp.tenant_id = ur.tenant_id AND rp.role_id = ur.role_id
        WHERE ur.tenant_id = shopfloor.current_tenant_id()
          AND ur.user_id = shopfloor.current_app_user_id()
          AND u.status = 'active'
          AND rp.permission IN ('*', split_part(p_permission, ':', 1) || ':*', p_permission))
$$;
GRANT EXECUTE ON FUNCTION shopfloor.current_user_can(text) TO ${appRole};

-- ---------------------------------------------------------------------------------------------
-- Seed 000: every staff member reads orders; only managers and administrators (orders:write)
-- modify them. The one narrower path is production's: moving a batch's orders into production,
-- back to pending, or to completed changes the order's status and nothing else, so a caller with
-- production:write or production:work may do exactly that. Applies to the application role; the
-- schema owner (migrations, operator commands, bulk loads) is not the signed-in user.
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION shopfloor.guard_order_writes() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, shopfloor
    AS $$
DECLARE
    production_caller boolean;
BEGIN
    IF current_user <> '${appRole}' OR shopfloor.current_user_can('orders:write') THEN
        RETURN NEW;
    END IF;
    production_caller := shopfloor.current_user_can('production:write') OR shopfloor.current_user_can('production:work');
    IF production_caller THEN
        IF TG_TABLE_NAME = 'orders' THEN
            IF TG_OP = 'UPDATE' AND NEW.status IN ('pending', 'in_production', 'completed')
               AND (to_jsonb(NEW) - ARRAY['status', 'updated_at', 'version'])
                   = (to_jsonb(OLD) - ARRAY['status', 'updated_at', 'version']) THEN
                RETURN NEW;
            END IF;
        ELSIF NEW.new_status IN ('pending', 'in_production', 'completed') THEN
            RETURN NEW;
        END IF;
    END IF;
    RAISE EXCEPTION 'Only managers and administrators may change orders (permission orders:write)'
        USING ERRCODE = 'insufficient_privilege';
END
$$;
GRANT EXECUTE ON FUNCTION shopfloor.guard_order_writes() TO ${appRole};
CREATE TRIGGER orders_guard_writes BEFORE INSERT OR UPDATE ON shopfloor.orders
    FOR EACH ROW EXECUTE FUNCTION shopfloor.guard_order_writes();
CREATE TRIGGER order_status_history_guard_writes BEFORE INSERT ON shopfloor.order_status_history
    FOR EACH ROW EXECUTE FUNCTION shopfloor.guard_order_writes();

-- Throughput per week reads completions by time.
CREATE INDEX order_status_history_status_time_idx
    ON shopfloor.order_status_history (tenant_id, new_status, changed_at);

-- ---------------------------------------------------------------------------------------------
-- Per-product stage estimates: hours per stage, display order, required.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE shopfloor.product_stage_estimates (
    id          uuid         PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id   uuid         NOT NULL,
    product_id  uuid         NOT NULL,
    stage_id    uuid         NOT NULL,
    hours       numeric(8,2) NOT NULL CHECK (hours >= 0 AND hours <= 10000),
    position    integer      NOT NULL DEFAULT 0,
    required    boolean      NOT NULL DEFAULT true,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    updated_at  timestamptz  NOT NULL DEFAULT now(),
    FOREIGN KEY (tenant_id, product_id) REFERENCES shopfloor.products (tenant_id, id),
    FOREIGN KEY (tenant_id, stage_id) REFERENCES shopfloor.production_stages (tenant_id, id),
    UNIQUE (tenant_id, product_id, stage_id)
);
CREATE INDEX product_stage_estimates_stage_idx ON shopfloor.product_stage_estimates (tenant_id, stage_id);

-- ---------------------------------------------------------------------------------------------
-- Batches. Numbers are B{YYYYMMDD}-NNN, the day in the organization's time zone, counted by the
-- locked per-tenant counter (seed 000 counted today's rows: two creators got the same number).
-- A batch is incomplete until completed_at is set.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE shopfloor.batches (
    id                uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id         uuid        NOT NULL REFERENCES shopfloor.tenants (id),
    batch_number      text        NOT NULL CHECK (batch_number ~ '^B[0-9]{8}-[0-9]{3,}$'),
    priority          text        NOT NULL DEFAULT 'standard' CHECK (priority IN ('standard', 'rush', 'expedite')),
    current_stage_id  uuid        NOT NULL,
    quality_status    text        NOT NULL DEFAULT 'good' CHECK (quality_status IN ('good', 'warning', 'critical', 'hold')),
    target_completion date,
    completed_at      timestamptz,
    notes             text        CHECK (notes IS NULL OR length(notes) <= 10000),
    created_by        uuid,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    version           bigint      NOT NULL DEFAULT 0,
    FOREIGN KEY (tenant_id, current_stage_id) REFERENCES shopfloor.production_stages (tenant_id, id),
    FOREIGN KEY (tenant_id, created_by) REFERENCES shopfloor.users (tenant_id, id),
    UNIQUE (tenant_id, batch_number),
    UNIQUE (tenant_id, id)
);
-- The board: incomplete batches per stage. Throughput: completions by time.
CREATE INDEX batches_tenant_active_stage_idx ON shopfloor.batches (tenant_id, current_stage_id) WHERE completed_at IS NULL;
CREATE INDEX batches_tenant_completed_idx ON shopfloor.batches (tenant_id, completed_at);
CREATE INDEX batches_created_by_idx ON shopfloor.batches (tenant_id, created_by);

CREATE FUNCTION shopfloor.next_batch_number() RETURNS text
    LANGUAGE plpgsql VOLATILE
    SET search_path = pg_catalog, shopfloor
    AS $$
DECLARE
    day text;
    n bigint;
BEGIN
    SELECT to_char(now() AT TIME ZONE t.timezone, 'YYYYMMDD') INTO day
    FROM shopfloor.tenants t WHERE t.id = shopfloor.current_tenant_id();
    IF day IS NULL THEN
        RAISE EXCEPTION 'No organization is set for this transaction' USING ERRCODE = 'insufficient_privilege';
    END IF;
    n := shopfloor.next_counter_value('batch:' || day);
    RETURN 'B' || day || '-' || lpad(n::text, greatest(3, length(n::text)), '0');
END
$$;
GRANT EXECUTE ON FUNCTION shopfloor.next_batch_number() TO ${appRole};

-- ---------------------------------------------------------------------------------------------
-- The orders of a batch. An order is in at most one incomplete batch: batch_open mirrors the
-- batch's state (an index predicate cannot read batches) and a partial unique index holds the rule.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE shopfloor.batch_orders (
    id          uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id   uuid        NOT NULL,
    batch_id    uuid        NOT NULL,
    order_id    uuid        NOT NULL,
    batch_open  boolean     NOT NULL DEFAULT true,
    added_by    uuid,
    added_at    timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (tenant_id, batch_id) REFERENCES shopfloor.batches (tenant_id, id),
    FOREIGN KEY (tenant_id, order_id) REFERENCES shopfloor.orders (tenant_id, id),
    FOREIGN KEY (tenant_id, added_by) REFERENCES shopfloor.users (tenant_id, id),
    UNIQUE (tenant_id, batch_id, order_id)
);
CREATE UNIQUE INDEX batch_orders_one_open_batch_key ON shopfloor.batch_orders (tenant_id, order_id) WHERE batch_open;
CREATE INDEX batch_orders_order_idx ON shopfloor.batch_orders (tenant_id, order_id);
CREATE INDEX batch_orders_added_by_idx ON shopfloor.batch_orders (tenant_id, added_by);

-- batch_open is never set by hand: a new row takes its (share-locked, so it cannot complete
-- meanwhile) batch's state, and only the batches trigger below changes it afterwards.
CREATE FUNCTION shopfloor.keep_batch_orders_open_flag() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, shopfloor
    AS $$
DECLARE
    batch_open boolean;
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF NOT OLD.batch_open THEN
            RAISE EXCEPTION 'Orders cannot be removed from a completed batch' USING ERRCODE = 'check_violation';
        END IF;
        RETURN OLD;
    END IF;
    SELECT b.completed_at IS NULL INTO batch_open
    FROM shopfloor.batches b WHERE b.tenant_id = NEW.tenant_id AND b.id = NEW.batch_id
    FOR SHARE;
    IF TG_OP = 'INSERT' THEN
        IF NOT batch_open THEN
            RAISE EXCEPTION 'Orders cannot be added to a completed batch' USING ERRCODE = 'check_violation';
        END IF;
        NEW.batch_open := true;
    ELSIF NEW.batch_open IS DISTINCT FROM batch_open THEN
        RAISE EXCEPTION 'batch_orders.batch_open follows its batch and is not set directly' USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;
GRANT EXECUTE ON FUNCTION shopfloor.keep_batch_orders_open_flag() TO ${appRole};
CREATE TRIGGER batch_orders_open_flag BEFORE INSERT OR UPDATE OR DELETE ON shopfloor.batch_orders
    FOR EACH ROW EXECUTE FUNCTION shopfloor.keep_batch_orders_open_flag();

CREATE FUNCTION shopfloor.sync_batch_orders_open_flag() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, shopfloor
    AS $$
BEGIN
    UPDATE shopfloor.batch_orders
       SET batch_open = (NEW.completed_at IS NULL)
     WHERE tenant_id = NEW.tenant_id AND batch_id = NEW.id;
    RETURN NULL;
END
$$;
GRANT EXECUTE ON FUNCTION shopfloor.sync_batch_orders_open_flag() TO ${appRole};
CREATE TRIGGER batches_sync_open_flag AFTER UPDATE OF completed_at ON shopfloor.batches
    FOR EACH ROW WHEN ((OLD.completed_at IS NULL) IS DISTINCT FROM (NEW.completed_at IS NULL))
    EXECUTE FUNCTION shopfloor.sync_batch_orders_open_flag();

-- ---------------------------------------------------------------------------------------------
-- Stage assignments: one per batch and stage. opened_at is when the batch reached the stage;
-- time spent is completed_at - started_at.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE shopfloor.stage_assignments (
    id            uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id     uuid        NOT NULL,
    batch_id      uuid        NOT NULL,
    stage_id      uuid        NOT NULL,
    worker_id     uuid,
    opened_at     timestamptz,
    started_at    timestamptz,
    completed_at  timestamptz,
    completed_by  uuid,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    version       bigint      NOT NULL DEFAULT 0,
    FOREIGN KEY (tenant_id, batch_id) REFERENCES shopfloor.batches (tenant_id, id),
    FOREIGN KEY (tenant_id, stage_id) REFERENCES shopfloor.production_stages (tenant_id, id),
    FOREIGN KEY (tenant_id, worker_id) REFERENCES shopfloor.users (tenant_id, id),
    FOREIGN KEY (tenant_id, completed_by) REFERENCES shopfloor.users (tenant_id, id),
    UNIQUE (tenant_id, batch_id, stage_id),
    CONSTRAINT stage_assignments_started_after_opened CHECK (started_at IS NULL OR opened_at IS NOT NULL),
    CONSTRAINT stage_assignments_completed_after_opened CHECK (completed_at IS NULL OR opened_at IS NOT NULL),
    CONSTRAINT stage_assignments_completed_after_started
        CHECK (completed_at IS NULL OR started_at IS NULL OR completed_at >= started_at)
);
-- "My work": a worker's open assignments. Dashboards: time per stage.
CREATE INDEX stage_assignments_worker_open_idx ON shopfloor.stage_assignments (tenant_id, worker_id) WHERE completed_at IS NULL;
CREATE INDEX stage_assignments_stage_completed_idx ON shopfloor.stage_assignments (tenant_id, stage_id, completed_at);
CREATE INDEX stage_assignments_completed_by_idx ON shopfloor.stage_assignments (tenant_id, completed_by);

-- ---------------------------------------------------------------------------------------------
-- Row level security, grants, audit and touch triggers, as on every table.
-- ---------------------------------------------------------------------------------------------
ALTER TABLE shopfloor.product_stage_estimates ENABLE ROW LEVEL SECURITY;
ALTER TABLE shopfloor.product_stage_estimates FORCE ROW LEVEL SECURITY;
ALTER TABLE shopfloor.batches ENABLE ROW LEVEL SECURITY;
ALTER TABLE shopfloor.batches FORCE ROW LEVEL SECURITY;
ALTER TABLE shopfloor.batch_orders ENABLE ROW LEVEL SECURITY;
ALTER TABLE shopfloor.batch_orders FORCE ROW LEVEL SECURITY;
ALTER TABLE shopfloor.stage_assignments ENABLE ROW LEVEL SECURITY;
ALTER TABLE shopfloor.stage_assignments FORCE ROW LEVEL SECURITY;

CREATE POLICY product_stage_estimates_select ON shopfloor.product_stage_estimates FOR SELECT
    USING (tenant_id = (SELECT shopfloor.current_tenant_id()));
CREATE POLICY product_stage_estimates_insert ON shopfloor.product_stage_estimates FOR INSERT
    WITH CHECK (tenant_id = (SELECT shopfloor.current_tenant_id()));
CREATE POLICY product_stage_estimates_update ON shopfloor.product_stage_estimates FOR UPDATE
    USING (tenant_id = (SELECT shopfloor.current_tenant_id()))
    WITH CHECK (tenant_id = (SELECT shopfloor.current_tenant_id()));
CREATE POLICY product_stage_estimates_delete ON shopfloor.product_stage_estimates FOR DELETE
    USING (tenant_id = (SELECT shopfloor.current_tenant_id()));

CREATE POLICY batches_select ON shopfloor.batches FOR SELECT
    USING (tenant_id = (SELECT shopfloor.current_tenant_id()));
CREATE POLICY batches_insert ON shopfloor.batches FOR INSERT
    WITH CHECK (tenant_id = (SELECT shopfloor.current_tenant_id()));
CREATE POLICY batches_update ON shopfloor.batches FOR UPDATE
    USING (tenant_id = (SELECT shopfloor.current_tenant_id()))
    WITH CHECK (tenant_id = (SELECT shopfloor.current_tenant_id()));

CREATE POLICY batch_orders_select ON shopfloor.batch_orders FOR SELECT
    USING (tenant_id = (SELECT shopfloor.current_tenant_id()));
CREATE POLICY batch_orders_insert ON shopfloor.batch_orders FOR INSERT
    WITH CHECK (tenant_id = (SELECT shopfloor.current_tenant_id()));
CREATE POLICY batch_orders_update ON shopfloor.batch_orders FOR UPDATE
    USING (tenant_id = (SELECT shopfloor.current_tenant_id()))
    WITH CHECK (tenant_id = (SELECT shopfloor.current_tenant_id()));
CREATE POLICY batch_orders_delete ON shopfloor.batch_orders FOR DELETE
    USING (tenant_id = (SELECT shopfloor.current_tenant_id()));

CREATE POLICY stage_assignments_select ON shopfloor.stage_assignments FOR SELECT
    USING (tenant_id = (SELECT shopfloor.current_tenant_id()));
CREATE POLICY stage_assignments_insert ON shopfloor.stage_assignments FOR INSERT
    WITH CHECK (tenant_id = (SELECT shopfloor.current_tenant_id()));
CREATE POLICY stage_assignments_update ON shopfloor.stage_assignments FOR UPDATE
    USING (tenant_id = (SELECT shopfloor.current_tenant_id()))
    WITH CHECK (tenant_id = (SELECT shopfloor.current_tenant_id()));

-- Batches and assignments are history: never deleted. An order leaves an open batch by deleting
-- its batch_orders row (the audit trail keeps it); batch_open changes only through the trigger.
GRANT SELECT, INSERT, UPDATE, DELETE ON shopfloor.product_stage_estimates TO ${appRole};
GRANT SELECT, INSERT, UPDATE ON shopfloor.batches TO ${appRole};
GRANT SELECT, INSERT, DELETE ON shopfloor.batch_orders TO ${appRole};
GRANT UPDATE (batch_open) ON shopfloor.batch_orders TO ${appRole};
GRANT SELECT, INSERT, UPDATE ON shopfloor.stage_assignments TO ${appRole};

CREATE TRIGGER product_stage_estimates_touch BEFORE UPDATE ON shopfloor.product_stage_estimates
    FOR EACH ROW EXECUTE FUNCTION shopfloor.touch_updated_at();
CREATE TRIGGER batches_touch BEFORE UPDATE ON shopfloor.batches
    FOR EACH ROW EXECUTE FUNCTION shopfloor.touch_updated_at();
CREATE TRIGGER stage_assignments_touch BEFORE UPDATE ON shopfloor.stage_assignments
    FOR EACH ROW EXECUTE FUNCTION shopfloor.touch_updated_at();

CREATE TRIGGER product_stage_estimates_audit AFTER INSERT OR UPDATE OR DELETE ON shopfloor.product_stage_estimates
    FOR EACH ROW EXECUTE FUNCTION shopfloor.audit_row_change();
CREATE TRIGGER batches_audit AFTER INSERT OR UPDATE OR DELETE ON shopfloor.batches
    FOR EACH ROW EXECUTE FUNCTION shopfloor.audit_row_change();
CREATE TRIGGER batch_orders_audit AFTER INSERT OR UPDATE OR DELETE ON shopfloor.batch_orders
    FOR EACH ROW EXECUTE FUNCTION shopfloor.audit_row_change();
CREATE TRIGGER stage_assignments_audit AFTER INSERT OR UPDATE OR DELETE ON shopfloor.stage_assignments
    FOR EACH ROW EXECUTE FUNCTION shopfloor.audit_row_change();
