package io.shopfloor.platform.users.entity;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "users")
public class User {

    public static final String ACTIVE = "active";
    public static final String INACTIVE = "inactive";

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    private String email;

    @Column(name = "display_name")
    private String displayName;

    private String status;

    @Column(name = "created_at", insertable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected User() {
    }

    /** A new user without a password; {@code Passwords} sets one. */
    public User(UUID tenantId, String email, String displayName) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.email = email.strip();
        this.displayName = displayName.strip();
        this.status = ACTIVE;
    }

    public void changeContact(String newEmail, String newDisplayName) {
        this.email = newEmail.strip();
        this.displayName = newDisplayName.strip();
    }

    public void rename(String newDisplayName) {
        this.displayName = newDisplayName.strip();
    }

    public void deactivate() {
        status = INACTIVE;
    }

    public boolean isActive() {
        return ACTIVE.equals(status);
    }

    public UUID getId() {
        return id;
    }

    public UUID getTenantId() {
        return tenantId;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getStatus() {
        return status;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
