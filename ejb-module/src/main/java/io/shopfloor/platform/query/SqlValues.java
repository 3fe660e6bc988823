package io.shopfloor.platform.query;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Reading the columns of a native query's rows, whose Java types depend on the driver and the provider. */
public final class SqlValues {

    private SqlValues() {
    }

    /** A {@code date} column: PostgreSQL's driver gives java.sql.Date, some paths LocalDate. */
    public static LocalDate date(Object value) {
        return value == null ? null : value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    /** A {@code timestamptz} column at the given zone's offset: the driver gives OffsetDateTime or Timestamp. */
    public static OffsetDateTime timestamp(Object value, ZoneId zone) {
        if (value == null) {
            return null;
        }
        return value instanceof OffsetDateTime time ? time.atZoneSameInstant(zone).toOffsetDateTime()
                : ((Timestamp) value).toInstant().atZone(zone).toOffsetDateTime();
    }
}
