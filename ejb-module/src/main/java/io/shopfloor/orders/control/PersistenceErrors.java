package io.shopfloor.orders.control;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

import io.shopfloor.platform.errors.ConcurrentEditException;

/** Turns what the database said at flush time into the messages services promise. */
public final class PersistenceErrors {

    private PersistenceErrors() {
    }

    public static RuntimeException translate(PersistenceException e, String what) {
        if (e instanceof OptimisticLockException) {
            return new ConcurrentEditException(what);
        }
        return e;
    }
}
