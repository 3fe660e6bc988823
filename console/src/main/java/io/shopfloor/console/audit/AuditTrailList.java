package io.shopfloor.console.audit;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.PrimeFaces;
import org.primefaces.component.datatable.DataTable;

import io.shopfloor.platform.audit.boundary.AuditTrail;
import io.shopfloor.platform.audit.entity.AuditAction;
import io.shopfloor.platform.audit.entity.AuditEntry;
import io.shopfloor.platform.audit.entity.AuditEntryDetail;
import io.shopfloor.platform.audit.entity.AuditFilter;
import io.shopfloor.platform.audit.entity.AuditedEntity;
import io.shopfloor.platform.users.entity.UserChoice;
import io.shopfloor.platform.query.Page;
import io.shopfloor.web.common.ServiceErrors;
import io.shopfloor.web.common.ServiceList;
import io.shopfloor.web.common.Texts;

/** The organization's audit trail: filter it, open an entry to see its changes. */
@Named
@ViewScoped
public class AuditTrailList implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Filter fields of the service to the inputs that show their messages. */
    private static final Map<String, String> INPUTS = Map.of(
            "entityType", "audit:entityType", "entityId", "audit:entityId", "action", "audit:action",
            "from", "audit:from", "to", "audit:to");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

    @EJB
    AuditTrail auditTrail;

    private String entityType;
    private String entityId;
    private String userId;
    private String action;
    private LocalDate from;
    private LocalDate to;
    /** The filter the table shows; changes only when a search passes validation. */
    private AuditFilter applied = AuditFilter.none();
    private AuditEntryDetail detail;
    private List<UserChoice> users;
    private ZoneId zone;

    /** Newest first; a filter the service refuses is explained at its input and shows no entries. */
    private final ServiceList<AuditEntry> model = ServiceList.descending((page, filters) -> {
        try {
            return auditTrail.list(applied, page);
        } catch (RuntimeException e) {
            ServiceErrors.show(e, INPUTS);
            return new Page<>(List.of(), 0, page.offset(), page.limit());
        }
    }, entry -> String.valueOf(entry.id()));

    /** Applies the filters, from the first page; a date range ending before it starts is refused. */
    public void search() {
        if (from != null && to != null && to.isBefore(from)) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.addMessage("audit:to", new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.get("audit.endBeforeStart"), null));
            faces.validationFailed();
            return;
        }
        applied = new AuditFilter(blankToNull(entityType), blankToNull(entityId), userId == null || userId.isBlank() ? null : UUID.fromString(userId),
                blankToNull(action), from, to);
        DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent("audit:table");
        if (table != null) {
            table.setFirst(0);
        }
    }

    public void clear() {
        entityType = null;
        entityId = null;
        userId = null;
        action = null;
        from = null;
        to = null;
        search();
    }

    /** Loads an entry's changes and opens the dialog showing them. */
    public void open(AuditEntry entry) {
        try {
            detail = auditTrail.detail(entry.id(), entry.occurredAt());
            PrimeFaces.current().executeScript("PF('entryDialog').show()");
        } catch (RuntimeException e) {
            detail = null;
            ServiceErrors.show(e, Map.of());
        }
    }

    /** A time as the organization reads it, with its offset from UTC. */
    public String time(OffsetDateTime time) {
        return time == null ? "" : TIME.format(time);
    }

    public String getZone() {
        if (zone == null) {
            zone = auditTrail.timeZone();
        }
        return zone.getId();
    }

    public List<UserChoice> getUsers() {
        if (users == null) {
            users = auditTrail.users();
        }
        return users;
    }

    public AuditedEntity[] getEntityTypes() {
        return AuditedEntity.values();
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public ServiceList<AuditEntry> getModel() {
        return model;
    }

    public AuditEntryDetail getDetail() {
        return detail;
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public void setEntityId(String entityId) {
        this.entityId = entityId;
    }

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
