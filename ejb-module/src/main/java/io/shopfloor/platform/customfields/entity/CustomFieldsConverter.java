package io.shopfloor.platform.customfields.entity;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Maps a {@code custom_fields} jsonb column to a map of field key to value. */
@Converter
public class CustomFieldsConverter implements AttributeConverter<Map<String, Object>, Object> {

    @Override
    public Object convertToDatabaseColumn(Map<String, Object> values) {
        return JsonbColumn.of(values == null ? Map.of() : values);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Object> convertToEntityAttribute(Object column) {
        String json = JsonbColumn.text(column);
        return json == null ? new LinkedHashMap<>() : JsonbColumn.JSON.fromJson(json, LinkedHashMap.class);
    }
}
