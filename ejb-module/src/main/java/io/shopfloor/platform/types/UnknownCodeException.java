package io.shopfloor.platform.types;

import io.shopfloor.platform.errors.InvalidValueException;

/** A code that names no constant of a {@link Coded} enumeration; its message lists the valid codes. */
public class UnknownCodeException extends InvalidValueException {

    private static final long serialVersionUID = 1L;

    public UnknownCodeException(String validCodes) {
        super("input.oneOf", validCodes);
    }
}
