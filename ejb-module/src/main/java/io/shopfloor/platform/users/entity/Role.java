package io.shopfloor.platform.users.entity;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "roles")
public class Role {

    public static final String ADMIN = "admin";

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    private String name;

    private String description;

    private boolean builtin;

    @Version
    private long version;

    protected Role() {
    }

    /** A custom role of the tenant; built-in roles come only from the database's seed. */
    public Role(UUID tenantId, String name, String description) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.name = name.strip();
        this.description = description == null || description.isBlank() ? null : description.strip();
        this.builtin = false;
    }

    public void rename(String newName) {
        this.name = newName.strip();
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public boolean isBuiltin() {
        return builtin;
    }
}
