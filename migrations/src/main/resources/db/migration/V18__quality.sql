-- Quality (seed 000): checklist templates per product and stage, versioned; checks of a batch (or one
-- of its orders) at a stage with a result per item; files (photos) under the tenant wall; issue
-- categories with SLA hours and issues; the gate that keeps a batch at its stage until the stage's
-- checklist has a passing check, and the written overrides of it. The rules the seed puts in the
-- database stay here: checks and issues are filed as the signed-in user, workers update only the
-- issues assigned to them, a check's status is computed, and the gate holds on every path.

-- ---------------------------------------------------------------------------------------------
-- Checklist templates and their items.
-- A template's versions share a lineage; editing a published version publishes version n+1 and
-- retires n. Checks keep the version they used. At most one active version per product and stage;
-- a template without a product is the stage's default (NULLS NOT DISTINCT: one default per stage).
-- ---------------------------------------------------------------------------------------------
CREATE TABLE shopfloor.checklist_templates (
    tenant_id     uuid        NOT NULL REFERENCES shopfloor.tenants (id),
    id            uuid        NOT NULL DEFAULT gen_random_uuid(),
    lineage_id    uuid        NOT NULL,
    revision      integer     NOT NULL DEFAULT 1 CHECK (revision BETWEEN 1 AND 100000),
    name          text        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    product_id    uuid,
    stage_id      uuid        NOT NULL,
    scope         text        NOT NULL DEFAULT 'batch' CHECK (scope IN ('batch', 'order')),
    status        text        NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'active', 'retired')),
    created_by    uuid        NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    published_at  timestamptz,
    retired_at    timestamptz,
    updated_at    timestamptz NOT NULL DEFAULT now(),
    version       bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, lineage_id, revision),
    CHECK ((status = 'draft') = (published_at IS NULL)),
    CHECK ((status = 'retired') = (retired_at IS NOT NULL)),
    FOREIGN KEY (tenant_id, product_id) REFERENCES shopfloor.products (tenant_id, id),
    FOREIGN KEY (tenant_id, stage_id) REFERENCES shopfloor.production_stages (tenant_id, id),
    FOREIGN KEY (tenant_id, created_by) REFERENCES shopfloor.users (tenant_id, id)
);
CREATE UNIQUE INDEX checklist_templates_one_active_idx ON shopfloor.checklist_templates (tenant_id, product_id, stage_id)
    NULLS NOT DISTINCT WHERE status = 'active';
CREATE INDEX checklist_templates_product_idx ON shopfloor.checklist_templates (tenant_id, product_id);
CREATE INDEX checklist_templates_stage_idx ON shopfloor.checklist_templates (tenant_id, stage_id, status);
CREATE INDEX checklist_templates_created_by_idx ON shopfloor.checklist_templates (tenant_id, created_by);

CREATE TABLE shopfloor.checklist_items (
    tenant_id       uuid          NOT NULL,
    id              uuid          NOT NULL DEFAULT gen_random_uuid(),
    template_id     uuid          NOT NULL,
    position        integer       NOT NULL CHECK (position BETWEEN 0 AND 999),
    category        text          NOT NULL CHECK (length(btrim(category)) BETWEEN 1 AND 100),
    item_text       text          NOT NULL CHECK (length(btrim(item_text)) BETWEEN 1 AND 500),
    help_text       text          CHECK (help_text IS NULL OR length(help_text) <= 2000),
    kind            text          NOT NULL DEFAULT 'pass_fail' CHECK (kind IN ('pass_fail', 'measurement')),
    unit            text          CHECK (unit IS NULL OR length(unit) BETWEEN 1 AND 20),
    nominal_value   numeric(14,4),
    lower_limit     numeric(14,4),
    upper_limit     numeric(14,4),
    severity        text          NOT NULL DEFAULT 'warning' CHECK (severity IN ('warning', 'critical', 'hold')),
    required        boolean       NOT NULL DEFAULT true,
    photo_required  boolean       NOT NULL DEFAULT false,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, template_id, position) DEFERRABLE INITIALLY IMMEDIATE,
    FOREIGN KEY (tenant_id, template_id) REFERENCES shopfloor.checklist_templates (tenant_id, id) ON DELETE CASCADE,
    -- A pass/fail item has no reading; a measurement has a unit and at least one limit, in order.
    CHECK (kind = 'measurement' OR (unit IS NULL AND nominal_value IS NULL AND lower_limit IS NULL AND upper_limit IS NULL)),
    CHECK (kind = 'pass_fail' OR (unit IS NOT NULL AND (lower_limit IS NOT NULL OR upper_limit IS NOT NULL))),
    CHECK (lower_limit IS NULL OR upper_limit IS NULL OR lower_limit <= upper_limit),
    CHECK (nominal_value IS NULL OR ((lower_limit IS NULL OR nominal_value >= lower_limit)
                                     AND (upper_limit IS NULL OR nominal_value <= upper_limit)))
);

-- A published version is what checks were filed against: its items never change again, and a
-- published template changes only by being retired.
CREATE FUNCTION shopfloor.keep_published_checklists() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, shopfloor
    AS $$
DECLARE
    template_status text;
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.tenant_id IS DISTINCT FROM OLD.tenant_id THEN
        RETURN NEW; -- the tenant wall's keep_tenant trigger refuses it
    END IF;
    IF TG_TABLE_NAME = 'checklist_templates' THEN
        IF TG_OP = 'DELETE' THEN
            IF OLD.status <> 'draft' THEN
                RAISE EXCEPTION 'A published checklist is kept; retire it instead' USING ERRCODE = 'integrity_constraint_violation';
            END IF;
            RETURN OLD;
        END IF;
        IF OLD.status = 'retired'
           OR (OLD.status = 'active' AND (NEW.status <> 'retired'
               OR (to_jsonb(NEW) - ARRAY['status', 'retired_at', 'updated_at', 'version'])
                  <> (to_jsonb(OLD) - ARRAY['status', 'retired_at', 'updated_at', 'version']))) THEN
            RAISE EXCEPTION 'A published checklist does not change; edit it to publish a new version' USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RETURN NEW;
    END IF;
    SELECT t.status INTO template_status FROM shopfloor.checklist_templates t
    WHERE t.tenant_id = coalesce(NEW.tenant_id, OLD.tenant_id) AND t.id = coalesce(NEW.template_id, OLD.template_id);
    IF template_status IS DISTINCT FROM 'draft' AND template_status IS NOT NULL THEN
        RAISE EXCEPTION 'The items of a published checklist do not change; edit it to publish a new version'
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF TG_OP = 'UPDATE' AND NEW.template_id <> OLD.template_id THEN
        RAISE EXCEPTION 'An item stays on its checklist' USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN coalesce(NEW, OLD);
END
$$;
GRANT EXECUTE ON FUNCTION shopfloor.keep_published_checklists() TO ${appRole};
CREATE TRIGGER checklist_templates_keep_published BEFORE UPDATE OR DELETE ON shopfloor.checklist_templates
    FOR EACH ROW EXECUTE FUNCTION shopfloor.keep_published_checklists();
CREATE TRIGGER checklist_items_keep_published BEFORE INSERT OR UPDATE OR DELETE ON shopfloor.checklist_items
    FOR EACH ROW EXECUTE FUNCTION shopfloor.keep_published_checklists();

-- ---------------------------------------------------------------------------------------------
-- Checks and their results.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE shopfloor.quality_checks (
    tenant_id     uuid        NOT NULL,
    id            uuid        NOT NULL DEFAULT gen_random_uuid(),
    batch_id      uuid        NOT NULL,
    order_id      uuid,
    stage_id      uuid        NOT NULL,
    template_id   uuid        NOT NULL,
    worker_id     uuid        NOT NULL,
    status        text        CHECK (status IN ('good', 'warning', 'critical', 'hold')),
    notes         text        CHECK (notes IS NULL OR length(notes) <= 5000),
    opened_at     timestamptz NOT NULL DEFAULT now(),
    completed_at  timestamptz,
    version       bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    CHECK ((status IS NULL) = (completed_at IS NULL)),
    CHECK (completed_at IS NULL OR completed_at >= opened_at),
    FOREIGN KEY (tenant_id, batch_id) REFERENCES shopfloor.batches (tenant_id, id),
    FOREIGN KEY (tenant_id, order_id) REFERENCES shopfloor.orders (tenant_id, id),
    FOREIGN KEY (tenant_id, stage_id) REFERENCES shopfloor.production_stages (tenant_id, id),
    FOREIGN KEY (tenant_id, template_id) REFERENCES shopfloor.checklist_templates (tenant_id, id),
    FOREIGN KEY (tenant_id, worker_id) REFERENCES shopfloor.users (tenant_id, id)
);
-- The gate and the batch page read a batch's checks by stage, newest completed first.
CREATE INDEX quality_checks_batch_stage_idx ON shopfloor.quality_checks (tenant_id, batch_id, stage_id, completed_at DESC);
CREATE INDEX quality_checks_order_idx ON shopfloor.quality_checks (tenant_id, order_id);
CREATE INDEX quality_checks_stage_idx ON shopfloor.quality_checks (tenant_id, stage_id, completed_at);
CREATE INDEX quality_checks_template_idx ON shopfloor.quality_checks (tenant_id, template_id);
CREATE INDEX quality_checks_worker_idx ON shopfloor.quality_checks (tenant_id, worker_id);

CREATE TABLE shopfloor.quality_check_results (
    tenant_id  uuid          NOT NULL,
    id         uuid          NOT NULL DEFAULT gen_random_uuid(),
    check_id   uuid          NOT NULL,
    item_id    uuid          NOT NULL,
    passed     boolean       NOT NULL,
    reading    numeric(14,4),
    notes      text          CHECK (notes IS NULL OR length(notes) <= 2000),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, check_id, item_id),
    FOREIGN KEY (tenant_id, check_id) REFERENCES shopfloor.quality_checks (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, item_id) REFERENCES shopfloor.checklist_items (tenant_id, id)
);
CREATE INDEX quality_check_results_item_idx ON shopfloor.quality_check_results (tenant_id, item_id);

-- A check is filed for a batch at its current stage against a published checklist of that stage,
-- for the batch or one of its orders; once completed it does not change.
CREATE FUNCTION shopfloor.guard_quality_checks() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, shopfloor
    AS $$
DECLARE
    template record;
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.tenant_id IS DISTINCT FROM OLD.tenant_id THEN
        RETURN NEW; -- the tenant wall's keep_tenant trigger refuses it
    END IF;
    IF TG_OP = 'UPDATE' THEN
        IF OLD.completed_at IS NOT NULL THEN
            RAISE EXCEPTION 'A completed check does not change' USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        IF (NEW.batch_id, NEW.order_id, NEW.stage_id, NEW.template_id, NEW.worker_id, NEW.opened_at)
           IS DISTINCT FROM (OLD.batch_id, OLD.order_id, OLD.stage_id, OLD.template_id, OLD.worker_id, OLD.opened_at) THEN
            RAISE EXCEPTION 'A check keeps its batch, stage, checklist and worker' USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RETURN NEW;
    END IF;
    SELECT t.stage_id, t.status, t.scope INTO template FROM shopfloor.checklist_templates t
    WHERE t.tenant_id = NEW.tenant_id AND t.id = NEW.template_id;
    IF template.status IS DISTINCT FROM 'active' OR template.stage_id <> NEW.stage_id THEN
        RAISE EXCEPTION 'A check follows the stage''s published checklist' USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF (template.scope = 'order') <> (NEW.order_id IS NOT NULL) THEN
        RAISE EXCEPTION 'This checklist is filed per %', template.scope USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM shopfloor.batches b
                   WHERE b.tenant_id = NEW.tenant_id AND b.id = NEW.batch_id
                     AND b.current_stage_id = NEW.stage_id AND b.completed_at IS NULL) THEN
        RAISE EXCEPTION 'A check is filed for a batch at its current stage' USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF NEW.order_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM shopfloor.batch_orders m
                   WHERE m.tenant_id = NEW.tenant_id AND m.batch_id = NEW.batch_id AND m.order_id = NEW.order_id) THEN
        RAISE EXCEPTION 'The order is not in this batch' USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF NEW.completed_at IS NOT NULL OR NEW.status IS NOT NULL THEN
        RAISE EXCEPTION 'A check is opened first and completed with its results' USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END
$$;
GRANT EXECUTE ON FUNCTION shopfloor.guard_quality_checks() TO ${appRole};
CREATE TRIGGER quality_checks_guard BEFORE INSERT OR UPDATE ON shopfloor.quality_checks
    FOR EACH ROW EXECUTE FUNCTION shopfloor.guard_quality_checks();

-- The status is computed, never typed: completing a check needs a result for every required item
-- (and a photo where one is required); it is good when every required item passed, otherwise the
-- worst severity among the failed items. Nothing passes by default.
CREATE FUNCTION shopfloor.complete_quality_check() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, shopfloor
    AS $$
DECLARE
    missing text;
BEGIN
    SELECT string_agg(i.item_text, ', ' ORDER BY i.position) INTO missing
    FROM shopfloor.checklist_items i
    LEFT JOIN shopfloor.quality_check_results r ON r.tenant_id = i.tenant_id AND r.check_id = NEW.id AND r.item_id = i.id
    WHERE i.tenant_id = NEW.tenant_id AND i.template_id = NEW.template_id AND i.required AND r.id IS NULL;
    IF missing IS NOT NULL THEN
        RAISE EXCEPTION 'Items without a result: %', missing USING ERRCODE = 'check_violation';
    END IF;
    SELECT string_agg(i.item_text, ', ' ORDER BY i.position) INTO missing
    FROM shopfloor.checklist_items i
    JOIN shopfloor.quality_check_results r ON r.tenant_id = i.tenant_id AND r.check_id = NEW.id AND r.item_id = i.id
    WHERE i.tenant_id = NEW.tenant_id AND i.photo_required
      AND NOT EXISTS (SELECT 1 FROM shopfloor.files f
                      WHERE f.tenant_id = r.tenant_id AND f.entity_type = 'quality_check_results' AND f.entity_id = r.id);
    IF missing IS NOT NULL THEN
        RAISE EXCEPTION 'Items without the photo they require: %', missing USING ERRCODE = 'check_violation';
    END IF;
    NEW.status := coalesce((
        SELECT CASE max(CASE i.severity WHEN 'warning' THEN 1 WHEN 'critical' THEN 2 ELSE 3 END)
                   WHEN 1 THEN 'warning' WHEN 2 THEN 'critical' WHEN 3 THEN 'hold' END
        FROM shopfloor.quality_check_results r
        JOIN shopfloor.checklist_items i ON i.tenant_id = r.tenant_id AND i.id = r.item_id
        WHERE r.tenant_id = NEW.tenant_id AND r.check_id = NEW.id AND NOT r.passed), 'good');
    RETURN NEW;
END
$$;
GRANT EXECUTE ON FUNCTION shopfloor.complete_quality_check() TO ${appRole};
CREATE TRIGGER quality_checks_complete BEFORE UPDATE OF completed_at ON shopfloor.quality_checks
    FOR EACH ROW WHEN (OLD.completed_at IS NULL AND NEW.completed_at IS NOT NULL)
    EXECUTE FUNCTION shopfloor.complete_quality_check();

-- A result belongs to an item of the check's own checklist, while the check is open; a measurement
-- passes when its reading lies within the limits (the database decides), a pass/fail item has no reading.
CREATE FUNCTION shopfloor.guard_quality_check_results() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, shopfloor
    AS $$
DECLARE
    item record;
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.tenant_id IS DISTINCT FROM OLD.tenant_id THEN
        RETURN NEW; -- the tenant wall's keep_tenant trigger refuses it
    END IF;
    IF EXISTS (SELECT 1 FROM shopfloor.quality_checks c
               WHERE c.tenant_id = coalesce(NEW.tenant_id, OLD.tenant_id) AND c.id = coalesce(NEW.check_id, OLD.check_id)
                 AND c.completed_at IS NOT NULL) THEN
        RAISE EXCEPTION 'A completed check does not change' USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    SELECT i.kind, i.lower_limit, i.upper_limit INTO item
    FROM shopfloor.checklist_items i JOIN shopfloor.quality_checks c ON c.tenant_id = i.tenant_id AND c.template_id = i.template_id
    WHERE i.tenant_id = NEW.tenant_id AND i.id = NEW.item_id AND c.id = NEW.check_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'The item is not on this check''s checklist' USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF item.kind = 'measurement' THEN
        IF NEW.reading IS NULL THEN
            RAISE EXCEPTION 'A measurement needs its reading' USING ERRCODE = 'check_violation';
        END IF;
        NEW.passed := (item.lower_limit IS NULL OR NEW.reading >= item.lower_limit)
                      AND (item.upper_limit IS NULL OR NEW.reading <= item.upper_limit);
    ELSIF NEW.reading IS NOT NULL THEN
        RAISE EXCEPTION 'A pass/fail item takes no reading' USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;
GRANT EXECUTE ON FUNCTION shopfloor.guard_quality_check_results() TO ${appRole};
CREATE TRIGGER quality_check_results_guard BEFORE INSERT OR UPDATE OR DELETE ON shopfloor.quality_check_results
    FOR EACH ROW EXECUTE FUNCTION shopfloor.guard_quality_check_results();

-- ---------------------------------------------------------------------------------------------
-- Files: photos and other attachments, metadata and bytes apart (lists never load bytes). Images
-- and PDF only; the type is what the server sniffed from the content. At most 10 MB.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE shopfloor.files (
    tenant_id     uuid        NOT NULL REFERENCES shopfloor.tenants (id),
    id            uuid        NOT NULL DEFAULT gen_random_uuid(),
    entity_type   text        NOT NULL CHECK (entity_type IN ('quality_check_results', 'issues')),
    entity_id     uuid        NOT NULL,
    name          text        NOT NULL CHECK (length(name) BETWEEN 1 AND 255 AND name !~ '[/\\[:cntrl:]]'),
    content_type  text        NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'image/gif', 'image/webp', 'application/pdf')),
    size_bytes    bigint      NOT NULL CHECK (size_bytes BETWEEN 1 AND 10485760),
    sha256        bytea       NOT NULL CHECK (length(sha256) = 32),
    uploaded_by   uuid        NOT NULL,
    uploaded_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, uploaded_by) REFERENCES shopfloor.users (tenant_id, id)
);
CREATE INDEX files_entity_idx ON shopfloor.files (tenant_id, entity_type, entity_id);
CREATE INDEX files_uploaded_by_idx ON shopfloor.files (tenant_id, uploaded_by);

CREATE TABLE shopfloor.file_contents (
    tenant_id  uuid  NOT NULL,
    file_id    uuid  NOT NULL,
    bytes      bytea NOT NULL,
    thumbnail  bytea,
    PRIMARY KEY (tenant_id, file_id),
    FOREIGN KEY (tenant_id, file_id) REFERENCES shopfloor.files (tenant_id, id) ON DELETE CASCADE
);

-- ---------------------------------------------------------------------------------------------
-- Issue categories (seeded for every organization) and issues.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE shopfloor.issue_categories (
    tenant_id         uuid        NOT NULL REFERENCES shopfloor.tenants (id),
    id                uuid        NOT NULL DEFAULT gen_random_uuid(),
    code              text        CHECK (code IS NULL OR code ~ '^[a-z][a-z_]{0,39}$'),
    name              text        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
    description       text        CHECK (description IS NULL OR length(description) <= 2000),
    default_severity  text        NOT NULL CHECK (default_severity IN ('warning', 'critical', 'hold')),
    sla_hours         integer     NOT NULL CHECK (sla_hours BETWEEN 1 AND 8760),
    active            boolean     NOT NULL DEFAULT true,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    version           bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, name),
    UNIQUE (tenant_id, code)
);

CREATE TABLE shopfloor.issues (
    tenant_id      uuid        NOT NULL,
    id             uuid        NOT NULL DEFAULT gen_random_uuid(),
    issue_number   text        NOT NULL CHECK (issue_number ~ '^Q-[0-9]{6,}$'),
    batch_id       uuid,
    order_id       uuid,
    stage_id       uuid,
    check_id       uuid,
    category_id    uuid        NOT NULL,
    severity       text        NOT NULL CHECK (severity IN ('warning', 'critical', 'hold')),
    title          text        NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 200),
    description    text        NOT NULL DEFAULT '' CHECK (length(description) <= 10000),
    reported_by    uuid        NOT NULL,
    assigned_to    uuid,
    root_cause     text        CHECK (root_cause IS NULL OR length(root_cause) <= 5000),
    resolution     text        CHECK (resolution IS NULL OR length(resolution) <= 5000),
    resolved_at    timestamptz,
    resolved_by    uuid,
    due_at         timestamptz NOT NULL,
    custom_fields  jsonb       NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(custom_fields) = 'object'),
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    version        bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, issue_number),
    CHECK (batch_id IS NOT NULL OR order_id IS NOT NULL),
    CHECK ((resolved_at IS NULL) = (resolved_by IS NULL)),
    CHECK (resolved_at IS NULL OR resolution IS NOT NULL),
    FOREIGN KEY (tenant_id, batch_id) REFERENCES shopfloor.batches (tenant_id, id),
    FOREIGN KEY (tenant_id, order_id) REFERENCES shopfloor.orders (tenant_id, id),
    FOREIGN KEY (tenant_id, stage_id) REFERENCES shopfloor.production_stages (tenant_id, id),
    FOREIGN KEY (tenant_id, check_id) REFERENCES shopfloor.quality_checks (tenant_id, id),
    FOREIGN KEY (tenant_id, category_id) REFERENCES shopfloor.issue_categories (tenant_id, id),
    FOREIGN KEY (tenant_id, reported_by) REFERENCES shopfloor.users (tenant_id, id),
    FOREIGN KEY (tenant_id, assigned_to) REFERENCES shopfloor.users (tenant_id, id),
    FOREIGN KEY (tenant_id, resolved_by) REFERENCES shopfloor.users (tenant_id, id)
);
-- The list's filters (open, overdue by due time, mine, category, stage, severity), newest first.
CREATE INDEX issues_open_due_idx ON shopfloor.issues (tenant_id, due_at) WHERE resolved_at IS NULL;
CREATE INDEX issues_created_idx ON shopfloor.issues (tenant_id, created_at DESC, id);
CREATE INDEX issues_assigned_idx ON shopfloor.issues (tenant_id, assigned_to, created_at DESC);
CREATE INDEX issues_category_idx ON shopfloor.issues (tenant_id, category_id, created_at DESC);
CREATE INDEX issues_stage_idx ON shopfloor.issues (tenant_id, stage_id, created_at DESC);
CREATE INDEX issues_severity_idx ON shopfloor.issues (tenant_id, severity, created_at DESC);
CREATE INDEX issues_batch_idx ON shopfloor.issues (tenant_id, batch_id);
CREATE INDEX issues_order_idx ON shopfloor.issues (tenant_id, order_id);
CREATE INDEX issues_check_idx ON shopfloor.issues (tenant_id, check_id);
CREATE INDEX issues_reported_by_idx ON shopfloor.issues (tenant_id, reported_by);
CREATE INDEX issues_resolved_by_idx ON shopfloor.issues (tenant_id, resolved_by);

-- Due time = created + the category's SLA hours (seed 000 wanted a generated column, which cannot
-- read another table): kept on insert and when the category changes.
CREATE FUNCTION shopfloor.keep_issue_due_at() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, shopfloor
    AS $$
BEGIN
    NEW.due_at := NEW.created_at + make_interval(hours => (
        SELECT c.sla_hours FROM shopfloor.issue_categories c WHERE c.tenant_id = NEW.tenant_id AND c.id = NEW.category_id));
    IF NEW.due_at IS NULL THEN
        RAISE EXCEPTION 'Unknown issue category' USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NEW;
END
$$;
GRANT EXECUTE ON FUNCTION shopfloor.keep_issue_due_at() TO ${appRole};
CREATE TRIGGER issues_due_at BEFORE INSERT OR UPDATE OF category_id, created_at, due_at ON shopfloor.issues
    FOR EACH ROW EXECUTE FUNCTION shopfloor.keep_issue_due_at();

-- The one SLA status the lists, the screens and the dashboard use: STABLE, since it reads the clock.
CREATE FUNCTION shopfloor.sla_status(p_due_at timestamptz, p_resolved_at timestamptz) RETURNS text
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, shopfloor
    AS $$
    SELECT CASE WHEN p_resolved_at IS NOT NULL THEN 'resolved'
                WHEN now() > p_due_at THEN 'overdue'
                WHEN now() > p_due_at - interval '1 hour' THEN 'at_risk'
                ELSE 'on_track' END
$$;
GRANT EXECUTE ON FUNCTION shopfloor.sla_status(timestamptz, timestamptz) TO ${appRole};

-- ---------------------------------------------------------------------------------------------
-- Seed 000's rules for the signed-in user: checks and issues are filed as oneself (quality:work or
-- quality:write); an open check is completed by its worker; issues are updated by whoever they are
-- assigned to, or by quality:write; a gate override is written as oneself with quality:override.
-- Applies to the application role, which speaks for the signed-in user; the schema owner
-- (migrations, operator commands, bulk loads) is not the signed-in user.
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION shopfloor.guard_quality_authorship() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, shopfloor
    AS $$
DECLARE
    me uuid := shopfloor.current_app_user_id();
    manages boolean;
BEGIN
    IF current_user <> '${appRole}' THEN
        RETURN NEW;
    END IF;
    manages := shopfloor.current_user_can('quality:write');
    IF TG_TABLE_NAME = 'quality_gate_overrides' THEN
        IF NEW.granted_by IS DISTINCT FROM me OR NOT shopfloor.current_user_can('quality:override') THEN
            RAISE EXCEPTION 'Only someone with quality:override lets a batch past the gate, in their own name'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    ELSIF TG_TABLE_NAME = 'quality_checks' THEN
        IF TG_OP = 'INSERT' AND (NEW.worker_id IS DISTINCT FROM me OR NOT (manages OR shopfloor.current_user_can('quality:work'))) THEN
            RAISE EXCEPTION 'A check is filed by the signed-in user, with quality:work' USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF TG_OP = 'UPDATE' AND OLD.worker_id IS DISTINCT FROM me AND NOT manages THEN
            RAISE EXCEPTION 'Only the worker who opened a check completes it' USING ERRCODE = 'insufficient_privilege';
        END IF;
    ELSE
        IF TG_OP = 'INSERT' AND (NEW.reported_by IS DISTINCT FROM me OR NOT (manages OR shopfloor.current_user_can('quality:work'))) THEN
            RAISE EXCEPTION 'An issue is reported by the signed-in user, with quality:work' USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF TG_OP = 'UPDATE' AND NOT manages AND (OLD.assigned_to IS DISTINCT FROM me OR NEW.assigned_to IS DISTINCT FROM me
                                                 OR NEW.reported_by IS DISTINCT FROM OLD.reported_by) THEN
            RAISE EXCEPTION 'Workers update the issues assigned to them (others need quality:write)' USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    RETURN NEW;
END
$$;
GRANT EXECUTE ON FUNCTION shopfloor.guard_quality_authorship() TO ${appRole};
CREATE TRIGGER quality_checks_authorship BEFORE INSERT OR UPDATE ON shopfloor.quality_checks
    FOR EACH ROW EXECUTE FUNCTION shopfloor.guard_quality_authorship();
CREATE TRIGGER issues_authorship BEFORE INSERT OR UPDATE ON shopfloor.issues
    FOR EACH ROW EXECUTE FUNCTION shopfloor.guard_quality_authorship();

-- ---------------------------------------------------------------------------------------------
-- The gate. A batch leaves a stage (forward, or by completing) only when, for each product among
-- its orders, the stage's applicable checklist (the product's own, else the stage's default) has
-- a passing check (good or warning: the newest completed one counts, per order where the
-- checklist is per order), and not while it is on hold, unless someone with quality:override
-- wrote why (a row, read here; never a session setting). Going back a stage, for rework, is free.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE shopfloor.quality_gate_overrides (
    tenant_id   uuid        NOT NULL,
    id          uuid        NOT NULL DEFAULT gen_random_uuid(),
    batch_id    uuid        NOT NULL,
    stage_id    uuid        NOT NULL,
    reason      text        NOT NULL CHECK (length(btrim(reason)) BETWEEN 1 AND 2000),
    granted_by  uuid        NOT NULL,
    granted_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, batch_id, stage_id),
    FOREIGN KEY (tenant_id, batch_id) REFERENCES shopfloor.batches (tenant_id, id),
    FOREIGN KEY (tenant_id, stage_id) REFERENCES shopfloor.production_stages (tenant_id, id),
    FOREIGN KEY (tenant_id, granted_by) REFERENCES shopfloor.users (tenant_id, id)
);
CREATE INDEX quality_gate_overrides_stage_idx ON shopfloor.quality_gate_overrides (tenant_id, stage_id);
CREATE INDEX quality_gate_overrides_granted_by_idx ON shopfloor.quality_gate_overrides (tenant_id, granted_by);
CREATE TRIGGER quality_gate_overrides_authorship BEFORE INSERT ON shopfloor.quality_gate_overrides
    FOR EACH ROW EXECUTE FUNCTION shopfloor.guard_quality_authorship();

-- What blocks the batch at its stage, as one sentence, or NULL: the service asks the same function
-- first, so a screen shows the reason before any write; the trigger below is the backstop.
CREATE FUNCTION shopfloor.quality_gate_refusal(p_tenant_id uuid, p_batch_id uuid) RETURNS text
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
    WITH members AS (
        SELECT o.id AS order_id, o.product_id
        FROM shopfloor.batch_orders m JOIN shopfloor.orders o ON o.tenant_id = m.tenant_id AND o.id = m.order_id
        WHERE m.tenant_id = p_tenant_id AND m.batch_id = p_batch_id
    ), applicable AS (
        SELECT DISTINCT ON (mb.order_id) mb.order_id, t.lineage_id, t.name, t.scope
        FROM members mb
        JOIN shopfloor.checklist_templates t
          ON t.tenant_id = p_tenant_id AND t.stage_id = batch.current_stage_id AND t.status = 'active'
         AND (t.product_id = mb.product_id OR t.product_id IS NULL)
        ORDER BY mb.order_id, t.product_id NULLS LAST
    ), needed AS (
        SELECT DISTINCT a.lineage_id, a.name, CASE WHEN a.scope = 'order' THEN a.order_id END AS order_id FROM applicable a
    )
    SELECT string_agg(DISTINCT n.name, ', ') INTO missing
    FROM needed n
    WHERE coalesce((
        SELECT c.status IN ('good', 'warning')
        FROM shopfloor.quality_checks c JOIN shopfloor.checklist_templates t ON t.tenant_id = c.tenant_id AND t.id = c.template_id
        WHERE c.tenant_id = p_tenant_id AND c.batch_id = p_batch_id AND c.stage_id = batch.current_stage_id
          AND c.completed_at IS NOT NULL AND t.lineage_id = n.lineage_id
          AND c.order_id IS NOT DISTINCT FROM n.order_id
        ORDER BY c.completed_at DESC LIMIT 1), false) = false;
    RETURN CASE WHEN missing IS NULL THEN NULL ELSE 'no passing check: ' || missing END;
END
$$;
GRANT EXECUTE ON FUNCTION shopfloor.quality_gate_refusal(uuid, uuid) TO ${appRole};

CREATE FUNCTION shopfloor.guard_quality_gate() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, shopfloor
    AS $$
DECLARE
    refusal text;
BEGIN
    IF NEW.current_stage_id <> OLD.current_stage_id
       AND (SELECT s.position FROM shopfloor.production_stages s WHERE s.tenant_id = NEW.tenant_id AND s.id = NEW.current_stage_id)
           < (SELECT s.position FROM shopfloor.production_stages s WHERE s.tenant_id = OLD.tenant_id AND s.id = OLD.current_stage_id) THEN
        RETURN NEW;
    END IF;
    refusal := shopfloor.quality_gate_refusal(OLD.tenant_id, OLD.id);
    IF refusal IS NOT NULL THEN
        RAISE EXCEPTION 'Quality gate: batch % cannot leave its stage (%)', OLD.batch_number, refusal
            USING ERRCODE = 'check_violation', CONSTRAINT = 'quality_gate';
    END IF;
    RETURN NEW;
END
$$;
GRANT EXECUTE ON FUNCTION shopfloor.guard_quality_gate() TO ${appRole};
CREATE TRIGGER batches_quality_gate BEFORE UPDATE OF current_stage_id, completed_at ON shopfloor.batches
    FOR EACH ROW WHEN (NEW.current_stage_id IS DISTINCT FROM OLD.current_stage_id
                       OR (OLD.completed_at IS NULL AND NEW.completed_at IS NOT NULL))
    EXECUTE FUNCTION shopfloor.guard_quality_gate();

-- ---------------------------------------------------------------------------------------------
-- The tenant wall, grants, audit, updated_at, on every table. wall_off (V12) enables and FORCEs
-- row level security and writes the four tenant policies, so FORCE does not stand here literally.
-- ---------------------------------------------------------------------------------------------
SELECT shopfloor.wall_off('shopfloor.checklist_templates');
SELECT shopfloor.wall_off('shopfloor.checklist_items');
SELECT shopfloor.wall_off('shopfloor.quality_checks');
SELECT shopfloor.wall_off('shopfloor.quality_check_results');
SELECT shopfloor.wall_off('shopfloor.files');
SELECT shopfloor.wall_off('shopfloor.file_contents');
SELECT shopfloor.wall_off('shopfloor.issue_categories');
SELECT shopfloor.wall_off('shopfloor.issues');
SELECT shopfloor.wall_off('shopfloor.quality_gate_overrides');
-- An override is written once and stays: no update or delete is granted, so no policy for them.
DROP POLICY quality_gate_overrides_update ON shopfloor.quality_gate_overrides;
DROP POLICY quality_gate_overrides_delete ON shopfloor.quality_gate_overrides;

GRANT SELECT, INSERT, UPDATE, DELETE ON shopfloor.checklist_templates, shopfloor.checklist_items TO ${appRole};
GRANT SELECT, INSERT, UPDATE ON shopfloor.quality_checks, shopfloor.issue_categories, shopfloor.issues TO ${appRole};
GRANT SELECT, INSERT, UPDATE, DELETE ON shopfloor.quality_check_results, shopfloor.files, shopfloor.file_contents TO ${appRole};
GRANT SELECT, INSERT ON shopfloor.quality_gate_overrides TO ${appRole};

CREATE TRIGGER checklist_templates_touch BEFORE UPDATE ON shopfloor.checklist_templates
    FOR EACH ROW EXECUTE FUNCTION shopfloor.touch_updated_at();
CREATE TRIGGER issue_categories_touch BEFORE UPDATE ON shopfloor.issue_categories
    FOR EACH ROW EXECUTE FUNCTION shopfloor.touch_updated_at();
CREATE TRIGGER issues_touch BEFORE UPDATE ON shopfloor.issues
    FOR EACH ROW EXECUTE FUNCTION shopfloor.touch_updated_at();

-- Bytes are not audited (their metadata row is); every other row is.
CREATE TRIGGER checklist_templates_audit AFTER INSERT OR UPDATE OR DELETE ON shopfloor.checklist_templates
    FOR EACH ROW EXECUTE FUNCTION shopfloor.audit_row_change();
CREATE TRIGGER checklist_items_audit AFTER INSERT OR UPDATE OR DELETE ON shopfloor.checklist_items
    FOR EACH ROW EXECUTE FUNCTION shopfloor.audit_row_change();
CREATE TRIGGER quality_checks_audit AFTER INSERT OR UPDATE OR DELETE ON shopfloor.quality_checks
    FOR EACH ROW EXECUTE FUNCTION shopfloor.audit_row_change();
CREATE TRIGGER quality_check_results_audit AFTER INSERT OR UPDATE OR DELETE ON shopfloor.quality_check_results
    FOR EACH ROW EXECUTE FUNCTION shopfloor.audit_row_change();
CREATE TRIGGER files_audit AFTER INSERT OR UPDATE OR DELETE ON shopfloor.files
    FOR EACH ROW EXECUTE FUNCTION shopfloor.audit_row_change();
CREATE TRIGGER issue_categories_audit AFTER INSERT OR UPDATE OR DELETE ON shopfloor.issue_categories
    FOR EACH ROW EXECUTE FUNCTION shopfloor.audit_row_change();
CREATE TRIGGER issues_audit AFTER INSERT OR UPDATE OR DELETE ON shopfloor.issues
    FOR EACH ROW EXECUTE FUNCTION shopfloor.audit_row_change();
CREATE TRIGGER quality_gate_overrides_audit AFTER INSERT OR UPDATE OR DELETE ON shopfloor.quality_gate_overrides
    FOR EACH ROW EXECUTE FUNCTION shopfloor.audit_row_change();

-- ---------------------------------------------------------------------------------------------
-- Every organization starts with seed 000's issue categories; "Failed check" is the one a failed
-- check opens by itself (found by its code, whatever the organization renames it to).
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION shopfloor.seed_issue_categories(p_tenant_id uuid) RETURNS void
    LANGUAGE sql
    SET search_path = pg_catalog, shopfloor
    AS $$
    INSERT INTO shopfloor.issue_categories (tenant_id, code, name, description, default_severity, sla_hours)
    VALUES (p_tenant_id, 'failed_check', 'Failed check', 'Opened by a check with a failed item', 'critical', 24),
           (p_tenant_id, 'material', 'Material defect', 'Wood, parts or finish not as specified', 'warning', 48),
           (p_tenant_id, 'workmanship', 'Workmanship', 'Work to be redone at a stage', 'warning', 24),
           (p_tenant_id, 'equipment', 'Equipment', 'A tool or machine failed', 'critical', 8),
           (p_tenant_id, 'safety', 'Safety', 'Stop and make safe first', 'hold', 4)
$$;
CREATE FUNCTION shopfloor.seed_tenant_issue_categories() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, shopfloor
    AS $$
BEGIN
    PERFORM shopfloor.seed_issue_categories(NEW.id);
    RETURN NULL;
END
$$;
GRANT EXECUTE ON FUNCTION shopfloor.seed_issue_categories(uuid) TO ${appRole};
GRANT EXECUTE ON FUNCTION shopfloor.seed_tenant_issue_categories() TO ${appRole};
CREATE TRIGGER tenants_seed_issue_categories AFTER INSERT ON shopfloor.tenants
    FOR EACH ROW EXECUTE FUNCTION shopfloor.seed_tenant_issue_categories();

-- Built-in workers file checks and issues (quality:work) instead of managing quality
-- (quality:write); managers hold quality:* already, which now includes quality:override.
CREATE OR REPLACE FUNCTION shopfloor.seed_builtin_roles() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE
    role_def record;
    new_role uuid;
BEGIN
    FOR role_def IN
        SELECT * FROM (VALUES
            ('admin',   'Administrators: everything, including the console',
                ARRAY['*']),
            ('manager', 'Managers: run orders, production, quality, finance and people',
                ARRAY['customers:*', 'orders:*', 'products:*', 'production:*', 'quality:*', 'finance:*', 'people:*']),
            ('worker',  'Workers: read orders, do production and quality work',
                ARRAY['customers:read', 'orders:read', 'products:read', 'production:read', 'production:work',
                      'quality:read', 'quality:work', 'people:read']),
            ('viewer',  'Viewers: read-only access to the business modules',
                ARRAY['customers:read', 'orders:read', 'products:read', 'production:read', 'quality:read',
                      'finance:read', 'people:read'])
        ) AS r (name, description, permissions)
    LOOP
        INSERT INTO shopfloor.roles (tenant_id, name, description, builtin)
        VALUES (NEW.id, role_def.name, role_def.description, true)
        RETURNING id INTO new_role;
        INSERT INTO shopfloor.role_permissions (tenant_id, role_id, permission)
        SELECT NEW.id, new_role, p FROM unnest(role_def.permissions) AS p;
    END LOOP;
    RETURN NULL;
END
$$;

-- Existing organizations: categories and the workers' grants, each in its own tenant context so
-- the policies apply and its audit trail records the change.
DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT id FROM shopfloor.tenants ORDER BY id LOOP
        PERFORM set_config('app.tenant_id', t.id::text, true);
        PERFORM shopfloor.seed_issue_categories(t.id);
        DELETE FROM shopfloor.role_permissions rp USING shopfloor.roles r
        WHERE rp.tenant_id = t.id AND r.tenant_id = t.id AND r.id = rp.role_id
          AND r.builtin AND r.name = 'worker' AND rp.permission = 'quality:write';
        INSERT INTO shopfloor.role_permissions (tenant_id, role_id, permission)
        SELECT r.tenant_id, r.id, 'quality:work' FROM shopfloor.roles r
        WHERE r.tenant_id = t.id AND r.builtin AND r.name = 'worker'
        ON CONFLICT (tenant_id, role_id, permission) DO NOTHING;
    END LOOP;
    PERFORM set_config('app.tenant_id', '', true);
END
$$;
