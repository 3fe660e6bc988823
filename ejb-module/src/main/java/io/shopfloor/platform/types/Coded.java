package io.shopfloor.platform.types;

import java.util.Arrays;
import java.util.stream.Collectors;

/** An enumeration whose constants are stored in the database and exchanged in the API by a code. */
public interface Coded {

    String code();

    /** The constant with this code; otherwise an {@link UnknownCodeException} that lists the valid codes. */
    static <E extends Enum<E> & Coded> E ofCode(Class<E> type, String code) {
        E[] constants = type.getEnumConstants();
        return Arrays.stream(constants).filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> new UnknownCodeException(Arrays.stream(constants).map(Coded::code).collect(Collectors.joining(", "))));
    }
}
