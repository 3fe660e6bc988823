-- The first business slice: customers, orders and each order's status history.

CREATE TABLE shopfloor.customers (
    id            uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id     uuid        NOT NULL REFERENCES shopfloor.tenants (id),
    name          text        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    email         text        CHECK (email IS NULL OR (length(email) <= 254 AND email ~ '^[^@\s]+@[^@\s]+$')),
    phone         text        CHECK (phone IS NULL OR length(phone) <= 50),
    notes         text        CHECK (notes IS NULL OR length(notes) <= 10000),
    custom_fields jsonb       NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(custom_fields) = 'object'),
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    version       bigint      NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, id)
);
CREATE INDEX customers_tenant_name_idx ON shopfloor.customers (tenant_id, lower(name), id);
CREATE INDEX customers_tenant_email_idx ON shopfloor.customers (tenant_id, lower(email));

CREATE TABLE shopfloor.orders (
    id            uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id     uuid        NOT NULL REFERENCES shopfloor.tenants (id),
    order_number  text        NOT NULL CHECK (length(order_number) BETWEEN 1 AND 40),
    customer_id   uuid        NOT NULL,
    status        text        NOT NULL DEFAULT 'pending'
                              CHECK (status IN ('pending', 'in_production', 'completed', 'shipped', 'on_hold')),
    priority      text        NOT NULL DEFAULT 'standard' CHECK (priority IN ('standard', 'rush', 'expedite')),
    due_date      date,
    notes         text        CHECK (notes IS NULL OR length(notes) <= 10000),
    custom_fields jsonb       NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(custom_fields) = 'object'),
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    version       bigint      NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, id),
    -- Keys carry the tenant, so an order can only ever point at its own tenant's customer.
    FOREIGN KEY (tenant_id, customer_id) REFERENCES shopfloor.customers (tenant_id, id)
);
CREATE UNIQUE INDEX orders_tenant_number_key ON shopfloor.orders (tenant_id, order_number);
CREATE INDEX orders_tenant_customer_idx ON shopfloor.orders (tenant_id, customer_id);
CREATE INDEX orders_tenant_due_idx ON shopfloor.orders (tenant_id, due_date, id);
CREATE INDEX orders_tenant_status_due_idx ON shopfloor.orders (tenant_id, status, due_date);
CREATE INDEX orders_tenant_created_idx ON shopfloor.orders (tenant_id, created_at DESC, id);

CREATE TABLE shopfloor.order_status_history (
    id          uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id   uuid        NOT NULL,
    order_id    uuid        NOT NULL,
    old_status  text,
    new_status  text        NOT NULL,
    changed_by  uuid,
    reason      text        CHECK (reason IS NULL OR length(reason) <= 2000),
    changed_at  timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (tenant_id, order_id) REFERENCES shopfloor.orders (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, changed_by) REFERENCES shopfloor.users (tenant_id, id)
);
CREATE INDEX order_status_history_order_idx ON shopfloor.order_status_history (tenant_id, order_id, changed_at DESC);
CREATE INDEX order_status_history_user_idx ON shopfloor.order_status_history (tenant_id, changed_by);

ALTER TABLE shopfloor.customers ENABLE ROW LEVEL SECURITY;
ALTER TABLE shopfloor.customers FORCE ROW LEVEL SECURITY;
ALTER TABLE shopfloor.orders ENABLE ROW LEVEL SECURITY;
ALTER TABLE shopfloor.orders FORCE ROW LEVEL SECURITY;
ALTER TABLE shopfloor.order_status_history ENABLE ROW LEVEL SECURITY;
ALTER TABLE shopfloor.order_status_history FORCE ROW LEVEL SECURITY;

CREATE POLICY customers_select ON shopfloor.customers FOR SELECT
    USING (tenant_id = (SELECT shopfloor.current_tenant_id()));
CREATE POLICY customers_insert ON shopfloor.customers FOR INSERT
    WITH CHECK (tenant_id = (SELECT shopfloor.current_tenant_id()));
CREATE POLICY customers_update ON shopfloor.customers FOR UPDATE
    USING (tenant_id = (SELECT shopfloor.current_tenant_id()))
    WITH CHECK (tenant_id = (SELECT shopfloor.current_tenant_id()));
CREATE POLICY customers_delete ON shopfloor.customers FOR DELETE
    USING (tenant_id = (SELECT shopfloor.current_tenant_id()));

CREATE POLICY orders_select ON shopfloor.orders FOR SELECT
    USING (tenant_id = (SELECT shopfloor.current_tenant_id()));
CREATE POLICY orders_insert ON shopfloor.orders FOR INSERT
    WITH CHECK (tenant_id = (SELECT shopfloor.current_tenant_id()));
CREATE POLICY orders_update ON shopfloor.orders FOR UPDATE
    USING (tenant_id = (SELECT shopfloor.current_tenant_id()))
    WITH CHECK (tenant_id = (SELECT shopfloor.current_tenant_id()));
CREATE POLICY orders_delete ON shopfloor.orders FOR DELETE
    USING (tenant_id = (SELECT shopfloor.current_tenant_id()));

-- History is written once and never changed.
CREATE POLICY order_status_history_select ON shopfloor.order_status_history FOR SELECT
    USING (tenant_id = (SELECT shopfloor.current_tenant_id()));
CREATE POLICY order_status_history_insert ON shopfloor.order_status_history FOR INSERT
    WITH CHECK (tenant_id = (SELECT shopfloor.current_tenant_id()));

GRANT SELECT, INSERT, UPDATE, DELETE ON shopfloor.customers TO ${appRole};
GRANT SELECT, INSERT, UPDATE, DELETE ON shopfloor.orders TO ${appRole};
GRANT SELECT, INSERT ON shopfloor.order_status_history TO ${appRole};

CREATE TRIGGER customers_touch BEFORE UPDATE ON shopfloor.customers
    FOR EACH ROW EXECUTE FUNCTION shopfloor.touch_updated_at();
CREATE TRIGGER orders_touch BEFORE UPDATE ON shopfloor.orders
    FOR EACH ROW EXECUTE FUNCTION shopfloor.touch_updated_at();

CREATE TRIGGER customers_audit AFTER INSERT OR UPDATE OR DELETE ON shopfloor.customers
    FOR EACH ROW EXECUTE FUNCTION shopfloor.audit_row_change();
CREATE TRIGGER orders_audit AFTER INSERT OR UPDATE OR DELETE ON shopfloor.orders
    FOR EACH ROW EXECUTE FUNCTION shopfloor.audit_row_change();
CREATE TRIGGER order_status_history_audit AFTER INSERT OR UPDATE OR DELETE ON shopfloor.order_status_history
    FOR EACH ROW EXECUTE FUNCTION shopfloor.audit_row_change();
