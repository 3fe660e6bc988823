package io.shopfloor.platform.errors;

import jakarta.ejb.ApplicationException;

/** The request is well-formed but the current state forbids it (e.g. an illegal status change). */
@ApplicationException(rollback = true)
public class BusinessRuleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BusinessRuleException(String message) {
        super(message);
    }
}
