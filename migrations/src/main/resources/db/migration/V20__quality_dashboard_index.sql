-- The quality dashboard reads the organization's checks completed in the last 30 days: per stage
-- and day (pass rate, checks per day, the p-chart) and first checks per batch, stage and checklist
-- (first-pass yield). This index serves both ranges and carries the columns they group by.
CREATE INDEX quality_checks_completed_idx ON shopfloor.quality_checks (tenant_id, completed_at)
    INCLUDE (stage_id, status, batch_id, template_id, order_id)
    WHERE completed_at IS NOT NULL;
