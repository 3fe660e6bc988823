package io.shopfloor.people.entity;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.shopfloor.platform.customfields.entity.CustomFieldsConverter;

/** A worker's personnel details; the database shows them to the worker and to people:read only. */
@Entity
@Table(name = "worker_profiles")
public class WorkerProfile {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "user_id", nullable = false, updatable = false)
    private UUID userId;

    @Column(name = "employee_number")
    private String employeeNumber;

    private String department;

    @Column(name = "hire_date")
    private LocalDate hireDate;

    private String phone;

    private String notes;

    @Convert(converter = CustomFieldsConverter.class)
    @Column(name = "custom_fields")
    private Map<String, Object> customFields = new LinkedHashMap<>();

    @Version
    private long version;

    protected WorkerProfile() {
    }

    public WorkerProfile(UUID tenantId, UUID userId) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.userId = userId;
    }

    /** The draft's details, and the custom fields as checked against the organization's definitions. */
    public void apply(ProfileDraft draft, Map<String, Object> checkedCustomFields) {
        apply(draft);
        this.customFields = new LinkedHashMap<>(checkedCustomFields);
    }

    private void apply(ProfileDraft draft) {
        this.employeeNumber = stripped(draft.employeeNumber());
        this.department = stripped(draft.department());
        this.hireDate = draft.hireDate();
        this.phone = stripped(draft.phone());
        this.notes = draft.notes() == null || draft.notes().isBlank() ? null : draft.notes().strip();
    }

    private static String stripped(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public UUID getId() {
        return id;
    }

    public UUID getUserId() {
        return userId;
    }

    public String getEmployeeNumber() {
        return employeeNumber;
    }

    public String getDepartment() {
        return department;
    }

    public LocalDate getHireDate() {
        return hireDate;
    }

    public String getPhone() {
        return phone;
    }

    public String getNotes() {
        return notes;
    }

    public Map<String, Object> getCustomFields() {
        return customFields;
    }

    public long getVersion() {
        return version;
    }
}
