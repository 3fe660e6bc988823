package io.shopfloor.platform.tenancy.entity;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An organization. Its administrators change name, time zone and currency; slug and status are
 * the platform operator's (the application role may not update them).
 */
@Entity
@Table(name = "tenants")
public class Tenant {

    @Id
    private UUID id;

    private String name;

    @Column(insertable = false, updatable = false)
    private String slug;

    private String timezone;

    private String currency;

    @Column(insertable = false, updatable = false)
    private String status;

    @Version
    private long version;

    protected Tenant() {
    }

    public void apply(TenantSettings settings) {
        this.name = settings.name().strip();
        this.timezone = settings.timezone().strip();
        this.currency = settings.currency().strip();
    }

    public TenantSettingsView view() {
        return new TenantSettingsView(id, slug, name, timezone, currency, status, version);
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public long getVersion() {
        return version;
    }
}
