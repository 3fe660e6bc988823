package io.shopfloor.orders.entity;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One choice a product is offered with (e.g. a wood); its list is the product's own. */
@Entity
@Table(name = "product_options")
public class ProductOption {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "product_id", nullable = false, updatable = false)
    private UUID productId;

    private String name;

    private boolean active;

    private int position;

    @Version
    private long version;

    protected ProductOption() {
    }

    public ProductOption(UUID tenantId, UUID productId, String name, int position) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.productId = productId;
        this.name = name.strip();
        this.active = true;
        this.position = position;
    }

    public ProductOptionView view() {
        return new ProductOptionView(id, productId, name, active, position);
    }

    public void rename(String name) {
        this.name = name.strip();
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public void moveTo(int position) {
        this.position = position;
    }

    public UUID getId() {
        return id;
    }

    public UUID getProductId() {
        return productId;
    }

    public String getName() {
        return name;
    }

    public boolean isActive() {
        return active;
    }
}
