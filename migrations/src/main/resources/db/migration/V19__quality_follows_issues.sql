-- Quality, second step: what the gate needs, as rows the application and the gate trigger both
-- read; a batch's quality status following its open issues; custom fields on issues; a result's
-- photos going with it.

-- ---------------------------------------------------------------------------------------------
-- The checks a batch needs before it may leave its current stage: one row per applicable
-- checklist (per order where the checklist is per order), with the newest completed check of that
-- checklist's lineage at this stage, if any. A product's own checklist beats the stage's default;
-- a batch mixing products needs each product's. The gate (quality_gate_refusal) and the service
-- that tells a worker which checks to file read this one function, so they cannot disagree.
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION shopfloor.quality_gate_needs(p_tenant_id uuid, p_batch_id uuid)
    RETURNS TABLE (template_id uuid, checklist_name text, order_id uuid, check_id uuid, check_status text)
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, shopfloor
    AS $$
    WITH batch AS (
        SELECT b.current_stage_id AS stage_id FROM shopfloor.batches b
        WHERE b.tenant_id = p_tenant_id AND b.id = p_batch_id
    ), members AS (
        SELECT o.id AS order_id, o.product_id
        FROM shopfloor.batch_orders m JOIN shopfloor.orders o ON o.tenant_id = m.tenant_id AND o.id = m.order_id
        WHERE m.tenant_id = p_tenant_id AND m.batch_id = p_batch_id
    ), applicable AS (
        SELECT DISTINCT ON (mb.order_id) mb.order_id, t.id, t.lineage_id, t.name, t.scope
        FROM members mb CROSS JOIN batch
        JOIN shopfloor.checklist_templates t
          ON t.tenant_id = p_tenant_id AND t.stage_id = batch.stage_id AND t.status = 'active'
         AND (t.product_id = mb.product_id OR t.product_id IS NULL)
        ORDER BY mb.order_id, t.product_id NULLS LAST
    ), needed AS (
        SELECT DISTINCT a.id, a.lineage_id, a.name, CASE WHEN a.scope = 'order' THEN a.order_id END AS order_id
        FROM applicable a
    )
    SELECT n.id, n.name, n.order_id, latest.id, latest.status
    FROM needed n CROSS JOIN batch
    LEFT JOIN LATERAL (
        SELECT c.id, c.status
        FROM shopfloor.quality_checks c JOIN shopfloor.checklist_templates t ON t.tenant_id = c.tenant_id AND t.id = c.template_id
        WHERE c.tenant_id = p_tenant_id AND c.batch_id = p_batch_id AND c.stage_id = batch.stage_id
          AND c.completed_at IS NOT NULL AND t.lineage_id = n.lineage_id
          AND c.order_id IS NOT DISTINCT FROM n.order_id
        ORDER BY c.completed_at DESC LIMIT 1) latest ON true
    ORDER BY n.name, n.order_id
$$;
GRANT EXECUTE ON FUNCTION shopfloor.quality_gate_needs(uuid, uuid) TO ${appRole};

CREATE OR REPLACE FUNCTION shopfloor.quality_gate_refusal(p_tenant_id uuid, p_batch_id uuid) RETURNS text
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, shopfloor
    AS $$
DECLARE
    batch record;
    missing text;
BEGIN
    SELECT b.current_stage_id, b.quality_status INTO batch FROM shopfloor.batches b
    WHERE b.tenant_id = p_tenant_id AND b.id = p_batch_id;
    IF NOT FOUND OR EXISTS (SELECT 1 FROM shopfloor.quality_gate_overrides o
                            WHERE o.tenant_id = p_tenant_id AND o.batch_id = p_batch_id AND o.stage_id = batch.current_stage_id) THEN
        RETURN NULL;
    END IF;
    IF batch.quality_status = 'hold' THEN
        RETURN 'on hold';
    END IF;
    SELECT string_agg(DISTINCT n.checklist_name, ', ') INTO missing
    FROM shopfloor.quality_gate_needs(p_tenant_id, p_batch_id) n
    WHERE n.check_status IS NULL OR n.check_status NOT IN ('good', 'warning');
    RETURN CASE WHEN missing IS NULL THEN NULL ELSE 'no passing check: ' || missing END;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- A batch's quality status is the worst severity among its open issues, good when none is open:
-- kept here, so reporting, resolving, re-categorizing or moving an issue by any path keeps it. The
-- version moves with it, so a screen holding the batch learns it changed.
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION shopfloor.keep_batch_quality_status() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, shopfloor
    AS $$
DECLARE
    affected uuid;
    worst text;
BEGIN
    FOREACH affected IN ARRAY ARRAY[NEW.batch_id, CASE WHEN TG_OP = 'UPDATE' THEN OLD.batch_id END] LOOP
        CONTINUE WHEN affected IS NULL;
        SELECT CASE max(CASE i.severity WHEN 'warning' THEN 1 WHEN 'critical' THEN 2 ELSE 3 END)
                   WHEN 1 THEN 'warning' WHEN 2 THEN 'critical' WHEN 3 THEN 'hold' ELSE 'good' END
          INTO worst
          FROM shopfloor.issues i
         WHERE i.tenant_id = NEW.tenant_id AND i.batch_id = affected AND i.resolved_at IS NULL;
        UPDATE shopfloor.batches b SET quality_status = worst, version = b.version + 1
         WHERE b.tenant_id = NEW.tenant_id AND b.id = affected AND b.quality_status <> worst;
    END LOOP;
    RETURN NULL;
END
$$;
GRANT EXECUTE ON FUNCTION shopfloor.keep_batch_quality_status() TO ${appRole};
CREATE TRIGGER issues_batch_quality_status AFTER INSERT OR UPDATE OF batch_id, severity, resolved_at ON shopfloor.issues
    FOR EACH ROW EXECUTE FUNCTION shopfloor.keep_batch_quality_status();

-- ---------------------------------------------------------------------------------------------
-- Custom fields on issues, indexed like every other entity's (V4).
-- ---------------------------------------------------------------------------------------------
CREATE TRIGGER issues_custom_field_values AFTER INSERT OR UPDATE OF custom_fields OR DELETE ON shopfloor.issues
    FOR EACH ROW EXECUTE FUNCTION shopfloor.index_custom_fields();

-- ---------------------------------------------------------------------------------------------
-- A result taken back while its check is open takes its photos with it (files name their record
-- by type and id, which a foreign key cannot follow).
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION shopfloor.drop_result_files() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, shopfloor
    AS $$
BEGIN
    DELETE FROM shopfloor.files f
     WHERE f.tenant_id = OLD.tenant_id AND f.entity_type = 'quality_check_results' AND f.entity_id = OLD.id;
    RETURN OLD;
END
$$;
GRANT EXECUTE ON FUNCTION shopfloor.drop_result_files() TO ${appRole};
CREATE TRIGGER quality_check_results_drop_files AFTER DELETE ON shopfloor.quality_check_results
    FOR EACH ROW EXECUTE FUNCTION shopfloor.drop_result_files();
