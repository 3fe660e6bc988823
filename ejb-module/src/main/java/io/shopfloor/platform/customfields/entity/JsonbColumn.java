package io.shopfloor.platform.customfields.entity;

import java.sql.SQLException;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import org.postgresql.util.PGobject;

/**
 * Reading and writing jsonb columns. Values are bound as typed jsonb objects, so writes work
 * whatever the connection pool's string settings are.
 */
final class JsonbColumn {

    static final Jsonb JSON = JsonbBuilder.create();

    private JsonbColumn() {
    }

    /** A typed jsonb parameter; SQL NULL for null (still typed, so PostgreSQL accepts it). */
    static Object of(Object value) {
        PGobject json = new PGobject();
        json.setType("jsonb");
        try {
            json.setValue(value == null ? null : JSON.toJson(value));
        } catch (SQLException e) {
            throw new IllegalStateException("jsonb accepts any JSON text", e);
        }
        return json;
    }

    /** The JSON text of a column value, or null for SQL NULL. */
    static String text(Object column) {
        String json = column instanceof PGobject object ? object.getValue() : column == null ? null : column.toString();
        return json == null || json.isBlank() ? null : json;
    }
}
