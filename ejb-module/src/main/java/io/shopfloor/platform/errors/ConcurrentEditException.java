package io.shopfloor.platform.errors;

import jakarta.ejb.ApplicationException;

/** Someone saved the record after the caller read it; the caller's change was not applied. */
@ApplicationException(rollback = true)
public class ConcurrentEditException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConcurrentEditException(String what) {
        super(what + " was changed by someone else after you opened it. Reload it and apply your change again.");
    }
}
