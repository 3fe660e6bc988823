-- The orders list sorted by priority reads this index (status has its own, from V2): within a
-- priority by due date, instead of sorting every order of the organization.
CREATE INDEX orders_tenant_priority_due_idx ON shopfloor.orders (tenant_id, priority, due_date);
