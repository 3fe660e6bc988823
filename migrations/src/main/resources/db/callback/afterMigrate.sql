-- After every migrate: keep audit partitions prepared two years ahead.
SELECT shopfloor.create_audit_partitions(current_date, 24);
