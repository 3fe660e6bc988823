-- An order's status history says why a status changed as a cause (a code the screens translate) and,
-- for production's causes, the batch; `reason` keeps only what a person wrote. Until now production
-- wrote English sentences ("Batch B20261201-001 completed") into `reason`, which no Vietnamese page
-- could translate.
ALTER TABLE shopfloor.order_status_history
    ADD COLUMN cause text NOT NULL DEFAULT 'changed'
        CHECK (cause IN ('created', 'changed', 'added_to_batch', 'removed_from_batch', 'batch_completed')),
    ADD COLUMN batch_id uuid,
    ADD CONSTRAINT order_status_history_batch_fkey
        FOREIGN KEY (tenant_id, batch_id) REFERENCES shopfloor.batches (tenant_id, id),
    ADD CONSTRAINT order_status_history_batch_cause_check
        CHECK ((batch_id IS NOT NULL) = (cause IN ('added_to_batch', 'removed_from_batch', 'batch_completed')));

CREATE INDEX order_status_history_batch_idx ON shopfloor.order_status_history (tenant_id, batch_id)
    WHERE batch_id IS NOT NULL;

-- The sentences written so far become causes. The history is written once and never changed by the
-- application; this is the schema owner's one-time change of its form, not a change of what happened,
-- so it is not audited as one. The owner rewrites every organization's rows at once (the history has
-- no update policy), so the policies of the two tables are lifted for these statements only: the
-- migration runs in one transaction, and no other session ever sees them lifted.
ALTER TABLE shopfloor.order_status_history DISABLE TRIGGER order_status_history_audit;
ALTER TABLE shopfloor.order_status_history NO FORCE ROW LEVEL SECURITY;
ALTER TABLE shopfloor.batches NO FORCE ROW LEVEL SECURITY;
UPDATE shopfloor.order_status_history SET cause = 'created', reason = NULL WHERE reason = 'Order created';
UPDATE shopfloor.order_status_history h
   SET cause = CASE WHEN h.reason LIKE 'Added to batch %' THEN 'added_to_batch'
                    WHEN h.reason LIKE 'Removed from batch %' THEN 'removed_from_batch'
                    ELSE 'batch_completed' END,
       batch_id = b.id,
       reason = NULL
  FROM shopfloor.batches b
 WHERE b.tenant_id = h.tenant_id
   AND (h.reason = 'Added to batch ' || b.batch_number
        OR h.reason = 'Removed from batch ' || b.batch_number
        OR h.reason = 'Batch ' || b.batch_number || ' completed');
ALTER TABLE shopfloor.order_status_history ENABLE TRIGGER order_status_history_audit;
ALTER TABLE shopfloor.order_status_history FORCE ROW LEVEL SECURITY;
ALTER TABLE shopfloor.batches FORCE ROW LEVEL SECURITY;
