-- ---------------------------------------------------------------------------------------------
-- First-pass yield counts a check once for each product it covered: the checklist's own product,
-- the order's for a check per order, or every product of the batch for a stage default. The
-- products are recorded when the check completes, so the dashboard reads them with one index
-- probe per check instead of walking the batch's orders, and a check's history stays as it was
-- filed when orders later leave the batch.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE shopfloor.quality_check_products (
    tenant_id  uuid NOT NULL,
    check_id   uuid NOT NULL,
    product_id uuid NOT NULL,
    PRIMARY KEY (tenant_id, check_id, product_id),
    FOREIGN KEY (tenant_id, check_id) REFERENCES shopfloor.quality_checks (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, product_id) REFERENCES shopfloor.products (tenant_id, id)
);
CREATE INDEX quality_check_products_product_idx ON shopfloor.quality_check_products (tenant_id, product_id);

SELECT shopfloor.wall_off('shopfloor.quality_check_products');
-- Written once, by the completion trigger below, and never changed: the application only reads
-- them, and no policy is left for updates or deletes.
DROP POLICY quality_check_products_update ON shopfloor.quality_check_products;
DROP POLICY quality_check_products_delete ON shopfloor.quality_check_products;
GRANT SELECT ON shopfloor.quality_check_products TO ${appRole};

-- The products a check covers, as the batch holds them now.
CREATE FUNCTION shopfloor.covered_products(p_tenant_id uuid, p_check_id uuid) RETURNS TABLE (product_id uuid)
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, shopfloor
    AS $$
    SELECT DISTINCT o.product_id
    FROM shopfloor.quality_checks q
    JOIN shopfloor.checklist_templates t ON t.tenant_id = q.tenant_id AND t.id = q.template_id
    JOIN shopfloor.batch_orders m ON m.tenant_id = q.tenant_id AND m.batch_id = q.batch_id
    JOIN shopfloor.orders o ON o.tenant_id = m.tenant_id AND o.id = m.order_id
    WHERE q.tenant_id = p_tenant_id AND q.id = p_check_id
      AND (q.order_id IS NULL OR m.order_id = q.order_id)
      AND o.product_id IS NOT NULL
      AND (t.product_id IS NULL OR o.product_id = t.product_id)
$$;
REVOKE ALL ON FUNCTION shopfloor.covered_products(uuid, uuid) FROM PUBLIC;

-- Runs as the owner so that the application role cannot write coverage of its own; the policies
-- still bind it to the transaction's organization.
CREATE FUNCTION shopfloor.record_check_products() RETURNS trigger
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = pg_catalog, shopfloor
    AS $$
BEGIN
    INSERT INTO shopfloor.quality_check_products (tenant_id, check_id, product_id)
    SELECT NEW.tenant_id, NEW.id, c.product_id FROM shopfloor.covered_products(NEW.tenant_id, NEW.id) c;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION shopfloor.record_check_products() FROM PUBLIC;
CREATE TRIGGER quality_checks_record_products AFTER UPDATE OF completed_at ON shopfloor.quality_checks
    FOR EACH ROW WHEN (OLD.completed_at IS NULL AND NEW.completed_at IS NOT NULL)
    EXECUTE FUNCTION shopfloor.record_check_products();

-- Checks completed before this migration, each organization in its own tenant context.
DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT id FROM shopfloor.tenants ORDER BY id LOOP
        PERFORM set_config('app.tenant_id', t.id::text, true);
        INSERT INTO shopfloor.quality_check_products (tenant_id, check_id, product_id)
        SELECT q.tenant_id, q.id, c.product_id
        FROM shopfloor.quality_checks q, shopfloor.covered_products(q.tenant_id, q.id) c
        WHERE q.tenant_id = t.id AND q.completed_at IS NOT NULL;
    END LOOP;
    PERFORM set_config('app.tenant_id', '', true);
END
$$;

-- The dashboard's first checks carry their id, to find the products they covered.
DROP INDEX shopfloor.quality_checks_completed_idx;
CREATE INDEX quality_checks_completed_idx ON shopfloor.quality_checks (tenant_id, completed_at)
    INCLUDE (stage_id, status, batch_id, template_id, order_id, id)
    WHERE completed_at IS NOT NULL;

-- ---------------------------------------------------------------------------------------------
-- A batch's quality status is its worst open issue's severity (V19) and nothing else: a status
-- set by hand would be lost at the next change of any of its issues, and would hold or release a
-- batch with no record of why. To hold a batch, report an issue of severity hold.
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION shopfloor.worst_open_issue(p_tenant_id uuid, p_batch_id uuid) RETURNS text
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, shopfloor
    AS $$
    SELECT CASE max(CASE i.severity WHEN 'warning' THEN 1 WHEN 'critical' THEN 2 ELSE 3 END)
               WHEN 1 THEN 'warning' WHEN 2 THEN 'critical' WHEN 3 THEN 'hold' ELSE 'good' END
    FROM shopfloor.issues i
    WHERE i.tenant_id = p_tenant_id AND i.batch_id = p_batch_id AND i.resolved_at IS NULL
$$;
GRANT EXECUTE ON FUNCTION shopfloor.worst_open_issue(uuid, uuid) TO ${appRole};

CREATE OR REPLACE FUNCTION shopfloor.keep_batch_quality_status() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, shopfloor
    AS $$
DECLARE
    affected uuid;
    worst text;
BEGIN
    FOREACH affected IN ARRAY ARRAY[NEW.batch_id, CASE WHEN TG_OP = 'UPDATE' THEN OLD.batch_id END] LOOP
        CONTINUE WHEN affected IS NULL;
        worst := shopfloor.worst_open_issue(NEW.tenant_id, affected);
        UPDATE shopfloor.batches b SET quality_status = worst, version = b.version + 1
         WHERE b.tenant_id = NEW.tenant_id AND b.id = affected AND b.quality_status <> worst;
    END LOOP;
    RETURN NULL;
END
$$;

CREATE FUNCTION shopfloor.guard_batch_quality_status() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, shopfloor
    AS $$
BEGIN
    IF NEW.quality_status <> shopfloor.worst_open_issue(NEW.tenant_id, NEW.id) THEN
        RAISE EXCEPTION 'A batch''s quality status follows its open issues: report an issue to hold it'
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END
$$;
GRANT EXECUTE ON FUNCTION shopfloor.guard_batch_quality_status() TO ${appRole};
CREATE TRIGGER batches_quality_status_follows_issues BEFORE INSERT OR UPDATE OF quality_status ON shopfloor.batches
    FOR EACH ROW EXECUTE FUNCTION shopfloor.guard_batch_quality_status();

-- Statuses set by hand before this migration: an incomplete batch held (or flagged) beyond its
-- open issues keeps its standing through an issue that says so, reported in the name of the
-- batch's creator; every other batch takes its open issues' status.
DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT id FROM shopfloor.tenants ORDER BY id LOOP
        PERFORM set_config('app.tenant_id', t.id::text, true);
        INSERT INTO shopfloor.issues (tenant_id, issue_number, batch_id, stage_id, category_id, severity, title, description, reported_by)
        SELECT b.tenant_id, 'Q-' || lpad(shopfloor.next_counter_value('issues')::text, 6, '0'), b.id, b.current_stage_id, k.id,
               b.quality_status, 'Quality status set by hand: ' || b.quality_status,
               'The batch''s quality status was set by hand before it followed the batch''s issues. Resolve this issue to release it.',
               b.created_by
        FROM shopfloor.batches b
        JOIN shopfloor.issue_categories k ON k.tenant_id = b.tenant_id AND k.code = 'workmanship'
        WHERE b.tenant_id = t.id AND b.completed_at IS NULL AND b.quality_status <> 'good'
          AND (CASE b.quality_status WHEN 'warning' THEN 1 WHEN 'critical' THEN 2 ELSE 3 END)
              > (CASE shopfloor.worst_open_issue(b.tenant_id, b.id) WHEN 'warning' THEN 1 WHEN 'critical' THEN 2 WHEN 'hold' THEN 3 ELSE 0 END)
        ORDER BY b.batch_number;
        UPDATE shopfloor.batches b SET quality_status = shopfloor.worst_open_issue(b.tenant_id, b.id), version = b.version + 1
        WHERE b.tenant_id = t.id AND b.quality_status <> shopfloor.worst_open_issue(b.tenant_id, b.id);
    END LOOP;
    PERFORM set_config('app.tenant_id', '', true);
END
$$;
