-- ---------------------------------------------------------------------------------------------
-- People's production metrics read the stage work completed in a range of days, across stages:
-- an index that leads with the tenant and the moment of completion (the existing one leads with
-- the stage). Only completed work with a worker is ever asked for.
-- ---------------------------------------------------------------------------------------------
CREATE INDEX stage_assignments_completed_idx ON shopfloor.stage_assignments (tenant_id, completed_at)
    WHERE completed_at IS NOT NULL AND worker_id IS NOT NULL;
