package io.shopfloor.orders.entity;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.shopfloor.platform.customfields.entity.CustomFieldsConverter;
import io.shopfloor.platform.errors.BusinessRuleException;
import io.shopfloor.platform.messages.Message;
import io.shopfloor.platform.types.NullableUuidConverter;

/** A customer's order. ORDER is a JPQL keyword, hence the entity name. */
@Entity(name = "SalesOrder")
@Table(name = "orders")
public class Order {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "order_number", nullable = false, updatable = false)
    private String orderNumber;

    @Column(name = "customer_id", nullable = false)
    private UUID customerId;

    private OrderStatus status;

    private OrderPriority priority;

    @Column(name = "due_date")
    private LocalDate dueDate;

    private String notes;

    @Convert(converter = NullableUuidConverter.class)
    @Column(name = "product_id")
    private UUID productId;

    @Convert(converter = NullableUuidConverter.class)
    @Column(name = "option_id")
    private UUID optionId;

    @Convert(converter = CustomFieldsConverter.class)
    private Map<String, Object> customizations = new LinkedHashMap<>();

    @Column(name = "internal_notes")
    private String internalNotes;

    @Convert(converter = CustomFieldsConverter.class)
    @Column(name = "custom_fields")
    private Map<String, Object> customFields = new LinkedHashMap<>();

    @Column(name = "created_at", insertable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", insertable = false, updatable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected Order() {
    }

    public Order(UUID tenantId, String orderNumber, OrderDraft draft) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.orderNumber = orderNumber;
        this.status = OrderStatus.PENDING;
        apply(draft);
    }

    public final void apply(OrderDraft draft) {
        this.customerId = draft.customerId();
        this.priority = draft.priority() == null ? OrderPriority.STANDARD : draft.priority();
        this.dueDate = draft.dueDate();
        this.notes = draft.notes() == null || draft.notes().isBlank() ? null : draft.notes().strip();
        this.customFields = new LinkedHashMap<>(draft.customFieldsOrEmpty());
        this.productId = draft.productId();
        this.optionId = draft.productId() == null ? null : draft.optionId();
        this.customizations = new LinkedHashMap<>(draft.customizationsOrEmpty());
    }

    /** Only for callers allowed to see internal notes (the boundary checks). */
    public void setInternalNotes(String internalNotes) {
        this.internalNotes = internalNotes == null || internalNotes.isBlank() ? null : internalNotes.strip();
    }

    /** Moves the order along its workflow; refuses a step the workflow does not allow. */
    public OrderStatus changeStatus(OrderStatus target) {
        if (!status.canBecome(target)) {
            throw new BusinessRuleException("orders.illegalTransition", orderNumber, status, target,
                    Message.list(status.next().stream().map(OrderStatus::label).toList()));
        }
        OrderStatus previous = status;
        status = target;
        return previous;
    }

    /**
     * An order taken out of its batch before the batch completed goes back to pending. Not a
     * step of the status workflow people choose: only leaving a batch does this.
     */
    public OrderStatus leaveBatch() {
        OrderStatus previous = status;
        if (status == OrderStatus.IN_PRODUCTION) {
            status = OrderStatus.PENDING;
        }
        return previous;
    }

    public UUID getId() {
        return id;
    }

    public UUID getTenantId() {
        return tenantId;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public UUID getCustomerId() {
        return customerId;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public OrderPriority getPriority() {
        return priority;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public String getNotes() {
        return notes;
    }

    public UUID getProductId() {
        return productId;
    }

    public UUID getOptionId() {
        return optionId;
    }

    public Map<String, Object> getCustomizations() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(customizations));
    }

    public String getInternalNotes() {
        return internalNotes;
    }

    public Map<String, Object> getCustomFields() {
        return Map.copyOf(customFields);
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
