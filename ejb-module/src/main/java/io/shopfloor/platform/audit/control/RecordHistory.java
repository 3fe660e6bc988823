package io.shopfloor.platform.audit.control;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import io.shopfloor.platform.audit.entity.AuditAction;
import io.shopfloor.platform.audit.entity.AuditFilter;
import io.shopfloor.platform.audit.entity.AuditedEntity;
import io.shopfloor.platform.audit.entity.HistoryStep;
import io.shopfloor.platform.query.PageRequest;
import io.shopfloor.platform.security.control.Caller;

/**
 * One record's history read from the audit trail, newest first, for the record's own page. The
 * module's boundary checks that the record exists and that the caller may read it; the fields the
 * caller may not read stay hidden as they do in the console's trail.
 */
@Dependent
public class RecordHistory {

    @Inject
    AuditQueries queries;

    @Inject
    Caller caller;

    /** The newest {@code limit} changes of the record (the audit trail's entity index serves it). */
    public List<HistoryStep> of(AuditedEntity entity, UUID id, int limit) {
        ZoneId zone = queries.timeZone();
        List<AuditRecord> rows = queries.page(new AuditFilter(entity.table(), id.toString(), null, null, null, null), zone,
                PageRequest.first(limit));
        Lookups lookups = queries.lookups(rows);
        AuditReadAccess access = new AuditReadAccess(caller.permissions());
        return rows.stream()
                .map(row -> new HistoryStep(row.occurredAt().atZone(zone).toOffsetDateTime(), row.userName(),
                        AuditAction.labelOf(row.action()), AuditDiff.changes(row, lookups, access)))
                .toList();
    }
}
