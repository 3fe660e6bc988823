package io.shopfloor.platform.query;

import java.sql.Date;
import java.time.LocalDate;

/** Reading the columns of a native query's rows, whose Java types depend on the driver and the provider. */
public final class SqlValues {

    private SqlValues() {
    }

    /** A {@code date} column: PostgreSQL's driver gives java.sql.Date, some paths LocalDate. */
    public static LocalDate date(Object value) {
        return value == null ? null : value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
