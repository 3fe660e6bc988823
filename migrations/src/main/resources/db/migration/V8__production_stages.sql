-- Production stages, configurable per organization: name, order, estimated duration, the roles
-- responsible for the work, active. Batches move through the active stages in their order.
-- Stages are deactivated rather than deleted: batches and their history refer to them.

CREATE TABLE shopfloor.production_stages (
    id              uuid         PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id       uuid         NOT NULL REFERENCES shopfloor.tenants (id),
    name            text         NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
    position        integer      NOT NULL DEFAULT 0,
    estimated_hours numeric(8,2) CHECK (estimated_hours IS NULL OR estimated_hours >= 0),
    active          boolean      NOT NULL DEFAULT true,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    updated_at      timestamptz  NOT NULL DEFAULT now(),
    version         bigint       NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, id)
);
CREATE UNIQUE INDEX production_stages_tenant_name_key ON shopfloor.production_stages (tenant_id, lower(name));
CREATE INDEX production_stages_tenant_position_idx ON shopfloor.production_stages (tenant_id, position);

ALTER TABLE shopfloor.production_stages ENABLE ROW LEVEL SECURITY;
ALTER TABLE shopfloor.production_stages FORCE ROW LEVEL SECURITY;
CREATE POLICY production_stages_select ON shopfloor.production_stages FOR SELECT
    USING (tenant_id = (SELECT shopfloor.current_tenant_id()));
CREATE POLICY production_stages_insert ON shopfloor.production_stages FOR INSERT
    WITH CHECK (tenant_id = (SELECT shopfloor.current_tenant_id()));
CREATE POLICY production_stages_update ON shopfloor.production_stages FOR UPDATE
    USING (tenant_id = (SELECT shopfloor.current_tenant_id()))
    WITH CHECK (tenant_id = (SELECT shopfloor.current_tenant_id()));
GRANT SELECT, INSERT, UPDATE ON shopfloor.production_stages TO ${appRole};
CREATE TRIGGER production_stages_touch BEFORE UPDATE ON shopfloor.production_stages
    FOR EACH ROW EXECUTE FUNCTION shopfloor.touch_updated_at();
CREATE TRIGGER production_stages_audit AFTER INSERT OR UPDATE OR DELETE ON shopfloor.production_stages
    FOR EACH ROW EXECUTE FUNCTION shopfloor.audit_row_change();

-- The roles responsible for a stage's work (seed 002: stages with responsible roles).
CREATE TABLE shopfloor.production_stage_roles (
    id          uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id   uuid        NOT NULL,
    stage_id    uuid        NOT NULL,
    role_id     uuid        NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (tenant_id, stage_id) REFERENCES shopfloor.production_stages (tenant_id, id),
    FOREIGN KEY (tenant_id, role_id) REFERENCES shopfloor.roles (tenant_id, id) ON DELETE CASCADE,
    UNIQUE (tenant_id, stage_id, role_id)
);
CREATE INDEX production_stage_roles_role_idx ON shopfloor.production_stage_roles (tenant_id, role_id);

ALTER TABLE shopfloor.production_stage_roles ENABLE ROW LEVEL SECURITY;
ALTER TABLE shopfloor.production_stage_roles FORCE ROW LEVEL SECURITY;
CREATE POLICY production_stage_roles_select ON shopfloor.production_stage_roles FOR SELECT
    USING (tenant_id = (SELECT shopfloor.current_tenant_id()));
CREATE POLICY production_stage_roles_insert ON shopfloor.production_stage_roles FOR INSERT
    WITH CHECK (tenant_id = (SELECT shopfloor.current_tenant_id()));
CREATE POLICY production_stage_roles_delete ON shopfloor.production_stage_roles FOR DELETE
    USING (tenant_id = (SELECT shopfloor.current_tenant_id()));
GRANT SELECT, INSERT, DELETE ON shopfloor.production_stage_roles TO ${appRole};
CREATE TRIGGER production_stage_roles_audit AFTER INSERT OR UPDATE OR DELETE ON shopfloor.production_stage_roles
    FOR EACH ROW EXECUTE FUNCTION shopfloor.audit_row_change();

-- Every organization starts with the workshop's stages (seed 000), the built-in worker role
-- responsible for each. The trigger runs after tenants_seed_roles (triggers fire by name), in the
-- new organization's tenant context, as whoever creates it.
CREATE FUNCTION shopfloor.seed_production_stages(p_tenant_id uuid) RETURNS void
    LANGUAGE sql
    SET search_path = pg_catalog, shopfloor
    AS $$
    WITH stages AS (
        INSERT INTO shopfloor.production_stages (tenant_id, name, position)
        SELECT p_tenant_id, s.name, s.position
        FROM (VALUES ('Intake', 0), ('Sanding', 1), ('Finishing', 2), ('Sub-Assembly', 3),
                     ('Final Assembly', 4), ('Acoustic QC', 5), ('Shipping', 6)) AS s (name, position)
        RETURNING id
    )
    INSERT INTO shopfloor.production_stage_roles (tenant_id, stage_id, role_id)
    SELECT p_tenant_id, stages.id, r.id
    FROM stages JOIN shopfloor.roles r ON r.tenant_id = p_tenant_id AND r.name = 'worker' AND r.builtin
$$;

CREATE FUNCTION shopfloor.seed_tenant_production_stages() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, shopfloor
    AS $$
BEGIN
    PERFORM shopfloor.seed_production_stages(NEW.id);
    RETURN NULL;
END
$$;
GRANT EXECUTE ON FUNCTION shopfloor.seed_production_stages(uuid) TO ${appRole};
GRANT EXECUTE ON FUNCTION shopfloor.seed_tenant_production_stages() TO ${appRole};
CREATE TRIGGER tenants_seed_stages AFTER INSERT ON shopfloor.tenants
    FOR EACH ROW EXECUTE FUNCTION shopfloor.seed_tenant_production_stages();

-- Organizations that exist already get the same stages, written in each one's tenant context
-- (transaction-local, as the application sets it) so the policies and the audit trail apply.
DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT id FROM shopfloor.tenants LOOP
        PERFORM set_config('app.tenant_id', t.id::text, true);
        PERFORM shopfloor.seed_production_stages(t.id);
    END LOOP;
    PERFORM set_config('app.tenant_id', '', true);
END
$$;
