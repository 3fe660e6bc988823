package io.shopfloor.platform.errors;

import jakarta.ejb.ApplicationException;

/** No such record for this tenant (another tenant's record is, to this tenant, no record). */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " was not found.");
    }
}
