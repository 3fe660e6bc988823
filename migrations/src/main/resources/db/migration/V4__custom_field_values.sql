-- Lookup table for filtering lists by custom fields.
--
-- Custom field values live in each entity's custom_fields jsonb. Under row level security,
-- PostgreSQL only uses an index for a condition whose operators are LEAKPROOF; the jsonb
-- operators (@>, ->>) are not, so a GIN or expression index on custom_fields is never used for
-- the application role (the plan filters every row of the tenant instead). This table holds one
-- row per (entity, field, value) in a canonical text form, kept by a trigger on each entity
-- table; text equality is leakproof, so a filter becomes an index range scan.
--
-- Values are written only by the trigger (the application role may read them); the trigger
-- runs as the owner but writes rows of the entity's own tenant, which the policies check.

CREATE TABLE shopfloor.custom_field_values (
    tenant_id   uuid NOT NULL REFERENCES shopfloor.tenants (id),
    entity_type text NOT NULL,
    field_key   text NOT NULL,
    value       text NOT NULL,
    entity_id   uuid NOT NULL,
    PRIMARY KEY (tenant_id, entity_type, field_key, value, entity_id)
);
CREATE INDEX custom_field_values_entity ON shopfloor.custom_field_values (tenant_id, entity_type, entity_id);

ALTER TABLE shopfloor.custom_field_values ENABLE ROW LEVEL SECURITY;
ALTER TABLE shopfloor.custom_field_values FORCE ROW LEVEL SECURITY;
CREATE POLICY custom_field_values_select ON shopfloor.custom_field_values FOR SELECT
    USING (tenant_id = (SELECT shopfloor.current_tenant_id()));
CREATE POLICY custom_field_values_insert ON shopfloor.custom_field_values FOR INSERT
    WITH CHECK (tenant_id = (SELECT shopfloor.current_tenant_id()));
CREATE POLICY custom_field_values_delete ON shopfloor.custom_field_values FOR DELETE
    USING (tenant_id = (SELECT shopfloor.current_tenant_id()));
GRANT SELECT ON shopfloor.custom_field_values TO ${appRole};

-- The canonical text of one scalar value: strings as they are, numbers without trailing zeros
-- (12.50 and 12.5 are the same number), booleans as true/false. The services filter with the
-- same form (CustomFieldFilter).
CREATE FUNCTION shopfloor.custom_field_text(v jsonb) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    SET search_path = pg_catalog, shopfloor
    AS $$
    SELECT CASE jsonb_typeof(v)
               WHEN 'string' THEN v #>> '{}'
               WHEN 'number' THEN trim_scale(v::numeric)::text
               WHEN 'boolean' THEN v::text
           END
$$;

-- The rows of one record's custom fields: one per scalar value, one per choice of a multi select.
-- Long texts are not filterable (and would not fit a btree entry).
CREATE FUNCTION shopfloor.custom_field_rows(fields jsonb) RETURNS TABLE (field_key text, value text)
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    SET search_path = pg_catalog, shopfloor
    AS $$
    SELECT DISTINCT f.key, t.text
    FROM jsonb_each(fields) AS f
    CROSS JOIN LATERAL (
        SELECT shopfloor.custom_field_text(e) AS text
        FROM jsonb_array_elements(CASE jsonb_typeof(f.value) WHEN 'array' THEN f.value ELSE '[]' END) AS e
        UNION ALL
        SELECT shopfloor.custom_field_text(f.value) WHERE jsonb_typeof(f.value) <> 'array'
    ) AS t
    WHERE t.text IS NOT NULL AND length(t.text) <= 500
$$;

CREATE FUNCTION shopfloor.index_custom_fields() RETURNS trigger
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = pg_catalog, shopfloor
    AS $$
BEGIN
    IF TG_TABLE_SCHEMA <> 'shopfloor' THEN
        RAISE EXCEPTION 'index_custom_fields serves only tables of the shopfloor schema' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF TG_OP = 'UPDATE' AND NEW.custom_fields IS NOT DISTINCT FROM OLD.custom_fields THEN
        RETURN NULL;
    END IF;
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM shopfloor.custom_field_values
        WHERE tenant_id = OLD.tenant_id AND entity_type = TG_TABLE_NAME AND entity_id = OLD.id;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        INSERT INTO shopfloor.custom_field_values (tenant_id, entity_type, field_key, value, entity_id)
        SELECT NEW.tenant_id, TG_TABLE_NAME, v.field_key, v.value, NEW.id
        FROM shopfloor.custom_field_rows(NEW.custom_fields) AS v;
    END IF;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION shopfloor.index_custom_fields() FROM PUBLIC;

CREATE TRIGGER customers_custom_field_values AFTER INSERT OR UPDATE OF custom_fields OR DELETE ON shopfloor.customers
    FOR EACH ROW EXECUTE FUNCTION shopfloor.index_custom_fields();
CREATE TRIGGER orders_custom_field_values AFTER INSERT OR UPDATE OF custom_fields OR DELETE ON shopfloor.orders
    FOR EACH ROW EXECUTE FUNCTION shopfloor.index_custom_fields();

-- Values stored before this migration. The owner reads and writes them for every tenant at once,
-- so the tenant policies of the three tables are lifted for this statement only (the migration
-- runs in one transaction: no other session ever sees them lifted).
ALTER TABLE shopfloor.custom_field_values NO FORCE ROW LEVEL SECURITY;
ALTER TABLE shopfloor.customers NO FORCE ROW LEVEL SECURITY;
ALTER TABLE shopfloor.orders NO FORCE ROW LEVEL SECURITY;
INSERT INTO shopfloor.custom_field_values (tenant_id, entity_type, field_key, value, entity_id)
SELECT r.tenant_id, r.entity_type, v.field_key, v.value, r.id
FROM (SELECT tenant_id, 'customers' AS entity_type, id, custom_fields FROM shopfloor.customers
      UNION ALL
      SELECT tenant_id, 'orders', id, custom_fields FROM shopfloor.orders) AS r
CROSS JOIN LATERAL shopfloor.custom_field_rows(r.custom_fields) AS v;
ALTER TABLE shopfloor.custom_field_values FORCE ROW LEVEL SECURITY;
ALTER TABLE shopfloor.customers FORCE ROW LEVEL SECURITY;
ALTER TABLE shopfloor.orders FORCE ROW LEVEL SECURITY;

-- Sorting a list by a custom field reads custom_fields -> key of the tenant's rows; definitions
-- are read per entity type in position order.
CREATE INDEX custom_field_definitions_entity ON shopfloor.custom_field_definitions (tenant_id, entity_type, position);
