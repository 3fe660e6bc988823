package io.shopfloor.platform.errors;

import jakarta.ejb.ApplicationException;

import io.shopfloor.platform.messages.Message;

/** The request is well-formed but the current state forbids it (e.g. an illegal status change). */
@ApplicationException(rollback = true)
public class BusinessRuleException extends ServiceException {

    private static final long serialVersionUID = 1L;

    /** @param key a key of the service bundle, saying why */
    public BusinessRuleException(String key, Object... parameters) {
        super(Message.of(key, parameters));
    }
}
