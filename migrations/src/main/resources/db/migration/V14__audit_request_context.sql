-- Every audit row of a data change says which request made it: the request id (also in the server
-- log and the response's X-Request-Id), the client's address and its user agent. The server sets
-- them transaction-locally with the tenant (app.request_id, app.client_address, app.user_agent);
-- work outside a request (migrations, background jobs) leaves them empty.

ALTER TABLE shopfloor.audit_log
    ADD COLUMN request_id text CHECK (request_id IS NULL OR request_id ~ '^[A-Za-z0-9._-]{1,64}$'),
    ADD COLUMN client_address inet,
    ADD COLUMN user_agent text CHECK (user_agent IS NULL OR length(user_agent) <= 300);

CREATE OR REPLACE FUNCTION shopfloor.audit_row_change() RETURNS trigger
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = pg_catalog, shopfloor
    AS $$
DECLARE
    old_row jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
    new_row jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
    any_row jsonb;
    arg text;
    changed text[];
    request text := nullif(current_setting('app.request_id', true), '');
    address inet;
BEGIN
    IF TG_TABLE_SCHEMA <> 'shopfloor' THEN
        RAISE EXCEPTION 'audit_row_change audits only tables of the shopfloor schema' USING ERRCODE = 'insufficient_privilege';
    END IF;

    FOREACH arg IN ARRAY coalesce(TG_ARGV, ARRAY[]::text[]) LOOP
        IF arg LIKE 'ignore=%' THEN
            old_row := old_row - substr(arg, 8);
            new_row := new_row - substr(arg, 8);
        END IF;
    END LOOP;

    IF TG_OP = 'UPDATE' THEN
        SELECT array_agg(n.key ORDER BY n.key) INTO changed
        FROM jsonb_each(new_row) AS n
        WHERE n.value IS DISTINCT FROM old_row -> n.key
          AND n.key NOT IN ('updated_at', 'version');
        IF changed IS NULL THEN
            RETURN NULL;
        END IF;
    ELSIF TG_OP = 'INSERT' THEN
        SELECT array_agg(k ORDER BY k) INTO changed FROM jsonb_object_keys(new_row) AS k;
    END IF;

    FOREACH arg IN ARRAY coalesce(TG_ARGV, ARRAY[]::text[]) LOOP
        IF arg LIKE 'redact=%' THEN
            IF old_row ? substr(arg, 8) THEN old_row := jsonb_set(old_row, ARRAY[substr(arg, 8)], '"[redacted]"'); END IF;
            IF new_row ? substr(arg, 8) THEN new_row := jsonb_set(new_row, ARRAY[substr(arg, 8)], '"[redacted]"'); END IF;
        END IF;
    END LOOP;

    -- A request id of another shape is dropped; only address shapes are cast (the server sets the
    -- canonical text of an address). Patterns, not an exception block, which would cost a
    -- subtransaction per audited row.
    IF request IS NOT NULL AND request !~ '^[A-Za-z0-9._-]{1,64}$' THEN
        request := NULL;
    END IF;
    IF current_setting('app.client_address', true) ~ '^((25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])$|^[0-9A-Fa-f.]*:[0-9A-Fa-f:.]{1,44}$' THEN
        address := current_setting('app.client_address', true)::inet;
    END IF;

    any_row := coalesce(new_row, old_row);
    INSERT INTO shopfloor.audit_log (tenant_id, user_id, entity_type, entity_id, action,
                                     old_values, new_values, changed_fields, request_id, client_address, user_agent)
    VALUES (coalesce((any_row ->> 'tenant_id')::uuid, (any_row ->> 'id')::uuid),
            shopfloor.current_app_user_id(),
            TG_TABLE_NAME,
            any_row ->> 'id',
            lower(TG_OP),
            old_row,
            new_row,
            changed,
            request,
            address,
            left(nullif(current_setting('app.user_agent', true), ''), 300));
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION shopfloor.audit_row_change() FROM PUBLIC;
