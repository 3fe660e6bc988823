package io.shopfloor.platform.errors;

import jakarta.ejb.ApplicationException;

import io.shopfloor.platform.messages.Message;

/** Someone saved the record after the caller read it; the caller's change was not applied. */
@ApplicationException(rollback = true)
public class ConcurrentEditException extends ServiceException {

    private static final long serialVersionUID = 1L;

    /** @param whatKey a key of the service bundle naming the record ("Order {0}") */
    public ConcurrentEditException(String whatKey, Object... parameters) {
        super(Message.of("errors.changedMeanwhile", Message.of(whatKey, parameters)));
    }
}
