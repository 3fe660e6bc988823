package io.shopfloor.orders.entity;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.shopfloor.platform.customfields.entity.CustomFieldsConverter;

/** Something the workshop makes (a headphone model); deactivated, never deleted, as orders refer to it. */
@Entity
@Table(name = "products")
public class Product {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    private String name;

    @Column(name = "sku_prefix")
    private String skuPrefix;

    private ProductComplexity complexity;

    @Column(name = "base_hours")
    private BigDecimal baseHours;

    @Column(name = "base_price")
    private BigDecimal basePrice;

    private boolean active;

    @Convert(converter = CustomFieldsConverter.class)
    @Column(name = "custom_fields")
    private Map<String, Object> customFields = new LinkedHashMap<>();

    @Column(name = "created_at", insertable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", insertable = false, updatable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected Product() {
    }

    public Product(UUID tenantId, ProductDraft draft) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.active = true;
        apply(draft);
    }

    public final void apply(ProductDraft draft) {
        this.name = draft.name().strip();
        this.skuPrefix = draft.normalizedSkuPrefix();
        this.complexity = draft.complexity() == null ? ProductComplexity.MEDIUM : draft.complexity();
        this.baseHours = draft.baseHours();
        this.basePrice = draft.basePrice();
        this.customFields = new LinkedHashMap<>(draft.customFieldsOrEmpty());
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public ProductView view(Map<String, Object> visibleCustomFields, List<ProductOptionView> options,
                            List<ProductStageEstimateView> stageEstimates) {
        return new ProductView(id, name, skuPrefix, complexity, baseHours, basePrice, active, visibleCustomFields, options,
                stageEstimates, createdAt, updatedAt, version);
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public boolean isActive() {
        return active;
    }

    public Map<String, Object> getCustomFields() {
        return Map.copyOf(customFields);
    }

    public long getVersion() {
        return version;
    }
}
