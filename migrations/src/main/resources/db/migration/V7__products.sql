-- Products (the workshop's models) with their options (e.g. the woods a model is offered in),
-- and an order's product, chosen option, customizations and internal notes.
--
-- The options of a product are rows, not an enum or an array: each organization keeps its own
-- list per product, and an order's option is checked by a foreign key that carries the product
-- (a CHECK cannot read another table).

CREATE TABLE shopfloor.products (
    id            uuid          PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id     uuid          NOT NULL REFERENCES shopfloor.tenants (id),
    name          text          NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    sku_prefix    text          NOT NULL CHECK (sku_prefix ~ '^[A-Z0-9][A-Z0-9-]{0,19}$'),
    -- A small code list rather than a number: people plan by "how hard is this model", and
    -- named steps read the same on every screen and report (the seed's medium/high/very_high,
    -- plus low for simple accessories).
    complexity    text          NOT NULL DEFAULT 'medium' CHECK (complexity IN ('low', 'medium', 'high', 'very_high')),
    base_hours    numeric(6,2)  NOT NULL CHECK (base_hours > 0),
    base_price    numeric(12,2) NOT NULL CHECK (base_price >= 0),
    active        boolean       NOT NULL DEFAULT true,
    custom_fields jsonb         NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(custom_fields) = 'object'),
    created_at    timestamptz   NOT NULL DEFAULT now(),
    updated_at    timestamptz   NOT NULL DEFAULT now(),
    version       bigint        NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, id)
);
CREATE UNIQUE INDEX products_tenant_name_key ON shopfloor.products (tenant_id, lower(name));
CREATE UNIQUE INDEX products_tenant_sku_prefix_key ON shopfloor.products (tenant_id, sku_prefix);
CREATE INDEX products_tenant_active_name_idx ON shopfloor.products (tenant_id, active, lower(name));

CREATE TABLE shopfloor.product_options (
    id          uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id   uuid        NOT NULL,
    product_id  uuid        NOT NULL,
    name        text        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
    active      boolean     NOT NULL DEFAULT true,
    position    integer     NOT NULL DEFAULT 0,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    version     bigint      NOT NULL DEFAULT 0,
    FOREIGN KEY (tenant_id, product_id) REFERENCES shopfloor.products (tenant_id, id),
    -- The target of orders' (tenant, product, option) key: an order's option is its product's.
    UNIQUE (tenant_id, product_id, id)
);
CREATE UNIQUE INDEX product_options_product_name_key ON shopfloor.product_options (tenant_id, product_id, lower(name));
CREATE INDEX product_options_product_position_idx ON shopfloor.product_options (tenant_id, product_id, position);

ALTER TABLE shopfloor.orders
    ADD COLUMN product_id     uuid,
    ADD COLUMN option_id      uuid,
    ADD COLUMN customizations jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(customizations) = 'object'),
    ADD COLUMN internal_notes text CHECK (internal_notes IS NULL OR length(internal_notes) <= 10000),
    ADD CONSTRAINT orders_option_needs_product CHECK (option_id IS NULL OR product_id IS NOT NULL),
    ADD CONSTRAINT orders_tenant_product_fkey
        FOREIGN KEY (tenant_id, product_id) REFERENCES shopfloor.products (tenant_id, id),
    -- MATCH SIMPLE: with no option (NULL) the key is not checked; with one, it must be an option
    -- of this very product of this very tenant.
    ADD CONSTRAINT orders_tenant_product_option_fkey
        FOREIGN KEY (tenant_id, product_id, option_id) REFERENCES shopfloor.product_options (tenant_id, product_id, id);
CREATE INDEX orders_tenant_product_option_idx ON shopfloor.orders (tenant_id, product_id, option_id);

ALTER TABLE shopfloor.products ENABLE ROW LEVEL SECURITY;
ALTER TABLE shopfloor.products FORCE ROW LEVEL SECURITY;
ALTER TABLE shopfloor.product_options ENABLE ROW LEVEL SECURITY;
ALTER TABLE shopfloor.product_options FORCE ROW LEVEL SECURITY;

CREATE POLICY products_select ON shopfloor.products FOR SELECT
    USING (tenant_id = (SELECT shopfloor.current_tenant_id()));
CREATE POLICY products_insert ON shopfloor.products FOR INSERT
    WITH CHECK (tenant_id = (SELECT shopfloor.current_tenant_id()));
CREATE POLICY products_update ON shopfloor.products FOR UPDATE
    USING (tenant_id = (SELECT shopfloor.current_tenant_id()))
    WITH CHECK (tenant_id = (SELECT shopfloor.current_tenant_id()));
CREATE POLICY products_delete ON shopfloor.products FOR DELETE
    USING (tenant_id = (SELECT shopfloor.current_tenant_id()));

CREATE POLICY product_options_select ON shopfloor.product_options FOR SELECT
    USING (tenant_id = (SELECT shopfloor.current_tenant_id()));
CREATE POLICY product_options_insert ON shopfloor.product_options FOR INSERT
    WITH CHECK (tenant_id = (SELECT shopfloor.current_tenant_id()));
CREATE POLICY product_options_update ON shopfloor.product_options FOR UPDATE
    USING (tenant_id = (SELECT shopfloor.current_tenant_id()))
    WITH CHECK (tenant_id = (SELECT shopfloor.current_tenant_id()));
CREATE POLICY product_options_delete ON shopfloor.product_options FOR DELETE
    USING (tenant_id = (SELECT shopfloor.current_tenant_id()));

-- Products and options are deactivated, never deleted: orders keep pointing at them.
GRANT SELECT, INSERT, UPDATE ON shopfloor.products TO ${appRole};
GRANT SELECT, INSERT, UPDATE ON shopfloor.product_options TO ${appRole};

CREATE TRIGGER products_touch BEFORE UPDATE ON shopfloor.products
    FOR EACH ROW EXECUTE FUNCTION shopfloor.touch_updated_at();
CREATE TRIGGER product_options_touch BEFORE UPDATE ON shopfloor.product_options
    FOR EACH ROW EXECUTE FUNCTION shopfloor.touch_updated_at();

CREATE TRIGGER products_audit AFTER INSERT OR UPDATE OR DELETE ON shopfloor.products
    FOR EACH ROW EXECUTE FUNCTION shopfloor.audit_row_change();
CREATE TRIGGER product_options_audit AFTER INSERT OR UPDATE OR DELETE ON shopfloor.product_options
    FOR EACH ROW EXECUTE FUNCTION shopfloor.audit_row_change();

CREATE TRIGGER products_custom_field_values AFTER INSERT OR UPDATE OF custom_fields OR DELETE ON shopfloor.products
    FOR EACH ROW EXECUTE FUNCTION shopfloor.index_custom_fields();

-- ---------------------------------------------------------------------------------------------
-- Permissions: products:read/write, and orders:internal (an order's internal notes).
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
            ('worker',  'Workers: read orders, do production and quality work',
                ARRAY['customers:read', 'orders:read', 'products:read', 'production:read', 'production:work',
                      'quality:read', 'quality:write', 'people:read']),
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

-- The built-in roles of existing organizations get the same grants, one organization at a time
-- with its tenant set for this transaction only: the policies stay in force and the audit trail
-- records each grant under its own organization.
DO $$
DECLARE
    tenant record;
BEGIN
    FOR tenant IN SELECT id FROM shopfloor.tenants ORDER BY id LOOP
        PERFORM set_config('app.tenant_id', tenant.id::text, true);
        INSERT INTO shopfloor.role_permissions (tenant_id, role_id, permission)
        SELECT r.tenant_id, r.id, g.permission
        FROM shopfloor.roles r
        JOIN (VALUES ('manager', 'products:*'), ('worker', 'products:read'), ('viewer', 'products:read')) AS g (role_name, permission)
          ON g.role_name = r.name
        WHERE r.builtin AND r.tenant_id = tenant.id
        ON CONFLICT (tenant_id, role_id, permission) DO NOTHING;
    END LOOP;
    PERFORM set_config('app.tenant_id', '', true);
END
$$;
