package io.shopfloor.benchmarks;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.postgresql.copy.CopyManager;

/**
 * Rows for one table in PostgreSQL's COPY text format, sent in chunks of a few megabytes. Values
 * are written as their text form; {@code null} is {@code \N}. The loader writes only values it
 * made itself, so only backslash, tab and line breaks need escaping.
 */
final class CopyTable {

    private static final int CHUNK = 8 * 1024 * 1024;
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final CopyManager copy;
    private final String sql;
    private final StringBuilder rows = new StringBuilder(CHUNK + 64 * 1024);
    private long count;
    private boolean rowStarted;

    CopyTable(CopyManager copy, String table, String columns) {
        this.copy = copy;
        this.sql = "COPY shopfloor." + table + " (" + columns + ") FROM STDIN";
    }

    CopyTable add(Object value) {
        if (rowStarted) {
            rows.append('\t');
        }
        rowStarted = true;
        if (value == null) {
            rows.append("\\N");
        } else if (value instanceof OffsetDateTime time) {
            rows.append(TIMESTAMP.format(time.withOffsetSameInstant(ZoneOffset.UTC)));
        } else if (value instanceof UUID || value instanceof LocalDate || value instanceof Number || value instanceof Boolean) {
            rows.append(value);
        } else {
            escape(value.toString());
        }
        return this;
    }

    /** Ends the row; sends the chunk when it is full. */
    void end() throws SQLException {
        rows.append('\n');
        rowStarted = false;
        count++;
        if (rows.length() >= CHUNK) {
            flush();
        }
    }

    void flush() throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try {
            copy.copyIn(sql, new StringReader(rows.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rows.setLength(0);
    }

    long count() {
        return count;
    }

    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> rows.append("\\\\");
                case '\t' -> rows.append("\\t");
                case '\n' -> rows.append("\\n");
                case '\r' -> rows.append("\\r");
                default -> rows.append(c);
            }
        }
    }
}
