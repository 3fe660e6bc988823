package io.shopfloor.platform.security.control;

import jakarta.ejb.ApplicationException;

/** The caller lacks the permission a service method needs; nothing was changed. */
@ApplicationException(rollback = true)
public class PermissionDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String permission;

    public PermissionDeniedException(String permission, String message) {
        super(message);
        this.permission = permission;
    }

    public String permission() {
        return permission;
    }
}
