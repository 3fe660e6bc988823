package io.shopfloor.orders.entity;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

public record CustomerView(UUID id, String name, String email, String phone, String notes,
                           Map<String, Object> customFields, OffsetDateTime createdAt, OffsetDateTime updatedAt,
                           long version) implements Serializable {

    private static final long serialVersionUID = 1L;
}
