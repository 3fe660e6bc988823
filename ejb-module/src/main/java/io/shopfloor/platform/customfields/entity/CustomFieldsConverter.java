package io.shopfloor.platform.customfields.entity;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.postgresql.util.PGobject;

/**
 * Maps a {@code custom_fields} jsonb column to a map of field key to value. The value is bound as
 * a typed jsonb object, so writes work whatever the connection pool's string settings are.
 */
@Converter
public class CustomFieldsConverter implements AttributeConverter<Map<String, Object>, Object> {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    public Object convertToDatabaseColumn(Map<String, Object> values) {
        PGobject json = new PGobject();
        json.setType("jsonb");
        try {
            json.setValue(JSON.toJson(values == null ? Map.of() : values));
        } catch (SQLException e) {
            throw new IllegalStateException("jsonb accepts any JSON text", e);
        }
        return json;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Object> convertToEntityAttribute(Object column) {
        String json = column instanceof PGobject object ? object.getValue() : column == null ? null : column.toString();
        if (json == null || json.isBlank()) {
            return new LinkedHashMap<>();
        }
        return JSON.fromJson(json, LinkedHashMap.class);
    }
}
