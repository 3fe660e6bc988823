-- ---------------------------------------------------------------------------------------------
-- People, first part: a profile per worker and their skills per stage. Seed 000's rule "workers
-- view their own profile, managers view all" is kept here: without people:read the application
-- reads only the signed-in user's profile. Names stay on users, which every colleague reads.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE shopfloor.worker_profiles (
    tenant_id        uuid        NOT NULL,
    id               uuid        NOT NULL DEFAULT gen_random_uuid(),
    user_id          uuid        NOT NULL,
    employee_number  text        CHECK (employee_number IS NULL OR length(btrim(employee_number)) BETWEEN 1 AND 40),
    department       text        CHECK (department IS NULL OR length(btrim(department)) BETWEEN 1 AND 100),
    hire_date        date,
    phone            text        CHECK (phone IS NULL OR length(btrim(phone)) BETWEEN 1 AND 40),
    notes            text        CHECK (notes IS NULL OR length(notes) <= 5000),
    custom_fields    jsonb       NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(custom_fields) = 'object'),
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    version          bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, user_id),
    UNIQUE (tenant_id, employee_number),
    FOREIGN KEY (tenant_id, user_id) REFERENCES shopfloor.users (tenant_id, id)
);

-- A skill: one per worker and stage. Assignment will need qualified or expert, unexpired.
CREATE TABLE shopfloor.worker_skills (
    tenant_id   uuid        NOT NULL,
    id          uuid        NOT NULL DEFAULT gen_random_uuid(),
    user_id     uuid        NOT NULL,
    stage_id    uuid        NOT NULL,
    level       text        NOT NULL CHECK (level IN ('trainee', 'qualified', 'expert')),
    expires_on  date,
    notes       text        CHECK (notes IS NULL OR length(notes) <= 2000),
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    version     bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, user_id, stage_id),
    FOREIGN KEY (tenant_id, user_id) REFERENCES shopfloor.users (tenant_id, id),
    FOREIGN KEY (tenant_id, stage_id) REFERENCES shopfloor.production_stages (tenant_id, id)
);
-- Who can do a stage (the worker menus, the assignment check).
CREATE INDEX worker_skills_stage_idx ON shopfloor.worker_skills (tenant_id, stage_id, level);

-- A skill counts for assignment at qualified or expert, and not on or after its expiry day in
-- the organization's zone.
CREATE FUNCTION shopfloor.skill_valid(p_level text, p_expires_on date, p_day date) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT p_level IN ('qualified', 'expert') AND (p_expires_on IS NULL OR p_expires_on > p_day) $$;
GRANT EXECUTE ON FUNCTION shopfloor.skill_valid(text, date, date) TO ${appRole};

SELECT shopfloor.wall_off('shopfloor.worker_profiles');
SELECT shopfloor.wall_off('shopfloor.worker_skills');
-- Within the organization, the application reads the signed-in user's own profile, or every
-- profile with people:read. Restrictive: it narrows the tenant policy above, never widens it.
CREATE POLICY worker_profiles_own_or_people_read ON shopfloor.worker_profiles AS RESTRICTIVE FOR SELECT TO ${appRole}
    USING (user_id = (SELECT shopfloor.current_app_user_id()) OR (SELECT shopfloor.current_user_can('people:read')));

GRANT SELECT, INSERT, UPDATE, DELETE ON shopfloor.worker_profiles, shopfloor.worker_skills TO ${appRole};

-- Profiles and skills are written by people:write (managers); the schema owner (migrations,
-- operator commands, the demo) is not the signed-in user.
CREATE FUNCTION shopfloor.guard_people_writes() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = pg_catalog, shopfloor
    AS $$
BEGIN
    IF current_user = '${appRole}' AND NOT shopfloor.current_user_can('people:write') THEN
        RAISE EXCEPTION 'Profiles and skills are kept by people:write' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
GRANT EXECUTE ON FUNCTION shopfloor.guard_people_writes() TO ${appRole};
CREATE TRIGGER worker_profiles_guard BEFORE INSERT OR UPDATE OR DELETE ON shopfloor.worker_profiles
    FOR EACH ROW EXECUTE FUNCTION shopfloor.guard_people_writes();
CREATE TRIGGER worker_skills_guard BEFORE INSERT OR UPDATE OR DELETE ON shopfloor.worker_skills
    FOR EACH ROW EXECUTE FUNCTION shopfloor.guard_people_writes();

CREATE TRIGGER worker_profiles_touch BEFORE UPDATE ON shopfloor.worker_profiles
    FOR EACH ROW EXECUTE FUNCTION shopfloor.touch_updated_at();
CREATE TRIGGER worker_skills_touch BEFORE UPDATE ON shopfloor.worker_skills
    FOR EACH ROW EXECUTE FUNCTION shopfloor.touch_updated_at();
CREATE TRIGGER worker_profiles_audit AFTER INSERT OR UPDATE OR DELETE ON shopfloor.worker_profiles
    FOR EACH ROW EXECUTE FUNCTION shopfloor.audit_row_change();
CREATE TRIGGER worker_skills_audit AFTER INSERT OR UPDATE OR DELETE ON shopfloor.worker_skills
    FOR EACH ROW EXECUTE FUNCTION shopfloor.audit_row_change();

-- ---------------------------------------------------------------------------------------------
-- Built-in workers do their own people work (people:work: their time, their leave requests)
-- instead of reading everyone's profile (people:read), as seed 000 says; people:override (a
-- missing skill or a full day, with a written reason) comes with managers' people:*.
-- ---------------------------------------------------------------------------------------------
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
            ('worker',  'Workers: read orders, do production and quality work, keep their own time',
                ARRAY['customers:read', 'orders:read', 'products:read', 'production:read', 'production:work',
                      'quality:read', 'quality:work', 'people:work']),
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

-- Existing organizations' built-in workers, each in its own tenant context (audited).
DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT id FROM shopfloor.tenants ORDER BY id LOOP
        PERFORM set_config('app.tenant_id', t.id::text, true);
        DELETE FROM shopfloor.role_permissions rp USING shopfloor.roles r
        WHERE rp.tenant_id = t.id AND r.tenant_id = t.id AND r.id = rp.role_id
          AND r.builtin AND r.name = 'worker' AND rp.permission = 'people:read';
        INSERT INTO shopfloor.role_permissions (tenant_id, role_id, permission)
        SELECT r.tenant_id, r.id, 'people:work' FROM shopfloor.roles r
        WHERE r.tenant_id = t.id AND r.builtin AND r.name = 'worker'
        ON CONFLICT (tenant_id, role_id, permission) DO NOTHING;
        UPDATE shopfloor.roles r SET description = 'Workers: read orders, do production and quality work, keep their own time'
        WHERE r.tenant_id = t.id AND r.builtin AND r.name = 'worker'
          AND r.description = 'Workers: read orders, do production and quality work';
    END LOOP;
    PERFORM set_config('app.tenant_id', '', true);
END
$$;
