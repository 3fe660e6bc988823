package io.shopfloor.platform.audit.boundary;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.shopfloor.platform.messages.Message;
import io.shopfloor.platform.security.control.Caller;
import io.shopfloor.platform.audit.control.AuditDescriptions;
import io.shopfloor.platform.audit.control.AuditDiff;
import io.shopfloor.platform.audit.control.AuditQueries;
import io.shopfloor.platform.audit.control.AuditReadAccess;
import io.shopfloor.platform.audit.control.AuditRecord;
import io.shopfloor.platform.audit.control.Lookups;
import io.shopfloor.platform.audit.entity.AuditAction;
import io.shopfloor.platform.audit.entity.AuditEntry;
import io.shopfloor.platform.audit.entity.AuditEntryDetail;
import io.shopfloor.platform.audit.entity.AuditFilter;
import io.shopfloor.platform.audit.entity.AuditedEntity;
import io.shopfloor.platform.users.entity.UserChoice;
import io.shopfloor.platform.errors.InvalidInputException;
import io.shopfloor.platform.errors.NotFoundException;
import io.shopfloor.platform.query.Page;
import io.shopfloor.platform.query.PageRequest;
import io.shopfloor.platform.security.control.RequiresPermission;

/**
 * The audit trail of the caller's organization: who changed what and when, failed sign-ins and
 * permission denials. Read-only; the database writes it. Times are in the organization's zone.
 * {@code audit:read} shows every entry, but a record's contents only to those who may read that
 * kind of record ({@link AuditReadAccess}): the trail shows nothing its screens would hide.
 */
@Stateless
@RequiresPermission("audit:read")
public class AuditTrail {

    @PersistenceContext(unitName = "shopfloor")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AuditQueries queries;


    /**
     * A page of entries, newest first, and the number matching the filter, counted only to
     * {@link PageRequest#countCap()} past the page (then {@code totalExact} is false).
     */
    @RequiresPermission("audit:read")
    public Page<AuditEntry> list(AuditFilter filter, PageRequest page) {
        AuditFilter checked = checked(filter == null ? AuditFilter.none() : filter);
        ZoneId zone = queries.timeZone();
        List<AuditRecord> rows = queries.page(checked, zone, page);
        Lookups lookups = queries.lookups(rows);
        AuditReadAccess access = access();
        List<AuditEntry> entries = rows.stream().map(row -> entry(row, lookups, zone, access)).toList();
        long total = queries.countUpTo(checked, zone, page.countCap());
        return new Page<>(entries, total, total < page.countCap(), page.offset(), page.limit());
    }

    /** One entry and its changes field by field; {@code occurredAt} as the list returned it. */
    @RequiresPermission("audit:read")
    public AuditEntryDetail detail(long id, OffsetDateTime occurredAt) {
        if (occurredAt == null) {
            throw InvalidInputException.of("occurredAt", "input.required");
        }
        AuditRecord row = queries.one(id, occurredAt.toInstant());
        if (row == null) {
            throw new NotFoundException("record.auditEntry", id);
        }
        Lookups lookups = queries.lookups(List.of(row));
        AuditReadAccess access = access();
        return new AuditEntryDetail(entry(row, lookups, queries.timeZone(), access), AuditDiff.changes(row, lookups, access));
    }

    /** The organization's users, active or not, to filter by. */
    @RequiresPermission("audit:read")
    public List<UserChoice> users() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, display_name FROM shopfloor.users ORDER BY lower(display_name), id")
                .getResultList();
        return rows.stream().map(r -> new UserChoice((UUID) r[0], (String) r[1])).toList();
    }

    /** The time zone entries are shown in. */
    @RequiresPermission("audit:read")
    public ZoneId timeZone() {
        return queries.timeZone();
    }

    private AuditReadAccess access() {
        return new AuditReadAccess(caller.permissions());
    }

    private static AuditEntry entry(AuditRecord row, Lookups lookups, ZoneId zone, AuditReadAccess access) {
        Message description = access.canRead(row.entityType())
                ? AuditDescriptions.describe(row, lookups)
                : Message.of("audit.hiddenDetails", AuditedEntity.labelOf(row.entityType()), AuditAction.labelOf(row.action()),
                        access.needed(row.entityType()));
        return new AuditEntry(row.id(), row.occurredAt().atZone(zone).toOffsetDateTime(), row.userId(), row.userName(),
                row.entityType(), AuditedEntity.labelOf(row.entityType()), row.entityId(), row.action(),
                AuditAction.labelOf(row.action()), description);
    }

    /** Every field's problem at once, named as the filter's components are. */
    static AuditFilter checked(AuditFilter filter) {
        Map<String, Message> errors = new LinkedHashMap<>();
        if (filter.entityType() != null && AuditedEntity.ofTable(filter.entityType()).isEmpty()) {
            errors.put("entityType", Message.of("audit.unknownEntity"));
        }
        String entityId = null;
        if (filter.entityId() != null && !filter.entityId().isBlank()) {
            try {
                entityId = UUID.fromString(filter.entityId().strip()).toString();
            } catch (IllegalArgumentException notAnId) {
                errors.put("entityId", Message.of("audit.recordId"));
            }
        }
        if (filter.action() != null && AuditAction.ofCode(filter.action()).isEmpty()) {
            errors.put("action", Message.of("audit.unknownAction"));
        }
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            errors.put("to", Message.of("audit.toBeforeFrom"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new AuditFilter(filter.entityType(), entityId, filter.userId(), filter.action(), filter.from(), filter.to());
    }
}
