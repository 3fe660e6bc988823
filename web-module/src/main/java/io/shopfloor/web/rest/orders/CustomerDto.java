package io.shopfloor.web.rest.orders;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import io.shopfloor.orders.entity.CustomerView;

public record CustomerDto(UUID id, String name, String email, String phone, String notes, Map<String, Object> customFields,
                          OffsetDateTime createdAt, OffsetDateTime updatedAt, long version) {

    static CustomerDto of(CustomerView c) {
        return new CustomerDto(c.id(), c.name(), c.email(), c.phone(), c.notes(), c.customFields(), c.createdAt(), c.updatedAt(), c.version());
    }
}
