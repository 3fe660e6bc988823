package io.shopfloor.platform.security.control;

import jakarta.ejb.ApplicationException;

import io.shopfloor.platform.errors.ServiceException;
import io.shopfloor.platform.messages.Message;

/** The caller lacks the permission a service method needs; nothing was changed. */
@ApplicationException(rollback = true)
public class PermissionDeniedException extends ServiceException {

    private static final long serialVersionUID = 1L;

    private final String permission;

    /** @param key a key of the service bundle saying what is missing */
    public PermissionDeniedException(String permission, String key, Object... parameters) {
        super(Message.of(key, parameters));
        this.permission = permission;
    }

    public String permission() {
        return permission;
    }
}
