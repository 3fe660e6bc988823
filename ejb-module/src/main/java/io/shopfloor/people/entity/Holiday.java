package io.shopfloor.people.entity;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A day the whole organization is off. */
@Entity
@Table(name = "organization_holidays")
public class Holiday {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(nullable = false)
    private LocalDate day;

    @Column(nullable = false)
    private String name;

    @Version
    private long version;

    protected Holiday() {
    }

    public Holiday(UUID tenantId, LocalDate day, String name) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.day = day;
        this.name = name.strip();
    }

    public UUID getId() {
        return id;
    }

    public LocalDate getDay() {
        return day;
    }

    public String getName() {
        return name;
    }

    public long getVersion() {
        return version;
    }
}
