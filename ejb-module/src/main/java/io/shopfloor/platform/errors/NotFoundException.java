package io.shopfloor.platform.errors;

import jakarta.ejb.ApplicationException;

import io.shopfloor.platform.messages.Message;

/** No such record for this tenant (another tenant's record is, to this tenant, no record). */
@ApplicationException(rollback = true)
public class NotFoundException extends ServiceException {

    private static final long serialVersionUID = 1L;

    /** @param whatKey a key of the service bundle naming the kind of record ("record.order") */
    public NotFoundException(String whatKey, Object id) {
        super(Message.of("errors.notFound", Message.of(whatKey), id == null ? "" : id.toString()));
    }
}
