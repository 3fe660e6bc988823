package io.shopfloor.platform.query;

import java.util.UUID;

import jakarta.persistence.EntityManager;

import io.shopfloor.platform.errors.NotFoundException;

/** Loading one record by id, the way every service does it. */
public final class Records {

    private Records() {
    }

    /**
     * The record of {@code type} with this id. Row level security shows only the caller's tenant's
     * records, so another tenant's id is, like a missing one, a {@link NotFoundException} naming
     * {@code what}.
     */
    public static <T> T require(EntityManager em, Class<T> type, UUID id, String what) {
        T found = id == null ? null : em.find(type, id);
        if (found == null) {
            throw new NotFoundException(what, id);
        }
        return found;
    }
}
